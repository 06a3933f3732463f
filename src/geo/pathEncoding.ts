// Compact SVG path text for pre-projected rings: integer grid, relative moves, no redundant separators.

export type Ring = readonly (readonly [number, number])[];

function pair(dx: number, dy: number, first: boolean): string {
  return (first || dx < 0 ? '' : ' ') + dx + (dy < 0 ? '' : ' ') + dy;
}

/**
 * Encodes rings given in grid units as one path string. Points are rounded to the grid, repeats dropped,
 * rings that collapse below three points skipped. Returns '' when nothing is left.
 */
export function encodeRings(rings: readonly Ring[]): string {
  let d = '';
  let penX = 0;
  let penY = 0;
  for (const ring of rings) {
    const points: [number, number][] = [];
    for (const [x, y] of ring) {
      const X = Math.round(x);
      const Y = Math.round(y);
      const last = points[points.length - 1];
      if (!last || last[0] !== X || last[1] !== Y) points.push([X, Y]);
    }
    const first = points[0];
    const last = points[points.length - 1];
    if (first && last && points.length > 1 && first[0] === last[0] && first[1] === last[1]) points.pop();
    if (!first || points.length < 3) continue;
    d += d ? 'm' + pair(first[0] - penX, first[1] - penY, true) : 'M' + first[0] + ' ' + first[1];
    let [x0, y0] = first;
    d += 'l';
    for (let i = 1; i < points.length; i++) {
      const [x, y] = points[i] as [number, number];
      d += pair(x - x0, y - y0, i === 1);
      x0 = x;
      y0 = y;
    }
    d += 'z';
    [penX, penY] = first;
  }
  return d;
}
