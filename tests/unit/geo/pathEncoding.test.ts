import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { encodeRings, type Ring } from '../../../src/geo/pathEncoding';

/**
 * Reads path text back into rings of absolute points, as an SVG renderer does: M/m start a ring (pairs after
 * them are implied line-tos), L/l add points, Z/z close the ring and return the pen to its start.
 */
function decodeRings(d: string): [number, number][][] {
  const rings: [number, number][][] = [];
  let ring: [number, number][] = [];
  let command = '';
  let [x, y, startX, startY] = [0, 0, 0, 0];
  const tokens = d.match(/[MmLlZz]|-?\d+(\.\d+)?/g) ?? [];
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i] as string;
    if (/[a-z]/i.test(token)) {
      command = token;
      i += 1;
      if (command === 'z' || command === 'Z') [x, y] = [startX, startY];
      continue;
    }
    const [a, b] = [Number(tokens[i]), Number(tokens[i + 1])];
    i += 2;
    const relative = command === command.toLowerCase();
    [x, y] = relative ? [x + a, y + b] : [a, b];
    if (command === 'M' || command === 'm') {
      ring = [];
      rings.push(ring);
      [startX, startY] = [x, y];
      command = relative ? 'l' : 'L';
    }
    ring.push([x, y]);
  }
  return rings;
}

describe('encodeRings', () => {
  test('writes the first point absolute and the rest as relative moves', () => {
    expect(encodeRings([[[10, 20], [13, 20], [13, 25], [10, 20]]])).toBe('M10 20l3 0 0 5z');
  });

  test('starts each further ring relative to the previous ring start', () => {
    const d = encodeRings([
      [[0, 0], [4, 0], [4, 4]],
      [[10, 10], [12, 10], [12, 12]],
    ]);
    expect(d).toBe('M0 0l4 0 0 4zm10 10l2 0 0 2z');
  });

  test('rounds to the grid, drops repeats and skips rings that collapse', () => {
    expect(encodeRings([[[0.2, 0.1], [0.4, 0.3], [0.1, 0.2]]])).toBe('');
    expect(encodeRings([[[0, 0], [0.2, 0], [5, 0], [5, 5]]])).toBe('M0 0l5 0 0 5z');
  });

  test('omits the separator before negative numbers', () => {
    expect(encodeRings([[[5, 5], [2, 7], [1, 1]]])).toBe('M5 5l-3 2-1-6z');
  });

  test('the decoder reads the hand-written examples', () => {
    expect(decodeRings('M0 0l4 0 0 4zm10 10l2 0 0 2z')).toEqual([
      [[0, 0], [4, 0], [4, 4]],
      [[10, 10], [12, 10], [12, 12]],
    ]);
    expect(decodeRings('M5 5l-3 2-1-6z')).toEqual([[[5, 5], [2, 7], [1, 1]]]);
  });
});

describe('encodeRings round trip', () => {
  const point = fc.tuple(fc.integer({ min: -3000, max: 3000 }), fc.integer({ min: -3000, max: 3000 }));
  /** Rings already on the grid, with nothing for the encoder to drop: no repeated point, not closed. */
  const gridRing = fc.array(point, { minLength: 3, maxLength: 12 }).filter((ring) =>
    ring.every(([x, y], i) => {
      const [px, py] = ring.at(i - 1) as [number, number];
      return px !== x || py !== y;
    }),
  );

  test('decoding what it writes gives back every ring and point, in order', () => {
    fc.assert(
      fc.property(fc.array(gridRing, { minLength: 1, maxLength: 4 }), (rings) => {
        expect(decodeRings(encodeRings(rings))).toEqual(rings);
      }),
      { numRuns: 150 },
    );
  });

  test('off-grid points are written as their nearest grid point', () => {
    const offGrid = fc.array(
      fc.array(fc.tuple(fc.double({ min: -3000, max: 3000, noNaN: true }), fc.double({ min: -3000, max: 3000, noNaN: true })), {
        minLength: 3,
        maxLength: 12,
      }),
      { minLength: 1, maxLength: 3 },
    );
    fc.assert(
      fc.property(offGrid, (rings: Ring[]) => {
        const onGrid = rings.map((ring) => ring.map(([x, y]) => [Math.round(x), Math.round(y)] as const));
        expect(encodeRings(rings)).toBe(encodeRings(onGrid));
      }),
      { numRuns: 150 },
    );
  });
});
