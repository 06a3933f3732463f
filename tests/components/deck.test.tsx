// Closed panels laid out while the page is idle, where the stylesheet keeps what is laid out (wide screens), so
// that a country's first opening only shows its panel.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { layOutClosedPanels } from '../../src/panel/deck';

function deckOf(keys: string[], open: string | null) {
  const deck = document.createElement('div');
  deck.className = 'deck';
  deck.innerHTML = keys
    .map((key) => `<div class="panel-slot" data-panel="${key}"${key === open ? '' : ' hidden=""'}><section class="panel"><h2>${key}</h2></section></div>`)
    .join('');
  document.body.append(deck);
  const asked: string[] = [];
  for (const panel of deck.querySelectorAll<HTMLElement>('.panel')) {
    panel.getBoundingClientRect = () => {
      asked.push(panel.closest<HTMLElement>('.panel-slot')?.dataset.panel ?? '');
      return new DOMRect();
    };
  }
  const slot = (key: string) => deck.querySelector<HTMLElement>(`[data-panel="${key}"]`) as HTMLElement;
  return { deck, asked, slot };
}

/** Idle moments run by hand. */
function idleMoments() {
  const queued: (() => void)[] = [];
  return {
    idle: (task: () => void) => queued.push(task),
    /** Runs one idle moment; false when nothing was waiting. */
    one: () => {
      const task = queued.shift();
      task?.();
      return task !== undefined;
    },
  };
}

/** The stylesheet's answer for closed slots: 'hidden' on wide screens, 'visible' where they are not displayed. */
function closedSlotsAre(contentVisibility: string) {
  vi.spyOn(window, 'getComputedStyle').mockImplementation(
    (element) => ({ contentVisibility: (element as HTMLElement).hidden ? contentVisibility : 'visible' }) as CSSStyleDeclaration,
  );
}

describe('closed panels laid out while the page is idle', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  test('on a wide screen, one closed panel per idle moment, each once, and never the open one', () => {
    closedSlotsAre('hidden');
    const { deck, asked } = deckOf(['364', '422', '643'], '422');
    const moments = idleMoments();
    layOutClosedPanels(deck, moments.idle);
    expect(asked, 'nothing before the page is idle').toEqual([]);
    expect(moments.one()).toBe(true);
    expect(asked).toEqual(['364']);
    while (moments.one());
    expect(asked).toEqual(['364', '643']);
  });

  test('a panel opened before its turn is not asked for; the rest still are', () => {
    closedSlotsAre('hidden');
    const { deck, asked, slot } = deckOf(['364', '422', '643'], null);
    const moments = idleMoments();
    layOutClosedPanels(deck, moments.idle);
    moments.one();
    slot('422').hidden = false;
    while (moments.one());
    expect(asked).toEqual(['364', '643']);
  });

  test('where closed panels are not displayed (phones, embeds), nothing is laid out', () => {
    closedSlotsAre('visible');
    const { deck, asked } = deckOf(['364', '422', '643'], null);
    const moments = idleMoments();
    layOutClosedPanels(deck, moments.idle);
    while (moments.one());
    expect(asked).toEqual([]);
  });
});
