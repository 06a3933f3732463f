// Writes the view into the address bar once the page is idle: the click's own frame is not held up by the
// browser's navigation bookkeeping, and a reader flipping through countries costs one write, not one per step
// (Safari throws after 100 replaceState calls in 10 s; Chromium ignores calls past 200).

export interface AddressBar {
  /** Asks for a write; asks made before it happens share it. */
  schedule(): void;
  /** Writes now if a write is pending (the page is being hidden, say). */
  flush(): void;
  /** Forgets a pending write. */
  cancel(): void;
}

/** The longest a write waits for an idle moment, in ms. */
export const ADDRESS_WAIT_MS = 500;

type IdleWindow = Window & {
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
};

/**
 * `search()` gives the query string the address should have ('' or '?…'); the write replaces the current
 * history entry and keeps the path and the hash. A refused write (a browser's rate limit) is dropped: the
 * next change writes the whole view again.
 */
export function createAddressBar(
  search: () => string,
  win: IdleWindow = window,
  /** The path the address should have; by default the page's own (a country's page may send it to the root). */
  path: () => string = () => win.location.pathname,
): AddressBar {
  let pending: { cancel: () => void } | null = null;
  const write = () => {
    pending = null;
    const next = search();
    const nextPath = path();
    const { location, history } = win;
    if (next === location.search && nextPath === location.pathname) return;
    try {
      history.replaceState(history.state, '', `${nextPath}${next}${location.hash}`);
    } catch {
      // SecurityError from a rate limit: the view on screen is unaffected.
    }
  };
  return {
    schedule() {
      if (pending) return;
      if (win.requestIdleCallback && win.cancelIdleCallback) {
        const handle = win.requestIdleCallback(write, { timeout: ADDRESS_WAIT_MS });
        const cancelIdle = win.cancelIdleCallback;
        pending = { cancel: () => cancelIdle(handle) };
      } else {
        const handle = win.setTimeout(write, 0);
        pending = { cancel: () => win.clearTimeout(handle) };
      }
    },
    flush() {
      if (!pending) return;
      pending.cancel();
      write();
    },
    cancel() {
      pending?.cancel();
      pending = null;
    },
  };
}
