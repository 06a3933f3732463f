// The map's SVG as HTML text, written into index.html at build time so the map paints before any script runs.
import type { Category } from '../data/categories';
import type { ShapeSet } from './shapes';
import { tinyShapes } from './tiny';

export interface MarkupOptions {
  /** Category of each country the article names, by atlas id. */
  categories: ReadonlyMap<string, Category>;
  /** Accessible name of the whole map. */
  title: string;
}

const escapeAttr = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function mapMarkup(set: ShapeSet, options: MarkupOptions): string {
  const paths = set.shapes
    .map((shape) => {
      const category = (shape.id && options.categories.get(shape.id)) || 'none';
      const country = shape.id ? ` data-country="${shape.id}"` : '';
      return `<path data-key="${shape.key}"${country} data-category="${category}" data-name="${escapeAttr(shape.name)}" d="${shape.d}"/>`;
    })
    .join('');
  const markers = tinyShapes(set)
    .filter((shape) => shape.id && options.categories.has(shape.id))
    .map((shape) => {
      const category = options.categories.get(shape.id as string) as Category;
      return `<circle data-marker="${shape.key}" data-category="${category}" cx="${shape.centre[0]}" cy="${shape.centre[1]}" r="${MARKER_RADIUS}"/>`;
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" id="world-map" class="world-map" viewBox="0 0 ${set.width} ${set.height}" role="group" aria-label="${escapeAttr(options.title)}">` +
    `<defs>` +
    `<pattern id="pattern-severed" class="pattern-severed" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)"><rect width="8" height="8"/><path d="M0 0v8" /></pattern>` +
    `<pattern id="pattern-neutral" class="pattern-neutral" patternUnits="userSpaceOnUse" width="10" height="10"><rect width="10" height="10"/><circle cx="5" cy="5" r="1.6"/></pattern>` +
    `</defs>` +
    `<rect class="ocean" width="${set.width}" height="${set.height}"/>` +
    `<g class="zoom-layer"><g class="countries">${paths}</g>` +
    `<g class="markers">${markers}</g></g>` +
    `</svg>`
  );
}

/** Marker radius in viewBox units at zoom 1; the map rescales it as it zooms so it keeps its screen size. */
export const MARKER_RADIUS = 14;
