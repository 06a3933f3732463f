// From a pointer position to the country it means, counting a near miss of a tiny country as a hit.
import { nearestTarget, type Target } from '../geo/tiny';

/** A pointer within this many CSS pixels of a tiny country's centre points at it (a 24 px target, WCAG 2.5.8). */
export const TINY_HIT_PX = 12;
/** Over a larger country the reader is plainly pointing at, only a nearer miss counts. */
const TINY_HIT_OVER_LAND_PX = 6;

/** From the page's client pixels to map units: the inverse of the zoom layer's screen matrix. */
export type ClientToMap = Pick<DOMMatrixReadOnly, 'a' | 'b' | 'c' | 'd' | 'e' | 'f'>;

/** The matrix for a zoom layer as it is now laid out; null where there is no SVG geometry (jsdom). */
export function clientToMap(layer: SVGGraphicsElement): ClientToMap | null {
  const screen = typeof layer.getScreenCTM === 'function' ? layer.getScreenCTM() : null;
  return screen ? screen.inverse() : null;
}

export function keyAtPoint(
  toMap: ClientToMap | null,
  tiny: readonly Target[],
  clientX: number,
  clientY: number,
  under: Element | null,
): string | null {
  const shape = under?.closest('[data-key],[data-marker]');
  // Without a matrix only the shape under the pointer counts.
  if (toMap) {
    const { a, b, c, d, e, f } = toMap;
    const x = a * clientX + c * clientY + e;
    const y = b * clientX + d * clientY + f;
    const overKey = shape?.getAttribute('data-key');
    const overLarge = overKey !== undefined && overKey !== null && !tiny.some((t) => t.key === overKey);
    const radius = (overLarge ? TINY_HIT_OVER_LAND_PX : TINY_HIT_PX) * (Math.hypot(a, b) || 1);
    const near = nearestTarget(tiny, x, y, radius);
    if (near) return near.key;
  }
  return shape?.getAttribute('data-key') ?? shape?.getAttribute('data-marker') ?? null;
}
