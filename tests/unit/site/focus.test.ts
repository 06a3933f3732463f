// Framing a country: its rings read from the path the map writes, and a view that holds it with its neighbours.
import { describe, expect, test } from 'vitest';
import { countryShape, focusView, ringBoxes } from '../../../scripts/site/focus';
import { encodeRings } from '../../../src/geo/pathEncoding';

describe('ringBoxes', () => {
  test('reads the rings src/geo/pathEncoding.ts writes, relative moves included', () => {
    const d = encodeRings([
      [[10, 10], [30, 10], [30, 25], [10, 25]],
      [[100, 50], [104, 50], [104, 53]],
    ]);
    expect(ringBoxes(d)).toEqual([
      { x0: 10, y0: 10, x1: 30, y1: 25 },
      { x0: 100, y0: 50, x1: 104, y1: 53 },
    ]);
  });

  test('a curve it cannot bound is an error, not a wrong frame', () => {
    expect(() => ringBoxes('M0 0c1 1 2 2 3 3z')).toThrow(/"c"/);
  });
});

describe('countryShape', () => {
  const svg =
    '<svg viewBox="0 0 1000 500"><path data-key="643" data-country="643" data-category="ally" data-name="Russia" d="M900 10l50 0 0 5-50 0zM500 50l300 0 0 100-300 0z"/>' +
    '<circle data-marker="048" data-category="severed" cx="1" cy="2" r="14"/><path data-key="048" data-country="048" d="M1 1l1 0 0 1z"/></svg>';

  test('frames the largest ring: the mainland, not an island across the map', () => {
    expect(countryShape(svg, '643').box).toEqual({ x0: 500, y0: 50, x1: 800, y1: 150 });
    expect(countryShape(svg, '643').marker).toBeNull();
  });

  test("keeps a small country's marker to draw it again on top", () => {
    expect(countryShape(svg, '048').marker).toContain('data-marker="048"');
  });

  test('a key the map does not draw is a readable error', () => {
    expect(() => countryShape(svg, '999')).toThrow('the map has no shape with data-key="999"');
  });
});

describe('focusView', () => {
  const world = { width: 5000, height: 2434 };
  const frame = { width: 700, height: 630 };

  test.each([
    ['a tiny country', { x0: 3200, y0: 800, x1: 3204, y1: 804 }],
    ['a huge one', { x0: 2800, y0: 100, x1: 4900, y1: 900 }],
    ['one at the edge', { x0: 0, y0: 2300, x1: 40, y1: 2400 }],
  ])('%s: the view has the frame’s shape, holds the country, and stays on the map where it can', (_, box) => {
    const view = focusView(box, world, frame, 1300);
    const width = view.x1 - view.x0;
    const height = view.y1 - view.y0;
    expect(width / height).toBeCloseTo(frame.width / frame.height, 6);
    expect(width).toBeGreaterThanOrEqual(1300);
    expect(view.x0).toBeLessThanOrEqual(box.x0);
    expect(view.x1).toBeGreaterThanOrEqual(box.x1);
    expect(view.y0).toBeLessThanOrEqual(box.y0);
    expect(view.y1).toBeGreaterThanOrEqual(box.y1);
    if (width <= world.width) expect(view.x0).toBeGreaterThanOrEqual(0);
    if (height <= world.height) expect(view.y1).toBeLessThanOrEqual(world.height);
  });
});
