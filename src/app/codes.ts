// Country values in URLs and messages ("RUS", "643", "48", "kosovo") to atlas keys and back.
import type { MapFacts } from '../geo/facts';
import type { CountryResolver } from '../state/url';

export function countryResolver(facts: MapFacts, svg: SVGSVGElement): CountryResolver {
  const keys = new Set([...svg.querySelectorAll('path[data-key]')].map((p) => p.getAttribute('data-key') ?? ''));
  return (value) => {
    const text = value.trim();
    if (/^\d{1,3}$/.test(text)) {
      const key = text.padStart(3, '0');
      return keys.has(key) ? key : null;
    }
    if (/^[a-z]{3}$/i.test(text)) {
      const key = facts.codes[text.toUpperCase()];
      if (key && Object.hasOwn(facts.codes, text.toUpperCase())) return key;
    }
    const lower = text.toLowerCase();
    return keys.has(lower) ? lower : null;
  };
}

/** The value ?country= gets for a key: its alpha-3 code where it has one, the key itself otherwise. */
export function keyCoder(facts: MapFacts): (key: string) => string {
  const byKey = new Map(Object.entries(facts.codes).map(([alpha3, key]) => [key, alpha3]));
  return (key) => byKey.get(key) ?? key;
}
