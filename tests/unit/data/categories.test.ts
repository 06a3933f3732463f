import { describe, expect, test } from 'vitest';
import { categoryOf, isMixed } from '../../../src/data/categories';
import { resolveCountryCode } from '../../../src/data/codes';
import { findQuote, normaliseForMatch } from '../../../src/data/quotes';

describe('the category rule', () => {
  test.each([
    ['backs-iran', 'ally'],
    ['severed-relations', 'severed'],
    ['recalled-ambassador', 'severed'],
    ['mediator', 'neutral'],
    ['protecting-power', 'neutral'],
    ['aided-israel', 'mentioned'],
    ['statement', 'mentioned'],
    ['mentioned', 'mentioned'],
  ] as const)('%s makes %s', (kind, category) => {
    expect(categoryOf([{ kind }])).toBe(category);
  });

  test('a party to the conflict takes its side', () => {
    expect(categoryOf([{ kind: 'party-to-conflict', side: 'iran' }])).toBe('iran');
    expect(categoryOf([{ kind: 'party-to-conflict', side: 'israel' }])).toBe('israel');
  });

  test('precedence: ally over severed over neutral over mentioned', () => {
    expect(categoryOf([{ kind: 'recalled-ambassador' }, { kind: 'backs-iran' }])).toBe('ally');
    expect(categoryOf([{ kind: 'mediator' }, { kind: 'severed-relations' }])).toBe('severed');
    expect(categoryOf([{ kind: 'statement' }, { kind: 'mediator' }])).toBe('neutral');
  });

  test('no relations: not named', () => {
    expect(categoryOf([])).toBe('none');
  });

  test('mixed only when stances pull different ways', () => {
    expect(isMixed([{ kind: 'backs-iran' }, { kind: 'recalled-ambassador' }])).toBe(true);
    expect(isMixed([{ kind: 'backs-iran' }, { kind: 'statement' }])).toBe(false);
  });
});

describe('codes', () => {
  test.each([
    ['RUS', '643'],
    ['rus', '643'],
    ['643', '643'],
    ['48', '048'],
    ['048', '048'],
  ])('%s resolves to %s', (input, numeric) => {
    expect(resolveCountryCode(input)).toBe(numeric);
  });
  test.each(['', 'XYZ', '999', 'RUSS', '<script>', '__proto__'])('%j resolves to nothing', (input) => {
    expect(resolveCountryCode(input)).toBeNull();
  });
});

describe('quotes', () => {
  test('typographic quotes and whitespace runs do not break a verbatim match', () => {
    expect(normaliseForMatch('“Israel  crossed\nred lines.”')).toBe('"Israel crossed red lines."');
    expect(findQuote('Iran’s ambassador said “no”.', "Iran's ambassador said \"no\"")).toBe(0);
    expect(findQuote('Iran’s ambassador', 'Iran’s embassy')).toBe(-1);
  });
});
