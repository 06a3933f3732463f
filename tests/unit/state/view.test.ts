import { describe, expect, test } from 'vitest';
import { initialView, viewReducer } from '../../../src/state/view';

describe('viewReducer', () => {
  test('toggling a category hides it, toggling again shows it', () => {
    const hidden = viewReducer(initialView, { type: 'toggle', category: 'ally' });
    expect(hidden.hidden).toEqual(['ally']);
    expect(viewReducer(hidden, { type: 'toggle', category: 'ally' }).hidden).toEqual([]);
  });

  test('the parties to the conflict cannot be filtered away', () => {
    expect(viewReducer(initialView, { type: 'toggle', category: 'iran' })).toBe(initialView);
  });

  test('zooming to the view already shown changes nothing, so a plain click does not re-render the page', () => {
    expect(viewReducer(initialView, { type: 'zoom', zoom: null })).toBe(initialView);
    const zoomed = viewReducer(initialView, { type: 'zoom', zoom: { k: 2, x: 100, y: 50 } });
    expect(zoomed.zoom).toEqual({ k: 2, x: 100, y: 50 });
    expect(viewReducer(zoomed, { type: 'zoom', zoom: { k: 2, x: 100.0001, y: 50 } })).toBe(zoomed);
    expect(viewReducer(zoomed, { type: 'zoom', zoom: { k: 2, x: 101, y: 50 } }).zoom).toEqual({ k: 2, x: 101, y: 50 });
    expect(viewReducer(zoomed, { type: 'zoom', zoom: null }).zoom).toBeNull();
  });

  test('show sets exactly the visible categories', () => {
    expect(viewReducer(initialView, { type: 'show', categories: ['severed'] }).hidden).toEqual([
      'ally',
      'neutral',
      'defended',
      'mentioned',
    ]);
  });

  test('switching layout starts the Article view at its top; reading a quote opens it at that passage', () => {
    const reading = viewReducer(initialView, { type: 'read', quote: 'rus-1-1' });
    expect(reading).toMatchObject({ layout: 'article', quote: 'rus-1-1' });
    expect(viewReducer(reading, { type: 'read', quote: 'rus-1-1' })).toBe(reading);
    expect(viewReducer(reading, { type: 'read', quote: 'chn-1-2' })).toMatchObject({ layout: 'article', quote: 'chn-1-2' });
    expect(viewReducer(reading, { type: 'layout', layout: 'map' })).toMatchObject({ layout: 'map', quote: null });
    expect(viewReducer(reading, { type: 'layout', layout: 'article' })).toBe(reading);
    expect(viewReducer(initialView, { type: 'layout', layout: 'article' })).toMatchObject({ layout: 'article', quote: null });
  });
});
