// Words a reader sees for each category and relation kind; one place so legend, tooltip, panel and table agree.
import type { Category, RelationKind } from './categories';

export const CATEGORY_LABEL: Record<Category, string> = {
  iran: 'Iran',
  israel: 'Israel, the other party',
  ally: 'Backs Iran',
  severed: 'Severed ties or recalled ambassador',
  neutral: 'Mediator or protecting power',
  defended: 'Helped defend Israel',
  mentioned: 'Mentioned, no stance on Iran',
  none: 'Not named in the article',
};

/** Short forms, where space is tight (the preview image's key). */
export const CATEGORY_SHORT: Record<Category, string> = {
  iran: 'Iran',
  israel: 'Israel',
  ally: 'Backs Iran',
  severed: 'Severed or recalled',
  neutral: 'Mediator',
  defended: 'Defended Israel',
  mentioned: 'Mentioned',
  none: 'Not named',
};

export const KIND_LABEL: Record<RelationKind, string> = {
  'backs-iran': 'Backs Iran',
  'severed-relations': 'Severed diplomatic relations',
  'recalled-ambassador': 'Recalled its ambassador',
  mediator: 'Mediator',
  'protecting-power': 'Protecting power',
  'party-to-conflict': 'Party to the conflict',
  'aided-israel': 'Helped defend Israel',
  statement: 'Statement',
  mentioned: 'Mentioned',
};
