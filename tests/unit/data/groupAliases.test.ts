// Readers search for the groups the article names: "Hezbollah" finds Lebanon, "Houthi" finds Yemen.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { searchEntries } from '../../../src/data/aliases';
import { findCountries } from '../../../src/data/findCountry';
import { atlasEntries, buildModel } from '../../../src/data/validate';
import { readAtlas } from '../../../scripts/atlas';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const atlas = atlasEntries(readAtlas());
const result = buildModel({ datasetText: read('data/countries.json'), articleText: read('data/article.txt'), atlas });
const entries = searchEntries(atlas, result.ok ? result.aliases : {});

describe('searching for a group the article names', () => {
  test.each([
    ['Hezbollah', 'Lebanon', 'Hezbollah'],
    ['hezbol', 'Lebanon', 'Hezbollah'],
    ['Houthi', 'Yemen', 'Houthis'],
    ['Houthis', 'Yemen', 'Houthis'],
  ])('“%s” finds %s, via %s', (typed, name, via) => {
    expect(findCountries(entries, typed)[0]).toMatchObject({ name, via });
  });
});
