// The search index for every shape on the map: its atlas name plus the names and codes people type for it.
import type { SearchEntry } from './findCountry';
import { alpha3ToAlpha2, englishNames, numericToAlpha3 } from './codes';

export interface AtlasShape {
  key: string;
  id: string | null;
  name: string;
}

/** `extra` holds the dataset's own aliases by alpha-3 ("Bahrein" for BHR, "America" for USA). */
export function searchEntries(shapes: readonly AtlasShape[], extra: Readonly<Record<string, readonly string[]>>): SearchEntry[] {
  return shapes.map((shape) => {
    const alpha3 = shape.id ? numericToAlpha3(shape.id) : null;
    const candidates = alpha3
      ? [...(extra[alpha3] ?? []), ...englishNames(alpha3), alpha3, alpha3ToAlpha2(alpha3) ?? '']
      : [];
    const seen = new Set([shape.name.toLowerCase()]);
    const aliases: string[] = [];
    for (const alias of candidates) {
      const folded = alias.toLowerCase();
      if (!alias || seen.has(folded)) continue;
      seen.add(folded);
      aliases.push(alias);
    }
    return { key: shape.key, name: shape.name, aliases };
  });
}
