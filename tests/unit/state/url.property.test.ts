// Property tests: whatever a URL holds, the parser yields a valid view and never throws.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { FILTERABLE } from '../../../src/data/categories';
import { parseView, serialiseView } from '../../../src/state/url';
import { MAX_ZOOM, MIN_ZOOM, type ViewState } from '../../../src/state/view';

const bounds = { width: 5000, height: 2434 };
const known = new Set(['643', '048', '364', '840']);
const resolve = (value: string) => (known.has(value) ? value : null);

function isValid(view: ViewState): boolean {
  return (
    (view.country === null || known.has(view.country)) &&
    view.hidden.every((c) => FILTERABLE.includes(c)) &&
    new Set(view.hidden).size === view.hidden.length &&
    (view.zoom === null ||
      (view.zoom.k >= MIN_ZOOM && view.zoom.k <= MAX_ZOOM && Number.isFinite(view.zoom.x) && Number.isFinite(view.zoom.y))) &&
    (view.layout === 'map' || view.layout === 'table')
  );
}

const names = fc.constantFrom('country', 'show', 'zoom', 'view', 'embed', '__proto__', 'constructor', 'childId', '');
const values = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('<script>alert(1)</script>', 'javascript:alert(1)', '%E0%A4%A', '%', '__proto__', 'NaN/1/1', '1e309/0/0'),
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
        const view = parseView(search, resolve, bounds);
        expect(isValid(view)).toBe(true);
      }),
      { numRuns: 300, interruptAfterTimeLimit: 2000 },
    );
  });

  test('leaves Object.prototype untouched', () => {
    fc.assert(
      fc.property(queries, (search) => {
        parseView(search, resolve, bounds);
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
      layout: fc.constantFrom('map' as const, 'table' as const),
    });
    fc.assert(
      fc.property(views, (view) => {
        expect(parseView(serialiseView(view, '', (k) => k), resolve, bounds)).toEqual(view);
      }),
    );
  });
});
