// Where each tiny named country's marker goes: the nearest open sea off its coast, tied to it by a leader line.
import type { Heart } from './hearts';
import { seaAround, type Land } from './land';

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
/** Countries whose hearts are this close (map units) are neighbours whose markers must not swap sides. */
const NEIGHBOURS = 150;
const STEP = 5;
/**
 * Clearance and farthest distance to try, in turn: a narrow sea nearby (the Gulf for Bahrain) beats open
 * water far away, whose leader line would cross other countries.
 */
const TRIES: readonly (readonly [clearance: number, farthest: number])[] = [
  [MARKER_CLEARANCE, 120],
  [MARKER_CLEARANCE * 0.66, 150],
  [MARKER_CLEARANCE / 2, 400],
];

function nearestSea(
  land: Land,
  heart: Heart,
  [clearance, farthest]: readonly [number, number],
  placed: readonly MarkerPlace[],
): [number, number] | null {
  for (let distance = clearance; distance <= farthest; distance += STEP) {
    for (let i = 0; i < ANGLES; i++) {
      // West first: the story's tiny countries sit on the eastern shores of the Mediterranean and the Gulf.
      const angle = Math.PI + (i % 2 ? 1 : -1) * Math.ceil(i / 2) * ((2 * Math.PI) / ANGLES);
      const x = Math.round(heart.x + Math.cos(angle) * distance);
      const y = Math.round(heart.y + Math.sin(angle) * distance);
      const apart = placed.every((m) => Math.hypot(m.x - x, m.y - y) >= 2 * clearance);
      if (apart && seaAround(land, x, y, clearance)) return [x, y];
    }
  }
  return null;
}

/** Places markers one by one in the given order, each at the first sea that TRIES finds. */
export function placeMarkers(land: Land, countries: readonly { key: string; heart: Heart }[]): MarkerPlace[] {
  const placed: MarkerPlace[] = [];
  for (const { key, heart } of countries) {
    let at: [number, number] | null = null;
    for (const attempt of TRIES) if (!at) at = nearestSea(land, heart, attempt, placed);
    const [x, y] = at ?? [heart.x, heart.y];
    placed.push({ key, x, y, to: [heart.x, heart.y] });
  }
  // Neighbours' markers keep their countries' order from north to south, so their leader lines do not cross.
  for (const a of placed) {
    for (const b of placed) {
      const near = Math.hypot(a.to[0] - b.to[0], a.to[1] - b.to[1]) < NEIGHBOURS;
      if (a !== b && near && (a.to[1] - b.to[1]) * (a.y - b.y) < 0) [a.x, a.y, b.x, b.y] = [b.x, b.y, a.x, a.y];
    }
  }
  return placed;
}

