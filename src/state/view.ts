// The reader's view — what is selected, shown and zoomed — and the reducer for all of it but the selection,
// which lives in its own store (./selection) so that opening a country renders nothing.
import { FILTERABLE, type Category } from '../data/categories';

export interface Zoom {
  /** Scale, 1 (whole world) to MAX_ZOOM. */
  k: number;
  /** The viewBox point at the centre of the view. */
  x: number;
  y: number;
}

export type Layout = 'map' | 'table';

export interface ViewState {
  /** Atlas key of the selected country, or null. */
  country: string | null;
  /** Filterable categories the reader has switched off. */
  hidden: readonly Category[];
  zoom: Zoom | null;
  layout: Layout;
}

/** What the reducer holds: the view less the open country. */
export type MapView = Omit<ViewState, 'country'>;

export const MIN_ZOOM = 1;
export const MAX_ZOOM = 8;

export const initialView: ViewState = { country: null, hidden: [], zoom: null, layout: 'map' };

export type ViewAction =
  | { type: 'toggle'; category: Category }
  | { type: 'show'; categories: readonly Category[] }
  | { type: 'zoom'; zoom: Zoom | null }
  | { type: 'layout'; layout: Layout };

/** Zooms closer than a thousandth of a unit are the same view: the URL keeps three decimals at most. */
export function sameZoom(a: Zoom | null, b: Zoom | null): boolean {
  if (a === null || b === null) return a === b;
  const near = (p: number, q: number) => Math.abs(p - q) < 1e-3;
  return near(a.k, b.k) && near(a.x, b.x) && near(a.y, b.y);
}

export function viewReducer(state: MapView, action: ViewAction): MapView {
  switch (action.type) {
    case 'toggle': {
      if (!FILTERABLE.includes(action.category)) return state;
      const hidden = state.hidden.includes(action.category)
        ? state.hidden.filter((c) => c !== action.category)
        : FILTERABLE.filter((c) => c === action.category || state.hidden.includes(c));
      return { ...state, hidden };
    }
    case 'show':
      return { ...state, hidden: FILTERABLE.filter((c) => !action.categories.includes(c)) };
    case 'zoom':
      // A click ends a zero-length gesture: the same view again must not re-render the page.
      return sameZoom(state.zoom, action.zoom) ? state : { ...state, zoom: action.zoom };
    case 'layout':
      return state.layout === action.layout ? state : { ...state, layout: action.layout };
  }
}
