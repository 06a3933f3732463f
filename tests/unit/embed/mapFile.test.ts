// The downloadable map file: the legend says what the view shows, and the credit and text cannot break the XML.
import { describe, expect, test } from 'vitest';
import { CATEGORIES, type Category } from '../../../src/data/categories';
import { legendEntries, mapFile, wrap, type MapFileParts } from '../../../src/embed/mapFile';

const counts = Object.fromEntries(CATEGORIES.map((c, i) => [c, i + 1])) as Record<Category, number>;
const fills = Object.fromEntries(CATEGORIES.map((c) => [c, `var-${c}`])) as Record<Category, string>;

function parts(overrides: Partial<MapFileParts> = {}): MapFileParts {
  return {
    map: '<svg xmlns="http://www.w3.org/2000/svg" x="0" y="0" width="960" height="500" viewBox="0 0 960 500"/>',
    width: 960,
    mapHeight: 500,
    legend: legendEntries(counts, []),
    fills,
    headline: 'Iran’s allies in 2024',
    key: '6 back Iran · 6 severed ties or recalled envoys',
    colours: { page: '#fff', ink: '#111', inkSoft: '#555', border: '#777' },
    font: 'system-ui, "Segoe UI", sans-serif',
    ...overrides,
  };
}

describe('legendEntries', () => {
  test('every category, Iran and Israel first, with counts where they mean something', () => {
    const { shown, hidden } = legendEntries(counts, []);
    expect(shown.map((e) => e.category)).toEqual([
      'iran',
      'israel',
      'ally',
      'severed',
      'neutral',
      'defended',
      'mentioned',
      'none',
    ]);
    expect(shown.find((e) => e.category === 'ally')?.count).toBe(counts.ally);
    expect(shown.find((e) => e.category === 'none')?.count).toBeNull();
    expect(hidden).toEqual([]);
  });

  test('hidden categories leave the key and are named apart', () => {
    const { shown, hidden } = legendEntries(counts, ['ally', 'mentioned']);
    expect(shown.map((e) => e.category)).not.toContain('ally');
    expect(hidden).toEqual(['Backs Iran', 'Mentioned, no stance on Iran']);
  });
});

describe('wrap', () => {
  test('keeps lines within the width, at spaces, losing no word', () => {
    const text = 'one two three four five six seven eight nine ten eleven twelve';
    const lines = wrap(text, 100, 13);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
  });
});

describe('mapFile', () => {
  test('a standalone SVG: the map, a swatch and label per legend entry, the source credit', () => {
    const file = mapFile(parts());
    expect(file.startsWith('<?xml')).toBe(true);
    expect(file).toContain(parts().map);
    expect(file.match(/<rect x=/g)).toHaveLength(CATEGORIES.length);
    expect(file).toContain('Backs Iran (3)');
    expect(file).toContain('fill="var-severed"');
    expect(file).toContain('Source: Iran’s allies in 2024');
    const height = Number(/height="(\d+)"/.exec(file)?.[1]);
    expect(height).toBeGreaterThan(500);
  });

  test('the headline and the key line stand above the map, as on the page, and the credit below it', () => {
    const file = mapFile(parts());
    const headline = file.indexOf('>Iran’s allies in 2024</text>');
    const key = file.indexOf('>6 back Iran · 6 severed ties or recalled envoys</text>');
    const map = file.indexOf(parts().map);
    const credit = file.indexOf('Source: Iran’s allies in 2024');
    expect(headline).toBeGreaterThan(0);
    expect(key).toBeGreaterThan(headline);
    expect(map).toBeGreaterThan(key);
    expect(credit).toBeGreaterThan(map);
    // The map is moved down below them rather than drawn over them.
    expect(file).toMatch(/<g transform="translate\(0 \d+\)"><svg/);
  });

  test('a headline with markup is text, not elements', () => {
    const file = mapFile(parts({ headline: '</text><script>alert(1)</script> & "more"' }));
    expect(file).not.toContain('<script');
    expect(file).toContain('&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;');
    expect(file).toContain('font-family="system-ui, &quot;Segoe UI&quot;, sans-serif"');
  });

  test('notes what the view hides', () => {
    expect(mapFile(parts({ legend: legendEntries(counts, ['ally']) }))).toContain('Not coloured in this view: Backs Iran');
  });
});
