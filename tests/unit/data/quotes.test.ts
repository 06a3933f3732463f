// A quote is verbatim when it is in the article after folding typographic quotes and whitespace.
import { describe, expect, test } from 'vitest';
import { locateQuote, nearestMatch, normaliseForMatch } from '../../../src/data/quotes';

describe('normaliseForMatch', () => {
  test('folds typographic quotes and apostrophes to ASCII', () => {
    expect(normaliseForMatch('Iran’s ‘own’ “red lines”')).toBe(`Iran's 'own' "red lines"`);
  });

  test('collapses any run of whitespace to one space and trims', () => {
    expect(normaliseForMatch('  Israel\n\ncrossed \t red\u00a0lines. ')).toBe('Israel crossed red lines.');
  });

  test('leaves everything else alone, spelling included', () => {
    expect(normaliseForMatch('Bahrein, West Asivia; 99% — “complete failure.”')).toBe(
      'Bahrein, West Asivia; 99% — "complete failure."',
    );
  });
});

describe('locateQuote', () => {
  const article = 'Who are Iran’s allies?\n\nIran’s ambassador to Syria stressed that “Israel crossed\nred lines.”';

  test('finds a quote typed with straight quotes and no line break, at its place in the original text', () => {
    const found = locateQuote(article, `Syria stressed that "Israel crossed red lines."`);
    expect(found).toEqual({ start: article.indexOf('Syria'), end: article.length, line: 3 });
    expect(article.slice(found?.start, found?.end)).toBe('Syria stressed that “Israel crossed\nred lines.”');
  });

  test('gives null for words the article does not have, and for an empty quote', () => {
    expect(locateQuote(article, 'Israel crossed blue lines')).toBeNull();
    expect(locateQuote(article, 'iran’s allies')).toBeNull();
    expect(locateQuote(article, '  ')).toBeNull();
  });
});

describe('nearestMatch', () => {
  const article = 'For different reasons, other countries, such as Canada, Yemen, Bahrein, Morocco and Albania.';

  test('shows where a near-verbatim quote parts from the article', () => {
    expect(nearestMatch(article, 'such as Canada, Yemen, Bahrain, Morocco')).toEqual({
      agreed: 'such as Canada, Yemen, Bahr'.length,
      line: 1,
      quoteNext: 'ain, Morocco',
      articleNext: 'ein, Morocco and Alb',
    });
  });

  test('says nothing when the quote barely starts like the article, or matches it whole', () => {
    expect(nearestMatch(article, 'For dinner we had')).toBeNull();
    expect(nearestMatch(article, 'such as Canada')).toBeNull();
  });
});
