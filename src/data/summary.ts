// Counts per category and the sentence a screen reader hears as the map's description.
import { CATEGORIES, type Category } from './categories';
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
