// The outlines drawn over the map — what the pointer is on, what has keyboard focus, what is open — as <use>s
// of the shapes in an overlay layer, so drawing one never repaints the countries.
import { shapeOf } from './mapElement';

export type OutlineKind = 'hover' | 'focus' | 'selection';

/** Draws (or clears, with null) one outline along a shape's border. */
export type DrawOutline = (kind: OutlineKind, key: string | null) => void;

/**
 * Pointing a <use> at another shape re-clones it (under a millisecond), which measured no dearer than a class on
 * the shape with a thicker stroke to lay out; and a <use> follows the finer borders by itself.
 */
export function outlineDrawer(svg: SVGSVGElement, overlay: Element): DrawOutline {
  const uses = new Map<OutlineKind, Element>();
  const drawn = new Map<OutlineKind, string | null>();
  return (kind, key) => {
    if (drawn.get(kind) === key) return;
    drawn.set(kind, key);
    let use = uses.get(kind);
    if (!use?.isConnected) {
      use = overlay.querySelector(`.${kind}-outline`) ?? undefined;
      if (use) uses.set(kind, use);
    }
    if (!use) return;
    const shape = key ? shapeOf(svg, key) : null;
    if (shape) use.setAttribute('href', `#${shape.id}`);
    else use.removeAttribute('href');
  };
}
