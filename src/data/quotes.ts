// When a quote counts as verbatim: the same words after folding typographic quotes and runs of whitespace.

export function normaliseForMatch(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Where the quote stands in the article (in normalised text), or -1 when it is not there. */
export function findQuote(article: string, quote: string): number {
  const wanted = normaliseForMatch(quote);
  return wanted ? normaliseForMatch(article).indexOf(wanted) : -1;
}
