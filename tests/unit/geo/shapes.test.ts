import { describe, expect, test } from 'vitest';
import { readAtlas } from '../../../scripts/atlas';
import { MAP_WIDTH, MIN_AREA, buildShapes, type ShapeSet } from '../../../src/geo/shapes';
import { nearestTarget, tinyShapes } from '../../../src/geo/tiny';

const set: ShapeSet = buildShapes(readAtlas(), { width: MAP_WIDTH, minArea: MIN_AREA });
const byName = (name: string) => set.shapes.find((s) => s.name === name);

describe('buildShapes on world-atlas 50m', () => {
  test('keeps every one of the 241 shapes, each with a drawable path', () => {
    expect(set.shapes).toHaveLength(241);
    for (const shape of set.shapes) expect(shape.d, shape.name).toMatch(/^M-?\d+ -?\d+l/);
  });

  test('gives every shape a unique, stable key, including shapes with no id or a shared one', () => {
    const keys = set.shapes.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(byName('Kosovo')).toMatchObject({ id: null, key: 'kosovo' });
    expect(byName('N. Cyprus')).toMatchObject({ id: null, key: 'n-cyprus' });
    expect(byName('Australia')).toMatchObject({ id: '036', key: '036-australia' });
    expect(byName('Ashmore and Cartier Is.')).toMatchObject({ id: '036', key: '036-ashmore-and-cartier-is' });
    expect(byName('Bahrain')).toMatchObject({ id: '048', key: '048' });
  });

  test('is a world map that fills the width, with the Middle East where it belongs', () => {
    expect(set.width).toBe(MAP_WIDTH);
    expect(set.height / set.width).toBeCloseTo(0.487, 2);
    const iran = byName('Iran');
    expect(iran?.centre[0]).toBeGreaterThan(MAP_WIDTH * 0.6);
    expect(iran?.centre[0]).toBeLessThan(MAP_WIDTH * 0.7);
  });

  test('cuts countries at the antimeridian instead of drawing lines across the map', () => {
    const russia = byName('Russia');
    const fiji = byName('Fiji');
    // The largest part of each stays on its own side of the world.
    expect((russia?.bounds[1][0] ?? 0) - (russia?.bounds[0][0] ?? 0)).toBeLessThan(MAP_WIDTH * 0.5);
    expect((fiji?.bounds[1][0] ?? 0) - (fiji?.bounds[0][0] ?? 0)).toBeLessThan(MAP_WIDTH * 0.05);
  });

  test('marks the tiny countries the article names as tiny, not the large ones', () => {
    const tiny = tinyShapes(set).map((s) => s.name);
    expect(tiny).toEqual(expect.arrayContaining(['Bahrain', 'Lebanon', 'Palestine']));
    expect(tiny).not.toContain('Iran');
    expect(tiny).not.toContain('Egypt');
  });
});

describe('nearestTarget', () => {
  const targets = [
    { key: 'a', centre: [0, 0] as const },
    { key: 'b', centre: [10, 0] as const },
  ];
  test('finds the nearest centre within the radius', () => {
    expect(nearestTarget(targets, 7, 0, 5)?.key).toBe('b');
    expect(nearestTarget(targets, 2, 1, 5)?.key).toBe('a');
  });
  test('finds nothing outside the radius', () => {
    expect(nearestTarget(targets, 5, 20, 5)).toBeNull();
  });
});
