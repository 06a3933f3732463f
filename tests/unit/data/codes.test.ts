// Country codes come from i18n-iso-countries; numeric codes are zero-padded as world-atlas writes its ids.
import { describe, expect, test } from 'vitest';
import { alpha3ToAlpha2, alpha3ToNumeric, englishNames, isValidAlpha3, numericToAlpha3 } from '../../../src/data/codes';

describe('alpha3ToNumeric', () => {
  test('gives the numeric code, zero-padded to three digits', () => {
    expect(alpha3ToNumeric('RUS')).toBe('643');
    expect(alpha3ToNumeric('BHR')).toBe('048');
    expect(alpha3ToNumeric('ALB')).toBe('008');
  });

  test('gives null for what is not an upper-case alpha-3 code', () => {
    expect(alpha3ToNumeric('XYZ')).toBeNull();
    expect(alpha3ToNumeric('rus')).toBeNull();
    expect(alpha3ToNumeric('RU')).toBeNull();
  });
});

describe('isValidAlpha3', () => {
  test('accepts ISO 3166-1 alpha-3 codes only', () => {
    expect(isValidAlpha3('IRN')).toBe(true);
    expect(isValidAlpha3('PSE')).toBe(true);
    for (const code of ['XYZ', 'IR', 'IRAN', 'irn', '364', '']) expect(isValidAlpha3(code), code).toBe(false);
  });
});

describe('the other lookups', () => {
  test('numeric to alpha-3 takes padded or unpadded codes', () => {
    expect(numericToAlpha3('048')).toBe('BHR');
    expect(numericToAlpha3('48')).toBe('BHR');
    expect(numericToAlpha3('999')).toBeNull();
  });

  test('alpha-2 and English names', () => {
    expect(alpha3ToAlpha2('TUR')).toBe('TR');
    expect(englishNames('TUR')).toEqual(expect.arrayContaining(['Turkey', 'Türkiye']));
    expect(englishNames('XYZ')).toEqual([]);
  });
});
