// Counts per category and the sentence a screen reader hears as the map's description.
import { CATEGORIES, FILTERABLE, type Category } from './categories';
import type { Country } from './model';

export function countByCategory(countries: readonly Country[]): Record<Category, number> {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  for (const country of countries) counts[country.category] += 1;
  return counts;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function describeMap(countries: readonly Country[]): string {
  const counts = countByCategory(countries);
  const named = countries.filter((c) => c.category !== 'iran').length;
  return (
    `A world map of the ${named} countries the article names besides Iran, coloured by their stance. ` +
    `${plural(counts.ally, 'country backs', 'countries back')} Iran; ` +
    `${plural(counts.severed, 'country has', 'countries have')} severed ties or recalled ambassadors; ` +
    `${plural(counts.neutral, 'acts', 'act')} as mediator or protecting power; ` +
    `${counts.defended} helped defend Israel; ` +
    `${plural(counts.mentioned, 'is', 'are')} mentioned without a stance. ` +
    `Use the search or the table view to reach every country without a mouse.`
  );
}

/** How the key line words each stance the reader can filter: "6 back Iran". */
const KEY_WORDS: Partial<Record<Category, readonly [string, string]>> = {
  ally: ['backs Iran', 'back Iran'],
  severed: ['severed ties or recalled its envoy', 'severed ties or recalled envoys'],
  neutral: ['mediates or protects interests', 'mediate or protect interests'],
  defended: ['helped defend Israel', 'helped defend Israel'],
  mentioned: ['is mentioned', 'are mentioned'],
};

/** The one-line key above the map (and in the downloads): each filterable stance with its count. */
export function keyParts(counts: Readonly<Record<Category, number>>): { category: Category; text: string }[] {
  return FILTERABLE.filter((category) => counts[category] > 0 && KEY_WORDS[category]).map((category) => {
    const [one, many] = KEY_WORDS[category] as readonly [string, string];
    const n = counts[category];
    return { category, text: `${n} ${n === 1 ? one : many}` };
  });
}
