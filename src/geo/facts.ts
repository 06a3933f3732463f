// What the page's script knows about the drawn map beyond the SVG itself; computed at build time.

export interface MapFacts {
  /** The viewBox size. */
  width: number;
  height: number;
  /** ISO alpha-3 → atlas key for every shape that has an id, so ?country=FRA works for any country. */
  codes: Record<string, string>;
  /** Centres of tiny countries, for markers and near-centre hovering. */
  tiny: { key: string; centre: [number, number] }[];
  /** The view the "Middle East" button frames: where most countries the article names are. */
  middleEast: { k: number; x: number; y: number };
}
