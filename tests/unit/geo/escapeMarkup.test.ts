// The one escaper for text written into markup: nothing in it can close an attribute or open a tag.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { escapeMarkup } from '../../../src/geo/escapeMarkup';

describe('escapeMarkup', () => {
  test('escapes the five characters that could end an attribute or start a tag', () => {
    expect(escapeMarkup(`Côte d'Ivoire & "x" <y>`)).toBe('Côte d&#39;Ivoire &amp; &quot;x&quot; &lt;y&gt;');
  });

  test('escapes an ampersand once, so an entity in the text stays text', () => {
    expect(escapeMarkup('&amp;')).toBe('&amp;amp;');
  });

  test('leaves no quote or angle bracket in any text, and decodes back to it', () => {
    const decode = (markup: string) =>
      markup.replace(/&(#39|quot|lt|gt|amp);/g, (_, name: string) => ({ '#39': "'", quot: '"', lt: '<', gt: '>', amp: '&' })[name] ?? '');
    fc.assert(
      fc.property(fc.string(), (text) => {
        const escaped = escapeMarkup(text);
        expect(escaped).not.toMatch(/["'<>]/);
        expect(decode(escaped)).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});
