import { describe, expect, test } from 'vitest';
import { encodeRings } from '../../../src/geo/pathEncoding';

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
});
