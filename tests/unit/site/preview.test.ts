// The social preview a reader sees in a link card: 1200×630, the map in the page's colours, the country picked out.
import { CATEGORY_SHORT } from '../../../src/data/labels';
import { describe, expect, test } from 'vitest';
import { buildArticleMap } from '../../../scripts/mapBuild';
import { readPalette } from '../../../scripts/site/palette';
import { countryPageInfo } from '../../../scripts/site/pages';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH, clampLines, previewSvg, renderPreview, type PreviewInput } from '../../../scripts/site/preview';
import { countColour, distinctColours, pixels, pngSize } from './png';

const build = buildArticleMap();
if (!build.ok) throw new Error(build.errors.join('\n'));
const { model, markup, facts, search } = build;
const palette = readPalette();
const headline = model.source.headline;
const base: PreviewInput = { mapSvg: markup, headline, credit: `Source: ${headline}`, palette };

function countryInput(alpha3: string): PreviewInput {
  const page = countryPageInfo(model, search).find((p) => p.country?.alpha3 === alpha3);
  if (!page?.country) throw new Error(`no page for ${alpha3}`);
  const { name, category } = page.country;
  const key = facts.codes[alpha3] as string;
  return { ...base, country: { name, key, category, stanceLabels: page.stanceLabels, firstQuote: page.firstQuote ?? '' } };
}

const MAP = { x0: 500, y0: 0, x1: PREVIEW_WIDTH, y1: PREVIEW_HEIGHT };
const TEXT = { x0: 0, y0: 0, x1: 500, y1: PREVIEW_HEIGHT };

describe('the default view’s preview', () => {
  const png = renderPreview(base);
  const image = pixels(png);

  test('is a 1200×630 PNG with a picture in it', () => {
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(distinctColours(image)).toBeGreaterThan(100);
  });

  test('shows every stance in its colour from tokens.css, on the map and in the key', () => {
    const all = { x0: 0, y0: 0, x1: PREVIEW_WIDTH, y1: PREVIEW_HEIGHT };
    for (const category of ['iran', 'israel', 'ally', 'severed', 'neutral', 'defended', 'mentioned'] as const) {
      expect(countColour(image, palette.colours[category], all), category).toBeGreaterThan(50);
    }
  });

  test('carries the headline and a one-line key in the shipped font', () => {
    const svg = previewSvg(base);
    expect(svg).toContain('>Iran’s allies in 2024: which countries support its');
    for (const label of Object.values(CATEGORY_SHORT).filter((l) => l !== CATEGORY_SHORT.none)) {
      expect(svg).toContain(`>${label}</text>`);
    }
    expect(countColour(image, palette.theme.ink, { x0: 0, y0: 0, x1: PREVIEW_WIDTH, y1: 130 })).toBeGreaterThan(2000);
  });
});

describe('a country’s preview', () => {
  const russia = countryInput('RUS');
  const png = renderPreview(russia);
  const image = pixels(png);

  test('is a 1200×630 PNG with a picture in it', () => {
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(distinctColours(image)).toBeGreaterThan(100);
  });

  test('draws the country in its full colour over a faded map, with an outline', () => {
    expect(countColour(image, palette.colours.ally, MAP)).toBeGreaterThan(10_000);
    expect(countColour(image, palette.theme.select, MAP)).toBeGreaterThan(500);
  });

  test('writes the name, the stance, the quote and the credit in the text column', () => {
    const svg = previewSvg(russia);
    expect(svg).toContain('>Russia</text>');
    expect(svg).toContain('>Backs Iran · Statement</text>');
    expect(svg).toContain('>Russia: Sharing');
    expect(svg).toContain('>Source: Iran’s allies in 2024:');
    expect(countColour(image, palette.theme.ink, TEXT)).toBeGreaterThan(2000);
    expect(countColour(image, palette.theme.inkSoft, TEXT)).toBeGreaterThan(200);
  });

  test('a country too small to see is ringed at the middle of the map', () => {
    const bahrain = pixels(renderPreview(countryInput('BHR')));
    let n = 0;
    let sx = 0;
    let sy = 0;
    for (let y = MAP.y0; y < MAP.y1; y++) {
      for (let x = MAP.x0 + 2; x < MAP.x1; x++) {
        const i = (y * bahrain.width + x) * 4;
        if (bahrain.rgba[i] === 0 && bahrain.rgba[i + 1] === 0 && bahrain.rgba[i + 2] === 0) {
          n++;
          sx += x;
          sy += y;
        }
      }
    }
    expect(n).toBeGreaterThan(100);
    expect(Math.abs(sx / n - (MAP.x0 + MAP.x1) / 2)).toBeLessThan(30);
    expect(Math.abs(sy / n - PREVIEW_HEIGHT / 2)).toBeLessThan(30);
  });
});

describe('clampLines', () => {
  test('wraps at spaces and ends a cut on a whole word with an ellipsis', () => {
    const lines = clampLines('one two three four five six seven eight nine ten', 100, 20, 2);
    expect(lines).toHaveLength(2);
    const shown = lines.join(' ');
    expect(shown).toMatch(/\w…$/);
    expect('one two three four five six seven eight nine ten'.startsWith(shown.slice(0, -1))).toBe(true);
  });
});

describe('when a preview cannot be drawn', () => {
  test('the error names the page and the reason', () => {
    const { country } = countryInput('RUS');
    if (!country) throw new Error('no country');
    const atlantis = { ...base, country: { ...country, name: 'Atlantis', key: 'ATL' } };
    expect(() => renderPreview(atlantis)).toThrow('Cannot render the preview of Atlantis: the map has no shape with data-key="ATL"');
    expect(() => renderPreview({ ...base, mapSvg: '<g/>' })).toThrow(/Cannot render the preview of the default view: .*viewBox/);
  });
});
