import { describe, expect, test } from 'vitest';
import { neighbour } from '../../../src/geo/neighbours';

const places = [
  { key: 'centre', x: 0, y: 0 },
  { key: 'east', x: 10, y: 1 },
  { key: 'far-east', x: 30, y: 0 },
  { key: 'north', x: 1, y: -10 },
  { key: 'south', x: -1, y: 12 },
  { key: 'west', x: -8, y: 2 },
];
const from = places[0] as (typeof places)[number];

describe('arrow-key neighbours', () => {
  test('each arrow moves to the nearest place that way', () => {
    expect(neighbour(places, from, 'right')?.key).toBe('east');
    expect(neighbour(places, from, 'left')?.key).toBe('west');
    expect(neighbour(places, from, 'up')?.key).toBe('north');
    expect(neighbour(places, from, 'down')?.key).toBe('south');
  });

  test('stops at the edge of the world', () => {
    expect(neighbour(places, places[2] as (typeof places)[number], 'right')).toBeNull();
  });

  test('is the same every time: moving right then left comes back', () => {
    const east = neighbour(places, from, 'right');
    expect(east && neighbour(places, east, 'left')?.key).toBe('centre');
  });
});
