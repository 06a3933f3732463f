import { describe, expect, test } from 'vitest';
import { parseControls, parseOptions, parseShow, parseTheme, parseView, serialiseView, parseZoom } from '../../../src/state/url';
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
    expect(parseView('?show=none', resolve, bounds).hidden).toEqual(['ally', 'severed', 'neutral', 'defended', 'mentioned']);
  });

  test('a show value naming no stance it knows shows every stance instead of hiding them all', () => {
    for (const search of ['?show=bogus', '?show=', '?show=,,', '?show=iran,none2']) {
      expect(parseView(search, resolve, bounds).hidden, search).toEqual([]);
    }
    expect(parseView('?show=Ally, bogus', resolve, bounds).hidden).toEqual(['severed', 'neutral', 'defended', 'mentioned']);
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

describe('the Article view in the address', () => {
  const known = new Set(['rus-1-1', 'yem-2-1']);
  const isQuote = (id: string) => known.has(id);

  test('reads view=article with a quote the dataset has', () => {
    expect(parseView('?view=article&quote=rus-1-1', resolve, bounds, isQuote)).toMatchObject({
      layout: 'article',
      quote: 'rus-1-1',
    });
    expect(parseView('?view=Article&quote=YEM-2-1', resolve, bounds, isQuote).quote).toBe('yem-2-1');
  });

  test('drops a quote that is malformed, unknown, or outside the Article view, and keeps the view', () => {
    for (const quote of ['rus-9-9', 'rus-1', 'rus-1-1x', '../rus-1-1', 'russia-1-1', '']) {
      expect(parseView(`?view=article&quote=${quote}`, resolve, bounds, isQuote), quote).toMatchObject({
        layout: 'article',
        quote: null,
      });
    }
    expect(parseView('?quote=rus-1-1', resolve, bounds, isQuote)).toMatchObject({ layout: 'map', quote: null });
    expect(parseView('?view=article&quote=rus-1-1', resolve, bounds).quote).toBeNull();
  });

  test('writes the quote only with the Article view', () => {
    expect(serialiseView({ ...initialView, layout: 'article', quote: 'rus-1-1' }, '', code)).toBe(
      '?view=article&quote=rus-1-1',
    );
    expect(serialiseView({ ...initialView, layout: 'article', quote: null }, '?quote=rus-1-1', code)).toBe(
      '?view=article',
    );
    expect(serialiseView(initialView, '?view=article&quote=rus-1-1', code)).toBe('');
  });
});

describe('page options: theme and embed controls', () => {
  test('theme is auto unless light or dark', () => {
    expect(parseTheme('dark')).toBe('dark');
    expect(parseTheme(' LIGHT')).toBe('light');
    for (const value of [null, '', 'sepia', 'auto', 'dark,light']) expect(parseTheme(value), String(value)).toBe('auto');
  });

  test('controls keep the names it knows, once each, in a fixed order; none by default', () => {
    expect(parseControls(null)).toEqual([]);
    expect(parseControls('')).toEqual([]);
    expect(parseControls('share, Zoom,bogus,zoom')).toEqual(['zoom', 'share']);
    expect(parseControls('table,search,share,zoom')).toEqual(['search', 'zoom', 'table', 'share']);
  });

  test('read from the address, bad values dropped, never throwing', () => {
    expect(parseOptions('?embed=1&theme=dark&controls=search,table')).toEqual({
      theme: 'dark',
      controls: ['search', 'table'],
    });
    expect(parseOptions('?theme=neon&controls=everything')).toEqual({ theme: 'auto', controls: [] });
    expect(parseOptions('%E0%A4%A')).toEqual({ theme: 'auto', controls: [] });
  });

  test('the written address keeps them, cleaned, so it still links to what the reader sees', () => {
    expect(serialiseView({ ...initialView, country: '643' }, '?embed=1&theme=dark&controls=zoom,bogus', code)).toBe(
      '?embed=1&theme=dark&controls=zoom&country=RUS',
    );
    expect(serialiseView(initialView, '?theme=neon&controls=&show=bogus', code)).toBe('');
    expect(serialiseView(initialView, '', code, { theme: 'light', controls: ['search', 'share'] })).toBe(
      '?theme=light&controls=search,share',
    );
  });
});

describe('parseShow', () => {
  test('is null (show all) unless it names a stance, or says none', () => {
    expect(parseShow(null)).toBeNull();
    expect(parseShow('bogus')).toBeNull();
    expect(parseShow('none')).toEqual([]);
    expect(parseShow('none,ally')).toEqual(['ally']);
  });
});

describe('serialiseView', () => {
  test('writes only what differs from the default, with readable separators', () => {
    expect(serialiseView(initialView, '', code)).toBe('');
    expect(
      serialiseView({ ...initialView, country: '643', hidden: ['mentioned'], zoom: { k: 4, x: 2950.4, y: 640 } }, '', code),
    ).toBe('?country=RUS&show=ally,severed,neutral,defended&zoom=4/2950/640');
  });

  test('writes every stance hidden as show=none, and a bogus show is not written back', () => {
    expect(serialiseView({ ...initialView, hidden: ['ally', 'severed', 'neutral', 'defended', 'mentioned'] }, '', code)).toBe(
      '?show=none',
    );
    expect(serialiseView(initialView, '?show=bogus', code)).toBe('');
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
