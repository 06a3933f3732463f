// What the article says about one country: each relation, in its own words. A bottom sheet on phones.
import type { Category } from '../data/categories';
import { CATEGORY_LABEL, KIND_LABEL } from '../data/labels';
import type { Country } from '../data/model';
import { Quote } from './Quote';

export interface CountryPanelProps {
  name: string;
  category: Category;
  country: Country | undefined;
  headline: string;
  /** The heading's id, unique on the page: it names the panel and takes focus when the panel opens. */
  headingId: string;
  onClose: () => void;
}

export function CountryPanel({ name, category, country, headline, headingId, onClose }: CountryPanelProps) {
  return (
    <section className="panel" aria-labelledby={headingId} data-category={category}>
      <header className="panel__header">
        <h2 id={headingId} tabIndex={-1}>
          {name}
        </h2>
        <button type="button" className="panel__close" onClick={onClose} aria-label={`Close ${name}`}>
          ×
        </button>
      </header>
      <p className="panel__category" data-category={category}>
        <span className="swatch" aria-hidden="true" />
        <span className="panel__stance">{CATEGORY_LABEL[category]}</span>
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
        <p className="panel__none">{unnamedText(name)}</p>
      )}
      <p className="panel__source">
        Source: <cite>{headline}</cite>
      </p>
    </section>
  );
}

function unnamedText(name: string): string {
  return `The article does not name ${name}, so the map gives it no stance.`;
}

/**
 * Turns the one panel kept for shapes the article does not name into the panel of `name`. React renders that
 * panel once with props that never change, so these few texts are the page's to set: opening Brazil, then
 * Canada, renders nothing.
 */
export function fillUnnamedPanel(section: HTMLElement, name: string, category: Category): void {
  section.dataset.category = category;
  const heading = section.querySelector('h2');
  if (heading) heading.textContent = name;
  section.querySelector('.panel__close')?.setAttribute('aria-label', `Close ${name}`);
  const stance = section.querySelector<HTMLElement>('.panel__category');
  if (stance) stance.dataset.category = category;
  const label = section.querySelector('.panel__stance');
  if (label) label.textContent = CATEGORY_LABEL[category];
  const none = section.querySelector('.panel__none');
  if (none) none.textContent = unnamedText(name);
}
