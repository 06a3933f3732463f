// Every country the article names, as a table: the map's content for screen readers, keyboards, phones and
// print. Rendered whole on the server; sorting needs script, reading (quotes in <details>) does not.
import { useState, type MouseEvent } from 'react';
import { CATEGORIES, relationCategory, type Category } from '../data/categories';
import { CATEGORY_LABEL, KIND_LABEL } from '../data/labels';
import type { Country, Relation } from '../data/model';

interface CountryTableProps {
  countries: readonly Country[];
  headline: string;
  /** Atlas key of each country, to open it. */
  keyOf: (country: Country) => string;
  /**
   * Opens a country. `pointer` is true for a click or a tap (focus stays in the table, where the reader is),
   * false for Enter or Space (focus may follow to what opened) — the two modes of the selection store.
   */
  onOpen: (key: string, pointer: boolean) => void;
  /** The categories the legend has switched off: their rows are left out. */
  hidden: readonly Category[];
}

type Column = 'country' | 'stance';
type Direction = 'ascending' | 'descending';

interface Sort {
  by: Column;
  direction: Direction;
}

const ORDER = new Map<Category, number>(CATEGORIES.map((c, i) => [c, i]));
const byName = (a: Country, b: Country) => a.name.localeCompare(b.name, 'en');

function sorted(countries: readonly Country[], { by, direction }: Sort): Country[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const stance = (a: Country, b: Country) => (ORDER.get(a.category) ?? 0) - (ORDER.get(b.category) ?? 0);
  // Within one stance the names stay A to Z whichever way the stances run.
  return [...countries].sort((a, b) => (by === 'stance' ? sign * stance(a, b) || byName(a, b) : sign * byName(a, b)));
}

/** The category a relation stands for; a party to the conflict is on the side that colours its country. */
function stanceOf(country: Country, relation: Relation): Category {
  return relation.kind === 'party-to-conflict' ? country.category : relationCategory(relation);
}

/** Each stance once, in the order the dataset gives them (Yemen: Backs Iran, Recalled its ambassador). */
function stances(country: Country): Relation[] {
  return country.relations.filter((relation, i, all) => all.findIndex((r) => r.kind === relation.kind) === i);
}

/** Every quote once: one passage can back two of a country's stances. */
function quotesOf(country: Country): string[] {
  return [...new Set(country.relations.flatMap((relation) => relation.quotes))];
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function CountryTable({ countries, headline, keyOf, onOpen, hidden }: CountryTableProps) {
  const [sort, setSort] = useState<Sort>({ by: 'stance', direction: 'ascending' });
  const shown = countries.filter((country) => !hidden.includes(country.category));
  const left = countries.length - shown.length;
  const rows = sorted(shown, sort);
  const hiddenLabels = [...new Set(countries.filter((c) => hidden.includes(c.category)).map((c) => c.category))].map(
    (category) => CATEGORY_LABEL[category],
  );

  const sortBy = (by: Column) =>
    setSort((current) => ({
      by,
      direction: current.by === by && current.direction === 'ascending' ? 'descending' : 'ascending',
    }));
  const header = (by: Column, label: string) => (
    <th scope="col" aria-sort={sort.by === by ? sort.direction : undefined}>
      <button type="button" className="stance-table__sort" onClick={() => sortBy(by)}>
        {label}
        <span className="stance-table__arrow" aria-hidden="true">
          {sort.by !== by ? '↕' : sort.direction === 'ascending' ? '↑' : '↓'}
        </span>
      </button>
    </th>
  );
  // A click or a tap reports detail ≥ 1; Enter or Space on the button reports 0.
  const open = (country: Country) => (event: MouseEvent) => onOpen(keyOf(country), event.detail > 0);

  return (
    <div className="stance-table-wrap">
      <p className="stance-table__hidden" role="status">
        {left
          ? `${plural(left, 'country is', 'countries are')} hidden by the legend’s filters (${hiddenLabels.join('; ')}).`
          : ''}
      </p>
      <table className="stance-table">
        <caption>
          {left ? `${shown.length} of the ${countries.length}` : `The ${countries.length}`} countries named in{' '}
          <cite>{headline}</cite>
        </caption>
        <thead>
          <tr>
            {header('country', 'Country')}
            {header('stance', 'Stance')}
            <th scope="col">What the article says</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((country) => {
            const quotes = quotesOf(country);
            const notes = country.relations.filter((relation) => relation.note);
            return (
              <tr key={country.alpha3} data-category={country.category}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={open(country)}>
                    {country.name}
                  </button>
                </th>
                <td>
                  <ul className="stance-table__stances">
                    {stances(country).map((relation) => (
                      <li key={relation.kind} data-category={stanceOf(country, relation)}>
                        <span className="swatch" aria-hidden="true" />
                        {KIND_LABEL[relation.kind]}
                      </li>
                    ))}
                  </ul>
                </td>
                <td>
                  {country.relations.map((relation, i) => (
                    <p className="stance-table__summary" key={i}>
                      {country.relations.length > 1 ? <strong>{KIND_LABEL[relation.kind]}: </strong> : null}
                      {relation.summary}
                    </p>
                  ))}
                  {notes.map((relation, i) => (
                    <p className="stance-table__note" key={i}>
                      <strong>Note:</strong> {relation.note}
                    </p>
                  ))}
                  <details className="stance-table__quotes">
                    <summary>
                      The article’s words ({plural(quotes.length, 'quote', 'quotes')})
                    </summary>
                    {quotes.map((quote) => (
                      <blockquote key={quote}>
                        <p>{quote}</p>
                      </blockquote>
                    ))}
                  </details>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
