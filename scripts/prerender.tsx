// Renders the whole page at build time with the same React components the browser hydrates.
import { renderToString } from 'react-dom/server';
import { App } from '../src/app/App';
import { createSession } from '../src/app/session';
import type { ArticleModel } from '../src/data/model';
import type { MapFacts } from '../src/geo/facts';

export interface PageInput {
  model: ArticleModel;
  facts: MapFacts;
  markup: string;
}

const noSearchYet = () => Promise.resolve([]);

/** The markup of the page's root: the main page, or with `pageCountry` (an atlas key) its own page's panel open. */
export function renderPage({ model, facts, markup }: PageInput, pageCountry: string | null = null): string {
  const session = createSession(facts, null, pageCountry);
  return renderToString(
    <App
      model={model}
      facts={facts}
      session={session}
      markup={markup}
      pageCountry={pageCountry}
      loadSearchEntries={noSearchYet}
    />,
  );
}
