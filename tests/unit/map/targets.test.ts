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

/** The sea: an element that is no country. */
const sea = { closest: () => null } as unknown as Element;

describe('keyAtPoint', () => {
  test('off every shape, a pointer within the tiny-country radius of its centre, in screen pixels, points at it', () => {
    // Half a pixel per unit: the centre (100, 50) is at client (50, 25) once the map starts at (0, 0).
    expect(keyAtPoint(toMap(0.5), tiny, 50 + TINY_HIT_PX - 1, 25, sea)).toBe('048');
    expect(keyAtPoint(toMap(0.5), tiny, 50 + TINY_HIT_PX + 1, 25, sea)).toBeNull();
  });

  test('zoomed in, the radius stays the same number of screen pixels', () => {
    // Four pixels per unit, map shifted: the centre is at client (410, 220).
    const zoomed = toMap(4, 10, 20);
    expect(keyAtPoint(zoomed, tiny, 410 + TINY_HIT_PX - 1, 220, null)).toBe('048');
    expect(keyAtPoint(zoomed, tiny, 410 + TINY_HIT_PX + 1, 220, null)).toBeNull();
  });

  test('the shape under the pointer wins, however near a tiny country or a marker it is', () => {
    // Israel under the pointer, right on Palestine's centre and a pixel from Lebanon's marker.
    const targets = [
      { key: '275', centre: [100, 50] as const },
      { key: '422', centre: [101, 50] as const },
    ];
    const named = new Set(['275', '422', '376']);
    expect(keyAtPoint(toMap(1), targets, 100, 50, shape('376'), named)).toBe('376');
    // Liechtenstein's centre does not take Switzerland either, named or not.
    expect(keyAtPoint(toMap(1), [{ key: '438', centre: [10, 10] as const }], 10, 10, shape('756'))).toBe('756');
  });

  test('off every shape, a country the article names beats a nearer one it does not', () => {
    const targets = [
      { key: 'kosovo', centre: [100, 50] as const },
      { key: '008', centre: [108, 50] as const },
    ];
    expect(keyAtPoint(toMap(1), targets, 101, 50, sea, new Set(['008']))).toBe('008');
    // Without the article's countries the nearest wins; beyond reach of the named one, the other still counts.
    expect(keyAtPoint(toMap(1), targets, 101, 50, sea)).toBe('kosovo');
    expect(keyAtPoint(toMap(1), targets, 90, 50, sea, new Set(['008']))).toBe('kosovo');
  });

  test('a marker of a tiny country, out at sea, points at its country', () => {
    // Bahrain's centre at (100, 50), its marker out at sea at (140, 50): both are targets for it.
    const targets = [...tiny, { key: '048', centre: [140, 50] as const }];
    expect(keyAtPoint(toMap(1), targets, 143, 52, sea, new Set(['048']))).toBe('048');
  });

  test('without a matrix (no SVG geometry) the shape under the pointer is the answer', () => {
    expect(keyAtPoint(null, tiny, 50, 25, shape('364'))).toBe('364');
    expect(keyAtPoint(null, tiny, 50, 25, null)).toBeNull();
  });
});
