// Where each quoted passage stands in the article, and the article cut into blocks whose pieces know which
// quotes (of which countries) cover them, so the Article view can highlight and link every passage.
import type { Country } from './model';
import { locateQuote } from './quotes';
import { quoteId } from './quoteId';

/** One quote of one country, at its place in the original article text. */
export interface Passage {
  /** The quote's id (see quoteId), e.g. "rus-1-2". */
  id: string;
  alpha3: string;
  /** article.slice(start, end) is the passage as the article prints it. */
  start: number;
  end: number;
}

/** A run of article text covered by the same quotes; `ids` is empty for text nobody quotes. */
export interface Piece {
  start: number;
  end: number;
  text: string;
  ids: readonly string[];
}

/** One paragraph, subheading or the title: blank lines part blocks, single line breaks stay inside. */
export interface Block {
  /** 'title' is the article's first line when it stands alone: its headline. */
  kind: 'title' | 'heading' | 'paragraph';
  start: number;
  end: number;
  pieces: Piece[];
}

type Quoted = Pick<Country, 'alpha3' | 'relations'>;

/** Every quote of every country that the article has verbatim, in reading order (then by country order). */
export function locatePassages(article: string, countries: readonly Quoted[]): Passage[] {
  const passages: Passage[] = [];
  for (const country of countries) {
    country.relations.forEach((relation, r) => {
      relation.quotes.forEach((quote, q) => {
        const found = locateQuote(article, quote);
        // The validator rejects a quote the article lacks; if one slips through, there is nothing to highlight.
        if (found) passages.push({ id: quoteId(country.alpha3, r, q), alpha3: country.alpha3, start: found.start, end: found.end });
      });
    });
  }
  return passages.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * The first line standing alone is the headline. Later, a short line without a closing full stop or colon,
 * alone between blank lines, is one of the article's subheadings ("Who are Iran’s allies?"); a sentence, a
 * list lead-in or a paragraph with its photo caption is not.
 */
function kindOf(text: string, index: number): Block['kind'] {
  if (text.includes('\n')) return 'paragraph';
  if (index === 0) return 'title';
  return text.length <= 60 && !/[.:;,”"]$/.test(text) ? 'heading' : 'paragraph';
}

/** The article's blocks with their offsets; whitespace at a block's edges is left out. */
function blocksOf(article: string): { start: number; end: number }[] {
  const blocks: { start: number; end: number }[] = [];
  const pattern = /\S(?:[^\n]|\n(?![ \t\r]*\n))*/g;
  for (let match = pattern.exec(article); match; match = pattern.exec(article)) {
    const end = match.index + match[0].trimEnd().length;
    blocks.push({ start: match.index, end });
  }
  return blocks;
}

/** The article as blocks of pieces; a piece inside several overlapping passages carries all their ids. */
export function splitArticle(article: string, passages: readonly Passage[]): Block[] {
  return blocksOf(article).map(({ start, end }, index) => {
    const cuts = new Set([start, end]);
    for (const passage of passages) {
      if (passage.start > start && passage.start < end) cuts.add(passage.start);
      if (passage.end > start && passage.end < end) cuts.add(passage.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const pieces: Piece[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i] as number;
      const to = points[i + 1] as number;
      const ids = passages.filter((p) => p.start <= from && p.end >= to).map((p) => p.id);
      pieces.push({ start: from, end: to, text: article.slice(from, to), ids });
    }
    return { kind: kindOf(article.slice(start, end), index), start, end, pieces };
  });
}

/**
 * Whether the dataset has the quote an id names ("rus-1-2": Russia's first relation, second quote), for
 * trusting ?quote=. Reads only that one entry, so a broken entry elsewhere cannot break the page's load.
 */
export function hasQuote(countries: readonly Quoted[], id: string): boolean {
  const match = /^([a-z]{3})-(\d{1,2})-(\d{1,2})$/.exec(id);
  if (!match) return false;
  const [, code, relation, quote] = match;
  const country = countries.find((c) => c.alpha3.toLowerCase() === code);
  const relations: unknown = country?.relations;
  if (!Array.isArray(relations)) return false;
  const quotes: unknown = (relations[Number(relation) - 1] as Partial<Quoted['relations'][number]> | undefined)?.quotes;
  return Array.isArray(quotes) && typeof quotes[Number(quote) - 1] === 'string';
}
