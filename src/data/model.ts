// The joined, validated model the page renders: built once from data/ at build time, never changed after load.
import type { Category, RelationKind } from './categories';

export interface Relation {
  kind: RelationKind;
  /** One line in our words. */
  summary: string;
  /** Verbatim passages from the article. */
  quotes: string[];
  /** The list lead-in or heading the quotes sit under, verbatim ("Iran has garnered support from…:"). */
  under?: string;
  /** Why the article is ambiguous here, if it is. */
  note?: string;
}

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
export interface UnmappedMention {
  name: string;
  note: string;
  quotes: string[];
}

export interface ArticleModel {
  source: { headline: string };
  countries: Country[];
  unmapped: UnmappedMention[];
}
