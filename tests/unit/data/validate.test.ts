// buildModel on a small fixture: the joined model, and one readable error per kind of bad input.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readAtlas } from '../../../scripts/atlas';
import { atlasEntries, buildModel } from '../../../src/data/validate';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const articleText = read('./fixtures/article.txt');
const datasetText = read('./fixtures/countries.json');
const atlas = atlasEntries(readAtlas());

type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- a dataset to break

/** The fixture dataset after `change`, as buildModel sees it: the errors, or [] when it is valid. */
function errorsAfter(change: (dataset: Loose) => void): string[] {
  const dataset = JSON.parse(datasetText) as Loose;
  change(dataset);
  const result = buildModel({ datasetText: JSON.stringify(dataset, null, 2), articleText, atlas });
  return result.ok ? [] : result.errors;
}

describe('buildModel on a valid dataset', () => {
  const result = buildModel({ datasetText, articleText, atlas });
  const model = result.ok ? result.model : undefined;

  test('returns the model and no warnings', () => {
    expect(result.ok ? result.warnings : result.errors).toEqual([]);
  });

  test('takes numeric codes from ISO and names from the atlas, and sorts by name', () => {
    expect(model?.countries.map((c) => [c.alpha3, c.numeric, c.name])).toEqual([
      ['ALB', '008', 'Albania'],
      ['BHR', '048', 'Bahrain'],
      ['CAN', '124', 'Canada'],
      ['IRN', '364', 'Iran'],
      ['ISR', '376', 'Israel'],
      ['MAR', '504', 'Morocco'],
      ['OMN', '512', 'Oman'],
      ['YEM', '887', 'Yemen'],
    ]);
  });

  test('derives each category, and marks Yemen mixed', () => {
    const yemen = model?.countries.find((c) => c.alpha3 === 'YEM');
    expect(yemen).toMatchObject({ category: 'ally', mixed: true });
    expect(model?.countries.find((c) => c.alpha3 === 'OMN')).toMatchObject({ category: 'neutral', mixed: false });
    expect(model?.countries.find((c) => c.alpha3 === 'ISR')?.category).toBe('israel');
  });

  test('keeps relations as written, without the side, and notes only where there are some', () => {
    const yemen = model?.countries.find((c) => c.alpha3 === 'YEM');
    expect(yemen?.relations[0]).toEqual({
      kind: 'backs-iran',
      summary: 'Through the Iran-backed Houthi rebels.',
      quotes: ['The Iran-backed Houthi rebels in Yemen'],
      note: 'The rebels, not the government.',
    });
    expect(yemen?.relations[1]).not.toHaveProperty('note');
    expect(model?.countries.find((c) => c.alpha3 === 'IRN')?.relations[0]).not.toHaveProperty('side');
  });

  test('matches a quote across a line break in the article', () => {
    expect(articleText).toContain('Albania\nalso recalled');
    expect(model?.countries.find((c) => c.alpha3 === 'ALB')?.relations[0]?.quotes).toEqual(['and Albania also recalled']);
  });

  test('hands on the dataset aliases for the search index', () => {
    expect(result.ok && result.aliases).toMatchObject({ BHR: ['Bahrein'], IRN: [] });
  });

  test('warns about a country the article never names, without failing', () => {
    const dataset = JSON.parse(datasetText) as Loose;
    dataset.countries.push({ alpha3: 'FRA', relations: [{ kind: 'mentioned', summary: 'x', quotes: ['Oman'] }] });
    const warned = buildModel({ datasetText: JSON.stringify(dataset), articleText, atlas });
    expect(warned.ok ? warned.warnings : warned.errors).toEqual([
      'countries[8] (FRA): the article never names it (looked for "France")',
    ]);
  });
});

describe('buildModel on bad input names the entry and says what is wrong', () => {
  test('a code that is not ISO 3166-1 alpha-3', () => {
    expect(errorsAfter((d) => (d.countries[4].alpha3 = 'XYZ'))).toContain(
      'countries[4] (XYZ): "XYZ" is not an ISO 3166-1 alpha-3 code',
    );
    expect(errorsAfter((d) => (d.countries[4].alpha3 = 'can'))).toContain(
      'countries[4] (can): "can" is not an ISO 3166-1 alpha-3 code (codes are upper case: "CAN")',
    );
  });

  test('a code with no shape on the map', () => {
    expect(
      errorsAfter((d) => d.countries.push({ alpha3: 'TUV', relations: [{ kind: 'mentioned', summary: 'x', quotes: ['Oman'] }] })),
    ).toContain('countries[8] (TUV): the world-atlas map has no shape with id 798, so it cannot be drawn');
  });

  test('a quote that is not in the article, with where it parts from the nearest passage', () => {
    const errors = errorsAfter((d) => (d.countries[2].relations[1].quotes = ['such as Canada, Yemen, Bahrain, Morocco']));
    expect(errors).toEqual([
      'countries[2] (YEM) relation 2: quote not found in the article: "such as Canada, Yemen, Bahrain, Morocco"; ' +
        'it follows the article (line 9) for 27 characters, then has "ain, Morocco" where the article has "ein, Morocco and Alb"',
    ]);
  });

  test('a long made-up quote, shortened, numbered among several', () => {
    const made = 'Yemen declared its eternal friendship with every country on earth and beyond, forever.';
    const errors = errorsAfter((d) => d.countries[2].relations[0].quotes.push(made));
    expect(errors).toEqual([`countries[2] (YEM) relation 1: quote 2 not found in the article: "${made.slice(0, 60)}…"`]);
  });

  test('a duplicate country', () => {
    expect(errorsAfter((d) => d.countries.push(structuredClone(d.countries[4])))).toEqual([
      'countries[8] (CAN): duplicate of countries[4]',
    ]);
  });

  test('a relation without a quote', () => {
    expect(errorsAfter((d) => (d.countries[4].relations[0].quotes = []))).toEqual([
      'countries[4] (CAN) relation 1: a relation needs at least one quote',
    ]);
  });

  test('an unknown kind', () => {
    const errors = errorsAfter((d) => (d.countries[3].relations[1].kind = 'friend'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^countries\[3\] \(OMN\) relation 2: unknown kind "friend" \(expected one of backs-iran, /);
  });

  test('a party to the conflict without a side, and a side on another kind', () => {
    expect(errorsAfter((d) => delete d.countries[0].relations[0].side)).toEqual([
      'countries[0] (IRN) relation 1: party-to-conflict needs a side ("iran" or "israel")',
    ]);
    expect(errorsAfter((d) => (d.countries[3].relations[0].side = 'iran'))).toEqual([
      'countries[3] (OMN) relation 1: only party-to-conflict takes a side, not mediator',
    ]);
  });

  test('an empty summary, a misspelt field', () => {
    expect(errorsAfter((d) => (d.countries[5].relations[0].summary = ' '))).toEqual([
      'countries[5] (BHR) relation 1: summary is empty',
    ]);
    expect(errorsAfter((d) => (d.countries[5].relations[0].quote = 'Bahrein'))).toEqual([
      'countries[5] (BHR) relation 1: unknown field "quote" (expected kind, side, summary, quotes, under, note)',
    ]);
  });

  test('an atlas name in the article that is neither in the dataset nor excluded', () => {
    const errors = errorsAfter((d) => (d.countries = d.countries.filter((c: Loose) => c.alpha3 !== 'MAR')));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^the article names Morocco but it is neither in the dataset nor excluded \(….*Bahrein, Morocco and/);
    expect(errorsAfter((d) => (d.excluded = []))[0]).toMatch(/^the article names Jordan but it is neither/);
  });

  test('an excluded name the article never uses, or that is in the dataset too', () => {
    expect(errorsAfter((d) => d.excluded.push({ name: 'Niger', reason: 'x' }))).toEqual([
      'excluded[1] (Niger): the article never mentions "Niger"; remove it',
    ]);
    expect(errorsAfter((d) => d.excluded.push({ name: 'Oman', reason: 'x' }))).toEqual([
      'excluded[1] (Oman): Oman is in the dataset too; keep one',
    ]);
  });

  test('an unmapped mention that the map could draw, or whose quote is not in the article', () => {
    expect(errorsAfter((d) => (d.unmapped[0].name = 'Canada'))).toEqual([
      'unmapped[0] (Canada): the map has a shape named Canada; list it under countries',
    ]);
    expect(errorsAfter((d) => (d.unmapped[0].quotes = ['the Black Sea']))).toEqual([
      'unmapped[0] (Red Sea): quote not found in the article: "the Black Sea"',
    ]);
  });

  test('a headline that is not the article’s', () => {
    expect(errorsAfter((d) => (d.source.headline = 'Iran’s enemies'))).toEqual([
      'source: the headline is not in the article: "Iran’s enemies"',
    ]);
  });

  test('missing and wrongly typed parts of the file', () => {
    expect(errorsAfter((d) => delete d.excluded)).toEqual(['data/countries.json: excluded is missing']);
    expect(errorsAfter((d) => (d.countries[1].relations = 'many'))).toEqual(['countries[1] (ISR): relations must be a list']);
    expect(errorsAfter((d) => (d.countries[5].aliases = ['']))).toEqual(['countries[5] (BHR) alias 1: an alias is empty']);
  });
});

describe('buildModel on malformed JSON', () => {
  const errorsFor = (text: string) => {
    const result = buildModel({ datasetText: text, articleText, atlas, fileName: 'countries.json' });
    return result.ok ? [] : result.errors;
  };

  test('gives the line and column of a missing comma', () => {
    expect(errorsFor(read('./fixtures/malformed.json'))).toEqual([
      `countries.json: invalid JSON at line 6, column 7: Expected ',' or '}' after property value`,
    ]);
  });

  test('gives them for an unexpected token, a trailing comma, an unclosed file', () => {
    expect(errorsFor('{\n  "source": nope\n}')).toEqual([`countries.json: invalid JSON at line 2, column 14: Unexpected token 'o'`]);
    expect(errorsFor('{\n  "a": 1,\n}')[0]).toMatch(/^countries\.json: invalid JSON at line 3, column 1: /);
    expect(errorsFor('{\n  "a": [1,')[0]).toMatch(/^countries\.json: invalid JSON at line 2, column 11: Unexpected end of JSON input$/);
    expect(errorsFor('')[0]).toMatch(/^countries\.json: invalid JSON at line 1, column 1: /);
  });

  test('finds an unexpected token deep in a long file, where the message quotes only a window round it', () => {
    const lines = datasetText.split('\n');
    const at = lines.findIndex((line) => line.includes('"alpha3": "OMN"'));
    const broken = String(lines[at]).replace('"OMN"', 'OMN');
    lines[at] = broken;
    const column = broken.indexOf('OMN') + 1;
    expect(errorsFor(lines.join('\n'))).toEqual([
      `countries.json: invalid JSON at line ${at + 1}, column ${column}: Unexpected token 'O'`,
    ]);
    expect(errorsFor(`${datasetText.trimEnd()} x`)[0]).toMatch(
      /^countries\.json: invalid JSON at line \d+, column 3: Unexpected non-whitespace character after JSON$/,
    );
  });

  test('reads past a byte-order mark', () => {
    expect(buildModel({ datasetText: `\uFEFF${datasetText}`, articleText, atlas }).ok).toBe(true);
  });
});

describe('buildModel never throws', () => {
  test.each([
    ['an atlas that is not one', { datasetText, articleText, atlas: [{ id: '048' }] as never }],
    ['a dataset that is not text', { datasetText: 42 as never, articleText, atlas }],
  ])('%s gives errors, not an exception', (_, input) => {
    const result = buildModel(input);
    expect(result.ok).toBe(false);
  });
});
