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

/**
 * The rule, in order:
 * - backs-iran → ally; severed-relations and recalled-ambassador → severed (the article groups them);
 *   mediator and protecting-power → neutral; party-to-conflict → its side (iran or israel);
 *   aided-israel, statement and mentioned → mentioned.
 * - A country takes the first of its categories in PRECEDENCE; one the article does not name is 'none'.
 * - It is mixed when its relations fall into more than one of ally, severed and neutral (Yemen).
 */
export const PRECEDENCE: readonly Category[] = ['iran', 'israel', 'ally', 'severed', 'neutral', 'mentioned'];

const KIND_CATEGORY: Record<Exclude<RelationKind, 'party-to-conflict'>, Category> = {
  'backs-iran': 'ally',
  'severed-relations': 'severed',
  'recalled-ambassador': 'severed',
  mediator: 'neutral',
  'protecting-power': 'neutral',
  'aided-israel': 'mentioned',
  statement: 'mentioned',
  mentioned: 'mentioned',
};

export interface Relationlike {
  kind: RelationKind;
  side?: 'iran' | 'israel' | undefined;
}

export function relationCategory(relation: Relationlike): Category {
  return relation.kind === 'party-to-conflict' ? (relation.side ?? 'mentioned') : KIND_CATEGORY[relation.kind];
}

export function categoryOf(relations: readonly Relationlike[]): Category {
  const found = new Set(relations.map(relationCategory));
  return PRECEDENCE.find((category) => found.has(category)) ?? 'none';
}

export function isMixed(relations: readonly Relationlike[]): boolean {
  const stances = new Set(relations.map(relationCategory).filter((c) => c === 'ally' || c === 'severed' || c === 'neutral'));
  return stances.size > 1;
}
