// Where each tiny named country's marker goes: the nearest open sea off its coast, tied to it by a leader line.
import type { Heart } from './hearts';
import { landAt, seaAround, type Land } from './land';
import { segmentDistance, segmentsCross } from './rings';

/**
 * Sea a marker keeps around its centre, in map units: its 5 px radius and a pixel of water on a 1000 px wide
 * map (0.2 px a unit), so the dot never covers the country it stands for or a neighbour.
 */
export const MARKER_CLEARANCE = 30;

export interface MarkerPlace {
  key: string;
  /** The marker's centre. */
  x: number;
  y: number;
  /** The country's heart, where the leader line ends. */
  to: readonly [number, number];
}

const ANGLES = 32;
const STEP = 5;
/** Markers stay this far apart (map units), so that a name fits beside each at a desktop's world view. */
const SPACING = 60;
/**
 * Clearance and farthest distance to try, in turn: a narrow sea nearby (the Gulf for Bahrain) beats open
 * water far away, whose leader line would cross other countries.
 */
const TRIES: readonly (readonly [clearance: number, farthest: number])[] = [
  [MARKER_CLEARANCE, 120],
  [MARKER_CLEARANCE * 0.66, 150],
  [MARKER_CLEARANCE / 2, 400],
];

/** True when a marker at (x, y) keeps clear of the markers placed and its leader line of theirs. */
function clearOf(placed: readonly MarkerPlace[], heart: Heart, x: number, y: number, clearance: number): boolean {
  return placed.every(
    (m) =>
      Math.hypot(m.x - x, m.y - y) >= Math.max(2 * clearance, SPACING) &&
      !segmentsCross([heart.x, heart.y, x, y], [m.to[0], m.to[1], m.x, m.y]) &&
      // Neither line runs through the other's dot.
      segmentDistance(m.x, m.y, [heart.x, heart.y], [x, y]) >= clearance &&
      segmentDistance(x, y, m.to, [m.x, m.y]) >= clearance,
  );
}

/** Length of the leader line (map units) that runs over countries other than its own. */
function foreignLength(land: Land, key: string, heart: Heart, x: number, y: number): number {
  const length = Math.hypot(x - heart.x, y - heart.y);
  const steps = Math.ceil(length / STEP);
  let foreign = 0;
  for (let i = 1; i < steps; i++) {
    const under = landAt(land, heart.x + ((x - heart.x) * i) / steps, heart.y + ((y - heart.y) * i) / steps);
    if (under !== null && under !== key) foreign += length / steps;
  }
  return foreign;
}

/** A line over a neighbour reads as pointing at it: each unit of it costs as much as three more of sea. */
const FOREIGN_COST = 3;

interface Spot {
  x: number;
  y: number;
  cost: number;
}

/** The cheapest clear sea within one of TRIES: near, and with as little of its leader over neighbours. */
function bestSea(
  land: Land,
  key: string,
  heart: Heart,
  [clearance, farthest]: readonly [number, number],
  placed: readonly MarkerPlace[],
): Spot | null {
  let best: Spot | null = null;
  for (let distance = clearance; distance <= farthest; distance += STEP) {
    // Nothing further out can beat the best so far.
    if (best && distance >= best.cost) break;
    for (let i = 0; i < ANGLES; i++) {
      const angle = (i * 2 * Math.PI) / ANGLES;
      const x = Math.round(heart.x + Math.cos(angle) * distance);
      const y = Math.round(heart.y + Math.sin(angle) * distance);
      if (!clearOf(placed, heart, x, y, clearance) || !seaAround(land, x, y, clearance)) continue;
      const cost = distance + FOREIGN_COST * foreignLength(land, key, heart, x, y);
      if (!best || cost < best.cost) best = { x, y, cost };
    }
  }
  return best;
}

/** Places markers one by one in the given order; returns them and what they cost, Infinity if one found no sea. */
function placeInOrder(land: Land, countries: readonly { key: string; heart: Heart }[]): { placed: MarkerPlace[]; cost: number } {
  const placed: MarkerPlace[] = [];
  let total = 0;
  for (const { key, heart } of countries) {
    let spot: Spot | null = null;
    for (const attempt of TRIES) if (!spot) spot = bestSea(land, key, heart, attempt, placed);
    total += spot?.cost ?? Infinity;
    placed.push({ key, x: spot?.x ?? heart.x, y: spot?.y ?? heart.y, to: [heart.x, heart.y] });
  }
  return { placed, cost: total };
}

const permutations = <T>(items: readonly T[]): T[][] =>
  items.length <= 1 ? [[...items]] : items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));

/** Few markers (the story has three) are placed in every order and the cheapest layout kept: neighbours share a sea. */
const MAX_PERMUTED = 4;

export function placeMarkers(land: Land, countries: readonly { key: string; heart: Heart }[]): MarkerPlace[] {
  const orders = countries.length <= MAX_PERMUTED ? permutations(countries) : [[...countries]];
  const layouts = orders.map((order) => placeInOrder(land, order));
  const best = layouts.reduce((a, b) => (b.cost < a.cost ? b : a));
  // The same order as asked, whichever order placed them.
  return countries.map(({ key }) => best.placed.find((m) => m.key === key) as MarkerPlace);
}
