// The reader's view — what is selected, shown, zoomed and read — and the reducer for all of it but the
// selection, which lives in its own store (./selection) so that opening a country renders nothing.
import { FILTERABLE, type Category } from '../data/categories';

export interface Zoom {
  /** Scale, 1 (whole world) to MAX_ZOOM. */
  k: number;
  /** The viewBox point at the centre of the view. */
  x: number;
  y: number;
}

export const LAYOUTS = ['map', 'table', 'article'] as const;
export type Layout = (typeof LAYOUTS)[number];

export interface ViewState {
  /** Atlas key of the selected country, or null. */
  country: string | null;
  /** Filterable categories the reader has switched off. */
  hidden: readonly Category[];
  zoom: Zoom | null;
  layout: Layout;
  /** The quoted passage the Article view is opened at (a quote id); only ever set with layout 'article'. */
  quote: string | null;
}

export const THEMES = ['auto', 'light', 'dark'] as const;
/** 'auto' follows the reader's system; light and dark are for host pages that are always one or the other. */
export type Theme = (typeof THEMES)[number];

/** What an embed shows beyond map, legend, tooltip, panel and credit, in the order the URL writes them. */
export const EMBED_CONTROLS = ['search', 'zoom', 'table', 'share'] as const;
export type EmbedControl = (typeof EMBED_CONTROLS)[number];

/** How the page is framed: set by whoever wrote the address (an editor, a host page), never by the reader. */
export interface PageOptions {
  theme: Theme;
  /** Extra controls the editor turned on in the embed; none by default. */
  controls: readonly EmbedControl[];
}

export const defaultOptions: PageOptions = { theme: 'auto', controls: [] };

/** What the reducer holds: the view less the open country. */
export type MapView = Omit<ViewState, 'country'>;

export const MIN_ZOOM = 1;
/** Close enough that a phone's finger finds Lebanon at the story's region (see mapBuild's PHONE_REGION). */
export const MAX_ZOOM = 12;

export const initialView: ViewState = { country: null, hidden: [], zoom: null, layout: 'map', quote: null };

export type ViewAction =
  | { type: 'toggle'; category: Category }
  | { type: 'show'; categories: readonly Category[] }
  | { type: 'zoom'; zoom: Zoom | null }
  /** Switching layout starts the Article view at its top: no passage is current. */
  | { type: 'layout'; layout: Layout }
  /** Opens the Article view at one passage (a quote id), as a panel's "read in context" does. */
  | { type: 'read'; quote: string };

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
      return state.layout === action.layout ? state : { ...state, layout: action.layout, quote: null };
    case 'read':
      return state.layout === 'article' && state.quote === action.quote
        ? state
        : { ...state, layout: 'article', quote: action.quote };
  }
}
