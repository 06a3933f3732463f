import { describe, expect, test } from 'vitest';
import { TINY_HIT_PX, keyAtPoint, type ClientToMap } from '../../../src/map/targets';

/** Client pixels to map units for a map drawn at `scale` px per unit whose origin sits at (left, top). */
const toMap = (scale: number, left = 0, top = 0): ClientToMap => ({
  a: 1 / scale,
  b: 0,
  c: 0,
  d: 1 / scale,
  e: -left / scale,
  f: -top / scale,
});

const tiny = [{ key: '048', centre: [100, 50] as const }];

/** A country shape as keyAtPoint reads it (these tests run without a DOM). */
function shape(key: string): Element {
  const element = {
    closest: () => element,
    getAttribute: (name: string) => (name === 'data-key' ? key : null),
  };
  return element as unknown as Element;
}

describe('keyAtPoint', () => {
  test('a pointer within the tiny-country radius of its centre, in screen pixels, points at it', () => {
    // Half a pixel per unit: the centre (100, 50) is at client (50, 25) once the map starts at (0, 0).
    expect(keyAtPoint(toMap(0.5), tiny, 50 + TINY_HIT_PX - 1, 25, null)).toBe('048');
    expect(keyAtPoint(toMap(0.5), tiny, 50 + TINY_HIT_PX + 1, 25, null)).toBeNull();
  });

  test('zoomed in, the radius stays the same number of screen pixels', () => {
    // Four pixels per unit, map shifted: the centre is at client (410, 220).
    const zoomed = toMap(4, 10, 20);
    expect(keyAtPoint(zoomed, tiny, 410 + TINY_HIT_PX - 1, 220, null)).toBe('048');
    expect(keyAtPoint(zoomed, tiny, 410 + TINY_HIT_PX + 1, 220, null)).toBeNull();
  });

  test('over a large country only a nearer miss of a tiny one counts', () => {
    const iran = shape('364');
    expect(keyAtPoint(toMap(1), tiny, 100 + 10, 50, iran)).toBe('364');
    expect(keyAtPoint(toMap(1), tiny, 100 + 4, 50, iran)).toBe('048');
  });

  test('without a matrix (no SVG geometry) the shape under the pointer is the answer', () => {
    expect(keyAtPoint(null, tiny, 50, 25, shape('364'))).toBe('364');
    expect(keyAtPoint(null, tiny, 50, 25, null)).toBeNull();
  });
});
