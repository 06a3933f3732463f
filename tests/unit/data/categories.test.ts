// The category rule: which colour a country's relations give it, and when it is mixed.
import { describe, expect, test } from 'vitest';
import { categoryOf, isMixed } from '../../../src/data/categories';

describe('categoryOf', () => {
  test.each([
    ['backs-iran', 'ally'],
    ['severed-relations', 'severed'],
    ['recalled-ambassador', 'severed'],
    ['mediator', 'neutral'],
    ['protecting-power', 'neutral'],
    ['aided-israel', 'defended'],
    ['statement', 'mentioned'],
    ['mentioned', 'mentioned'],
  ] as const)('%s makes a country %s', (kind, category) => {
    expect(categoryOf([{ kind }])).toBe(category);
  });

  test('a party to the conflict takes its side', () => {
    expect(categoryOf([{ kind: 'party-to-conflict', side: 'iran' }])).toBe('iran');
    expect(categoryOf([{ kind: 'party-to-conflict', side: 'israel' }])).toBe('israel');
  });

  test('the highest category wins: iran > israel > ally > severed > neutral > defended > mentioned', () => {
    expect(categoryOf([{ kind: 'backs-iran' }, { kind: 'party-to-conflict', side: 'iran' }])).toBe('iran');
    expect(categoryOf([{ kind: 'backs-iran' }, { kind: 'party-to-conflict', side: 'israel' }])).toBe('israel');
    expect(categoryOf([{ kind: 'recalled-ambassador' }, { kind: 'backs-iran' }])).toBe('ally');
    expect(categoryOf([{ kind: 'mediator' }, { kind: 'severed-relations' }])).toBe('severed');
    expect(categoryOf([{ kind: 'statement' }, { kind: 'protecting-power' }])).toBe('neutral');
    expect(categoryOf([{ kind: 'mediator' }, { kind: 'aided-israel' }])).toBe('neutral');
    expect(categoryOf([{ kind: 'aided-israel' }, { kind: 'statement' }])).toBe('defended');
  });

  test('a country whose forces helped defend Israel is not filed as merely mentioned', () => {
    expect(categoryOf([{ kind: 'aided-israel' }])).not.toBe('mentioned');
    expect(categoryOf([{ kind: 'severed-relations' }, { kind: 'aided-israel' }])).toBe('severed');
  });

  test('the order of relations does not matter', () => {
    expect(categoryOf([{ kind: 'backs-iran' }, { kind: 'statement' }])).toBe(
      categoryOf([{ kind: 'statement' }, { kind: 'backs-iran' }]),
    );
  });

  test('a country with no relations, i.e. one the dataset does not list, is none', () => {
    expect(categoryOf([])).toBe('none');
  });
});

describe('isMixed', () => {
  test('Yemen, an ally through the Houthis that also recalled its ambassador, is mixed', () => {
    expect(isMixed([{ kind: 'backs-iran' }, { kind: 'recalled-ambassador' }])).toBe(true);
  });

  test('any two of ally, severed and neutral make a country mixed', () => {
    expect(isMixed([{ kind: 'severed-relations' }, { kind: 'mediator' }])).toBe(true);
    expect(isMixed([{ kind: 'backs-iran' }, { kind: 'protecting-power' }])).toBe(true);
  });

  test('a statement, a mention or help to Israel beside one stance is not mixed', () => {
    expect(isMixed([{ kind: 'backs-iran' }, { kind: 'statement' }])).toBe(false);
    expect(isMixed([{ kind: 'mediator' }, { kind: 'statement' }])).toBe(false);
    expect(isMixed([{ kind: 'severed-relations' }, { kind: 'aided-israel' }])).toBe(false);
  });

  test('two relations in the same category are not mixed', () => {
    expect(isMixed([{ kind: 'severed-relations' }, { kind: 'recalled-ambassador' }])).toBe(false);
    expect(isMixed([])).toBe(false);
  });
});
