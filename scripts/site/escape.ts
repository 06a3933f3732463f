// The one escaper for text the site scripts write into HTML or SVG, in element content and in quoted attributes.
// src/ keeps private copies (geo/markup.ts, embed/snippets.ts, embed/mapFile.ts); none is exported for reuse.

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
