// The view as URL parameters, both ways. Parsing never throws: a value it cannot use is dropped.
import { FILTERABLE, type Category } from '../data/categories';
import { MAX_ZOOM, MIN_ZOOM, initialView, type ViewState, type Zoom } from './view';

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

export function parseShow(value: string | null): Category[] | null {
  if (value === null) return null;
  const wanted = value.split(',').map((part) => part.trim().toLowerCase());
  return FILTERABLE.filter((category) => wanted.includes(category));
}

export function parseView(
  search: string,
  resolve: CountryResolver,
  bounds: { width: number; height: number },
): ViewState {
  const query = params(search);
  if (!query) return initialView;
  const country = firstValue(query, 'country');
  const show = parseShow(firstValue(query, 'show'));
  return {
    country: country ? resolve(country) : null,
    hidden: show ? FILTERABLE.filter((c) => !show.includes(c)) : [],
    zoom: parseZoom(firstValue(query, 'zoom'), bounds),
    layout: firstValue(query, 'view') === 'table' ? 'table' : 'map',
  };
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/**
 * Writes the view into `search`, keeping parameters that are not ours (embed, childId, a host's tracking
 * tags) as they were. `code` gives the parameter value for an atlas key (alpha-3 where known).
 */
export function serialiseView(view: ViewState, search: string, code: (key: string) => string): string {
  const query = params(search) ?? new URLSearchParams();
  const set = (name: string, value: string | null) => (value === null ? query.delete(name) : query.set(name, value));
  set('country', view.country ? code(view.country) : null);
  set('show', view.hidden.length ? FILTERABLE.filter((c) => !view.hidden.includes(c)).join(',') : null);
  set('zoom', view.zoom ? `${round(view.zoom.k, 2)}/${round(view.zoom.x, 0)}/${round(view.zoom.y, 0)}` : null);
  set('view', view.layout === 'table' ? 'table' : null);
  const text = query.toString().replace(/%2C/g, ',').replace(/%2F/g, '/');
  return text ? `?${text}` : '';
}
