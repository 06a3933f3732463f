// The host protocol accepts exactly the documented messages and nothing else, whatever a frame posts.
import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import { FILTERABLE } from '../../../src/data/categories';
import {
  MESSAGE,
  heightMessage,
  parseHostMessage,
  selectedMessage,
  type HostCommand,
} from '../../../src/embed/messages';

/** Object.prototype's own keys before any test ran: a polluting input would add one. */
const cleanPrototype = Object.getOwnPropertyNames(Object.prototype).sort();
const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();

function isCommand(value: HostCommand | null): boolean {
  if (value === null) return true;
  if (value.type === 'select') return value.country === null || /^[A-Za-z0-9-]{1,40}$/.test(value.country);
  return value.type === 'show' && value.categories.every((c) => FILTERABLE.includes(c));
}

afterEach(() => {
  expect(prototypeKeys()).toEqual(cleanPrototype);
  expect(({} as Record<string, unknown>).x).toBeUndefined();
});

describe('documented host messages', () => {
  test.each([
    [{ type: 'article-map:select', country: 'RUS' }, { type: 'select', country: 'RUS' }],
    [{ type: 'article-map:select', country: '643' }, { type: 'select', country: '643' }],
    [{ type: 'article-map:select', country: 'kosovo' }, { type: 'select', country: 'kosovo' }],
    [{ type: 'article-map:select', country: null }, { type: 'select', country: null }],
    [{ type: 'article-map:show', categories: ['ally', 'severed'] }, { type: 'show', categories: ['ally', 'severed'] }],
    [{ type: 'article-map:show', categories: [] }, { type: 'show', categories: [] }],
  ])('%j is a command', (message, command) => {
    expect(parseHostMessage(message)).toEqual(command);
  });

  test('categories come back in the legend order, each once', () => {
    expect(parseHostMessage({ type: MESSAGE.show, categories: ['mentioned', 'ally', 'ally'] })).toEqual({
      type: 'show',
      categories: ['ally', 'mentioned'],
    });
  });
});

describe('anything else is ignored', () => {
  const rejected: [string, unknown][] = [
    ['a string', 'article-map:select'],
    ['a JSON string', JSON.stringify({ type: 'article-map:select', country: 'RUS' })],
    ['a pym message', 'pymxPYMxarticle-mapxPYMxwidthxPYMx800'],
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['an array', [{ type: 'article-map:select', country: 'RUS' }]],
    ['an unknown type', { type: 'article-map:zoom', k: 2 }],
    ['a map message echoed back', { type: 'article-map:selected', country: 'RUS', name: 'Russia' }],
    ['a missing country', { type: 'article-map:select' }],
    ['a numeric country', { type: 'article-map:select', country: 643 }],
    ['an empty country', { type: 'article-map:select', country: '' }],
    ['markup as a country', { type: 'article-map:select', country: '<img src=x onerror=alert(1)>' }],
    ['a selector as a country', { type: 'article-map:select', country: '643"],path[data-key="048' }],
    ['an oversized country', { type: 'article-map:select', country: 'R'.repeat(41) }],
    ['a huge country', { type: 'article-map:select', country: 'R'.repeat(1_000_000) }],
    ['an extra key', { type: 'article-map:select', country: 'RUS', url: 'https://example.com' }],
    ['a fixed category', { type: 'article-map:show', categories: ['iran'] }],
    ['an unknown category', { type: 'article-map:show', categories: ['ally', 'toString'] }],
    ['categories as a string', { type: 'article-map:show', categories: 'ally' }],
    ['too many categories', { type: 'article-map:show', categories: Array(6).fill('ally') }],
    ['a huge array', { type: 'article-map:show', categories: Array(100_000).fill('ally') }],
    ['a JSON __proto__ key', JSON.parse('{"type":"article-map:select","country":"RUS","__proto__":{"x":1}}')],
    ['a JSON __proto__ only', JSON.parse('{"__proto__":{"type":"article-map:select","country":"RUS"}}')],
    ['a constructor key', JSON.parse('{"type":"article-map:select","country":"RUS","constructor":{"prototype":{"x":1}}}')],
    ['a prototype key', { type: 'article-map:show', categories: [], prototype: { x: 1 } }],
  ];
  test.each(rejected)('%s', (_, message) => {
    expect(parseHostMessage(message)).toBeNull();
  });

  test('an object whose getter throws', () => {
    const hostile = {
      get type(): string {
        throw new Error('boom');
      },
    };
    expect(parseHostMessage(hostile)).toBeNull();
    const proxy = new Proxy({}, { ownKeys: () => { throw new Error('boom'); } });
    expect(parseHostMessage(proxy)).toBeNull();
  });
});

describe('whatever arrives, parsing never throws and yields null or a valid command', () => {
  const keys = fc.constantFrom('type', 'country', 'categories', '__proto__', 'constructor', 'prototype', 'name');
  const hostile = fc.dictionary(keys, fc.anything(), { maxKeys: 5 });
  const nearMiss = fc.record(
    {
      type: fc.constantFrom(MESSAGE.select, MESSAGE.show, MESSAGE.selected, 'article-map:', ''),
      country: fc.oneof(fc.constant(null), fc.string(), fc.string({ minLength: 30, maxLength: 60 })),
      categories: fc.array(fc.constantFrom(...FILTERABLE, 'iran', '__proto__', ''), { maxLength: 8 }),
    },
    { requiredKeys: ['type'] },
  );
  const values = fc.oneof(
    fc.anything(),
    fc.json().map((text) => JSON.parse(text) as unknown),
    fc.string(),
    fc.string({ minLength: 10_000, maxLength: 20_000 }),
    hostile,
    hostile.map((value) => JSON.parse(JSON.stringify(value) ?? 'null') as unknown),
    nearMiss,
    fc.array(fc.anything(), { minLength: 0, maxLength: 50 }),
  );

  test('property', () => {
    // 300 runs, stopped (and passed) after 2 s: a budget that holds beside the component tests on two busy cores.
    fc.assert(
      fc.property(values, (value) => {
        const result = parseHostMessage(value);
        expect(isCommand(result)).toBe(true);
        expect(prototypeKeys()).toEqual(cleanPrototype);
      }),
      { numRuns: 300, interruptAfterTimeLimit: 2000 },
    );
  });

  test('JSON text with prototype keys, parsed as a host would', () => {
    const text = fc
      .record({
        key: fc.constantFrom('__proto__', 'constructor', 'prototype'),
        inner: fc.json(),
        type: fc.constantFrom(MESSAGE.select, MESSAGE.show),
      })
      .map(({ key, inner, type }) => `{"type":"${type}","country":"RUS","${key}":${inner}}`);
    fc.assert(
      fc.property(text, (json) => {
        expect(parseHostMessage(JSON.parse(json))).toBeNull();
        expect(prototypeKeys()).toEqual(cleanPrototype);
      }),
    );
  });
});

describe('map → host messages carry only what their type is for', () => {
  test('height', () => {
    expect(heightMessage(812)).toEqual({ type: 'article-map:height', height: 812 });
  });

  test('selected, and cleared', () => {
    expect(selectedMessage({ code: 'RUS', name: 'Russia' })).toEqual({
      type: 'article-map:selected',
      country: 'RUS',
      name: 'Russia',
    });
    expect(selectedMessage(null)).toEqual({ type: 'article-map:selected', country: null, name: null });
  });
});
