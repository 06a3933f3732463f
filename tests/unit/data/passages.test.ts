// Every quote is found at its place in the article, and the article's pieces know every quote that covers them.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Country } from '../../../src/data/model';
import { hasQuote, locatePassages, splitArticle } from '../../../src/data/passages';
import { normaliseForMatch } from '../../../src/data/quotes';
import { quoteId } from '../../../src/data/quoteId';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const article = read('data/article.txt');
const dataset = JSON.parse(read('data/countries.json')) as { countries: Pick<Country, 'alpha3' | 'relations'>[] };

const country = (alpha3: string, ...quotes: string[][]): Pick<Country, 'alpha3' | 'relations'> => ({
  alpha3,
  relations: quotes.map((q) => ({ kind: 'mentioned', summary: '', quotes: q })),
});

describe('locatePassages on the real article and dataset', () => {
  const passages = locatePassages(article, dataset.countries);

  test('finds every quote of every country, each at text that reads as the quote', () => {
    const expected = dataset.countries.flatMap((c) =>
      c.relations.flatMap((relation, r) => relation.quotes.map((quote, q) => ({ id: quoteId(c.alpha3, r, q), quote }))),
    );
    expect(passages).toHaveLength(expected.length);
    for (const { id, quote } of expected) {
      const passage = passages.find((p) => p.id === id);
      expect(passage, id).toBeDefined();
      expect(normaliseForMatch(article.slice(passage?.start, passage?.end))).toBe(normaliseForMatch(quote));
    }
  });

  test('gives each passage its country and keeps reading order', () => {
    expect(passages.find((p) => p.id === 'rus-1-1')?.alpha3).toBe('RUS');
    const starts = passages.map((p) => p.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

describe('locatePassages where the quote and the article differ in typography', () => {
  test('maps a straight-quoted, single-spaced quote back to the curly quotes and line break of the original', () => {
    const text = 'Intro.\n\nIran’s ambassador stressed that “Israel crossed\nred lines.” Then more.';
    const [passage] = locatePassages(text, [country('SYR', [`ambassador stressed that "Israel crossed red lines."`])]);
    expect(text.slice(passage?.start, passage?.end)).toBe('ambassador stressed that “Israel crossed\nred lines.”');
  });

  test('skips a quote the article does not have rather than highlighting the wrong words', () => {
    expect(locatePassages('Some words.', [country('RUS', ['other words'])])).toEqual([]);
  });
});

describe('splitArticle', () => {
  const text = 'The headline\n\nShort heading\n\nOne two three four five six.\nA caption\n\nEnd.';

  test('cuts blocks at blank lines, with the title, subheadings and paragraphs told apart', () => {
    const blocks = splitArticle(text, []);
    expect(blocks.map((b) => [b.kind, text.slice(b.start, b.end)])).toEqual([
      ['title', 'The headline'],
      ['heading', 'Short heading'],
      ['paragraph', 'One two three four five six.\nA caption'],
      ['paragraph', 'End.'],
    ]);
    expect(blocks.every((b) => b.pieces.length === 1 && b.pieces[0]?.ids.length === 0)).toBe(true);
  });

  test('a piece quoted by several countries carries all their quote ids, and the text is kept whole', () => {
    const passages = locatePassages(text, [country('RUS', ['two three four']), country('CHN', ['three four five six.'])]);
    const paragraph = splitArticle(text, passages)[2];
    expect(paragraph?.pieces.map((p) => [p.text, p.ids])).toEqual([
      ['One ', []],
      ['two ', ['rus-1-1']],
      ['three four', ['rus-1-1', 'chn-1-1']],
      [' five six.', ['chn-1-1']],
      ['\nA caption', []],
    ]);
  });

  test('the real article: the same passage quoted for Iran and Israel is one piece with both ids', () => {
    const passages = locatePassages(article, dataset.countries);
    const blocks = splitArticle(article, passages);
    const joined = blocks.map((b) => b.pieces.map((p) => p.text).join('')).join('\n\n');
    expect(normaliseForMatch(joined)).toBe(normaliseForMatch(article));
    const pieces = blocks.flatMap((b) => b.pieces);
    const salvo = pieces.find((p) => p.text.startsWith('The missile salvo was Iran’s response'));
    expect(salvo?.ids).toEqual(expect.arrayContaining(['irn-1-2', 'isr-1-2']));
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => article.slice(b.start, b.end))).toEqual([
      'Lines were crossed, say Iran',
      'Who are Iran’s allies?',
      'Iran’s diplomatic relationships worldwide',
    ]);
  });
});

describe('hasQuote', () => {
  const countries = [country('RUS', ['one', 'two'], ['three']), { alpha3: 'CHN', relations: null as unknown as [] }];

  test('is true only for an id naming a quote the dataset has', () => {
    expect(hasQuote(countries, 'rus-1-2')).toBe(true);
    expect(hasQuote(countries, 'rus-2-1')).toBe(true);
    for (const id of ['rus-1-3', 'rus-3-1', 'rus-0-1', 'RUS-1-1', 'usa-1-1', 'rus-1-1 ', 'chn-1-1', '__proto__']) {
      expect(hasQuote(countries, id), id).toBe(false);
    }
  });

  test('agrees with the ids of the located passages on the real dataset', () => {
    for (const passage of locatePassages(article, dataset.countries)) expect(hasQuote(dataset.countries, passage.id)).toBe(true);
  });
});
