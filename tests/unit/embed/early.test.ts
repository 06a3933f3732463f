// A host that posts to the map before the map listens is not ignored: main.ts keeps its messages and the embed's
// listener takes them, in order.
import { beforeEach, describe, expect, test, vi } from 'vitest';

type Early = typeof import('../../../src/embed/early');
let early: Early;

beforeEach(async () => {
  // The keeping is once per page: a fresh module for each test.
  vi.resetModules();
  early = await import('../../../src/embed/early');
});

/** A frame's window whose parent is `host`, with messages posted to it by hand. */
function frameWindow(host: object) {
  const target = new EventTarget();
  const win = Object.assign(target, { parent: host }) as unknown as Window;
  const post = (data: unknown, source: object) => {
    const event = new Event('message');
    Object.defineProperties(event, { data: { value: data }, source: { value: source } });
    target.dispatchEvent(event);
  };
  return { win, post };
}

describe('messages posted before the map listens', () => {
  test('the framing page’s are kept in order and handed over once; later ones are not kept', () => {
    const host = {};
    const { win, post } = frameWindow(host);
    early.keepEarlyMessages(win);
    post({ type: 'article-map:select', country: 'YEM' }, host);
    post({ type: 'article-map:show', categories: ['ally'] }, host);
    expect(early.takeEarlyMessages().map((event) => event.data)).toEqual([
      { type: 'article-map:select', country: 'YEM' },
      { type: 'article-map:show', categories: ['ally'] },
    ]);
    post({ type: 'article-map:select', country: 'IRN' }, host);
    expect(early.takeEarlyMessages(), 'handed over once; the listener hears the rest itself').toEqual([]);
  });

  test('a sibling frame’s messages take no room, and a flood is kept only up to a limit', () => {
    const host = {};
    const { win, post } = frameWindow(host);
    early.keepEarlyMessages(win);
    post('from a sibling', {});
    for (let index = 0; index < 1000; index++) post(index, host);
    const taken = early.takeEarlyMessages().map((event) => event.data);
    expect(taken).toHaveLength(early.EARLY_MESSAGES_KEPT);
    expect(taken[0]).toBe(0);
  });

  test('outside a frame nothing is kept', () => {
    const target = new EventTarget();
    const win = Object.assign(target, {}) as unknown as Window & { parent: unknown };
    win.parent = win;
    early.keepEarlyMessages(win);
    const event = new Event('message');
    Object.defineProperties(event, { data: { value: 1 }, source: { value: win } });
    target.dispatchEvent(event);
    expect(early.takeEarlyMessages()).toEqual([]);
  });
});
