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
import { shapeCategory, shapeName, shapeOf } from '../map/mapElement';
import type { ZoomControls } from '../map/useZoom';
import { CountryPanel } from '../panel/CountryPanel';
import { parseView, serialiseView } from '../state/url';
import { viewReducer, type Zoom } from '../state/view';
import { countryResolver, keyCoder } from './codes';
import { Notes as NotesView } from './Notes';
import { ErrorBoundary } from './ErrorBoundary';
import { CountrySearch as CountrySearchView } from './CountrySearch';
import { CountryTable } from './CountryTable';
import { ShareMenu } from './ShareMenu';
import { useEmbed } from './useEmbed';

// Parts of the page that do not depend on what changed skip rendering: opening a country renders the panel,
// not the notes, the legend or the search.
const Notes = memo(NotesView);
const Legend = memo(LegendView);
const WorldMap = memo(WorldMapView);
const CountrySearch = memo(CountrySearchView);

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
  const [view, dispatch] = useReducer(viewReducer, undefined, () => parseView(search, resolve, facts));
  const counts = useMemo(() => countByCategory(model.countries), [model]);
  const controls = useRef<ZoomControls | null>(null);
  const returnFocus = useRef<Element | null>(null);

  useEffect(() => {
    const next = serialiseView(view, window.location.search, code);
    if (next !== window.location.search) {
      window.history.replaceState(null, '', `${window.location.pathname}${next}${window.location.hash}`);
    }
  }, [view, code]);

  // Opening a country from the keyboard, the search or the table moves focus to its panel; a click or a tap
  // leaves it on the map, where the reader is looking (Tab goes on into the panel, Escape still closes it).
  const [panelFocus, setPanelFocus] = useState(true);
  const select = useCallback((key: string | null, pointer = false) => {
    if (key) returnFocus.current = document.activeElement;
    setPanelFocus(!pointer);
    dispatch({ type: 'select', country: key });
  }, []);

  const close = useCallback(() => {
    const key = view.country;
    dispatch({ type: 'select', country: null });
    const back = returnFocus.current;
    const target = back instanceof HTMLElement || back instanceof SVGElement ? back : null;
    if (target?.isConnected && target !== document.body) target.focus();
    else if (key) shapeOf(svg, key)?.focus();
  }, [view.country, svg]);

  useEffect(() => {
    if (!view.country) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [view.country, close]);

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
  const selectedShape = view.country ? shapeOf(svg, view.country) : null;

  const onCommand = useCallback(
    (command: HostCommand) => {
      if (command.type === 'show') return dispatch({ type: 'show', categories: command.categories });
      const key = command.country === null ? null : resolve(command.country);
      // A code the map does not know leaves the view as it is rather than closing what the reader has open.
      if (command.country === null || key) dispatch({ type: 'select', country: key });
    },
    [resolve],
  );
  useEmbed({
    enabled: embed || framed,
    search,
    onCommand,
    selected: view.country && selectedShape ? { code: code(view.country), name: shapeName(selectedShape) } : null,
  });

  // The address of this view now; the URL effect above writes it only after this render.
  const shareUrl = `${window.location.origin}${window.location.pathname}${serialiseView(view, window.location.search, code)}`;
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
    <ShareMenu url={shareUrl} title={`Interactive map: ${model.source.headline}`} onDownload={onDownload} />
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
          selected={view.country}
          hidden={view.hidden}
          zoom={view.zoom}
          embed={embed}
          description={description}
          onSelect={select}
          onZoom={onZoom}
          controlsRef={controls}
        />
        {selectedShape && view.country ? (
          <ErrorBoundary what="This country’s details" resetKey={view.country}>
            <CountryPanel
              name={shapeName(selectedShape)}
              category={shapeCategory(selectedShape)}
              country={byKey.get(view.country)}
              headline={model.source.headline}
              takeFocus={panelFocus}
              onClose={close}
            />
          </ErrorBoundary>
        ) : (
          <aside className="hint" aria-label="How to read the map">
            <p>
              Select a country to read what the article says about it, in its own words. The legend below switches
              each stance on and off.
            </p>
          </aside>
        )}
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
