// Each country's heart: the point of its largest part farthest from every edge (the pole of inaccessibility).
import { edgeDistance, insideRings, ringArea, ringsBox, type Point } from './rings';

export interface Heart {
  x: number;
  y: number;
  /** Distance to the nearest edge, in the same units: how much room a finger or a label has there. */
  room: number;
}

interface Cell {
  x: number;
  y: number;
  half: number;
  /** Signed distance to the edges: negative outside. */
  d: number;
  /** The best any point in the cell could do. */
  max: number;
}

/** A max-heap on `max`, so the search always splits the cell that could still hold the best point. */
class CellQueue {
  private cells: Cell[] = [];
  get size() {
    return this.cells.length;
  }
  push(cell: Cell) {
    const cells = this.cells;
    cells.push(cell);
    for (let i = cells.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if ((cells[parent] as Cell).max >= cell.max) break;
      cells[i] = cells[parent] as Cell;
      cells[parent] = cell;
      i = parent;
    }
  }
  pop(): Cell {
    const cells = this.cells;
    const top = cells[0] as Cell;
    const last = cells.pop() as Cell;
    if (cells.length) {
      cells[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < cells.length && (cells[l] as Cell).max > (cells[m] as Cell).max) m = l;
        if (r < cells.length && (cells[r] as Cell).max > (cells[m] as Cell).max) m = r;
        if (m === i) break;
        [cells[i], cells[m]] = [cells[m] as Cell, cells[i] as Cell];
        i = m;
      }
    }
    return top;
  }
}

/**
 * The pole of inaccessibility of the largest part of `rings` (with the holes inside it), to within
 * `precision` units: the quadtree search of Mapbox's polylabel, on rings already in the map's plane.
 */
export function heartOf(rings: readonly (readonly Point[])[], precision = 0.5): Heart {
  const outer = rings.reduce<readonly Point[] | null>(
    (best, ring) => (!best || Math.abs(ringArea(ring)) > Math.abs(ringArea(best)) ? ring : best),
    null,
  );
  if (!outer || outer.length === 0) return { x: 0, y: 0, room: 0 };
  const [x0, y0, x1, y1] = ringsBox([outer]);
  // Only the part itself and what cuts into it count: a neighbouring island is no edge of this part.
  const part = rings.filter((ring) => ring === outer || (ring[0] && insideRings([outer], ring[0][0], ring[0][1])));
  const signed = (x: number, y: number) => (insideRings(part, x, y) ? 1 : -1) * edgeDistance(part, x, y);
  const cell = (x: number, y: number, half: number): Cell => {
    const d = signed(x, y);
    return { x, y, half, d, max: d + half * Math.SQRT2 };
  };
  const size = Math.min(x1 - x0, y1 - y0);
  if (size === 0) return { x: x0, y: y0, room: 0 };
  const queue = new CellQueue();
  for (let x = x0; x < x1; x += size) for (let y = y0; y < y1; y += size) queue.push(cell(x + size / 2, y + size / 2, size / 2));
  let best = cell((x0 + x1) / 2, (y0 + y1) / 2, 0);
  while (queue.size) {
    const next = queue.pop();
    if (next.d > best.d) best = next;
    if (next.max - best.d <= precision) continue;
    const half = next.half / 2;
    queue.push(cell(next.x - half, next.y - half, half));
    queue.push(cell(next.x + half, next.y - half, half));
    queue.push(cell(next.x - half, next.y + half, half));
    queue.push(cell(next.x + half, next.y + half, half));
  }
  const round = (v: number) => Math.round(v * 10) / 10;
  return { x: round(best.x), y: round(best.y), room: round(Math.max(0, best.d)) };
}
