// The view as URL parameters, both ways. Parsing never throws: a value it cannot use is dropped.
//
// The parameters, each read on its own (a bad one never spoils another):
//   country=<alpha-3 | numeric>            the open country; unknown codes are dropped
//   show=<category>[,<category>…] | none   the legend's visible stances (ally, severed, neutral, mentioned);
//                                          unknown names are dropped, and if none is left the parameter is
//                                          ignored and every stance shows; `none` alone hides all four
//   zoom=<k>/<x>/<y>                       scale 1–8 and the viewBox point at the centre
//   view=table | article                   the layout; anything else is the map
//   quote=<id>                             with view=article only: the passage the article opens at, an id
//                                          like rus-1-2 (QUOTE_ID_PATTERN) that the dataset has
//   theme=auto | light | dark              auto (the default) follows the reader's system
//   controls=<control>[,<control>…]        what an embed shows beyond map, legend, tooltip, panel and credit:
//                                          search, zoom, table, share; unknown names dropped; none by default
// Names and values are matched after trimming and lower-casing (country codes are the resolver's business).
import { FILTERABLE, type Category } from '../data/categories';
import { QUOTE_ID_PATTERN } from '../data/quoteId';
import {
  EMBED_CONTROLS,
  MAX_ZOOM,
  MIN_ZOOM,
  THEMES,
  defaultOptions,
  initialView,
  type EmbedControl,
  type Layout,
  type PageOptions,
  type Theme,
  type ViewState,
  type Zoom,
} from './view';

/** Turns what a reader or editor typed ("RUS", "rus", "643", "48") into an atlas key, or null. */
export type CountryResolver = (value: string) => string | null;

/** Longest parameter value we look at; anything longer is not a value we wrote. */
const MAX_VALUE = 200;

function params(search: string): URLSearchParams | null {
  try {
    return new URLSearchParams(search.length > 20_000 ? '' : search);
  } catch {
    return null;
  }
}

function firstValue(query: URLSearchParams, name: string): string | null {
  const value = query.get(name);
  return value !== null && value.length <= MAX_VALUE ? value.trim() : null;
}

export function parseZoom(value: string | null, bounds: { width: number; height: number }): Zoom | null {
  if (!value) return null;
  const parts = value.split(/[/,]/);
  if (parts.length !== 3) return null;
  const [k, x, y] = parts.map((p) => (/^-?\d+(\.\d+)?$/.test(p) ? Number(p) : NaN)) as [number, number, number];
  if (![k, x, y].every(Number.isFinite)) return null;
  if (k < MIN_ZOOM || k > MAX_ZOOM) return null;
  if (x < 0 || x > bounds.width || y < 0 || y > bounds.height) return null;
  return k === 1 ? null : { k, x, y };
}

/** The names in a comma list, trimmed and lower-cased. */
function names(value: string): string[] {
  return value.split(',').map((part) => part.trim().toLowerCase());
}

/** The visible categories, or null (show everything) when the value names none we know. */
export function parseShow(value: string | null): Category[] | null {
  if (value === null) return null;
  const wanted = names(value);
  const shown = FILTERABLE.filter((category) => wanted.includes(category));
  if (shown.length) return shown;
  return wanted.includes('none') ? [] : null;
}

export function parseLayout(value: string | null): Layout {
  const wanted = value?.trim().toLowerCase();
  return wanted === 'table' || wanted === 'article' ? wanted : 'map';
}

/** A quote id the dataset has, or null; `isQuote` says which ids it has. */
export function parseQuote(value: string | null, isQuote: (id: string) => boolean): string | null {
  const wanted = value?.trim().toLowerCase() ?? '';
  return QUOTE_ID_PATTERN.test(wanted) && isQuote(wanted) ? wanted : null;
}

export function parseTheme(value: string | null): Theme {
  const wanted = value?.trim().toLowerCase();
  return THEMES.find((theme) => theme === wanted) ?? 'auto';
}

/** The controls named, in the order EMBED_CONTROLS lists them, each once. */
export function parseControls(value: string | null): EmbedControl[] {
  if (value === null) return [];
  const wanted = names(value);
  return EMBED_CONTROLS.filter((control) => wanted.includes(control));
}

/**
 * The reader's view. `isQuote` tells the quote ids the dataset has; without it no ?quote= is trusted and the
 * Article view opens at its top.
 */
export function parseView(
  search: string,
  resolve: CountryResolver,
  bounds: { width: number; height: number },
  isQuote: (id: string) => boolean = () => false,
): ViewState {
  const query = params(search);
  if (!query) return initialView;
  const country = firstValue(query, 'country');
  const show = parseShow(firstValue(query, 'show'));
  const layout = parseLayout(firstValue(query, 'view'));
  return {
    country: country ? resolve(country) : null,
    hidden: show ? FILTERABLE.filter((c) => !show.includes(c)) : [],
    zoom: parseZoom(firstValue(query, 'zoom'), bounds),
    layout,
    quote: layout === 'article' ? parseQuote(firstValue(query, 'quote'), isQuote) : null,
  };
}

/** How the page is framed (theme, embed controls): read once at load, never changed by the reader. */
export function parseOptions(search: string): PageOptions {
  const query = params(search);
  if (!query) return defaultOptions;
  return { theme: parseTheme(firstValue(query, 'theme')), controls: parseControls(firstValue(query, 'controls')) };
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

function showValue(hidden: readonly Category[]): string | null {
  if (!hidden.length) return null;
  const shown = FILTERABLE.filter((c) => !hidden.includes(c));
  return shown.length ? shown.join(',') : 'none';
}

/**
 * Writes the view into `search`, keeping parameters that are not ours (embed, childId, a host's tracking
 * tags) as they were. `code` gives the parameter value for an atlas key (alpha-3 where known). The page
 * options are written as `search` has them, cleaned of what parseOptions drops, unless given.
 */
export function serialiseView(
  view: ViewState,
  search: string,
  code: (key: string) => string,
  options: PageOptions = parseOptions(search),
): string {
  const query = params(search) ?? new URLSearchParams();
  const set = (name: string, value: string | null) => (value === null ? query.delete(name) : query.set(name, value));
  set('country', view.country ? code(view.country) : null);
  set('show', showValue(view.hidden));
  set('zoom', view.zoom ? `${round(view.zoom.k, 2)}/${round(view.zoom.x, 0)}/${round(view.zoom.y, 0)}` : null);
  set('view', view.layout === 'map' ? null : view.layout);
  set('quote', view.layout === 'article' ? view.quote : null);
  set('theme', options.theme === 'auto' ? null : options.theme);
  set('controls', options.controls.length ? options.controls.join(',') : null);
  const text = query.toString().replace(/%2C/g, ',').replace(/%2F/g, '/');
  return text ? `?${text}` : '';
}
