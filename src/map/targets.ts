// From a pointer position to the country it means, counting a near miss of a tiny country as a hit.
import { nearestTarget, type Target } from '../geo/tiny';

/** A pointer within this many CSS pixels of a tiny country's centre points at it (a 24 px target, WCAG 2.5.8). */
export const TINY_HIT_PX = 12;

export function keyAtPoint(
  layer: SVGGraphicsElement,
  tiny: readonly Target[],
  clientX: number,
  clientY: number,
  under: Element | null,
): string | null {
  // Environments without SVG geometry (jsdom) have no screen matrix: then only the shape under the pointer counts.
  const matrix = typeof layer.getScreenCTM === 'function' ? layer.getScreenCTM() : null;
  if (matrix) {
    const point = new DOMPoint(clientX, clientY).matrixTransform(matrix.inverse());
    const near = nearestTarget(tiny, point.x, point.y, TINY_HIT_PX / (matrix.a || 1));
    if (near) return near.key;
  }
  const shape = under?.closest('[data-key],[data-marker]');
  return shape?.getAttribute('data-key') ?? shape?.getAttribute('data-marker') ?? null;
}
