// Every category on the map stays apart from every other for readers with a colour-vision deficiency.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CATEGORIES, FILTERABLE } from '../../../src/data/categories';
import {
  ciede2000,
  difference,
  parseHex,
  simulate,
  type Deficiency,
  type Rgb,
} from '../../../src/styles/colourVision';
import { dark, darkBySystem, light, type Tokens } from './themeTokens';

const categoriesCss = readFileSync(new URL('../../../src/styles/categories.css', import.meta.url), 'utf8');
const VISIONS: readonly (Deficiency | 'typical')[] = ['typical', 'protanopia', 'deuteranopia', 'tritanopia'];
const ENOUGH = 10;

/** Each category's colour in a theme: none is plain land; severed and neutral as their markers draw them, flat. */
function categoryColours(theme: Tokens): [string, Rgb][] {
  return CATEGORIES.map((category) => {
    const hex = theme[category === 'none' ? 'land' : category];
    const rgb = hex ? parseHex(hex) : null;
    if (!rgb) throw new Error(`tokens.css has no colour for ${category}`);
    return [category, rgb];
  });
}

/** "israel/ally 0.7" for each pair of categories closer than ΔE 10 as the reader sees them. */
function collisions(theme: Tokens, vision: Deficiency | 'typical'): string[] {
  const colours = categoryColours(theme);
  const close: string[] = [];
  colours.forEach(([a, ca], i) =>
    colours.slice(i + 1).forEach(([b, cb]) => {
      const delta = difference(ca, cb, vision === 'typical' ? undefined : vision);
      if (delta < ENOUGH) close.push(`${a}/${b} ${delta.toFixed(1)}`);
    }),
  );
  return close;
}

describe('the colour maths', () => {
  test('CIEDE2000 matches Sharma, Wu and Dalal’s published test pairs', () => {
    expect(ciede2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
    expect(ciede2000([50, 0, 0], [50, -1, 2])).toBeCloseTo(2.3669, 4);
    expect(ciede2000([50, 2.5, 0], [50, 0, -2.5])).toBeCloseTo(4.3065, 4);
    expect(ciede2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 4);
    expect(ciede2000([60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387])).toBeCloseTo(1.2644, 4);
    expect(ciede2000([22.7233, 20.0904, -46.694], [23.0331, 14.973, -42.5619])).toBeCloseTo(2.0373, 4);
  });

  test('the simulations keep greys grey and make the confusion colours meet', () => {
    for (const vision of ['protanopia', 'deuteranopia', 'tritanopia'] as const) {
      const white = simulate([1, 1, 1], vision);
      white.forEach((channel) => expect(channel).toBeCloseTo(1, 2));
    }
    const red = parseHex('#d62728') as Rgb;
    const green = parseHex('#2ca02c') as Rgb;
    const blue = parseHex('#1f77b4') as Rgb;
    const teal = parseHex('#17becf') as Rgb;
    expect(difference(red, green, 'protanopia')).toBeLessThan(difference(red, green) / 2);
    expect(difference(red, green, 'deuteranopia')).toBeLessThan(difference(red, green) / 2);
    expect(difference(blue, teal, 'tritanopia')).toBeLessThan(difference(blue, teal));
  });

  test('a token the tests cannot read is no colour', () => {
    expect(parseHex('#12345')).toBeNull();
    expect(parseHex('var(--land)')).toBeNull();
  });
});

describe.each([
  ['light', light],
  ['dark', dark],
])('the %s palette', (_, theme) => {
  test.each(VISIONS)('keeps every pair of categories ΔE ≥ 10 apart for %s vision', (vision) => {
    expect(collisions(theme, vision)).toEqual([]);
  });

  test('keeps Israel and the countries that back Iran clearly apart for protanopes', () => {
    const israel = parseHex(theme.israel ?? '') as Rgb;
    const ally = parseHex(theme.ally ?? '') as Rgb;
    expect(difference(israel, ally, 'protanopia')).toBeGreaterThanOrEqual(ENOUGH);
  });
});

describe('the themes', () => {
  test('the dark palette is the same whether the system asks for it or data-theme="dark" forces it', () => {
    expect(darkBySystem).toEqual(dark);
    expect(dark.iran).not.toBe(light.iran);
  });

  test('each theme tells the browser its colour scheme, for form controls and scrollbars', () => {
    expect(light['color-scheme']).toBe('light');
    expect(dark['color-scheme']).toBe('dark');
  });
});

describe('categories.css', () => {
  const rule = (selector: RegExp) => new RegExp(`${selector.source}[^{]*\\{([^}]*)\\}`).exec(categoriesCss)?.[1] ?? '';

  test('severed and neutral differ from the flat fills and from each other by pattern', () => {
    expect(rule(/\.world-map path\[data-key\]\[data-category='severed'\]/)).toContain('fill: url(#pattern-severed)');
    expect(rule(/\.world-map path\[data-key\]\[data-category='neutral'\]/)).toContain('fill: url(#pattern-neutral)');
  });

  test.each(CATEGORIES.filter((c) => c !== 'none' && c !== 'severed' && c !== 'neutral'))(
    'the map fills %s with its own token, and its swatch shows it',
    (category) => {
      const shape = new RegExp(`\\.world-map path\\[data-key\\]\\[data-category='${category}'\\]`);
      expect(rule(shape)).toContain(`fill: var(--${category})`);
      expect(rule(new RegExp(`\\[data-category='${category}'\\] > \\.swatch`))).toContain(`var(--${category})`);
    },
  );

  test.each(FILTERABLE)('hiding %s fades it to land', (category) => {
    expect(categoriesCss).toContain(`.hide-${category} .world-map path[data-key][data-category='${category}']`);
    expect(categoriesCss).toContain(`.hide-${category} .world-map circle[data-category='${category}']`);
  });

  test('unnamed countries take the quiet border', () => {
    expect(rule(/\.world-map path\[data-key\]\[data-category='none'\]/)).toContain('stroke: var(--border-quiet)');
  });
});
