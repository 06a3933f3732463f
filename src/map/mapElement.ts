// Finds and prepares the map SVG that the page carries pre-rendered, so it is never drawn twice.
import { CATEGORY_LABEL } from '../data/labels';
import type { ShapeFact } from '../geo/facts';

export const MAP_ID = 'world-map';

/** The pre-rendered SVG in the page, or null when the page came without it. */
export function findMapElement(doc: Document = document): SVGSVGElement | null {
  const element = doc.getElementById(MAP_ID);
  return element instanceof SVGSVGElement ? element : null;
}

/** The id a shape gets when the map adopts it, for the overlay's outlines to point at. */
export function shapeId(key: string): string {
  return `shape-${key}`;
}

/** Each map's shapes by key, so the pointer's every step finds its shape without searching the map. */
const shapeIndex = new WeakMap<SVGSVGElement, Map<string, SVGPathElement>>();

function indexShapes(svg: SVGSVGElement): Map<string, SVGPathElement> {
  const index = new Map<string, SVGPathElement>();
  svg.setAttribute('aria-describedby', 'map-description');
  for (const path of svg.querySelectorAll<SVGPathElement>('path[data-key]')) {
    const key = path.getAttribute('data-key');
    if (key !== null && !index.has(key)) index.set(key, path);
  }
  shapeIndex.set(svg, index);
  return index;
}

export function shapeOf(svg: SVGSVGElement, key: string): SVGPathElement | null {
  const known = shapeIndex.get(svg)?.get(key);
  // Shapes are never replaced (finer borders change their path data only), but a stale entry is not trusted.
  if (known?.getAttribute('data-key') === key && svg.contains(known)) return known;
  return indexShapes(svg).get(key) ?? null;
}

/**
 * Makes the shapes keyboard- and screen-reader-ready once: each is a button named "Country, stance", out of
 * the tab order but one (roving tabindex). Done here rather than in the HTML to keep the page small.
 */
export function prepareShapes(
  svg: SVGSVGElement,
  shapes: Readonly<Record<string, ShapeFact>>,
  tabStop: string | null,
): void {
  for (const path of svg.querySelectorAll<SVGPathElement>('path[data-key]')) {
    const key = path.getAttribute('data-key') ?? '';
    const shape = Object.hasOwn(shapes, key) ? shapes[key] : undefined;
    // The overlay's outlines point at shapes by id (<use href>).
    path.id = shapeId(key);
    path.setAttribute('role', 'button');
    if (shape) path.setAttribute('aria-label', `${shape.name}: ${CATEGORY_LABEL[shape.category]}`);
    path.setAttribute('tabindex', key === tabStop ? '0' : '-1');
  }
  for (const marker of svg.querySelectorAll('circle[data-marker]')) marker.setAttribute('aria-hidden', 'true');
}

/** Each map's tab stop, so moving it touches two shapes instead of searching all of them. */
const tabStops = new WeakMap<SVGSVGElement, SVGPathElement>();

export function moveTabStop(svg: SVGSVGElement, key: string): SVGPathElement | null {
  const next = shapeOf(svg, key);
  if (!next) return null;
  const known = tabStops.get(svg);
  if (known !== next) {
    const stops = known?.getAttribute('tabindex') === '0' ? [known] : svg.querySelectorAll('path[tabindex="0"]');
    for (const path of stops) path.setAttribute('tabindex', '-1');
    next.setAttribute('tabindex', '0');
    tabStops.set(svg, next);
  }
  return next;
}
