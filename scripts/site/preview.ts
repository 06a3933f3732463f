// The 1200×630 social preview of a page, drawn from the map's own SVG and rasterised by resvg with a shipped font.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import type { Category } from '../../src/data/categories';
import { CATEGORY_SHORT } from '../../src/data/labels';
import { escapeMarkup } from '../../src/geo/escapeMarkup';
import { countryShape, focusView, mapSize, type Box } from './focus';
import type { Palette } from './palette';

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

/** Source Sans 3 (SIL Open Font License 1.1, assets/fonts/SourceSans3-LICENSE.md): the only fonts resvg may use. */
const FONT_FILES = ['Regular', 'Bold', 'It'].map((style) =>
  fileURLToPath(new URL(`../../assets/fonts/SourceSans3-${style}.ttf`, import.meta.url)),
);
const FONT_FAMILY = 'Source Sans 3';

export interface PreviewCountry {
  name: string;
  /** The country's data-key in the map markup. */
  key: string;
  category: Category;
  /** What it did, in the panel's words ("Backs Iran", "Statement"). */
  stanceLabels: string[];
  firstQuote: string;
}

export interface PreviewInput {
  /** The map's SVG markup as the build writes it (src/geo/markup.ts). */
  mapSvg: string;
  headline: string;
  /** The country page's country; null or absent for the default view. */
  country?: PreviewCountry | null;
  /** The line that names the source: "Source: <headline>". */
  credit: string;
  palette: Palette;
}

const MARGIN = 48;
/** Where the map starts on a country preview; the text column takes the rest. */
const MAP_LEFT = 500;
/** A country view spans at least this share of the world's width, so small countries keep their neighbours. */
const MIN_VIEW_SHARE = 0.26;
/** Below this many square pixels of its box, a country gets a ring around it to be found at a glance. */
const RING_BELOW = 600;

interface TextBlock {
  lines: string[];
  x: number;
  /** Baseline of the first line. */
  y: number;
  size: number;
  lineHeight: number;
  fill: string;
  weight?: 'bold';
  italic?: boolean;
}

function text(block: TextBlock): string {
  const attrs =
    `font-size="${block.size}" fill="${escapeMarkup(block.fill)}"` +
    (block.weight ? ` font-weight="700"` : '') +
    (block.italic ? ` font-style="italic"` : '');
  return block.lines
    .map((line, i) => `<text x="${block.x}" y="${block.y + i * block.lineHeight}" ${attrs}>${escapeMarkup(line)}</text>`)
    .join('');
}

/**
 * Average advance of Source Sans 3 as a share of the font size, measured on the article's text (bold 0.475,
 * italic 0.41) and rounded up: wrapping estimates widths instead of shaping every line.
 */
const GLYPH = { regular: 0.48, bold: 0.52 } as const;
type Weight = keyof typeof GLYPH;

/** Breaks `content` at spaces into lines of at most `width` pixels, as estimated. */
function wrap(content: string, width: number, size: number, weight: Weight): string[] {
  const fits = (line: string) => line.length * size * GLYPH[weight] <= width;
  const lines: string[] = [];
  let line = '';
  for (const word of content.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && !fits(next)) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** At most `max` lines of `content` wrapped to `width`; a cut ends in an ellipsis on a whole word. */
export function clampLines(content: string, width: number, size: number, max: number, weight: Weight = 'regular'): string[] {
  const lines = wrap(content, width, size, weight);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  const words = (kept[max - 1] as string).split(' ');
  let last = `${words.join(' ')}…`;
  while (words.length > 1 && wrap(last, width, size, weight).length > 1) {
    words.pop();
    last = `${words.join(' ').replace(/[\s,;:.–—-]+$/, '')}…`;
  }
  kept[max - 1] = last;
  return kept;
}

/**
 * The map as a nested <svg> showing `view` in the frame at (x, y), its colours from the palette's stylesheet.
 * Strokes are set in map units per frame pixel, as resvg ignores vector-effect: non-scaling-stroke.
 */
function framedMap(mapSvg: string, view: Box, frame: { x: number; y: number; width: number; height: number }, extra: string) {
  const open = /^<svg[^>]*>/.exec(mapSvg);
  if (!open || !mapSvg.endsWith('</svg>')) throw new Error('the map markup is not one <svg> element');
  const unit = (view.x1 - view.x0) / frame.width;
  const inner = mapSvg.slice(open[0].length, -'</svg>'.length);
  return (
    `<svg class="world-map" x="${frame.x}" y="${frame.y}" width="${frame.width}" height="${frame.height}" ` +
    `viewBox="${round(view.x0)} ${round(view.y0)} ${round(view.x1 - view.x0)} ${round(view.y1 - view.y0)}" preserveAspectRatio="xMidYMid meet">` +
    `<style>.world-map path[data-key]{stroke-width:${round(0.6 * unit)};}.world-map .markers circle{stroke-width:${round(1.5 * unit)};}.map-labels{display:none}</style>` +
    inner +
    extra +
    `</svg>`
  );
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The page's base map styles (map.css's land, borders, ocean) with the palette's colours, then categories.css. */
function stylesheet(palette: Palette): string {
  const t = palette.theme;
  return (
    `<style>` +
    `.world-map .ocean{fill:${t.ocean};}` +
    `.world-map path[data-key]{fill:${t.land};stroke:${t.border};stroke-linejoin:round;}` +
    `.world-map .markers circle{stroke:${t.page};}` +
    palette.mapStyle +
    `</style>`
  );
}

/** A swatch painted exactly as the map paints the category, patterns included. */
function swatch(category: Category, x: number, y: number, size: number, border: string): string {
  // data-key: the category rules apply to the map's shapes, and a swatch is drawn as one.
  return `<g class="world-map"><path data-key="swatch" data-category="${category}" d="M${x} ${y}h${size}v${size}h${-size}z" stroke="${escapeMarkup(border)}" stroke-width="1"/></g>`;
}

function countryPreview(input: PreviewInput, country: PreviewCountry): string {
  const { palette } = input;
  const t = palette.theme;
  const world = mapSize(input.mapSvg);
  const shape = countryShape(input.mapSvg, country.key);
  const frame = { x: MAP_LEFT, y: 0, width: PREVIEW_WIDTH - MAP_LEFT, height: PREVIEW_HEIGHT };
  const view = focusView(shape.box, world, frame, world.width * MIN_VIEW_SHARE);
  const unit = (view.x1 - view.x0) / frame.width;
  const across = { x: (shape.box.x1 - shape.box.x0) / unit, y: (shape.box.y1 - shape.box.y0) / unit };
  const ring =
    across.x * across.y < RING_BELOW
      ? `<circle cx="${round((shape.box.x0 + shape.box.x1) / 2)}" cy="${round((shape.box.y0 + shape.box.y1) / 2)}" r="${round(Math.max(22, across.x / 2 + 10, across.y / 2 + 10) * unit)}" style="fill:none;stroke:${t.select};stroke-width:${round(3 * unit)}"/>`
      : '';
  // Everything else fades towards the page so the country stands out; then the country is drawn again on top.
  const highlight =
    `<rect x="${view.x0}" y="${view.y0}" width="${view.x1 - view.x0}" height="${view.y1 - view.y0}" style="fill:${t.page};opacity:0.5"/>` +
    `<g class="countries">${shape.path}</g>${shape.marker ? `<g class="markers">${shape.marker}</g>` : ''}` +
    `<path d="${shape.d}" style="fill:none;stroke:${t.select};stroke-width:${round(2.5 * unit)};stroke-linejoin:round"/>` +
    ring;

  const width = MAP_LEFT - 2 * MARGIN;
  const parts: string[] = [];
  let y = MARGIN + 40;
  const name = clampLines(country.name, width, 52, 2, 'bold');
  parts.push(text({ lines: name, x: MARGIN, y, size: 52, lineHeight: 56, fill: t.ink, weight: 'bold' }));
  y += (name.length - 1) * 56 + 46;
  const stance = clampLines(country.stanceLabels.join(' · '), width - 34, 24, 2, 'bold');
  parts.push(swatch(country.category, MARGIN, y - 19, 22, t.border));
  parts.push(text({ lines: stance, x: MARGIN + 34, y, size: 24, lineHeight: 30, fill: t.ink, weight: 'bold' }));
  y += (stance.length - 1) * 30 + 58;

  const credit = clampLines(input.credit, width, 18, 3);
  const creditTop = PREVIEW_HEIGHT - MARGIN - (credit.length - 1) * 23;
  const room = Math.max(1, Math.floor((creditTop - 40 - y) / 34) + 1);
  parts.push(`<text x="${MARGIN - 6}" y="${y + 14}" font-size="72" font-weight="700" fill="${escapeMarkup(palette.colours[country.category])}">“</text>`);
  const quote = clampLines(country.firstQuote, width - 30, 26, room);
  parts.push(text({ lines: quote, x: MARGIN + 30, y, size: 26, lineHeight: 34, fill: t.ink, italic: true }));
  parts.push(text({ lines: credit, x: MARGIN, y: creditTop, size: 18, lineHeight: 23, fill: t.inkSoft }));

  return (
    framedMap(input.mapSvg, view, frame, highlight) +
    `<path d="M${MAP_LEFT} 0v${PREVIEW_HEIGHT}" stroke="${escapeMarkup(t.rule)}" stroke-width="2"/>` +
    parts.join('')
  );
}

/** The key on the default view's preview: one line, the short category names. */
const KEY: readonly Category[] = ['iran', 'israel', 'ally', 'severed', 'neutral', 'defended', 'mentioned'];

function indexPreview(input: PreviewInput): string {
  const t = input.palette.theme;
  const world = mapSize(input.mapSvg);
  const headline = clampLines(input.headline, PREVIEW_WIDTH - 2 * MARGIN, 42, 2, 'bold');
  const top = MARGIN + 32 + (headline.length - 1) * 48 + 24;
  const keyY = PREVIEW_HEIGHT - 36;
  const height = keyY - 36 - top;
  const width = Math.min(PREVIEW_WIDTH - 2 * MARGIN, (height * world.width) / world.height);
  const frame = { x: (PREVIEW_WIDTH - width) / 2, y: top, width, height };
  const view = { x0: 0, y0: 0, x1: world.width, y1: world.height };
  let x = MARGIN;
  const key = KEY.map((category) => {
    const label = CATEGORY_SHORT[category];
    const item = swatch(category, x, keyY - 15, 18, t.border) + text({ lines: [label], x: x + 24, y: keyY, size: 19, lineHeight: 0, fill: t.ink });
    x += 24 + label.length * 19 * GLYPH.regular + 26;
    return item;
  });
  return (
    text({ lines: headline, x: MARGIN, y: MARGIN + 32, size: 42, lineHeight: 48, fill: t.ink, weight: 'bold' }) +
    framedMap(input.mapSvg, view, frame, '') +
    key.join('')
  );
}

/** The preview as SVG text: what resvg rasterises. */
export function previewSvg(input: PreviewInput): string {
  const t = input.palette.theme;
  const body = input.country ? countryPreview(input, input.country) : indexPreview(input);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" viewBox="0 0 ${PREVIEW_WIDTH} ${PREVIEW_HEIGHT}" font-family="${FONT_FAMILY}">` +
    stylesheet(input.palette) +
    `<rect width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" fill="${escapeMarkup(t.page)}"/>` +
    body +
    `</svg>`
  );
}

/** The preview as a PNG. Throws an error naming the page when it cannot be drawn, so the build stops with it. */
export function renderPreview(input: PreviewInput): Buffer {
  const what = input.country ? `the preview of ${input.country.name}` : 'the preview of the default view';
  for (const file of FONT_FILES) {
    if (!existsSync(file)) throw new Error(`Cannot render ${what}: the font file ${file} is missing`);
  }
  try {
    const resvg = new Resvg(previewSvg(input), {
      font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
    });
    const image = resvg.render();
    if (image.width !== PREVIEW_WIDTH || image.height !== PREVIEW_HEIGHT) {
      throw new Error(`resvg drew ${image.width}×${image.height}, not ${PREVIEW_WIDTH}×${PREVIEW_HEIGHT}`);
    }
    return image.asPng();
  } catch (error) {
    throw new Error(`Cannot render ${what}: ${(error as Error).message}`, { cause: error });
  }
}
