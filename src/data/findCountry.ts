// Country search: ranks names and common aliases ("USA", "Bahrein", "Türkiye") against what the reader typed.

export interface SearchEntry {
  /** Atlas key of the shape. */
  key: string;
  name: string;
  aliases: string[];
}

/** Checks the shape of a fetched index, so a broken file is a load failure, not a crash while typing. */
export function isSearchIndex(value: unknown): value is SearchEntry[] {
  return (
    Array.isArray(value) &&
    value.every(
      (entry: unknown) =>
        typeof entry === 'object' &&
        entry !== null &&
        typeof (entry as SearchEntry).key === 'string' &&
        typeof (entry as SearchEntry).name === 'string' &&
        Array.isArray((entry as SearchEntry).aliases) &&
        (entry as SearchEntry).aliases.every((alias) => typeof alias === 'string'),
    )
  );
}

export interface SearchHit {
  key: string;
  name: string;
  /** The alias that matched, when it was not the name. */
  via: string | null;
}

/** Lower case, no accents, no punctuation: "Türkiye" and "turkiye", "U.S." and "us" meet. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function score(candidate: string, query: string): number {
  if (candidate === query) return 0;
  if (candidate.startsWith(query)) return 1;
  if (candidate.split(' ').some((word) => word.startsWith(query))) return 2;
  if (query.length >= 3 && candidate.includes(query)) return 3;
  return Infinity;
}

export function findCountries(entries: readonly SearchEntry[], typed: string, limit = 8): SearchHit[] {
  const query = fold(typed.slice(0, 100));
  if (!query) return [];
  const hits: { hit: SearchHit; rank: number }[] = [];
  for (const entry of entries) {
    let rank = score(fold(entry.name), query);
    let via: string | null = null;
    for (const alias of entry.aliases) {
      const aliasRank = score(fold(alias), query);
      if (aliasRank < rank) {
        rank = aliasRank;
        via = alias;
      }
    }
    if (rank < Infinity) hits.push({ hit: { key: entry.key, name: entry.name, via }, rank });
  }
  hits.sort((a, b) => a.rank - b.rank || a.hit.name.localeCompare(b.hit.name));
  return hits.slice(0, limit).map((h) => h.hit);
}
