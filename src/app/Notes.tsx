// Below the map: what could not be drawn, which borders are drawn, and how the stances were read.
import { countryPagePath, siteRootFrom } from '../data/countryPage';
import type { ArticleModel } from '../data/model';

interface NotesProps {
  model: ArticleModel;
  /** The country whose own page this is, or null: links to the other pages are relative to it. */
  pageCountry: string | null;
}

export function Notes({ model, pageCountry }: NotesProps) {
  const root = siteRootFrom(pageCountry);
  // Already in name order (the build sorts them): a first localeCompare costs the page ~35 ms of a throttled phone's
  // main thread while it sets up the collator, in the middle of hydration.
  const countries = model.countries;
  return (
    <section className="notes" aria-labelledby="notes-title">
      <h2 id="notes-title">Notes</h2>
      <nav aria-labelledby="country-pages-title">
        <h3 id="country-pages-title">A page for every country the article names</h3>
        <ul className="notes__countries">
          {countries.map((country) => (
            <li key={country.alpha3}>
              <a href={`${root}${countryPagePath(country.alpha3)}`}>{country.name}</a>
            </li>
          ))}
        </ul>
        {pageCountry ? (
          <p>
            <a href={root}>The whole map</a>
          </p>
        ) : null}
      </nav>
      {model.unmapped.length ? (
        <>
          <h3>Named in the article but not on the map</h3>
          <ul>
            {model.unmapped.map((mention) => (
              <li key={mention.name}>
                <strong>{mention.name}</strong>: {mention.note}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>How to read the map</h3>
      <p>
        Each stance comes from the article’s own words: open a country to read them. Where the article places a
        country in two groups (it lists Yemen among Iran’s supporters and among those that recalled ambassadors),
        the map colours it by the first of ally, severed, neutral and the panel shows both. Countries the article
        does not name are left plain.
      </p>
      <h3>Borders</h3>
      <p>
        Shapes are Natural Earth’s 1:50m countries (via world-atlas), which draw de facto borders; Palestine’s shape
        includes Gaza. Shapes without a country code (Kosovo, N. Cyprus, Somaliland and others) are drawn and named
        but carry no stance.
      </p>
      <p className="notes__source">
        Source: <cite>{model.source.headline}</cite>.
      </p>
    </section>
  );
}
