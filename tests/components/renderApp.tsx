// Renders the whole page the way the browser gets it: the build's map markup, a session read from the address.
import { render } from '@testing-library/react';
import { model } from 'virtual:article-map';
import { facts } from 'virtual:map-facts';
import markup from 'virtual:world-map-markup';
import { App } from '../../src/app/App';
import { createSession } from '../../src/app/session';
import type { SearchEntry } from '../../src/data/findCountry';

const loadIndex = () => import('virtual:search-index').then((index) => index.default);

export function renderApp(
  search = '',
  loadSearchEntries: () => Promise<SearchEntry[]> = loadIndex,
  appModel: typeof model = model,
) {
  window.history.replaceState(null, '', `/${search}`);
  const session = createSession(facts, window.location);
  const result = render(
    <App model={appModel} facts={facts} session={session} markup={markup} pageCountry={null} loadSearchEntries={loadSearchEntries} />,
  );
  const svg = document.getElementById('world-map') as unknown as SVGSVGElement;
  return { ...result, svg, model, facts, session };
}
