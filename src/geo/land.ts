// Every shape's rings with their boxes, so build-time placement can ask "is this point on land, and whose?".
import { decodePath, edgeDistance, insideRings, ringsBox, type Box, type Ring } from './rings';
import type { ShapeSet } from './shapes';

export interface LandShape {
  key: string;
  rings: Ring[];
  box: Box;
}

export type Land = readonly LandShape[];

export function landOf(set: ShapeSet): Land {
  return set.shapes.map((shape) => {
    const rings = decodePath(shape.d);
    return { key: shape.key, rings, box: ringsBox(rings) };
  });
}

/** The key of the shape drawn at (x, y), or null over the sea. */
export function landAt(land: Land, x: number, y: number): string | null {
  for (const shape of land) {
    const [x0, y0, x1, y1] = shape.box;
    if (x >= x0 && x <= x1 && y >= y0 && y <= y1 && insideRings(shape.rings, x, y)) return shape.key;
  }
  return null;
}

/** True when a disc of radius r around (x, y) touches no land: off every shape, and r from every coast. */
export function seaAround(land: Land, x: number, y: number, r: number): boolean {
  if (landAt(land, x, y) !== null) return false;
  return land.every(({ rings, box: [x0, y0, x1, y1] }) => {
    const far = x < x0 - r || x > x1 + r || y < y0 - r || y > y1 + r;
    return far || edgeDistance(rings, x, y) >= r;
  });
}
