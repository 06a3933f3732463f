// When a quote counts as verbatim: the same words after folding typographic quotes and runs of whitespace.

const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032]/;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033]/;
const SPACE = /\s/;

/** The normalised text and, for each of its characters, the offset in the original it came from. */
function normaliseWithOrigins(text: string): { text: string; origins: number[] } {
  let folded = '';
  const origins: number[] = [];
  let spaceAt = -1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (SPACE.test(char)) {
      if (folded && spaceAt < 0) spaceAt = i;
      continue;
    }
    if (spaceAt >= 0) {
      folded += ' ';
      origins.push(spaceAt);
      spaceAt = -1;
    }
    folded += SINGLE_QUOTES.test(char) ? "'" : DOUBLE_QUOTES.test(char) ? '"' : char;
    origins.push(i);
  }
  return { text: folded, origins };
}

/** ’ ‘ → ', “ ” → ", any run of whitespace → one space, trimmed. */
export function normaliseForMatch(text: string): string {
  return normaliseWithOrigins(text).text;
}

export interface QuotePosition {
  /** Offsets in the original article: article.slice(start, end) is the passage quoted. */
  start: number;
  end: number;
  /** 1-based line of the article the quote starts on. */
  line: number;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text[i] === '\n') line++;
  return line;
}

/** Where the quote stands in the article, or null when it is not there verbatim. */
export function locateQuote(article: string, quote: string): QuotePosition | null {
  const wanted = normaliseForMatch(quote);
  if (!wanted) return null;
  const normalised = normaliseWithOrigins(article);
  const at = normalised.text.indexOf(wanted);
  if (at < 0) return null;
  const start = normalised.origins[at] as number;
  const end = (normalised.origins[at + wanted.length - 1] as number) + 1;
  return { start, end, line: lineAt(article, start) };
}

export interface NearMatch {
  /** How many characters (normalised) of the quote the article has, from the quote's start. */
  agreed: number;
  line: number;
  /** What comes next in the quote, and in the article at the same place, where the two part. */
  quoteNext: string;
  articleNext: string;
}

/**
 * For a quote that is not verbatim: the longest start of it that the article has, so an error can show the
 * typo. Null when not even the first 12 characters match, which says nothing useful.
 */
export function nearestMatch(article: string, quote: string, minimum = 12): NearMatch | null {
  const wanted = normaliseForMatch(quote);
  const normalised = normaliseWithOrigins(article);
  // A start that is found has every shorter start found too, so the longest one can be bisected.
  let low = 0;
  let high = wanted.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (normalised.text.includes(wanted.slice(0, middle))) low = middle;
    else high = middle - 1;
  }
  if (low < minimum || low === wanted.length) return null;
  const at = normalised.text.indexOf(wanted.slice(0, low));
  return {
    agreed: low,
    line: lineAt(article, normalised.origins[at] as number),
    quoteNext: wanted.slice(low, low + 20),
    articleNext: normalised.text.slice(at + low, at + low + 20),
  };
}
