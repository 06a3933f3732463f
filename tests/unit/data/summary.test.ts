// The map's description for screen readers counts every category, the ones that helped defend Israel too.
import { readAtlas } from '../../../scripts/atlas';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { countByCategory, describeMap } from '../../../src/data/summary';
import { atlasEntries, buildModel } from '../../../src/data/validate';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const atlas = atlasEntries(readAtlas());
const result = buildModel({ datasetText: read('data/countries.json'), articleText: read('data/article.txt'), atlas });
const countries = result.ok ? result.model.countries : [];

describe('describeMap', () => {
  test('says how many countries fall in each stance, as the legend counts them', () => {
    const counts = countByCategory(countries);
    expect(counts.defended).toBe(1);
    expect(describeMap(countries)).toBe(
      'A world map of the 20 countries the article names besides Iran, coloured by their stance. ' +
        '6 countries back Iran; 6 countries have severed ties or recalled ambassadors; 2 act as mediator or ' +
        'protecting power; 1 helped defend Israel; 4 are mentioned without a stance. ' +
        'Use the search or the table view to reach every country without a mouse.',
    );
  });
});
