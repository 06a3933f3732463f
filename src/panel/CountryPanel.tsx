// What the article says about one country: each relation, in its own words. A bottom sheet on phones.
import { useEffect, useRef } from 'react';
import type { Category } from '../data/categories';
import { CATEGORY_LABEL, KIND_LABEL } from '../data/labels';
import type { Country } from '../data/model';
import { Quote } from './Quote';

interface CountryPanelProps {
  name: string;
  category: Category;
  country: Country | undefined;
  headline: string;
  /** Moves focus to the panel's heading when it opens or changes country. */
  takeFocus: boolean;
  onClose: () => void;
}

export function CountryPanel({ name, category, country, headline, takeFocus, onClose }: CountryPanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeFocus) heading.current?.focus();
    // Only when the country changes: a later render must not pull focus back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [name]);
  return (
    <section className="panel" aria-labelledby="panel-title" data-category={category}>
      <header className="panel__header">
        <h2 id="panel-title" ref={heading} tabIndex={-1}>
          {name}
        </h2>
        <button type="button" className="panel__close" onClick={onClose} aria-label={`Close ${name}`}>
          ×
        </button>
      </header>
      <p className="panel__category" data-category={category}>
        <span className="swatch" aria-hidden="true" />
        {CATEGORY_LABEL[category]}
      </p>
      {country ? (
        country.relations.map((relation, i) => (
          <article className="relation" key={i}>
            <h3>{KIND_LABEL[relation.kind]}</h3>
            <p className="relation__summary">{relation.summary}</p>
            {relation.quotes.map((quote, j) => (
              <Quote key={j} text={quote} headline={headline} />
            ))}
            {relation.note ? <p className="relation__note">Note: {relation.note}</p> : null}
          </article>
        ))
      ) : (
        <p className="panel__none">The article does not name {name}, so the map gives it no stance.</p>
      )}
      <p className="panel__source">
        Source: <cite>{headline}</cite>
      </p>
    </section>
  );
}
