// Every country the article names, as a table: the map's content for screen readers, keyboards and print.
import { CATEGORIES } from '../data/categories';
import { CATEGORY_LABEL, KIND_LABEL } from '../data/labels';
import type { Country } from '../data/model';

interface CountryTableProps {
  countries: readonly Country[];
  headline: string;
  /** Atlas key of each country, to open it on the map. */
  keyOf: (country: Country) => string;
  onOpen: (key: string) => void;
}

const ORDER = new Map(CATEGORIES.map((c, i) => [c, i]));

export function CountryTable({ countries, headline, keyOf, onOpen }: CountryTableProps) {
  const rows = [...countries].sort(
    (a, b) => (ORDER.get(a.category) ?? 0) - (ORDER.get(b.category) ?? 0) || a.name.localeCompare(b.name),
  );
  return (
    <div className="table-wrap">
      <table className="country-table">
        <caption>
          The {countries.length} countries named in <cite>{headline}</cite>, by stance
        </caption>
        <thead>
          <tr>
            <th scope="col">Country</th>
            <th scope="col">Stance</th>
            <th scope="col">What the article says</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((country) => (
            <tr key={country.alpha3} data-category={country.category}>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => onOpen(keyOf(country))}>
                  {country.name}
                </button>
              </th>
              <td data-category={country.category}>
                <span className="swatch" aria-hidden="true" />
                {CATEGORY_LABEL[country.category]}
              </td>
              <td>
                {country.relations.map((relation, i) => (
                  <div className="table-relation" key={i}>
                    <p>
                      <strong>{KIND_LABEL[relation.kind]}:</strong> {relation.summary}
                    </p>
                    {relation.quotes.map((quote, j) => (
                      <blockquote key={j}>{quote}</blockquote>
                    ))}
                  </div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
