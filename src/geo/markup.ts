// The map's SVG as HTML text, written into index.html at build time so the map paints before any script runs.
import { escapeMarkup } from './escapeMarkup';
import type { Category } from '../data/categories';
import type { Annotations } from './annotate';
import type { PlacedLabel } from './labels';
import type { ShapeSet } from './shapes';

export interface MarkupOptions {
  /** Category of each country the article names, by atlas id. */
  categories: ReadonlyMap<string, Category>;
  /** Accessible name of the whole map. */
  title: string;
  /** Markers and labels for the countries the article names (annotate.ts). */
  annotations: Pick<Annotations, 'markers' | 'labels'>;
}


export function mapMarkup(set: ShapeSet, options: MarkupOptions): string {
  const paths = set.shapes
    .map((shape) => {
      const category = (shape.id && options.categories.get(shape.id)) || 'none';
      const country = shape.id ? ` data-country="${shape.id}"` : '';
      return `<path data-key="${shape.key}"${country} data-category="${category}" data-name="${escapeMarkup(shape.name)}" d="${shape.d}"/>`;
    })
    .join('');
  const categoryOf = (key: string) => options.categories.get(set.shapes.find((s) => s.key === key)?.id ?? '') ?? 'none';
  const { markers, labels } = options.annotations;
  const leaders = markers.map((m) => line(m.to[0], m.to[1], m.x, m.y)).join('');
  const dots = markers
    .map((m) => `<circle data-marker="${m.key}" data-category="${categoryOf(m.key)}" cx="${m.x}" cy="${m.y}" r="${MARKER_RADIUS}"/>`)
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" id="world-map" class="world-map" viewBox="0 0 ${set.width} ${set.height}" role="group" aria-label="${escapeMarkup(options.title)}">` +
    `<defs>` +
    `<pattern id="pattern-severed" class="pattern-severed" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)"><rect width="8" height="8"/><path d="M0 0v8" /></pattern>` +
    `<pattern id="pattern-neutral" class="pattern-neutral" patternUnits="userSpaceOnUse" width="10" height="10"><rect width="10" height="10"/><circle cx="5" cy="5" r="1.6"/></pattern>` +
    `</defs>` +
    `<rect class="ocean" width="${set.width}" height="${set.height}"/>` +
    `<g class="zoom-layer"><g class="countries">${paths}</g>` +
    `<g class="markers"><g class="leaders" pointer-events="none">${leaders}</g>${dots}</g>` +
    // Labels never take a pointer or a screen reader's attention from the shapes, even before any CSS loads.
    `<g class="map-labels" aria-hidden="true" pointer-events="none">${labels.map(labelMarkup).join('')}</g></g>` +
    `</svg>`
  );
}

/** Marker radius in viewBox units at zoom 1; the map rescales it as it zooms so it keeps its screen size. */
export const MARKER_RADIUS = 14;

const r1 = (v: number) => Math.round(v * 10) / 10;
const line = (x1: number, y1: number, x2: number, y2: number) =>
  `<line x1="${r1(x1)}" y1="${r1(y1)}" x2="${r1(x2)}" y2="${r1(y2)}"/>`;

/** Inside labels show from their level up, callouts at their level only (labels.css reads both). */
function labelMarkup(label: PlacedLabel): string {
  const anchor = label.anchor === 'middle' ? '' : ` text-anchor="${label.anchor}"`;
  // Whole units: a fifth of a pixel at the world view, finer than a label's placement needs.
  const text = `<text x="${Math.round(label.x)}" y="${Math.round(label.y)}"${anchor}>${escapeMarkup(label.text)}</text>`;
  if (label.kind === 'inside') return `<g class="map-label" data-label="${label.key}" data-level="${label.level}">${text}</g>`;
  const leader = label.leader ? line(...label.leader) : '';
  return `<g class="map-callout" data-label="${label.key}" data-level="${label.level}">${leader}${text}</g>`;
}
