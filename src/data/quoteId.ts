// The stable name of one quoted passage, shared by panels, the Article view and the URL (?quote=).

/** "lbn-1-2": the country's alpha-3 in lower case, then the relation's and the quote's 1-based positions. */
export function quoteId(alpha3: string, relation: number, quote: number): string {
  return `${alpha3.toLowerCase()}-${relation + 1}-${quote + 1}`;
}

/** The form a quote id takes in an address; anything else is not one. */
export const QUOTE_ID_PATTERN = /^[a-z]{3}-\d{1,2}-\d{1,2}$/;
