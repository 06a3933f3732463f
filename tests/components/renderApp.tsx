// Renders the whole page the way start.tsx does, with the map SVG the build writes into index.html.
import { render } from '@testing-library/react';
import { facts, model } from 'virtual:article-map';
import markup from 'virtual:world-map-markup';
import { App } from '../../src/app/App';
import { parseMapMarkup } from '../../src/map/mapElement';

import type { SearchEntry } from '../../src/data/findCountry';

const loadIndex = () => import('virtual:search-index').then((index) => index.default);

export function renderApp(
  search = '',
  loadSearchEntries: () => Promise<SearchEntry[]> = loadIndex,
  appModel: typeof model = model,
) {
  const svg = parseMapMarkup(markup);
  if (!svg) throw new Error('the build-time map markup did not parse');
  window.history.replaceState(null, '', `/${search}`);
  const result = render(
    <App model={appModel} facts={facts} svg={svg} search={search} loadSearchEntries={loadSearchEntries} />,
  );
  return { ...result, svg, model, facts };
}
