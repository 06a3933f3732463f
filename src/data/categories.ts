// The one rule that turns a country's relations into the category that colours it:
// backs-iran makes a country an ally.
// severed-relations and recalled-ambassador make it severed (the article groups them).
// mediator and protecting-power make it neutral.
// party-to-conflict puts it on its side, iran or israel.
// aided-israel makes it defended: its forces acted, which "mentioned" would undersell.
// statement and mentioned make it mentioned.
// It takes the first of its categories in the order iran, israel, ally, severed, neutral, defended, mentioned.
// It is mixed when its relations fall into more than one of ally, severed and neutral (Yemen: ally and severed).
// A country the dataset does not list is none.

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

export const CATEGORIES = ['iran', 'israel', 'ally', 'severed', 'neutral', 'defended', 'mentioned', 'none'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The categories a reader can switch on and off in the legend. */
export const FILTERABLE: readonly Category[] = ['ally', 'severed', 'neutral', 'defended', 'mentioned'];

export const PRECEDENCE: readonly Category[] = ['iran', 'israel', 'ally', 'severed', 'neutral', 'defended', 'mentioned'];

const KIND_CATEGORY: Record<Exclude<RelationKind, 'party-to-conflict'>, Category> = {
  'backs-iran': 'ally',
  'severed-relations': 'severed',
  'recalled-ambassador': 'severed',
  mediator: 'neutral',
  'protecting-power': 'neutral',
  'aided-israel': 'defended',
  statement: 'mentioned',
  mentioned: 'mentioned',
};

export interface Relationlike {
  kind: RelationKind;
  side?: 'iran' | 'israel' | undefined;
}

/** A party to the conflict with no side (the validator rejects it) counts as mentioned. */
export function relationCategory(relation: Relationlike): Category {
  return relation.kind === 'party-to-conflict' ? (relation.side ?? 'mentioned') : KIND_CATEGORY[relation.kind];
}

/** The category that colours a country: 'none' for no relations. */
export function categoryOf(relations: readonly Relationlike[]): Category {
  const found = new Set(relations.map(relationCategory));
  return PRECEDENCE.find((category) => found.has(category)) ?? 'none';
}

/** The stances that can pull a country different ways; iran, israel and mentioned do not count. */
const STANCES: readonly Category[] = ['ally', 'severed', 'neutral'];

export function isMixed(relations: readonly Relationlike[]): boolean {
  return new Set(relations.map(relationCategory).filter((c) => STANCES.includes(c))).size > 1;
}
