// One reader's session: the view store, read from the address at start, and the address bar that follows it.
import type { MapFacts } from '../geo/facts';
import { createAddressBar } from '../state/addressBar';
import { parseView, serialiseView, type CountryResolver } from '../state/url';
import { initialView, type Zoom } from '../state/view';
import { createViewStore, type ViewStore } from '../state/viewStore';
import { countryResolver, keyCoder } from '../state/countryValue';
import { siteRootFrom } from '../data/countryPage';

/**
 * A phone's world view leaves the story's countries a few pixels wide: there the map starts on their region,
 * one tap from the World view.
 */
export const PHONE_QUERY = '(max-width: 599px)';
const onPhone = () => typeof matchMedia === 'function' && matchMedia(PHONE_QUERY).matches;
const embedded = (location: Pick<Location, 'search'>) => new URLSearchParams(location.search).get('embed') === '1';

export interface Session {
  store: ViewStore;
  /** "RUS", "643", "kosovo" → atlas key, or null. */
  resolve: CountryResolver;
  /** Atlas key → the value ?country= takes. */
  code: (key: string) => string;
  /** The query string of the view as it is now. */
  search(): string;
  /** The view the map starts from: the address's zoom, else on a phone the story's region. */
  startZoom(): Zoom | null;
  /** Starts writing the view into the address bar as it changes; returns what stops it. */
  followAddress(): () => void;
}

/**
 * `location` is the page's address, or null when rendering at build time (the view is then the default one,
 * with `country` open on a country's own page).
 */
export function createSession(
  facts: MapFacts,
  location: Pick<Location, 'search'> | null,
  country: string | null = null,
): Session {
  const resolve = countryResolver(facts);
  const code = keyCoder(facts);
  const known = new Set(facts.quotes);
  const parsed = location ? parseView(location.search, resolve, facts, (id) => known.has(id)) : initialView;
  const store = createViewStore({ ...parsed, country: parsed.country ?? country });
  /**
   * On a country's own page the address stays the page while its country is open (without ?country=), and
   * becomes the main page's with the view's ?country= once the reader opens another or closes it.
   */
  const onOwnPage = () => country !== null && store.selection.get() === country;
  const viewFor = (search: string) => {
    const view = store.snapshot();
    return serialiseView(onOwnPage() ? { ...view, country: null } : view, search, code);
  };
  const search = () => viewFor(location?.search ?? '');
  let stop: (() => void) | null = null;
  return {
    store,
    resolve,
    code,
    search,
    // An embed starts where the editor's address says (the share menu writes the view's zoom), else on the world.
    startZoom: () => store.getView().zoom ?? (location && onPhone() && !embedded(location) ? facts.phoneRegion : null),
    followAddress() {
      if (stop) return stop;
      const root = country === null ? null : new URL(siteRootFrom(country), window.location.href).pathname;
      const address = createAddressBar(
        () => viewFor(window.location.search),
        window,
        () => (root === null || onOwnPage() ? window.location.pathname : root),
      );
      const unsubscribe = [store.subscribe(address.schedule), store.selection.subscribe(address.schedule)];
      window.addEventListener('pagehide', address.flush);
      stop = () => {
        for (const off of unsubscribe) off();
        window.removeEventListener('pagehide', address.flush);
        address.flush();
        stop = null;
      };
      return stop;
    },
  };
}
