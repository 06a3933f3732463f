// The page: map or table, legend, panel and notes, all driven by one view state that lives in the URL.
import { memo, useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { Category } from '../data/categories';
import type { DownloadKind } from '../embed/export';
import type { HostCommand } from '../embed/messages';
import { pymChildId } from '../embed/pym';
import type { SearchEntry } from '../data/findCountry';
import type { ArticleModel, Country } from '../data/model';
import { countByCategory, describeMap } from '../data/summary';
import type { MapFacts } from '../geo/facts';
import { Legend as LegendView } from '../map/Legend';
import { WorldMap as WorldMapView } from '../map/WorldMap';
import { shapeName, shapeOf } from '../map/mapElement';
import type { ZoomControls } from '../map/useZoom';
import { createAddressBar } from '../state/addressBar';
import { createSelection } from '../state/selection';
import { parseView, serialiseView } from '../state/url';
import { viewReducer, type MapView, type Zoom } from '../state/view';
import { countryResolver, keyCoder } from './codes';
import { Notes as NotesView } from './Notes';
import { PanelDeck as PanelDeckView } from '../panel/PanelDeck';
import { ErrorBoundary } from './ErrorBoundary';
import { CountrySearch as CountrySearchView } from './CountrySearch';
import { CountryTable } from './CountryTable';
import { ShareMenu } from './ShareMenu';
import { useEmbed } from './useEmbed';

// Parts of the page that do not depend on what changed skip rendering: a filter renders the legend and the
// map's classes, not the notes or the search. Opening a country renders nothing at all (see PanelDeck).
const Notes = memo(NotesView);
const Legend = memo(LegendView);
const WorldMap = memo(WorldMapView);
const CountrySearch = memo(CountrySearchView);
const PanelDeck = memo(PanelDeckView);

export interface AppProps {
  model: ArticleModel;
  facts: MapFacts;
  svg: SVGSVGElement;
  /** The page's query string at load. */
  search: string;
  /** Loads the search index (names and aliases of every shape) when the reader first uses the search. */
  loadSearchEntries: () => Promise<SearchEntry[]>;
}

export function App({ model, facts, svg, search, loadSearchEntries }: AppProps) {
  const byKey = useMemo(() => {
    const map = new Map<string, Country>();
    for (const country of model.countries) map.set(facts.codes[country.alpha3] ?? country.numeric, country);
    return map;
  }, [model, facts]);
  const resolve = useMemo(() => countryResolver(facts, svg), [facts, svg]);
  const code = useMemo(() => keyCoder(facts), [facts]);
  const embed = useMemo(() => new URLSearchParams(search).get('embed') === '1', [search]);
  // pym.js's Parent frames the page with ?childId= even when the editor left embed=1 out.
  const framed = useMemo(() => pymChildId(search) !== null, [search]);
  const [initial] = useState(() => parseView(search, resolve, facts));
  // The open country lives outside React's state: opening one changes the page directly (outline, panel, URL).
  const [selection] = useState(() => createSelection(initial.country));
  const [view, dispatch] = useReducer(viewReducer, initial, (parsed): MapView => ({
    hidden: parsed.hidden,
    zoom: parsed.zoom,
    layout: parsed.layout,
  }));
  const counts = useMemo(() => countByCategory(model.countries), [model]);
  const controls = useRef<ZoomControls | null>(null);
  const returnFocus = useRef<Element | null>(null);

  /** The address of this view: the reducer's part and the open country. */
  const latestView = useRef(view);
  latestView.current = view;
  const viewSearch = useCallback(
    () => serialiseView({ ...latestView.current, country: selection.get() }, window.location.search, code),
    [selection, code],
  );
  // The address bar follows the view and the open country, written when the page is next idle.
  const address = useMemo(() => createAddressBar(viewSearch), [viewSearch]);
  useEffect(() => address.schedule(), [view, address]);
  useEffect(() => {
    const unsubscribe = selection.subscribe(() => address.schedule());
    window.addEventListener('pagehide', address.flush);
    return () => {
      unsubscribe();
      window.removeEventListener('pagehide', address.flush);
      address.flush();
    };
  }, [selection, address]);

  // Opening a country from the keyboard, the search or the table moves focus to its panel; a click or a tap
  // leaves it on the map, where the reader is looking (Tab goes on into the panel, Escape still closes it).
  const select = useCallback(
    (key: string | null, pointer = false) => {
      if (key) returnFocus.current = document.activeElement;
      selection.set(key, pointer ? 'pointer' : 'keyboard');
    },
    [selection],
  );

  const close = useCallback(() => {
    const key = selection.get();
    selection.set(null);
    const back = returnFocus.current;
    const target = back instanceof HTMLElement || back instanceof SVGElement ? back : null;
    if (target?.isConnected && target !== document.body) target.focus();
    else if (key) shapeOf(svg, key)?.focus();
  }, [selection, svg]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && selection.get()) close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [selection, close]);

  const onZoom = useCallback((zoom: Zoom | null) => dispatch({ type: 'zoom', zoom }), []);
  const onToggle = useCallback((category: Category) => dispatch({ type: 'toggle', category }), []);
  const description = useMemo(() => describeMap(model.countries), [model]);
  const choose = useCallback(
    (key: string) => {
      select(key);
      if (view.layout === 'map') controls.current?.zoomToShape(key);
    },
    [select, view.layout],
  );

  const onCommand = useCallback(
    (command: HostCommand) => {
      if (command.type === 'show') return dispatch({ type: 'show', categories: command.categories });
      const key = command.country === null ? null : resolve(command.country);
      // A code the map does not know leaves the view as it is rather than closing what the reader has open.
      if (command.country === null || key) selection.set(key, 'host');
    },
    [resolve, selection],
  );
  const describe = useCallback(
    (key: string) => {
      const shape = shapeOf(svg, key);
      return shape ? { code: code(key), name: shapeName(shape) } : null;
    },
    [svg, code],
  );
  useEmbed({ enabled: embed || framed, search, onCommand, selection, describe });

  // The address of this view, read when the share menu opens or the country changes while it is open.
  const shareUrl = useCallback(
    () => `${window.location.origin}${window.location.pathname}${viewSearch()}`,
    [viewSearch],
  );
  // The download code loads on first use: most readers never save a file.
  const onDownload = async (kind: DownloadKind): Promise<boolean> => {
    const files = await import('./downloads').catch(() => null);
    if (!files) return false;
    const options = { model, hidden: view.hidden };
    if (kind === 'svg') return files.downloadSvg(svg, options);
    if (kind === 'png') return files.downloadPng(svg, options);
    return kind === 'csv' ? files.downloadCsv(model) : files.downloadJson(model);
  };
  const share = (
    <ShareMenu
      url={shareUrl}
      subscribe={selection.subscribe}
      title={`Interactive map: ${model.source.headline}`}
      onDownload={onDownload}
    />
  );

  return (
    <div className={`app${embed ? ' app--embed' : ''}`}>
      {embed ? null : (
        <header className="masthead">
          <p className="kicker">Interactive map</p>
          <h1>Who backs Iran, and who cut ties</h1>
          <p className="dek">
            The countries named in “{model.source.headline}”, coloured by the stance the article gives them. Hover
            or tap a country for a summary; open it to read the article’s own words.
          </p>
        </header>
      )}
      <div className="toolbar">
        <CountrySearch loadEntries={loadSearchEntries} onChoose={choose} />
        <div className="layout-switch" role="group" aria-label="Show as">
          <button type="button" aria-pressed={view.layout === 'map'} onClick={() => dispatch({ type: 'layout', layout: 'map' })}>
            Map
          </button>
          <button
            type="button"
            aria-pressed={view.layout === 'table'}
            onClick={() => dispatch({ type: 'layout', layout: 'table' })}
          >
            Table
          </button>
        </div>
        {embed ? null : share}
      </div>
      <div className={`stage stage--${view.layout}`}>
        {view.layout === 'table' ? (
          <ErrorBoundary what="The table">
          <CountryTable
            countries={model.countries}
            headline={model.source.headline}
            keyOf={(country) => facts.codes[country.alpha3] ?? country.numeric}
            onOpen={select}
          />
          </ErrorBoundary>
        ) : null}
        <WorldMap
          svg={svg}
          facts={facts}
          countries={byKey}
          selection={selection}
          hidden={view.hidden}
          zoom={view.zoom}
          embed={embed}
          description={description}
          onSelect={select}
          onZoom={onZoom}
          controlsRef={controls}
        />
        <PanelDeck svg={svg} countries={byKey} headline={model.source.headline} selection={selection} onClose={close} />
      </div>
      <Legend counts={counts} hidden={view.hidden} onToggle={onToggle} />
      {embed ? share : null}
      {embed ? (
        <p className="credit">
          Source: <cite>{model.source.headline}</cite>
        </p>
      ) : (
        <Notes model={model} />
      )}
    </div>
  );
}
