// The real dataset against the article and the atlas, and the validator against every kind of bad input.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildModel, type AtlasEntry } from '../../../src/data/validate';
import { MAP_WIDTH, MIN_AREA, buildShapes } from '../../../src/geo/shapes';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const articleText = read('data/article.txt');
const datasetText = read('data/countries.json');
const atlas: AtlasEntry[] = buildShapes(JSON.parse(read('node_modules/world-atlas/countries-50m.json')), {
  width: MAP_WIDTH,
  minArea: MIN_AREA,
}).shapes.flatMap((s) => (s.id ? [{ id: s.id, name: s.name }] : []));

function withDataset(change: (dataset: { countries: Record<string, unknown>[] } & Record<string, unknown>) => void) {
  const dataset = JSON.parse(datasetText);
  change(dataset);
  const result = buildModel({ datasetText: JSON.stringify(dataset, null, 2), articleText, atlas });
  return result.ok ? [] : result.errors;
}

describe('the dataset', () => {
  const result = buildModel({ datasetText, articleText, atlas });
  const model = result.ok ? result.model : null;
  const byCode = (alpha3: string) => model?.countries.find((c) => c.alpha3 === alpha3);

  test('validates against the article and the atlas', () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  test('gives the countries the article names the stances it gives them', () => {
    const of = (category: string) => model?.countries.filter((c) => c.category === category).map((c) => c.alpha3).sort();
    expect(of('iran')).toEqual(['IRN']);
    expect(of('israel')).toEqual(['ISR']);
    expect(of('ally')).toEqual(['CHN', 'LBN', 'RUS', 'TUR', 'VEN', 'YEM']);
    expect(of('severed')).toEqual(['ALB', 'BHR', 'CAN', 'EGY', 'MAR', 'USA']);
    expect(of('neutral')).toEqual(['CHE', 'OMN']);
    expect(of('mentioned')).toEqual(['GBR', 'PRK', 'PSE', 'SYR', 'UKR']);
  });

  test('takes codes from ISO and names from the atlas, never typed', () => {
    expect(byCode('BHR')).toMatchObject({ numeric: '048', name: 'Bahrain' });
    expect(byCode('USA')).toMatchObject({ numeric: '840', name: 'United States of America' });
  });

  test('keeps the article’s spelling in quotes: Bahrain is quoted as “Bahrein”', () => {
    expect(byCode('BHR')?.relations[0]?.quotes[0]).toContain('Bahrein');
  });

  test('shows Yemen both ways, and marks it mixed', () => {
    expect(byCode('YEM')?.relations.map((r) => r.kind)).toEqual(['backs-iran', 'recalled-ambassador']);
    expect(byCode('YEM')?.mixed).toBe(true);
    expect(byCode('RUS')?.mixed).toBe(false);
  });

  test('keeps what cannot be drawn as unmapped mentions', () => {
    expect(model?.unmapped.map((m) => m.name)).toEqual(
      expect.arrayContaining(['Latin America', 'Gaza', 'Donetsk and Luhansk People’s Republics, Abkhazia']),
    );
  });
});

describe('buildModel on bad input names the entry and says what is wrong', () => {
  test('an unknown country code', () => {
    expect(withDataset((d) => ((d.countries[2] as { alpha3: string }).alpha3 = 'XYZ'))).toContain(
      'countries[2] (XYZ): "XYZ" is not an ISO 3166-1 alpha-3 code',
    );
  });

  test('a quote that is not in the article', () => {
    const errors = withDataset((d) => {
      (d.countries[4] as { relations: { quotes: string[] }[] }).relations[0]!.quotes[0] = 'Russia adores Iran.';
    });
    expect(errors).toContain('countries[4] (RUS) relation 1 quote 1: not found in the article: "Russia adores Iran."');
  });

  test('a duplicate country', () => {
    const errors = withDataset((d) => d.countries.push(structuredClone(d.countries[0]!)));
    expect(errors.some((e) => /^countries\[\d+\] \(IRN\): duplicate of countries\[0\]$/.test(e))).toBe(true);
  });

  test('a relation without a quote', () => {
    const errors = withDataset((d) => {
      (d.countries[9] as { relations: { quotes: string[] }[] }).relations[0]!.quotes = [];
    });
    expect(errors).toContain('countries[9] (EGY) relation 1 quotes: a relation needs at least one quote');
  });

  test('an unknown kind', () => {
    const errors = withDataset((d) => {
      (d.countries[4] as { relations: { kind: string }[] }).relations[0]!.kind = 'friend';
    });
    expect(errors[0]).toMatch(/^countries\[4\] \(RUS\) relation 1 kind: unknown kind "friend" \(expected one of backs-iran/);
  });

  test('malformed JSON, with its line and column', () => {
    const broken = datasetText.replace('"alpha3": "RUS",', '"alpha3": "RUS"');
    const line = broken.slice(0, broken.indexOf('"alpha3": "RUS"')).split('\n').length + 1;
    const result = buildModel({ datasetText: broken, articleText, atlas });
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.errors[0]).toMatch(
      new RegExp(`^data/countries\\.json: invalid JSON at line ${line}, column \\d+: `),
    );
  });

  test('an atlas country the article names but the dataset leaves out', () => {
    const errors = withDataset((d) => {
      d.countries = d.countries.filter((c) => c.alpha3 !== 'OMN');
    });
    expect(errors).toContain('the article names Oman but it is neither in the dataset nor excluded with a reason');
  });

  test('a party to the conflict without a side', () => {
    const errors = withDataset((d) => {
      delete (d.countries[0] as { relations: { side?: string }[] }).relations[0]!.side;
    });
    expect(errors).toContain('countries[0] (IRN) relation 1: party-to-conflict needs a side (iran or israel)');
  });
});
