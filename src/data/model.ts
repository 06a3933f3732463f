// The joined, validated model the page renders: built once from data/ at build time, never changed after load.
// What comes from the dataset as it is (a relation, an unmapped mention) has its type from the schema.
import type { Category } from './categories';
import type { Dataset } from './schema';

/** One stance, as the dataset states it (schema.ts says what each field means). */
export type Relation = Dataset['countries'][number]['relations'][number];

export interface Country {
  /** ISO 3166-1 alpha-3, e.g. "RUS". */
  alpha3: string;
  /** ISO 3166-1 numeric as world-atlas writes it, zero-padded: "643", "048". */
  numeric: string;
  /** The standard short name (world-atlas / Natural Earth), e.g. "Russia". */
  name: string;
  category: Category;
  /** True when the relations fall into more than one category (Yemen: ally and severed). */
  mixed: boolean;
  relations: Relation[];
}

/** A mention the map cannot draw: unnamed groups, breakaway regions, places inside other shapes. */
export type UnmappedMention = Dataset['unmapped'][number];

export interface ArticleModel {
  source: { headline: string };
  /** Sorted by name (English collation) when the build validates the dataset, so the page never sorts them. */
  countries: Country[];
  unmapped: UnmappedMention[];
}
