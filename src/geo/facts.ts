// What the page's script knows about the drawn map beyond the SVG itself; computed at build time.
import type { Category } from '../data/categories';

/** One drawn shape as the runtime knows it: its standard name and the category that colours it. */
export interface ShapeFact {
  name: string;
  category: Category;
}

export interface MapFacts {
  /**
   * Every drawn shape by key: the runtime reads names and categories here. In a production build the browser
   * fills this from the map's own markup (shapesFromMap.ts), so each name travels once.
   */
  shapes: Record<string, ShapeFact>;
  /** The ids of every quoted passage (see data/quoteId.ts), so an address's ?quote= is checked before the model loads. */
  quotes: string[];
  /** The viewBox size. */
  width: number;
  height: number;
  /** ISO alpha-3 → atlas key for every shape that has an id, so ?country=FRA works for any country. */
  codes: Record<string, string>;
  /**
   * Near-miss targets for pointing off every shape: the centre of each tiny country and, for the named ones,
   * their markers out at sea (a key can appear twice).
   */
  tiny: { key: string; centre: [number, number] }[];
  /** Keys of the countries the article names: a near miss prefers them (keyAtPoint's `named`). */
  named: string[];
  /** The view the "Middle East" button frames: where most countries the article names are. */
  middleEast: { k: number; x: number; y: number };
  /** Where a phone's square map starts (see PHONE_QUERY in app/session.ts). */
  phoneRegion: { k: number; x: number; y: number };
}
