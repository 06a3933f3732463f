// The reader's view in one store: the open country, the filters, the zoom and the layout, and who hears of them.
import { createSelection, type SelectionStore } from './selection';
import { viewReducer, type MapView, type ViewAction, type ViewState } from './view';

export interface ViewStore {
  /** The open country: its own channel, so that opening one renders nothing. */
  selection: SelectionStore;
  /** The rest of the view; a new object whenever it changes. */
  getView(): MapView;
  dispatch(action: ViewAction): void;
  /** Hears of changes to the view (not to the selection). */
  subscribe(listener: () => void): () => void;
  /** The whole view, selection included: what the address bar writes. */
  snapshot(): ViewState;
}

export function createViewStore(initial: ViewState): ViewStore {
  const { country, ...rest } = initial;
  const selection = createSelection(country);
  let view: MapView = rest;
  const listeners = new Set<() => void>();
  return {
    selection,
    getView: () => view,
    dispatch(action) {
      const next = viewReducer(view, action);
      if (next === view) return;
      view = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    snapshot: () => ({ ...view, country: selection.get() }),
  };
}
