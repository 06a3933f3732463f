// The page's layout: masthead, key, toolbar, the map with its panel column, the table, legend and notes. The
// same tree renders at build time and hydrates in the browser; the view comes from the session's store.
import { Suspense, lazy, memo, useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type { Category } from '../data/categories';
import { countryPagePath, siteRootFrom } from '../data/countryPage';
import type { SearchEntry } from '../data/findCountry';
import type { ArticleModel, Country } from '../data/model';
import { countByCategory, describeMap } from '../data/summary';
import type { DownloadKind } from '../embed/export';
import type { HostCommand } from '../embed/messages';
import { pymChildId } from '../embed/pym';
import type { MapFacts } from '../geo/facts';
import { KeySummary as KeySummaryView, Legend as LegendView } from '../map/Legend';
import type { ZoomControls } from '../map/useZoom';
import { WorldMap as WorldMapView } from '../map/WorldMap';
import { PanelDeck as PanelDeckView } from '../panel/PanelDeck';
import { SHEET_QUERY } from '../panel/sheet';
import { initialView, type Layout, type MapView, type Zoom } from '../state/view';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { attachMap } from './core';
import { CountrySearch as CountrySearchView } from './CountrySearch';
import { CountryTable } from '../table/CountryTable';
import { Notes as NotesView } from './Notes';
import type { Session } from './session';
import { ShareMenu } from './ShareMenu';
import { useEmbed } from './useEmbed';
import { useOpening } from './useOpening';
import { download } from './download';

// Parts that do not depend on what changed skip rendering: a filter renders the legend and the map's classes.
const Notes = memo(NotesView);
const Legend = memo(LegendView);
const KeySummary = memo(KeySummaryView);
const WorldMap = memo(WorldMapView);
const CountrySearch = memo(CountrySearchView);
const PanelDeck = memo(PanelDeckView);
// The article's text loads the first time a reader opens the Article view.
const ArticleSection = lazy(() => import('../article/ArticleSection'));

export interface AppProps {
  model: ArticleModel;
  facts: MapFacts;
  session: Session;
  /** The map's SVG markup (the build renders it into the page; in the browser the page already holds it). */
  markup: string;
  /** The atlas key of the country whose own page this is (country/<alpha-3>/), or null on the main page. */
  pageCountry: string | null;
  /** Loads the search index (names and aliases of every shape) when the reader first uses the search. */
  loadSearchEntries: () => Promise<SearchEntry[]>;
}

/** The view the build rendered: hydration starts from it, then takes the address's view. */
const SERVER_VIEW: MapView = { hidden: initialView.hidden, zoom: initialView.zoom, layout: initialView.layout, quote: null };
const serverView = () => SERVER_VIEW;

const LAYOUTS: readonly { layout: Layout; label: string }[] = [
  { layout: 'map', label: 'Map' },
  { layout: 'table', label: 'Table' },
  { layout: 'article', label: 'Article' },
];

export function App({ model, facts, session, markup, pageCountry, loadSearchEntries }: AppProps) {
  const { store } = session;
  const { selection } = store;
  const view = useSyncExternalStore(store.subscribe, store.getView, serverView);
  const embed = typeof window !== 'undefined' && new URLSearchParams(window.location.search).get('embed') === '1';
  const framed = typeof window !== 'undefined' && pymChildId(window.location.search) !== null;

  const byKey = useMemo(() => {
    const map = new Map<string, Country>();
    for (const country of model.countries) map.set(facts.codes[country.alpha3] ?? country.numeric, country);
    return map;
  }, [model, facts]);
  const counts = useMemo(() => countByCategory(model.countries), [model]);
  const description = useMemo(() => describeMap(model.countries), [model]);
  const controls = useRef<ZoomControls | null>(null);

  const attach = useCallback(() => {
    const core = attachMap(session, facts);
    // The tooltip's summaries come from the model, which the core did not have when it started.
    core?.tooltip.describeWith((key) => byKey.get(key));
    return core;
  }, [session, facts, byKey]);

  useEffect(() => session.followAddress(), [session]);
  useEffect(() => {
    document.documentElement.dataset.view = view.layout;
  }, [view.layout]);

  const { open, close } = useOpening(selection);
  const openByCode = useCallback((alpha3: string) => {
    const key = session.resolve(alpha3);
    if (key) open(key);
  }, [session, open]);

  // On a phone the sheet would lie over the passage: reading in context closes it (the article's links reopen it).
  const readInContext = useCallback(
    (quote: string) => {
      if (window.matchMedia(SHEET_QUERY).matches) selection.set(null);
      store.dispatch({ type: 'read', quote });
    },
    [store, selection],
  );
  const onZoom = useCallback((zoom: Zoom | null) => store.dispatch({ type: 'zoom', zoom }), [store]);
  const onToggle = useCallback((category: Category) => store.dispatch({ type: 'toggle', category }), [store]);
  const choose = useCallback(
    (key: string) => {
      open(key);
      if (store.getView().layout === 'map') controls.current?.zoomToShape(key);
    },
    [open, store],
  );

  const onCommand = useCallback(
    (command: HostCommand) => {
      if (command.type === 'show') return store.dispatch({ type: 'show', categories: command.categories });
      const key = command.country === null ? null : session.resolve(command.country);
      // A code the map does not know leaves the view as it is rather than closing what the reader has open.
      if (command.country === null || key) selection.set(key, 'host');
    },
    [session, store, selection],
  );
  const describe = useCallback(
    (key: string) => {
      const shape = facts.shapes[key];
      return shape ? { code: session.code(key), name: shape.name } : null;
    },
    [facts, session],
  );
  useEmbed({ enabled: embed || framed, onCommand, selection, describe });

  const shareUrl = useCallback(() => `${window.location.origin}${window.location.pathname}${session.search()}`, [session]);
  // An open country the article names is shared as its own page, which unfurls with its own preview.
  const shareLink = useCallback(() => {
    const key = selection.get();
    const country = key ? byKey.get(key) : undefined;
    const root = new URL(siteRootFrom(pageCountry), window.location.href);
    return country ? new URL(countryPagePath(country.alpha3), root).href : shareUrl();
  }, [selection, byKey, pageCountry, shareUrl]);
  const onDownload = useCallback((kind: DownloadKind) => download(kind, model, store.getView().hidden), [model, store]);

  return (
    <div className="app">
      <header className="masthead">
        <p className="kicker">Interactive map</p>
        <h1>Who backs Iran, and who severed ties or recalled envoys</h1>
        <p className="dek">
          The countries named in “{model.source.headline}”, by the stance the article gives them. Select a country
          to read the article’s own words.
        </p>
      </header>
      <KeySummary counts={counts} />
      <div className="toolbar">
        <CountrySearch loadEntries={loadSearchEntries} onChoose={choose} />
        <div className="layout-switch" role="group" aria-label="Show as">
          {LAYOUTS.map(({ layout, label }) => (
            <button
              key={layout}
              type="button"
              aria-pressed={view.layout === layout}
              onClick={() => store.dispatch({ type: 'layout', layout })}
            >
              {label}
            </button>
          ))}
        </div>
        <ShareMenu url={shareUrl} link={shareLink} subscribe={selection.subscribe} title={`Interactive map: ${model.source.headline}`} onDownload={onDownload} />
      </div>
      <div className="stage">
        <WorldMap
          markup={markup}
          facts={facts}
          selection={selection}
          hidden={view.hidden}
          startZoom={session.startZoom}
          embed={embed}
          description={description}
          attach={attach}
          onOpen={open}
          onZoom={onZoom}
          controlsRef={controls}
        />
        <PanelDeck countries={byKey} shapes={facts.shapes} headline={model.source.headline} open={pageCountry} onClose={close} onReadInContext={readInContext} />
        {view.layout === 'table' ? (
          <section className="table-view" aria-label="Every country the article names">
            <ErrorBoundary what="The table">
              <CountryTable
                countries={model.countries}
                headline={model.source.headline}
                keyOf={(country) => facts.codes[country.alpha3] ?? country.numeric}
                onOpen={open}
                hidden={view.hidden}
              />
            </ErrorBoundary>
          </section>
        ) : null}
        {view.layout === 'article' ? (
          <section className="article-pane" aria-label="The article">
            <ErrorBoundary what="The article">
              <Suspense fallback={<p role="status">Loading the article…</p>}>
                <ArticleSection headline={model.source.headline} countries={model.countries} quote={view.quote} onOpenCountry={openByCode} />
              </Suspense>
            </ErrorBoundary>
          </section>
        ) : null}
      </div>
      <Legend counts={counts} hidden={view.hidden} onToggle={onToggle} />
      <p className="credit">
        Source: <cite>{model.source.headline}</cite>
      </p>
      <Notes model={model} pageCountry={pageCountry} />
    </div>
  );
}
