import { describe, expect, test, vi } from 'vitest';
import { createSelection } from '../../../src/state/selection';

describe('createSelection', () => {
  test('starts on the country the URL opened and tells listeners of each change with how it was made', () => {
    const selection = createSelection('643');
    const heard = vi.fn();
    selection.subscribe(heard);
    expect(selection.get()).toBe('643');
    selection.set('364', 'pointer');
    selection.set(null);
    expect(heard.mock.calls).toEqual([
      ['364', 'pointer'],
      [null, 'keyboard'],
    ]);
    expect(selection.get()).toBeNull();
  });

  test('opening the open country again tells no one, so nothing is redrawn', () => {
    const selection = createSelection(null);
    const heard = vi.fn();
    selection.subscribe(heard);
    selection.set('643', 'pointer');
    selection.set('643', 'pointer');
    expect(heard).toHaveBeenCalledTimes(1);
  });

  test('an unsubscribed listener hears nothing more', () => {
    const selection = createSelection(null);
    const heard = vi.fn();
    const stop = selection.subscribe(heard);
    selection.set('643');
    stop();
    selection.set('364');
    expect(heard).toHaveBeenCalledTimes(1);
  });
});
