// The search index for every shape on the map: its atlas name plus the names and codes people type for it.
import type { SearchEntry } from './findCountry';
import { alpha3ToAlpha2, englishNames, numericToAlpha3 } from './codes';

export interface AtlasShape {
  /** The map's stable key for the shape; the atlas id, or the name, when not given. */
  key?: string;
  /** world-atlas id ("048"); Kosovo, N. Cyprus and a few more have none. */
  id?: string | null;
  name: string;
}

/**
 * Aliases are the English names i18n-iso-countries knows, the alpha-2 and alpha-3 codes, and `datasetAliases`
 * (by alpha-3: "Bahrein" for BHR, "America" for USA), without repeats (ignoring case) or the name itself.
 * A shape without an id gets its name only; when shapes share an id (Australia and Ashmore and Cartier Is.)
 * only the first gets the country's names, as the others are not that country.
 */
export function searchEntries(
  shapes: readonly AtlasShape[],
  datasetAliases: Readonly<Record<string, readonly string[]>>,
): SearchEntry[] {
  const named = new Set<string>();
  return shapes.map((shape) => {
    const alpha3 = shape.id && !named.has(shape.id) ? numericToAlpha3(shape.id) : null;
    if (shape.id) named.add(shape.id);
    const candidates = alpha3
      ? [...(datasetAliases[alpha3] ?? []), ...englishNames(alpha3), alpha3ToAlpha2(alpha3) ?? '', alpha3]
      : [];
    const seen = new Set([shape.name.toLowerCase()]);
    const aliases: string[] = [];
    for (const alias of candidates) {
      const folded = alias.trim().toLowerCase();
      if (!folded || seen.has(folded)) continue;
      seen.add(folded);
      aliases.push(alias.trim());
    }
    return { key: shape.key ?? shape.id ?? shape.name, name: shape.name, aliases };
  });
}
