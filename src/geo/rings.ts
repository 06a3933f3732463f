// A shape's path text back to rings, and the plane geometry on them: inside, distance to the edge, area.

export type Point = readonly [number, number];
export type Ring = Point[];

/** Reads the paths pathEncoding writes (M/m moves, l runs, z closes): absolute rings in grid units. */
export function decodePath(d: string): Ring[] {
  const rings: Ring[] = [];
  const tokens = d.match(/[MmLlZz]|-?\d*\.?\d+/g) ?? [];
  let command = '';
  let ring: Ring = [];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    if (/[A-Za-z]/.test(token)) {
      command = token;
      if (token === 'z' || token === 'Z') {
        if (ring.length > 2) rings.push(ring);
        ring = [];
        // After a close the pen is back at the ring's first point, which the next relative move starts from.
        x = startX;
        y = startY;
      }
      continue;
    }
    const dx = Number(token);
    const dy = Number(tokens[++i]);
    if (command === 'M' || command === 'm') {
      x = command === 'M' ? dx : x + dx;
      y = command === 'M' ? dy : y + dy;
      startX = x;
      startY = y;
      ring = [[x, y]];
      // Further pairs after a move are lines, as in SVG.
      command = command === 'M' ? 'L' : 'l';
    } else {
      x = command === 'L' ? dx : x + dx;
      y = command === 'L' ? dy : y + dy;
      ring.push([x, y]);
    }
  }
  if (ring.length > 2) rings.push(ring);
  return rings;
}

/** Signed area (positive for the winding the atlas gives outer rings on screen). */
export function ringArea(ring: readonly Point[]): number {
  let a = 0;
  for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
    const [x1, y1] = ring[j] as Point;
    const [x2, y2] = ring[i] as Point;
    a += x1 * y2 - x2 * y1;
  }
  return a / 2;
}

/** Nonzero winding, the rule SVG fills by: holes (reversed rings) cut, overlapping parts do not. */
export function insideRings(rings: readonly (readonly Point[])[], x: number, y: number): boolean {
  let winding = 0;
  for (const ring of rings) {
    for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
      const [x1, y1] = ring[j] as Point;
      const [x2, y2] = ring[i] as Point;
      const side = (x2 - x1) * (y - y1) - (x - x1) * (y2 - y1);
      if (y1 <= y) {
        if (y2 > y && side > 0) winding++;
      } else if (y2 <= y && side < 0) winding--;
    }
  }
  return winding !== 0;
}

function segmentDistanceSquared(x: number, y: number, a: Point, b: Point): number {
  let [px, py] = a;
  let dx = b[0] - px;
  let dy = b[1] - py;
  if (dx !== 0 || dy !== 0) {
    const t = ((x - px) * dx + (y - py) * dy) / (dx * dx + dy * dy);
    if (t > 1) [px, py] = b;
    else if (t > 0) {
      px += dx * t;
      py += dy * t;
    }
  }
  dx = x - px;
  dy = y - py;
  return dx * dx + dy * dy;
}

/** Distance from (x, y) to the segment from a to b. */
export const segmentDistance = (x: number, y: number, a: Point, b: Point) => Math.sqrt(segmentDistanceSquared(x, y, a, b));

/** Distance from (x, y) to the nearest edge of any ring. */
export function edgeDistance(rings: readonly (readonly Point[])[], x: number, y: number): number {
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
      best = Math.min(best, segmentDistanceSquared(x, y, ring[j] as Point, ring[i] as Point));
    }
  }
  return Math.sqrt(best);
}

export type Box = readonly [x0: number, y0: number, x1: number, y1: number];

export function ringsBox(rings: readonly (readonly Point[])[]): Box {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const ring of rings) {
    for (const [x, y] of ring) {
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  }
  return [x0, y0, x1, y1];
}

export const boxesOverlap = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

export type Segment = readonly [x1: number, y1: number, x2: number, y2: number];

const turn = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) =>
  Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));

/** True when two segments cross at a point inside both (touching ends do not count). */
export function segmentsCross([a1, a2, a3, a4]: Segment, [b1, b2, b3, b4]: Segment): boolean {
  return (
    turn(a1, a2, a3, a4, b1, b2) * turn(a1, a2, a3, a4, b3, b4) < 0 &&
    turn(b1, b2, b3, b4, a1, a2) * turn(b1, b2, b3, b4, a3, a4) < 0
  );
}
