// Opening and closing a country from the page's controls: the keyboard, the search and the table move focus to
// the panel and closing brings it back where it was; a click or a tap leaves focus alone; Escape closes.
import { useCallback, useEffect, useRef } from 'react';
import type { SelectionStore } from '../state/selection';

export function useOpening(selection: SelectionStore) {
  const returnFocus = useRef<Element | null>(null);
  useEffect(
    () =>
      selection.subscribe((key, opener) => {
        if (key && opener === 'pointer') returnFocus.current = null;
      }),
    [selection],
  );
  const open = useCallback(
    (key: string, pointer = false) => {
      returnFocus.current = pointer ? null : document.activeElement;
      selection.set(key, pointer ? 'pointer' : 'keyboard');
    },
    [selection],
  );
  const close = useCallback(() => {
    const key = selection.get();
    selection.set(null);
    const back = returnFocus.current;
    returnFocus.current = null;
    if ((back instanceof HTMLElement || back instanceof SVGElement) && back.isConnected && back !== document.body) back.focus();
    else if (key) document.querySelector<SVGElement>(`#world-map path[data-key="${CSS.escape(key)}"]`)?.focus();
  }, [selection]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && selection.get()) close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [selection, close]);
  return { open, close };
}
