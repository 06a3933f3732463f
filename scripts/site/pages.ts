// The site's pages: the default view and one per country the article names, with the words each page's tags use.
import { countryPagePath } from '../../src/data/countryPage';
import { CATEGORY_LABEL, KIND_LABEL } from '../../src/data/labels';
import type { ArticleModel, Country } from '../../src/data/model';
import type { SearchEntry } from '../../src/data/findCountry';
import { countByCategory } from '../../src/data/summary';

export interface SitePage {
  /** Relative to the site's root and ending in '/': '' for the default view, 'country/rus/' for Russia. */
  path: string;
  country: Country | null;
  title: string;
  /** For search results and link cards: at most DESCRIPTION_MAX characters. */
  description: string;
  /** What the country did, in the panel's words, without repeats ("Backs Iran", "Statement"). */
  stanceLabels: string[];
  /** The first of its quotes that names it (else its first quote), verbatim; null on the default view. */
  firstQuote: string | null;
  /** The preview image's text alternative. */
  imageAlt: string;
}

export const DESCRIPTION_MAX = 200;

/** `country/<alpha-3 in lower case>/`: the address the issue fixes, e.g. country/rus/. */
export { countryPagePath };

/** Cuts `text` to `max` characters at a word, ending in an ellipsis when anything was cut. */
export function truncate(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut.slice(0, max - 1)).replace(/[\s,;:.–—-]+$/, '')}…`;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `quote` names the country by any of `names`, as a whole word. */
function names(quote: string, candidates: readonly string[]): boolean {
  return candidates.some((name) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'u').test(quote),
  );
}

/**
 * The quote a card shows: the first that names the country, so Russia's card does not open on the article's
 * list heading ("Iran has garnered support from several nations…"); the very first when none names it.
 */
function firstQuote(country: Country, aliases: readonly string[] = []): string | null {
  const quotes = country.relations.flatMap((relation) => relation.quotes);
  return quotes.find((quote) => names(quote, [country.name, ...aliases])) ?? quotes[0] ?? null;
}

/** The stance a description opens with; the two parties' summaries already say what they are. */
const stanceOf = (country: Country) =>
  country.category === 'iran' || country.category === 'israel' ? '' : `${CATEGORY_LABEL[country.category]}. `;

/** Every country page, in the model's order. `search` lends the aliases the article uses ("Bahrein"). */
export function countryPageInfo(model: ArticleModel, search: readonly SearchEntry[] = []): SitePage[] {
  const headline = model.source.headline;
  return model.countries.map((country) => {
    const stanceLabels = [...new Set(country.relations.map((relation) => KIND_LABEL[relation.kind]))];
    const summaries = country.relations.map((relation) => relation.summary).join(' ');
    const aliases = search.find((entry) => entry.name === country.name)?.aliases ?? [];
    return {
      path: countryPagePath(country.alpha3),
      country,
      title: `${country.name} — ${headline}`,
      description: truncate(stanceOf(country) + summaries, DESCRIPTION_MAX),
      stanceLabels,
      firstQuote: firstQuote(country, aliases),
      imageAlt: `World map with ${country.name} highlighted: ${stanceLabels.join(', ')}.`,
    };
  });
}

/** "1 acts", "2 act": the count with the word that agrees with it. */
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The default view's page. */
export function indexPageInfo(model: ArticleModel): SitePage {
  const counts = countByCategory(model.countries);
  const named = model.countries.filter((c) => c.category !== 'iran').length;
  const description =
    `The ${named} countries the article names besides Iran, by stance: ${count(counts.ally, 'backs', 'back')} Iran; ` +
    `${counts.severed} severed ties or recalled an ambassador; ${count(counts.neutral, 'acts', 'act')} as mediator or ` +
    `protecting power; ${count(counts.mentioned, 'is', 'are')} mentioned without a stance.`;
  return {
    path: '',
    country: null,
    title: model.source.headline,
    description: truncate(description, DESCRIPTION_MAX),
    stanceLabels: [],
    firstQuote: null,
    imageAlt: `World map: ${model.source.headline} Each country the article names is coloured by its stance.`,
  };
}
