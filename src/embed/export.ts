// The dataset as files a reader can download: CSV for spreadsheets, JSON for code, and the names they are saved as.
import type { ArticleModel } from '../data/model';

export const FILE_NAME = {
  svg: 'iran-allies-2024-map.svg',
  png: 'iran-allies-2024-map.png',
  csv: 'iran-allies-2024-data.csv',
  json: 'iran-allies-2024-data.json',
} as const;

export type DownloadKind = keyof typeof FILE_NAME;

export const CSV_COLUMNS = [
  'country',
  'alpha3',
  'numeric',
  'category',
  'relation',
  'summary',
  'quotes',
  'note',
  'source',
] as const;

/** Quotes are joined with this in one cell: a reader can split on it, and the article's text never contains it. */
export const QUOTE_SEPARATOR = ' | ';

/**
 * One CSV cell (RFC 4180): quoted when it holds a quote, comma or line break, quotes doubled. A cell a
 * spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading apostrophe, as OWASP advises.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * One row per relation the article gives a country, in the map's order; a country with no relations gets one
 * row so it is not lost. Mentions the map cannot draw are in the JSON only: they have no codes or category.
 */
export function datasetCsv(model: ArticleModel): string {
  const source = model.source.headline;
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const country of model.countries) {
    const base = [country.name, country.alpha3, country.numeric, country.category];
    if (country.relations.length === 0) rows.push([...base, '', '', '', '', source]);
    for (const relation of country.relations) {
      rows.push([
        ...base,
        relation.kind,
        relation.summary,
        relation.quotes.join(QUOTE_SEPARATOR),
        relation.note ?? '',
        source,
      ]);
    }
  }
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The whole model, source first, as the map uses it. */
export function datasetJson(model: ArticleModel): string {
  const { source, countries, unmapped } = model;
  return `${JSON.stringify({ source, countries, unmapped }, null, 2)}\n`;
}
