// Which shapes are too small to point at on the world view, and which of them a pointer is nearest.
import type { ShapeSet } from './shapes';

/**
 * Below this area (viewBox units², 16 px² on a 1000 px wide map: Bahrain, Lebanon, Palestine, Qatar…) a
 * country gets a marker and a wider target.
 */
export const TINY_AREA = 400;

export interface Target {
  key: string;
  centre: readonly [number, number];
}

export function tinyShapes(set: ShapeSet) {
  return set.shapes.filter((shape) => shape.area < TINY_AREA);
}

/** The target whose centre is nearest to (x, y) within `radius`, all in the same units; null when none is. */
export function nearestTarget(targets: readonly Target[], x: number, y: number, radius: number): Target | null {
  let best: Target | null = null;
  let bestDistance = radius * radius;
  for (const target of targets) {
    const dx = target.centre[0] - x;
    const dy = target.centre[1] - y;
    const distance = dx * dx + dy * dy;
    if (distance <= bestDistance) {
      best = target;
      bestDistance = distance;
    }
  }
  return best;
}
