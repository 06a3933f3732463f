// Arrow-key order on the map: from one country to the nearest in the pressed direction, so moves are predictable.

export type Direction = 'left' | 'right' | 'up' | 'down';

export interface Place {
  key: string;
  x: number;
  y: number;
}

/**
 * The nearest place whose centre lies within 60° either side of the direction, weighting sideways distance
 * double so that "right" prefers what is level with you. Returns null at the edge of the world.
 */
export function neighbour(places: readonly Place[], from: Place, direction: Direction): Place | null {
  let best: Place | null = null;
  let bestScore = Infinity;
  for (const place of places) {
    if (place.key === from.key) continue;
    const dx = place.x - from.x;
    const dy = place.y - from.y;
    const along = direction === 'right' ? dx : direction === 'left' ? -dx : direction === 'down' ? dy : -dy;
    const across = Math.abs(direction === 'left' || direction === 'right' ? dy : dx);
    if (along <= 0 || across > along * Math.tan(Math.PI / 3)) continue;
    const score = along + 2 * across;
    if (score < bestScore || (score === bestScore && best && place.key < best.key)) {
      best = place;
      bestScore = score;
    }
  }
  return best;
}

/** Arrow-key names as KeyboardEvent.key gives them. */
export const ARROWS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};
