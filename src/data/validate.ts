// The dataset, checked against the article and the atlas and joined into the model the page renders.
// Never throws: it returns the model, or every problem as a sentence that names the entry.
import type { z } from 'zod';
import { categoryOf, isMixed } from './categories';
import { alpha3ToNumeric, isValidAlpha3 } from './codes';
import type { ArticleModel, Country } from './model';
import { findQuote, normaliseForMatch } from './quotes';
import { datasetSchema, type Dataset } from './schema';

export interface AtlasEntry {
  id: string;
  name: string;
}

export interface ModelInput {
  datasetText: string;
  articleText: string;
  atlas: readonly AtlasEntry[];
  /** How errors name the file. */
  fileName?: string;
}

export type ModelResult = { ok: true; model: ArticleModel; aliases: Record<string, string[]> } | { ok: false; errors: string[] };

/** Line and column (1-based) of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

export function parseJson(text: string, fileName: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message);
    const lineCol = /line (\d+) column (\d+)/.exec(message);
    const where = position
      ? lineColumn(text, Number(position[1]))
      : lineCol
        ? { line: Number(lineCol[1]), column: Number(lineCol[2]) }
        : text.trim() === ''
          ? { line: 1, column: 1 }
          : lineColumn(text, text.length);
    const reason = message.replace(/ in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)/, '');
    return { ok: false, error: `${fileName}: invalid JSON at line ${where.line}, column ${where.column}: ${reason}` };
  }
}

/** "countries[3] (XYZ) relation 2" from a zod path, using the entry's code where there is one. */
function describePath(path: readonly PropertyKey[], input: unknown): string {
  const parts: string[] = [];
  let node: unknown = input;
  for (let i = 0; i < path.length; i++) {
    const key = path[i] as string | number;
    node = typeof node === 'object' && node !== null ? (node as Record<string | number, unknown>)[key] : undefined;
    if (typeof key === 'number') {
      const previous = path[i - 1];
      if (previous === 'relations') parts[parts.length - 1] = `relation ${key + 1}`;
      else if (previous === 'quotes') parts[parts.length - 1] = `quote ${key + 1}`;
      else {
        const code = typeof node === 'object' && node !== null ? (node as { alpha3?: unknown }).alpha3 : undefined;
        parts[parts.length - 1] += `[${key}]${typeof code === 'string' ? ` (${code})` : ''}`;
      }
    } else parts.push(String(key));
  }
  return parts.join(' ');
}

function schemaErrors(error: z.ZodError, input: unknown): string[] {
  return error.issues.map((issue) => {
    const where = describePath(issue.path, input);
    return where ? `${where}: ${issue.message}` : issue.message;
  });
}

const preview = (quote: string) => JSON.stringify(quote.length > 60 ? `${quote.slice(0, 60)}…` : quote);

const wordPattern = (name: string) =>
  new RegExp(`(^|[^\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u');

export function buildModel({ datasetText, articleText, atlas, fileName = 'data/countries.json' }: ModelInput): ModelResult {
  const parsed = parseJson(datasetText, fileName);
  if (!parsed.ok) return { ok: false, errors: [parsed.error] };
  const checked = datasetSchema.safeParse(parsed.value);
  if (!checked.success) return { ok: false, errors: schemaErrors(checked.error, parsed.value) };
  const dataset: Dataset = checked.data;
  const errors: string[] = [];
  const atlasById = new Map(atlas.map((entry) => [entry.id, entry.name]));
  const seen = new Map<string, number>();
  const countries: Country[] = [];

  const checkQuotes = (where: string, quotes: readonly string[]) => {
    quotes.forEach((quote, i) => {
      if (findQuote(articleText, quote) < 0) {
        errors.push(`${where} quote ${i + 1}: not found in the article: ${preview(quote)}`);
      }
    });
  };

  dataset.countries.forEach((entry, index) => {
    const where = `countries[${index}] (${entry.alpha3})`;
    if (!isValidAlpha3(entry.alpha3)) {
      errors.push(`${where}: "${entry.alpha3}" is not an ISO 3166-1 alpha-3 code`);
      return;
    }
    const first = seen.get(entry.alpha3);
    if (first !== undefined) errors.push(`${where}: duplicate of countries[${first}]`);
    else seen.set(entry.alpha3, index);
    const numeric = alpha3ToNumeric(entry.alpha3) as string;
    const name = atlasById.get(numeric);
    if (!name) errors.push(`${where}: no shape with id ${numeric} in the world-atlas 50m map`);
    entry.relations.forEach((relation, r) => {
      const at = `${where} relation ${r + 1}`;
      if (relation.kind === 'party-to-conflict' && !relation.side) errors.push(`${at}: party-to-conflict needs a side (iran or israel)`);
      if (relation.kind !== 'party-to-conflict' && relation.side) errors.push(`${at}: only party-to-conflict takes a side`);
      checkQuotes(at, relation.quotes);
    });
    if (first === undefined && name) {
      countries.push({
        alpha3: entry.alpha3,
        numeric,
        name,
        category: categoryOf(entry.relations),
        mixed: isMixed(entry.relations),
        relations: entry.relations.map(({ kind, summary, quotes, note }) => ({
          kind,
          summary,
          quotes,
          ...(note ? { note } : {}),
        })),
      });
    }
  });

  dataset.unmapped.forEach((mention, i) => checkQuotes(`unmapped[${i}] (${mention.name})`, mention.quotes));

  // Every atlas name the article uses must be in the dataset or excluded with a reason.
  const article = normaliseForMatch(articleText);
  const covered = new Set<string>();
  for (const entry of dataset.countries) {
    const numeric = alpha3ToNumeric(entry.alpha3);
    if (numeric) covered.add(numeric);
  }
  const excluded = new Set(dataset.excluded.map((e) => e.name));
  for (const { id, name } of atlas) {
    if (covered.has(id) || excluded.has(name)) continue;
    if (wordPattern(name).test(article)) {
      errors.push(`the article names ${name} but it is neither in the dataset nor excluded with a reason`);
    }
  }
  dataset.excluded.forEach((entry, i) => {
    if (!wordPattern(entry.name).test(article)) {
      errors.push(`excluded[${i}] (${entry.name}): the article never mentions "${entry.name}"; remove it`);
    }
  });
  if (errors.length) return { ok: false, errors };
  countries.sort((a, b) => a.name.localeCompare(b.name));
  return {
    ok: true,
    model: { source: dataset.source, countries, unmapped: dataset.unmapped },
    aliases: Object.fromEntries(dataset.countries.map((c) => [c.alpha3, c.aliases ?? []])),
  };
}
