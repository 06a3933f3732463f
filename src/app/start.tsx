// The page's program, loaded by main.ts once the pre-rendered page is on screen: hydrates it with the model.
import { StrictMode, startTransition } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { model } from 'virtual:article-map';
import { facts } from 'virtual:map-facts';
import { SEARCH_FILE } from '../geo/files';
import { isSearchIndex, type SearchEntry } from '../data/findCountry';
import { App } from './App';
import type { Session } from './session';

/** Names and aliases of every shape, fetched the first time a reader uses the search. */
async function fetchSearchEntries(): Promise<SearchEntry[]> {
  const response = await fetch(new URL(SEARCH_FILE, document.baseURI));
  if (!response.ok) throw new Error(`search-index.json: HTTP ${response.status}`);
  const entries: unknown = await response.json();
  if (!isSearchIndex(entries)) throw new Error('search-index.json is not a search index');
  return entries;
}

/** Hydrates the page the build rendered; the map's markup is the page's own, so React keeps it as it is. */
export function start(session: Session, pageCountry: string | null): void {
  const root = document.getElementById('root');
  const canvas = root?.querySelector('.map-canvas');
  if (!root || !canvas) return;
  // As a transition, hydration yields to the browser every few milliseconds instead of holding the main thread
  // for one long task: the map's core keeps answering the pointer while React takes over the page.
  startTransition(() => {
    hydrateRoot(
      root,
      <StrictMode>
        <App
          model={model}
          facts={facts}
          session={session}
          markup={canvas.innerHTML}
          pageCountry={pageCountry}
          loadSearchEntries={fetchSearchEntries}
        />
      </StrictMode>,
    );
  });
}
