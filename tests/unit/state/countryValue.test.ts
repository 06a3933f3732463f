// What a reader or a host types for a country, to the map's key and back.
import { describe, expect, test } from 'vitest';
import { countryResolver, keyCoder } from '../../../src/state/countryValue';

const facts = {
  codes: { RUS: '643', BHR: '048', FRA: '250' },
  shapes: {
    '643': { name: 'Russia', category: 'ally' as const },
    '048': { name: 'Bahrain', category: 'severed' as const },
    '250': { name: 'France', category: 'none' as const },
    kosovo: { name: 'Kosovo', category: 'none' as const },
  },
};

describe('countryResolver', () => {
  const resolve = countryResolver(facts);
  test.each([
    ['RUS', '643'],
    ['rus', '643'],
    [' 643 ', '643'],
    ['48', '048'],
    ['FRA', '250'],
    ['Kosovo', 'kosovo'],
  ])('%s is %s', (typed, key) => expect(resolve(typed)).toBe(key));

  test.each(['XYZ', '999', '', '<script>', 'constructor', '__proto__', 'toString'])('%j is no country', (typed) =>
    expect(resolve(typed)).toBeNull(),
  );
});

describe('keyCoder', () => {
  test('writes alpha-3 where a shape has one, the key otherwise', () => {
    const code = keyCoder(facts);
    expect(code('643')).toBe('RUS');
    expect(code('kosovo')).toBe('kosovo');
  });
});
