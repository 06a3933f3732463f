// The downloadable map: the view's SVG with a legend and the source credit below it, as one standalone file.
import { CATEGORIES, type Category } from '../data/categories';
import { CATEGORY_LABEL } from '../data/labels';
import { escapeMarkup } from '../geo/escapeMarkup';

export interface LegendEntry {
  category: Category;
  label: string;
  /** Countries in the category; null where a count says nothing (the two parties, the countries not named). */
  count: number | null;
}

/** What the legend lists: every category the view shows, in the legend's order; hidden ones are named apart. */
export function legendEntries(
  counts: Readonly<Record<Category, number>>,
  hidden: readonly Category[],
): { shown: LegendEntry[]; hidden: string[] } {
  const order: readonly Category[] = ['iran', 'israel', ...CATEGORIES.filter((c) => c !== 'iran' && c !== 'israel')];
  return {
    shown: order
      .filter((category) => !hidden.includes(category))
      .map((category) => ({
        category,
        label: CATEGORY_LABEL[category],
        count: category === 'none' || category === 'iran' || category === 'israel' ? null : counts[category],
      })),
    hidden: order.filter((category) => hidden.includes(category)).map((category) => CATEGORY_LABEL[category]),
  };
}

/** The file's width in pixels, whatever the map's viewBox: legend text stays legible and the PNG (2×) modest. */
export const FILE_WIDTH = 1200;

export interface MapFileParts {
  /** The map's own <svg>, serialised, already sized to `width` × `mapHeight` at the file's top left. */
  map: string;
  width: number;
  mapHeight: number;
  legend: { shown: LegendEntry[]; hidden: string[] };
  /** A paint per category: a colour, or a url(#pattern) the map's own <defs> define. */
  fills: Readonly<Record<Category, string>>;
  headline: string;
  /** The one-line key, as above the page's map: "6 back Iran · 6 severed ties or recalled envoys · …". */
  key: string;
  colours: { page: string; ink: string; inkSoft: string; border: string };
  font: string;
}

const PAD = 16;
const HEADLINE_FONT = 24;
const KEY_FONT = 15;
const SWATCH = 14;
const LEGEND_FONT = 14;
const CREDIT_FONT = 13;
const LINE = 22;
/** Average glyph width as a share of the font size for a system sans-serif: enough to wrap without measuring. */
const GLYPH = 0.56;

const textWidth = (text: string, size: number) => text.length * size * GLYPH;

/** Breaks `text` into lines of at most `width` pixels (estimated), at spaces. */
export function wrap(text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

export function mapFile(parts: MapFileParts): string {
  const { width, mapHeight, colours } = parts;
  // Above the map, as on the page: the headline, then the key line.
  const head: string[] = [];
  let top = PAD;
  for (const line of wrap(parts.headline, width - 2 * PAD, HEADLINE_FONT)) {
    top += HEADLINE_FONT + 4;
    head.push(`<text x="${PAD}" y="${top}" font-size="${HEADLINE_FONT}" font-weight="700" fill="${escapeMarkup(colours.ink)}">${escapeMarkup(line)}</text>`);
  }
  for (const line of wrap(parts.key, width - 2 * PAD, KEY_FONT)) {
    top += KEY_FONT + 6;
    head.push(`<text x="${PAD}" y="${top}" font-size="${KEY_FONT}" fill="${escapeMarkup(colours.ink)}">${escapeMarkup(line)}</text>`);
  }
  const mapTop = Math.ceil(top + PAD);
  const out: string[] = [];
  let x = PAD;
  let y = mapTop + mapHeight + PAD;
  for (const entry of parts.legend.shown) {
    const text = entry.count === null ? entry.label : `${entry.label} (${entry.count})`;
    const itemWidth = SWATCH + 6 + textWidth(text, LEGEND_FONT);
    if (x > PAD && x + itemWidth > width - PAD) {
      x = PAD;
      y += LINE;
    }
    out.push(
      `<rect x="${x}" y="${y}" width="${SWATCH}" height="${SWATCH}" rx="2" fill="${escapeMarkup(parts.fills[entry.category])}" stroke="${escapeMarkup(colours.border)}"/>`,
      `<text x="${x + SWATCH + 6}" y="${y + SWATCH - 2}" font-size="${LEGEND_FONT}" fill="${escapeMarkup(colours.ink)}">${escapeMarkup(text)}</text>`,
    );
    x += itemWidth + 20;
  }
  y += LINE;
  const notes = [
    ...(parts.legend.hidden.length ? [{ text: `Not coloured in this view: ${parts.legend.hidden.join('; ')}`, fill: colours.inkSoft }] : []),
    { text: `Source: ${parts.headline}`, fill: colours.ink },
  ];
  for (const note of notes) {
    for (const line of wrap(note.text, width - 2 * PAD, CREDIT_FONT)) {
      y += CREDIT_FONT + 5;
      out.push(`<text x="${PAD}" y="${y}" font-size="${CREDIT_FONT}" fill="${escapeMarkup(note.fill)}">${escapeMarkup(line)}</text>`);
    }
  }
  const height = Math.ceil(y + PAD);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeMarkup(parts.font)}">` +
    `<title>${escapeMarkup(parts.headline)}</title>` +
    `<rect width="${width}" height="${height}" fill="${escapeMarkup(colours.page)}"/>` +
    `<g class="headline">${head.join('')}</g>` +
    `<g transform="translate(0 ${mapTop})">${parts.map}</g>` +
    `<g class="legend">${out.join('')}</g>` +
    `</svg>\n`
  );
}
