// The open country, kept outside React: opening one changes a few attributes on the page and renders nothing.

/**
 * How a country was opened. A click or a tap leaves focus where the reader is looking; the keyboard, the search
 * and the table move it into the panel; the host page's command moves nothing.
 */
export type Opener = 'pointer' | 'keyboard' | 'host';

export type SelectionListener = (key: string | null, opener: Opener) => void;

export interface SelectionStore {
  /** Atlas key of the open country, or null. */
  get(): string | null;
  /** Opens a country (or closes with null); listeners hear of it only when it changes. */
  set(key: string | null, opener?: Opener): void;
  /** Calls `listener` on every change, in the order listeners subscribed; returns what unsubscribes it. */
  subscribe(listener: SelectionListener): () => void;
}

export function createSelection(initial: string | null): SelectionStore {
  let current = initial;
  const listeners = new Set<SelectionListener>();
  return {
    get: () => current,
    set(key, opener = 'keyboard') {
      if (key === current) return;
      current = key;
      for (const listener of [...listeners]) listener(key, opener);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
