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

  test('selecting the same country again changes nothing', () => {
    const selected = viewReducer(initialView, { type: 'select', country: '643' });
    expect(viewReducer(selected, { type: 'select', country: '643' })).toBe(selected);
  });

  test('show sets exactly the visible categories', () => {
    expect(viewReducer(initialView, { type: 'show', categories: ['severed'] }).hidden).toEqual([
      'ally',
      'neutral',
      'mentioned',
    ]);
  });
});
