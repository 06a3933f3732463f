// The outlines drawn over the map — what the pointer is on, what has keyboard focus, what is open — as <use>s
// of the shapes in an overlay layer, so drawing one never repaints the countries.
import type { ShapeFact } from '../geo/facts';
import { shapeId, shapeOf } from './mapElement';

export type OutlineKind = 'hover' | 'focus' | 'selection';

/** Draws (or clears, with null) one outline along a shape's border. */
export type DrawOutline = (kind: OutlineKind, key: string | null) => void;

/**
 * Pointing a <use> at another shape re-clones it (under a millisecond), which measured no dearer than a class on
 * the shape with a thicker stroke to lay out; and a <use> follows the finer borders by itself.
 */
export function outlineDrawer(svg: SVGSVGElement, overlay: Element, shapes: Readonly<Record<string, ShapeFact>>): DrawOutline {
  const uses = new Map<OutlineKind, Element[]>();
  const drawn = new Map<OutlineKind, string | null>();
  return (kind, key) => {
    if (drawn.get(kind) === key) return;
    drawn.set(kind, key);
    let found = uses.get(kind);
    if (!found?.every((use) => use.isConnected)) {
      // The ring and, for focus and selection, the halo under it.
      found = [...overlay.querySelectorAll(`.${kind}-outline, .${kind}-halo`)];
      uses.set(kind, found);
    }
    const shape = key ? shapeOf(svg, key) : null;
    if (shape && !shape.id) shape.id = shapeId(key ?? '');
    const category = key && Object.hasOwn(shapes, key) ? shapes[key]?.category : undefined;
    for (const use of found) {
      if (shape) use.setAttribute('href', `#${shape.id}`);
      else use.removeAttribute('href');
      if (category) use.setAttribute('data-category', category);
    }
  };
}
