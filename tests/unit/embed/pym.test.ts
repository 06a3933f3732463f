// pym.js's string protocol, as its Parent writes and reads it.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parsePymMessage, pymChildId, pymMessage } from '../../../src/embed/pym';

describe('pymMessage', () => {
  test('frames the message the way pym.js v1 does', () => {
    expect(pymMessage('article-map', 'height', '812')).toBe('pymxPYMxarticle-mapxPYMxheightxPYMx812');
  });

  test("matches the Parent's own regular expression", () => {
    // pym.v1.js, Parent: new RegExp('^' + ['pym', id, '(\\S+)', '(.*)'].join('xPYMx') + '$')
    const parentRegex = new RegExp(`^${['pym', 'map', '(\\S+)', '(.*)'].join('xPYMx')}$`);
    expect(pymMessage('map', 'height', '640').match(parentRegex)?.slice(1)).toEqual(['height', '640']);
  });
});

describe('parsePymMessage', () => {
  test('reads the width the Parent sends', () => {
    expect(parsePymMessage('pymxPYMxmapxPYMxwidthxPYMx800', 'map')).toEqual({ type: 'width', message: '800' });
  });

  test.each([
    ['another child', 'pymxPYMxotherxPYMxwidthxPYMx800'],
    ['a prefix of our id', 'pymxPYMxmxPYMxwidthxPYMx800'],
    ['no type', 'pymxPYMxmapxPYMxxPYMx800'],
    ['no message part', 'pymxPYMxmapxPYMxwidth'],
    ['a multi-line message', 'pymxPYMxmapxPYMxwidthxPYMx800\n1'],
    ['an object', { type: 'width' }],
    ['an oversized string', `pymxPYMxmapxPYMxwidthxPYMx${'9'.repeat(2000)}`],
  ])('ignores %s', (_, data) => {
    expect(parsePymMessage(data, 'map')).toBeNull();
  });

  test('round-trips any type without spaces or delimiters and any one-line message', () => {
    const id = fc.stringMatching(/^[\w-]{1,20}$/).filter((s) => !s.includes('xPYMx'));
    const type = fc.stringMatching(/^[\w:-]{1,20}$/).filter((s) => !s.includes('xPYMx'));
    const message = fc.string({ maxLength: 200 }).filter((s) => !/[\n\r\u2028\u2029]/.test(s));
    fc.assert(
      fc.property(id, type, message, (childId, kind, text) => {
        expect(parsePymMessage(pymMessage(childId, kind, text), childId)).toEqual({ type: kind, message: text });
      }),
    );
  });

  test('never throws', () => {
    fc.assert(
      fc.property(fc.anything(), fc.string(), (data, childId) => {
        parsePymMessage(data, childId);
      }),
    );
  });
});

describe('pymChildId', () => {
  test("reads the id the Parent puts in the iframe's address", () => {
    expect(pymChildId('?embed=1&initialWidth=800&childId=article-map&parentTitle=News')).toBe('article-map');
  });

  test.each([
    ['absent', '?embed=1'],
    ['empty', '?childId='],
    ['with spaces', '?childId=a%20b'],
    ['with the delimiter', '?childId=axPYMxb'],
    ['too long', `?childId=${'a'.repeat(101)}`],
  ])('null when %s', (_, search) => {
    expect(pymChildId(search)).toBeNull();
  });
});
