// The page's program, loaded by main.ts once the pre-rendered map is on screen: finds that map (or fetches it),
// then hands it and the build-time model to React.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { facts, model } from 'virtual:article-map';
import { findMapElement, parseMapMarkup } from '../map/mapElement';
import { App } from './App';
import { MAP_FILE, SEARCH_FILE } from '../geo/files';
import { isSearchIndex, type SearchEntry } from '../data/findCountry';
import { MapLoader } from './MapLoader';

/** The same SVG the build writes into index.html, as a file, for pages that arrive without it. */
async function fetchMap(): Promise<SVGSVGElement> {
  const response = await fetch(new URL(MAP_FILE, document.baseURI));
  if (!response.ok) throw new Error(`world-map.svg: HTTP ${response.status}`);
  const svg = parseMapMarkup(await response.text());
  if (!svg) throw new Error('world-map.svg is not an SVG map');
  return svg;
}

/** Names and aliases of every shape, fetched the first time a reader uses the search. */
async function fetchSearchEntries(): Promise<SearchEntry[]> {
  const response = await fetch(new URL(SEARCH_FILE, document.baseURI));
  if (!response.ok) throw new Error(`search-index.json: HTTP ${response.status}`);
  const entries: unknown = await response.json();
  if (!isSearchIndex(entries)) throw new Error('search-index.json is not a search index');
  return entries;
}

/** Hands the page to React. */
export function start(): void {
  const root = document.getElementById('root');
  const prerendered = findMapElement();
  const search = window.location.search;
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      {prerendered ? (
        <App model={model} facts={facts} svg={prerendered} search={search} loadSearchEntries={fetchSearchEntries} />
      ) : (
        <MapLoader load={fetchMap}>
          {(svg) => (
            <App model={model} facts={facts} svg={svg} search={search} loadSearchEntries={fetchSearchEntries} />
          )}
        </MapLoader>
      )}
    </StrictMode>,
  );
}
