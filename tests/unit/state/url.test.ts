import { describe, expect, test } from 'vitest';
import { parseView, serialiseView, parseZoom } from '../../../src/state/url';
import { initialView } from '../../../src/state/view';

const keys: Record<string, string> = { RUS: '643', BHR: '048', IRN: '364' };
const resolve = (value: string) => {
  if (/^\d{1,3}$/.test(value)) return ['643', '048', '364'].includes(value.padStart(3, '0')) ? value.padStart(3, '0') : null;
  return keys[value.toUpperCase()] ?? null;
};
const code = (key: string) => Object.entries(keys).find(([, k]) => k === key)?.[0] ?? key;
const bounds = { width: 5000, height: 2434 };

describe('parseView', () => {
  test('reads a country by alpha-3 or numeric code', () => {
    expect(parseView('?country=RUS', resolve, bounds).country).toBe('643');
    expect(parseView('?country=rus', resolve, bounds).country).toBe('643');
    expect(parseView('?country=48', resolve, bounds).country).toBe('048');
  });

  test('reads the visible categories and hides the rest', () => {
    expect(parseView('?show=ally,severed', resolve, bounds).hidden).toEqual(['neutral', 'defended', 'mentioned']);
    expect(parseView('?show=', resolve, bounds).hidden).toEqual([
      'ally',
      'severed',
      'neutral',
      'defended',
      'mentioned',
    ]);
  });

  test('reads zoom and the table view', () => {
    expect(parseView('?zoom=4/2950/640&view=table', resolve, bounds)).toMatchObject({
      zoom: { k: 4, x: 2950, y: 640 },
      layout: 'table',
    });
  });

  test('drops what it cannot use and keeps the rest', () => {
    expect(parseView('?country=ZZZ&show=ally,bogus&zoom=99/1/1', resolve, bounds)).toEqual({
      ...initialView,
      hidden: ['severed', 'neutral', 'defended', 'mentioned'],
    });
    expect(parseView('?zoom=2/-5/10', resolve, bounds).zoom).toBeNull();
    expect(parseView('%E0%A4%A', resolve, bounds)).toEqual(initialView);
  });
});

describe('serialiseView', () => {
  test('writes only what differs from the default, with readable separators', () => {
    expect(serialiseView(initialView, '', code)).toBe('');
    expect(
      serialiseView({ ...initialView, country: '643', hidden: ['mentioned'], zoom: { k: 4, x: 2950.4, y: 640 } }, '', code),
    ).toBe('?country=RUS&show=ally,severed,neutral,defended&zoom=4/2950/640');
  });

  test("keeps parameters that are not the view's, such as embed and pym.js's childId", () => {
    expect(serialiseView({ ...initialView, country: '364' }, '?embed=1&childId=map', code)).toBe(
      '?embed=1&childId=map&country=IRN',
    );
  });

  test('round-trips', () => {
    const view = { ...initialView, country: '048', hidden: ['ally' as const], layout: 'table' as const };
    expect(parseView(serialiseView(view, '', code), resolve, bounds)).toEqual(view);
  });
});

describe('parseZoom', () => {
  test('treats scale 1 as the default world view', () => {
    expect(parseZoom('1/2500/1200', bounds)).toBeNull();
  });
});
