// What the article says about one country: every stance at the head, then the quotes. A bottom sheet on phones.
import type { Category } from '../data/categories';
import { CATEGORY_LABEL, KIND_LABEL } from '../data/labels';
import type { Country } from '../data/model';
import { quoteId } from '../data/quoteId';
import { Quote } from './Quote';
import { unnamedText } from './unnamed';

export interface CountryPanelProps {
  name: string;
  category: Category;
  country: Country | undefined;
  headline: string;
  /** The heading's id, unique on the page: it names the panel and takes focus when the panel opens. */
  headingId: string;
  onClose: () => void;
  /** Opens the Article view at a quote, by its id (src/data/quoteId.ts); without it quotes have no control. */
  onReadInContext?: ((quoteId: string) => void) | undefined;
}

export function CountryPanel({
  name,
  category,
  country,
  headline,
  headingId,
  onClose,
  onReadInContext,
}: CountryPanelProps) {
  // The panel of the shapes the article does not name is refilled by the page (./unnamed), possibly before React
  // hydrates it: React keeps the words it finds there.
  const refilled = !country;
  return (
    <section className="panel" aria-labelledby={headingId} data-category={category} suppressHydrationWarning={refilled}>
      <header className="panel__header">
        <h2 id={headingId} tabIndex={-1} suppressHydrationWarning={refilled}>
          {name}
        </h2>
        <button
          type="button"
          className="panel__close"
          onClick={onClose}
          aria-label={`Close ${name}`}
          suppressHydrationWarning={refilled}
        >
          ×
        </button>
      </header>
      <p className="panel__category" data-category={category} suppressHydrationWarning={refilled}>
        <span className="swatch" aria-hidden="true" />
        <span className="panel__stance" suppressHydrationWarning={refilled}>
          {CATEGORY_LABEL[category]}
        </span>
      </p>
      {country ? (
        <>
          {/* Every stance with its summary before any quote: Yemen's second stance is not below the fold. */}
          <ul className="panel__stances" aria-label={`What the article says about ${name}`}>
            {country.relations.map((relation, i) => (
              <li key={i}>
                <strong>{KIND_LABEL[relation.kind]}</strong>: {relation.summary}
              </li>
            ))}
          </ul>
          {country.relations.map((relation, i) => (
            <article className="relation" key={i}>
              <h3>{KIND_LABEL[relation.kind]}</h3>
              {relation.under ? <p className="relation__under">Listed under “{relation.under}”</p> : null}
              {relation.quotes.map((quote, j) => {
                const id = quoteId(country.alpha3, i, j);
                return <Quote key={id} id={id} text={quote} onReadInContext={onReadInContext} />;
              })}
              {relation.note ? <p className="relation__note">Note: {relation.note}</p> : null}
            </article>
          ))}
        </>
      ) : (
        <p className="panel__none" suppressHydrationWarning>
          {unnamedText(name)}
        </p>
      )}
      <p className="panel__source">
        Source: <cite>{headline}</cite>
      </p>
    </section>
  );
}
