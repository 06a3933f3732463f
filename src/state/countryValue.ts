// Country values in URLs and host messages ("RUS", "643", "48", "kosovo") to atlas keys and back, from the facts.
import type { MapFacts } from '../geo/facts';
import type { CountryResolver } from './url';

export function countryResolver(facts: Pick<MapFacts, 'codes' | 'shapes'>): CountryResolver {
  const known = (key: string) => Object.hasOwn(facts.shapes, key);
  return (value) => {
    const text = value.trim();
    if (/^\d{1,3}$/.test(text)) {
      const key = text.padStart(3, '0');
      return known(key) ? key : null;
    }
    const upper = text.toUpperCase();
    if (/^[A-Z]{3}$/.test(upper) && Object.hasOwn(facts.codes, upper)) return facts.codes[upper] ?? null;
    const lower = text.toLowerCase();
    return known(lower) ? lower : null;
  };
}

/** The value ?country= gets for a key: its alpha-3 code where it has one, the key itself otherwise. */
export function keyCoder(facts: Pick<MapFacts, 'codes'>): (key: string) => string {
  const byKey = new Map(Object.entries(facts.codes).map(([alpha3, key]) => [key, alpha3]));
  return (key) => byKey.get(key) ?? key;
}
