// A relation's `under`: the list lead-in its quotes sit under, held to the article like a quote.
import { readAtlas } from '../../../scripts/atlas';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { atlasEntries, buildModel } from '../../../src/data/validate';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const articleText = read('data/article.txt');
const atlas = atlasEntries(readAtlas());
const lead = 'Iran has garnered support from several nations amid escalating tensions in the Middle East:';

function errorsFor(relation: Record<string, unknown>): string[] {
  const dataset = {
    source: { headline: 'Iran’s allies in 2024: which countries support its stance on the Israel conflict?' },
    countries: [{ alpha3: 'CHN', relations: [{ kind: 'backs-iran', summary: 'x', ...relation }] }],
    unmapped: [],
    excluded: [],
  };
  const result = buildModel({ datasetText: JSON.stringify(dataset), articleText, atlas });
  // Only the relation's own problems: the small dataset leaves out most countries the article names.
  return result.ok ? [] : result.errors.filter((e) => e.startsWith('countries[0]'));
}

const chinaQuote = 'China: Chinese diplomats have expressed support for Iran';

describe('under', () => {
  test('is accepted when the article has it verbatim, before the quotes', () => {
    expect(errorsFor({ quotes: [chinaQuote], under: lead })).toEqual([]);
  });

  test('reaches the model beside the quotes, not among them', () => {
    const dataset = JSON.parse(read('data/countries.json'));
    const result = buildModel({ datasetText: JSON.stringify(dataset), articleText, atlas });
    const china = result.ok ? result.model.countries.find((c) => c.alpha3 === 'CHN') : undefined;
    expect(china?.relations[0]?.under).toBe(lead);
    expect(china?.relations[0]?.quotes).not.toContain(lead);
  });

  test('is rejected when it is not in the article, with the place it parts', () => {
    expect(errorsFor({ quotes: [chinaQuote], under: 'Iran has garnered support from many nations:' })).toEqual([
      expect.stringMatching(/^countries\[0\] \(CHN\) relation 1: under not found in the article: .*"many nations:"/),
    ]);
  });

  test('is rejected when a quote comes before it, as it cannot be the quote’s lead-in', () => {
    const earlier = 'Russia and China, both permanent members of the UN Security Council';
    expect(errorsFor({ quotes: [chinaQuote, earlier], under: lead })).toEqual([
      `countries[0] (CHN) relation 1: quote 2 comes before its lead-in "${lead.slice(0, 60)}…"`,
    ]);
  });

  test('must be text when given', () => {
    expect(errorsFor({ quotes: [chinaQuote], under: '  ' })).toEqual(['countries[0] (CHN) relation 1: under is empty']);
  });
});
