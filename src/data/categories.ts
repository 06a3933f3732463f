// The one rule that turns a country's relations into the category that colours it.

export const RELATION_KINDS = [
  'backs-iran',
  'severed-relations',
  'recalled-ambassador',
  'mediator',
  'protecting-power',
  'party-to-conflict',
  'aided-israel',
  'statement',
  'mentioned',
] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

export const CATEGORIES = ['iran', 'israel', 'ally', 'severed', 'neutral', 'mentioned', 'none'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The categories a reader can switch on and off in the legend. */
export const FILTERABLE: readonly Category[] = ['ally', 'severed', 'neutral', 'mentioned'];
