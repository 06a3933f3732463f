import { describe, expect, test } from 'vitest';
import { encodeRings } from '../../../src/geo/pathEncoding';
import { decodePath, edgeDistance, insideRings } from '../../../src/geo/rings';
import { heartOf } from '../../../src/geo/hearts';

const square: [number, number][] = [
  [0, 0],
  [10, 0],
  [10, 10],
  [0, 10],
];

describe('decodePath', () => {
  test('reads back what encodeRings writes, rings and all, negative steps included', () => {
    const island: [number, number][] = [
      [30, 5],
      [25, 12],
      [35, 12],
    ];
    expect(decodePath(encodeRings([square, island]))).toEqual([square, island]);
  });
});

describe('insideRings and edgeDistance', () => {
  test('a hole (the reversed ring) is outside, as SVG fills it', () => {
    const hole: [number, number][] = [
      [3, 3],
      [3, 7],
      [7, 7],
      [7, 3],
    ];
    expect(insideRings([square], 5, 5)).toBe(true);
    expect(insideRings([square, hole], 5, 5)).toBe(false);
    expect(insideRings([square, hole], 1, 5)).toBe(true);
    expect(insideRings([square], 11, 5)).toBe(false);
    expect(edgeDistance([square], 5, 2)).toBeCloseTo(2);
  });
});

describe('heartOf', () => {
  test('is the middle of a square, with the room to its edges', () => {
    expect(heartOf([square])).toMatchObject({ x: expect.closeTo(5, 0), y: expect.closeTo(5, 0), room: expect.closeTo(5, 0) });
  });

  test('lies in the thick arm of an L, far from its edges, where the centroid of the bounds would be outside', () => {
    const l: [number, number][] = [
      [0, 0],
      [40, 0],
      [40, 10],
      [10, 10],
      [10, 40],
      [0, 40],
    ];
    const heart = heartOf([l]);
    expect(insideRings([l], heart.x, heart.y)).toBe(true);
    expect(insideRings([l], 20, 20)).toBe(false);
    expect(heart.room).toBeGreaterThan(4.5);
  });

  test('measures the largest part, not a small island', () => {
    const islet: [number, number][] = [
      [100, 100],
      [102, 100],
      [102, 102],
      [100, 102],
    ];
    const heart = heartOf([islet, square]);
    expect(heart.x).toBeLessThan(10);
  });
});
