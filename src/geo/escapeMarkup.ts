// Text written into HTML or SVG markup, in an attribute or between tags: the five characters that could end it.

/** `Côte d'Ivoire & "x" <y>` → `Côte d&#39;Ivoire &amp; &quot;x&quot; &lt;y&gt;`, safe in both quote styles. */
export function escapeMarkup(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}
