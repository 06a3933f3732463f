// Property tests: whatever a URL holds, the parser yields a valid view and never throws.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { FILTERABLE } from '../../../src/data/categories';
import { parseOptions, parseView, serialiseView } from '../../../src/state/url';
import { QUOTE_ID_PATTERN } from '../../../src/data/quoteId';
import {
  EMBED_CONTROLS,
  LAYOUTS,
  MAX_ZOOM,
  MIN_ZOOM,
  THEMES,
  type PageOptions,
  type ViewState,
} from '../../../src/state/view';

const bounds = { width: 5000, height: 2434 };
const known = new Set(['643', '048', '364', '840']);
const resolve = (value: string) => (known.has(value) ? value : null);
const quotes = new Set(['rus-1-1', 'yem-2-1', 'chn-1-3']);
const isQuote = (id: string) => quotes.has(id);

function isValid(view: ViewState): boolean {
  return (
    (view.country === null || known.has(view.country)) &&
    view.hidden.every((c) => FILTERABLE.includes(c)) &&
    new Set(view.hidden).size === view.hidden.length &&
    (view.zoom === null ||
      (view.zoom.k >= MIN_ZOOM && view.zoom.k <= MAX_ZOOM && Number.isFinite(view.zoom.x) && Number.isFinite(view.zoom.y))) &&
    LAYOUTS.includes(view.layout) &&
    (view.quote === null || (view.layout === 'article' && QUOTE_ID_PATTERN.test(view.quote) && quotes.has(view.quote)))
  );
}

function isValidOptions(options: PageOptions): boolean {
  return (
    THEMES.includes(options.theme) &&
    options.controls.every((c) => EMBED_CONTROLS.includes(c)) &&
    new Set(options.controls).size === options.controls.length
  );
}

const names = fc.constantFrom(
  'country', 'show', 'zoom', 'view', 'quote', 'theme', 'controls', 'embed', '__proto__', 'constructor', 'childId', '',
);
const values = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('<script>alert(1)</script>', 'javascript:alert(1)', '%E0%A4%A', '%', '__proto__', 'NaN/1/1', '1e309/0/0'),
  fc.constantFrom('article', 'table', 'rus-1-1', 'RUS-1-1', 'rus-9-9', 'dark', 'none', 'bogus', 'zoom,share,bogus', ''),
  fc.string({ minLength: 4000, maxLength: 5000 }),
);
const queries = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.array(fc.tuple(names, values, fc.boolean()), { maxLength: 8 }).map((pairs) =>
    '?' + pairs.map(([k, v, encode]) => `${k}=${encode ? encodeURIComponent(v) : v}`).join('&'),
  ),
);

describe('parseView over any input', () => {
  test('never throws and always yields a valid view', () => {
    // 300 runs, stopped (and passed) after 2 s: a budget that holds beside the component tests on two busy cores.
    fc.assert(
      fc.property(queries, (search) => {
        const view = parseView(search, resolve, bounds, isQuote);
        expect(isValid(view)).toBe(true);
        expect(isValidOptions(parseOptions(search))).toBe(true);
      }),
      { numRuns: 300, interruptAfterTimeLimit: 2000 },
    );
  });

  test('leaves Object.prototype untouched', () => {
    fc.assert(
      fc.property(queries, (search) => {
        parseView(search, resolve, bounds, isQuote);
        parseOptions(search);
        expect(Object.keys(Object.prototype)).toEqual([]);
      }),
      { numRuns: 200, interruptAfterTimeLimit: 2000 },
    );
  });

  test('what it writes, it reads back unchanged', () => {
    const views = fc.record({
      country: fc.constantFrom(null, ...known),
      hidden: fc.subarray([...FILTERABLE]),
      zoom: fc.option(
        fc.record({
          k: fc.integer({ min: 2, max: MAX_ZOOM }),
          x: fc.integer({ min: 0, max: bounds.width }),
          y: fc.integer({ min: 0, max: bounds.height }),
        }),
      ),
      layout: fc.constantFrom(...LAYOUTS),
      quote: fc.constantFrom(null, ...quotes),
    });
    const options = fc.record({ theme: fc.constantFrom(...THEMES), controls: fc.subarray([...EMBED_CONTROLS]) });
    // The quote belongs to the Article view only; elsewhere the reducer never holds one.
    const consistent = views.map((view) => (view.layout === 'article' ? view : { ...view, quote: null }));
    fc.assert(
      fc.property(consistent, options, fc.constantFrom('', '?embed=1', '?theme=neon&show=bogus'), (view, page, search) => {
        const written = serialiseView(view, search, (k) => k, page);
        expect(parseView(written, resolve, bounds, isQuote)).toEqual(view);
        expect(parseOptions(written)).toEqual(page);
        // Written twice, the address is the same: nothing drifts as the reader goes on.
        expect(serialiseView(view, written, (k) => k)).toBe(written);
      }),
    );
  });
});
