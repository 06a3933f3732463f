import { describe, expect, test } from 'vitest';
import { findCountries, fold } from '../../../src/data/findCountry';

const entries = [
  { key: '840', name: 'United States of America', aliases: ['United States', 'USA', 'U.S.', 'America'] },
  { key: '792', name: 'Turkey', aliases: ['Türkiye'] },
  { key: '048', name: 'Bahrain', aliases: ['Bahrein'] },
  { key: '784', name: 'United Arab Emirates', aliases: ['UAE'] },
  { key: '826', name: 'United Kingdom', aliases: ['UK', 'Britain'] },
];

describe('findCountries', () => {
  test('finds a country by a common alias and says which', () => {
    expect(findCountries(entries, 'USA')[0]).toEqual({ key: '840', name: 'United States of America', via: 'USA' });
    expect(findCountries(entries, 'u.s.')[0]?.key).toBe('840');
    expect(findCountries(entries, 'america')[0]?.key).toBe('840');
    expect(findCountries(entries, 'Bahrein')[0]?.key).toBe('048');
  });

  test('ignores accents and case', () => {
    expect(findCountries(entries, 'turkiye')[0]?.key).toBe('792');
    expect(findCountries(entries, 'TÜRK')[0]?.key).toBe('792');
  });

  test('ranks names that start with the text before those that merely contain it', () => {
    expect(findCountries(entries, 'united').map((h) => h.name)).toEqual([
      'United Arab Emirates',
      'United Kingdom',
      'United States of America',
    ]);
    expect(findCountries(entries, 'king')[0]?.name).toBe('United Kingdom');
  });

  test('finds nothing for empty or unmatched text', () => {
    expect(findCountries(entries, '  ')).toEqual([]);
    expect(findCountries(entries, 'atlantis')).toEqual([]);
  });

  test('fold strips accents and punctuation', () => {
    expect(fold('  Côte d’Ivoire ')).toBe('cote divoire');
  });
});
