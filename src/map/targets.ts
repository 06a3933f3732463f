// From a pointer position to the country it means, counting a near miss of a tiny country as a hit.
import { nearestTarget, type Target } from '../geo/tiny';

/** A pointer within this many CSS pixels of a tiny country's centre points at it (a 24 px target, WCAG 2.5.8). */
export const TINY_HIT_PX = 12;
/** Over a larger country the reader is plainly pointing at, only a nearer miss counts. */
const TINY_HIT_OVER_LAND_PX = 6;

export function keyAtPoint(
  layer: SVGGraphicsElement,
  tiny: readonly Target[],
  clientX: number,
  clientY: number,
  under: Element | null,
): string | null {
  const shape = under?.closest('[data-key],[data-marker]');
  // Environments without SVG geometry (jsdom) have no screen matrix: then only the shape under the pointer counts.
  const matrix = typeof layer.getScreenCTM === 'function' ? layer.getScreenCTM() : null;
  if (matrix) {
    const point = new DOMPoint(clientX, clientY).matrixTransform(matrix.inverse());
    const overKey = shape?.getAttribute('data-key');
    const overLarge = overKey !== undefined && overKey !== null && !tiny.some((t) => t.key === overKey);
    const radius = (overLarge ? TINY_HIT_OVER_LAND_PX : TINY_HIT_PX) / (matrix.a || 1);
    const near = nearestTarget(tiny, point.x, point.y, radius);
    if (near) return near.key;
  }
  return shape?.getAttribute('data-key') ?? shape?.getAttribute('data-marker') ?? null;
}
