// From a pointer position to the country it means: the shape under it, else a near miss of a small target.
import { nearestTarget, type Target } from '../geo/tiny';

/** Off every shape, a pointer within this many CSS pixels of a tiny country's centre or marker points at it. */
export const TINY_HIT_PX = 12;

const NONE: ReadonlySet<string> = new Set();

/** From the page's client pixels to map units: the inverse of the zoom layer's screen matrix. */
export type ClientToMap = Pick<DOMMatrixReadOnly, 'a' | 'b' | 'c' | 'd' | 'e' | 'f'>;

/** The matrix for a zoom layer as it is now laid out; null where there is no SVG geometry (jsdom). */
export function clientToMap(layer: SVGGraphicsElement): ClientToMap | null {
  const screen = typeof layer.getScreenCTM === 'function' ? layer.getScreenCTM() : null;
  return screen ? screen.inverse() : null;
}

/**
 * The key of the shape under the pointer (`under`, the event's target) when there is one: what the reader
 * points at wins. Only off every shape (the sea, a pixel off a coast) does a near miss count, and then a
 * country the article names (`named`) beats any other within reach.
 */
export function keyAtPoint(
  toMap: ClientToMap | null,
  targets: readonly Target[],
  clientX: number,
  clientY: number,
  under: Element | null,
  named: ReadonlySet<string> = NONE,
): string | null {
  const shape = under?.closest('[data-key],[data-marker]');
  const key = shape?.getAttribute('data-key') ?? shape?.getAttribute('data-marker');
  if (key) return key;
  // Without a matrix only the shape under the pointer counts.
  if (!toMap) return null;
  const { a, b, c, d, e, f } = toMap;
  const x = a * clientX + c * clientY + e;
  const y = b * clientX + d * clientY + f;
  const radius = TINY_HIT_PX * (Math.hypot(a, b) || 1);
  const story = named.size ? nearestTarget(targets.filter((t) => named.has(t.key)), x, y, radius) : null;
  return (story ?? nearestTarget(targets, x, y, radius))?.key ?? null;
}
