import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ADDRESS_WAIT_MS, createAddressBar } from '../../../src/state/addressBar';

/** A window with just what the address bar touches: an address, a history that records writes, timers. */
function fakeWindow(search = '', { idle = false, refuse = false } = {}) {
  const writes: string[] = [];
  const location = { pathname: '/map/', search, hash: '#top' };
  const idleCalls: { callback: () => void; timeout: number }[] = [];
  const win = {
    location,
    history: {
      state: { kept: true },
      replaceState(_state: unknown, _title: string, url: string) {
        if (refuse) throw new DOMException('Attempt to use history.replaceState() more than 100 times', 'SecurityError');
        writes.push(url);
        location.search = url.slice(location.pathname.length, url.indexOf('#') < 0 ? undefined : url.indexOf('#'));
      },
    },
    setTimeout: (callback: () => void, ms: number) => setTimeout(callback, ms),
    clearTimeout: (handle: number) => clearTimeout(handle),
    ...(idle
      ? {
          requestIdleCallback: (callback: () => void, options?: { timeout: number }) =>
            idleCalls.push({ callback, timeout: options?.timeout ?? 0 }),
          cancelIdleCallback: (handle: number) => {
            idleCalls[handle - 1] = { callback: () => undefined, timeout: 0 };
          },
        }
      : {}),
  };
  return { win: win as unknown as Window, writes, location, idleCalls };
}

describe('the address bar', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('several changes before the page is idle make one write, of the latest view, keeping path and hash', () => {
    let view = '?country=RUS';
    const { win, writes } = fakeWindow();
    const bar = createAddressBar(() => view, win);
    bar.schedule();
    view = '?country=BRA';
    bar.schedule();
    view = '?country=CHN';
    bar.schedule();
    expect(writes).toEqual([]);
    vi.runAllTimers();
    expect(writes).toEqual(['/map/?country=CHN#top']);
  });

  test('waits for an idle moment where the browser offers one, at most ADDRESS_WAIT_MS', () => {
    const { win, writes, idleCalls } = fakeWindow('', { idle: true });
    const bar = createAddressBar(() => '?show=ally', win);
    bar.schedule();
    bar.schedule();
    expect(idleCalls).toHaveLength(1);
    expect(idleCalls[0]?.timeout).toBe(ADDRESS_WAIT_MS);
    idleCalls[0]?.callback();
    expect(writes).toEqual(['/map/?show=ally#top']);
  });

  test('flush writes a pending change at once (the page is being hidden), and only once', () => {
    const { win, writes } = fakeWindow();
    const bar = createAddressBar(() => '?view=table', win);
    bar.flush();
    expect(writes).toEqual([]);
    bar.schedule();
    bar.flush();
    expect(writes).toEqual(['/map/?view=table#top']);
    vi.runAllTimers();
    expect(writes).toHaveLength(1);
  });

  test('an address that already says it is not written again; a cancelled write never happens', () => {
    const { win, writes } = fakeWindow('?country=IRN');
    const bar = createAddressBar(() => '?country=IRN', win);
    bar.schedule();
    vi.runAllTimers();
    expect(writes).toEqual([]);
    const other = createAddressBar(() => '', win);
    other.schedule();
    other.cancel();
    vi.runAllTimers();
    expect(writes).toEqual([]);
  });

  test('a browser that refuses the write (a rate limit) costs the reader nothing', () => {
    const { win, writes } = fakeWindow('', { refuse: true });
    const bar = createAddressBar(() => '?country=RUS', win);
    bar.schedule();
    expect(() => vi.runAllTimers()).not.toThrow();
    expect(writes).toEqual([]);
  });
});
