// The dataset, checked against the article and the atlas and joined into the model the page renders.
// Never throws: it returns the model, or every problem as a sentence that names the entry.
import { parseJson } from './parseJson';
import type { z } from 'zod';
import { categoryOf, isMixed } from './categories';
import { alpha3ToNumeric, englishNames, isValidAlpha3 } from './codes';
import type { ArticleModel, Country } from './model';
import { locateQuote, nearestMatch, normaliseForMatch } from './quotes';
import { datasetSchema, type Dataset } from './schema';

/** A world-atlas shape that has an id: "048", "Bahrain". */
export interface AtlasEntry {
  id: string;
  name: string;
}

export interface ModelInput {
  datasetText: string;
  articleText: string;
  atlas: readonly AtlasEntry[];
  /** How errors name the dataset file. */
  fileName?: string;
}

export type ModelResult =
  | {
      ok: true;
      model: ArticleModel;
      /** Problems that do not stop the build, e.g. a country the article never names by any of its names. */
      warnings: string[];
      /** The dataset's own aliases by alpha-3, for the search index. */
      aliases: Record<string, string[]>;
    }
  | { ok: false; errors: string[] };

/** world-atlas TopoJSON → its shapes that have an id; anything unexpected gives an empty list. */
export function atlasEntries(topology: unknown): AtlasEntry[] {
  const geometries = (topology as { objects?: { countries?: { geometries?: unknown } } } | null)?.objects?.countries
    ?.geometries;
  if (!Array.isArray(geometries)) return [];
  return geometries.flatMap((g: { id?: unknown; properties?: { name?: unknown } }) =>
    g?.id !== undefined && typeof g.properties?.name === 'string' ? [{ id: String(g.id), name: g.properties.name }] : [],
  );
}

// ─── Schema messages ───────────────────────────────────────────────────────────────────────────────────

const ENTRY_LISTS = new Set(['countries', 'unmapped', 'excluded']);
const NUMBERED = new Map([
  ['relations', 'relation'],
  ['quotes', 'quote'],
  ['aliases', 'alias'],
]);

/** "countries[3] (CAN) relation 2" for a zod path; a last field name is dropped, as the messages name it. */
function describePath(path: readonly PropertyKey[], input: unknown): string {
  const parts: string[] = [];
  let node: unknown = input;
  path.forEach((key, i) => {
    node = typeof node === 'object' && node !== null ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    const previous = String(path[i - 1]);
    if (typeof key === 'number' && ENTRY_LISTS.has(previous)) {
      const label = previous === 'countries' ? (node as { alpha3?: unknown })?.alpha3 : (node as { name?: unknown })?.name;
      parts[parts.length - 1] = `${previous}[${key}]${typeof label === 'string' ? ` (${label})` : ''}`;
    } else if (typeof key === 'number' && NUMBERED.has(previous)) {
      parts[parts.length - 1] = `${NUMBERED.get(previous)} ${key + 1}`;
    } else if (i < path.length - 1 || typeof key === 'number') {
      parts.push(String(key));
    }
  });
  return parts.join(' ');
}

function schemaErrors(error: z.ZodError, input: unknown, fileName: string): string[] {
  return error.issues.map((issue) => `${describePath(issue.path, input) || fileName}: ${issue.message}`);
}

// ─── The article ───────────────────────────────────────────────────────────────────────────────────────

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Case-sensitive, whole word: "Oman" is not in "Romania", "Iran" is in "Iran-backed" and "Iran's". */
function wholeWord(name: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'gu');
}

interface Mention {
  start: number;
  end: number;
  entry: AtlasEntry;
}

/** Every atlas name in the text, except those inside a longer one ("Sudan" inside "South Sudan"). */
function atlasMentions(article: string, atlas: readonly AtlasEntry[]): Mention[] {
  const mentions: Mention[] = [];
  for (const entry of atlas) {
    for (const match of article.matchAll(wholeWord(entry.name))) {
      mentions.push({ start: match.index, end: match.index + entry.name.length, entry });
    }
  }
  return mentions.filter(
    (m) => !mentions.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start),
  );
}

const preview = (text: string, length = 60) => JSON.stringify(text.length > length ? `${text.slice(0, length)}…` : text);

function quoteProblem(articleText: string, quote: string): string | null {
  if (locateQuote(articleText, quote)) return null;
  const near = nearestMatch(articleText, quote);
  const hint = near
    ? `; it follows the article (line ${near.line}) for ${near.agreed} characters, then has ${JSON.stringify(near.quoteNext)} where the article has ${JSON.stringify(near.articleNext)}`
    : '';
  return `not found in the article: ${preview(quote)}${hint}`;
}

// ─── The model ─────────────────────────────────────────────────────────────────────────────────────────

export function buildModel(input: ModelInput): ModelResult {
  try {
    return check(input);
  } catch (error) {
    // A bug here must still reach the reader as a sentence, never as a crash of the build or the page.
    return { ok: false, errors: [`the validator failed: ${error instanceof Error ? error.message : String(error)}`] };
  }
}

function check({ datasetText, articleText, atlas, fileName = 'data/countries.json' }: ModelInput): ModelResult {
  const parsed = parseJson(datasetText.replace(/^\uFEFF/, ''), fileName);
  if (!parsed.ok) return { ok: false, errors: [parsed.error] };
  const checked = datasetSchema.safeParse(parsed.value);
  if (!checked.success) return { ok: false, errors: schemaErrors(checked.error, parsed.value, fileName) };
  const dataset: Dataset = checked.data;

  const errors: string[] = [];
  const warnings: string[] = [];
  const article = normaliseForMatch(articleText);
  // world-atlas gives Australia's id to Ashmore and Cartier Is. too; the first shape with an id names it.
  const atlasName = new Map<string, string>();
  for (const { id, name } of atlas) if (!atlasName.has(id)) atlasName.set(id, name);
  const seen = new Map<string, number>();
  const countries: Country[] = [];

  const checkQuotes = (where: string, quotes: readonly string[]) => {
    quotes.forEach((quote, i) => {
      const problem = quoteProblem(articleText, quote);
      if (problem) errors.push(`${where}: ${quotes.length > 1 ? `quote ${i + 1}` : 'quote'} ${problem}`);
    });
  };

  // A lead-in is context only where the article has it verbatim, before every quote it introduces.
  const checkUnder = (where: string, under: string, quotes: readonly string[]) => {
    const problem = quoteProblem(articleText, under);
    if (problem) return void errors.push(`${where}: under ${problem}`);
    const start = locateQuote(articleText, under)?.start ?? 0;
    quotes.forEach((quote, i) => {
      const at = locateQuote(articleText, quote);
      if (at && at.start < start) errors.push(`${where}: quote ${i + 1} comes before its lead-in ${preview(under)}`);
    });
  };

  if (!locateQuote(articleText, dataset.source.headline)) {
    errors.push(`source: the headline is not in the article: ${preview(dataset.source.headline)}`);
  }

  dataset.countries.forEach((entry, index) => {
    const where = `countries[${index}] (${entry.alpha3})`;
    if (!isValidAlpha3(entry.alpha3)) {
      const upper = entry.alpha3.toUpperCase();
      const hint = upper !== entry.alpha3 && isValidAlpha3(upper) ? ` (codes are upper case: "${upper}")` : '';
      errors.push(`${where}: "${entry.alpha3}" is not an ISO 3166-1 alpha-3 code${hint}`);
      return;
    }
    const first = seen.get(entry.alpha3);
    if (first !== undefined) errors.push(`${where}: duplicate of countries[${first}]`);
    else seen.set(entry.alpha3, index);
    const numeric = alpha3ToNumeric(entry.alpha3) as string;
    const name = atlasName.get(numeric);
    if (!name) errors.push(`${where}: the world-atlas map has no shape with id ${numeric}, so it cannot be drawn`);

    entry.relations.forEach((relation, r) => {
      const at = `${where} relation ${r + 1}`;
      if (relation.kind === 'party-to-conflict' && !relation.side) {
        errors.push(`${at}: party-to-conflict needs a side ("iran" or "israel")`);
      }
      if (relation.kind !== 'party-to-conflict' && relation.side) {
        errors.push(`${at}: only party-to-conflict takes a side, not ${relation.kind}`);
      }
      checkQuotes(at, relation.quotes);
      if (relation.under) checkUnder(at, relation.under, relation.quotes);
    });

    const names = [...new Set([name ?? '', ...englishNames(entry.alpha3), ...(entry.aliases ?? [])])].filter(Boolean);
    if (!names.some((n) => wholeWord(n).test(article))) {
      warnings.push(`${where}: the article never names it (looked for ${names.map((n) => `"${n}"`).join(', ')})`);
    }
    if (first === undefined && name) {
      countries.push({
        alpha3: entry.alpha3,
        numeric,
        name,
        category: categoryOf(entry.relations),
        mixed: isMixed(entry.relations),
        relations: entry.relations.map(({ kind, summary, quotes, under, note }) => ({
          kind,
          summary,
          quotes,
          ...(under ? { under } : {}),
          ...(note ? { note } : {}),
        })),
      });
    }
  });

  const atlasNames = new Set(atlas.map((a) => a.name));
  dataset.unmapped.forEach((mention, i) => {
    const where = `unmapped[${i}] (${mention.name})`;
    if (atlasNames.has(mention.name)) errors.push(`${where}: the map has a shape named ${mention.name}; list it under countries`);
    checkQuotes(where, mention.quotes);
  });

  // Every atlas name the article uses must be a dataset country or be excluded with a reason.
  const inDataset = new Set(dataset.countries.map((c) => alpha3ToNumeric(c.alpha3)));
  const excluded = new Map<string, number>();
  dataset.excluded.forEach((entry, i) => {
    const where = `excluded[${i}] (${entry.name})`;
    const first = excluded.get(entry.name);
    if (first !== undefined) errors.push(`${where}: duplicate of excluded[${first}]`);
    else excluded.set(entry.name, i);
    if (atlas.some((a) => a.name === entry.name && inDataset.has(a.id))) {
      errors.push(`${where}: ${entry.name} is in the dataset too; keep one`);
    }
    if (!wholeWord(entry.name).test(article)) {
      errors.push(`${where}: the article never mentions "${entry.name}"; remove it`);
    }
  });
  const reported = new Set<string>();
  for (const { start, end, entry } of atlasMentions(article, atlas)) {
    if (inDataset.has(entry.id) || excluded.has(entry.name) || reported.has(entry.name)) continue;
    reported.add(entry.name);
    const context = article.slice(Math.max(0, start - 30), end + 30);
    errors.push(`the article names ${entry.name} but it is neither in the dataset nor excluded (…${context}…)`);
  }

  if (errors.length) return { ok: false, errors };
  countries.sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return {
    ok: true,
    model: { source: dataset.source, countries, unmapped: dataset.unmapped },
    warnings,
    aliases: Object.fromEntries(dataset.countries.map((c) => [c.alpha3, c.aliases ?? []])),
  };
}
