// The dataset files: CSV a spreadsheet reads back cell for cell, JSON with the source.
import { describe, expect, test } from 'vitest';
import type { ArticleModel } from '../../../src/data/model';
import { CSV_COLUMNS, csvCell, datasetCsv, datasetJson, QUOTE_SEPARATOR } from '../../../src/embed/export';

const model: ArticleModel = {
  source: { headline: 'Iran’s allies in 2024, "who" backs, who cuts' },
  countries: [
    {
      alpha3: 'RUS',
      numeric: '643',
      name: 'Russia',
      category: 'ally',
      mixed: false,
      relations: [
        {
          kind: 'backs-iran',
          summary: 'Supplies arms, and "support"',
          quotes: ['First, with a comma', 'Second\nover two lines'],
        },
      ],
    },
    {
      alpha3: 'YEM',
      numeric: '887',
      name: 'Yemen',
      category: 'ally',
      mixed: true,
      relations: [
        { kind: 'backs-iran', summary: 'The Houthis', quotes: ['Q1'] },
        { kind: 'severed-relations', summary: 'The government', quotes: [], note: '=HYPERLINK("x")' },
      ],
    },
    { alpha3: 'IRN', numeric: '364', name: 'Iran', category: 'iran', mixed: false, relations: [] },
  ],
  unmapped: [{ name: 'Hezbollah', note: 'A group, not a country', quotes: ['…'] }],
};

/** A small RFC 4180 reader, to check the CSV reads back to the same cells. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += char;
  }
  return rows;
}

describe('csvCell', () => {
  test.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
    ['', ''],
    ['=1+1', "'=1+1"],
    ['+7', "'+7"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
  ])('%j → %s', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});

describe('datasetCsv', () => {
  const rows = readCsv(datasetCsv(model));

  test('a header, then one row per relation, and one for a country without any', () => {
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.slice(1).map((r) => `${r[1]}:${r[4]}`)).toEqual([
      'RUS:backs-iran',
      'YEM:backs-iran',
      'YEM:severed-relations',
      'IRN:',
    ]);
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
  });

  test('commas, quotes and line breaks read back unchanged', () => {
    expect(rows[1]).toEqual([
      'Russia',
      'RUS',
      '643',
      'ally',
      'backs-iran',
      'Supplies arms, and "support"',
      ['First, with a comma', 'Second\nover two lines'].join(QUOTE_SEPARATOR),
      '',
      model.source.headline,
    ]);
  });

  test('a formula-like cell is defused', () => {
    expect(rows[3]?.[7]).toBe('\'=HYPERLINK("x")');
  });

  test('lines end in CRLF, numeric codes keep their zeros', () => {
    const bahrain = { alpha3: 'BHR', numeric: '048', name: 'Bahrain', category: 'severed' as const, mixed: false, relations: [] };
    const text = datasetCsv({ ...model, countries: [bahrain] });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(readCsv(text)[1]?.[2]).toBe('048');
  });
});

describe('datasetJson', () => {
  test('the whole model, source first', () => {
    const text = datasetJson(model);
    expect(JSON.parse(text)).toEqual(model);
    expect(Object.keys(JSON.parse(text) as object)[0]).toBe('source');
  });
});
