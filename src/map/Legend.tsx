// The key to the colours, and the filters: each stance the reader can hide is a toggle button.
import { Fragment } from 'react';
import { FILTERABLE, type Category } from '../data/categories';
import { CATEGORY_LABEL } from '../data/labels';
import { keyParts } from '../data/summary';

interface LegendProps {
  counts: Readonly<Record<Category, number>>;
  hidden: readonly Category[];
  onToggle: (category: Category) => void;
}

const FIXED: readonly Category[] = ['iran', 'israel', 'none'];

export function Legend({ counts, hidden, onToggle }: LegendProps) {
  return (
    <div className="legend">
      <div role="group" aria-label="Show or hide countries by stance" className="legend__filters">
        {FILTERABLE.map((category) => (
          <button
            key={category}
            type="button"
            className="legend__item"
            data-category={category}
            aria-pressed={!hidden.includes(category)}
            onClick={() => onToggle(category)}
          >
            <span className="swatch" aria-hidden="true" />
            <span className="legend__label">{CATEGORY_LABEL[category]}</span>
            <span className="legend__count">{counts[category]}</span>
          </button>
        ))}
      </div>
      <ul className="legend__fixed" aria-label="Also on the map">
        {FIXED.map((category) => (
          <li key={category} className="legend__item legend__item--fixed" data-category={category}>
            <span className="swatch" aria-hidden="true" />
            <span className="legend__label">{CATEGORY_LABEL[category]}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The one-line key above the map: how many countries take each stance the reader can filter. */
export function KeySummary({ counts }: { counts: Readonly<Record<Category, number>> }) {
  const parts = keyParts(counts);
  return (
    <p className="key-summary">
      {parts.map(({ category, text }, i) => (
        <Fragment key={category}>
          {i > 0 ? ' · ' : null}
          <span className="key-summary__part" data-category={category}>
            <span className="swatch" aria-hidden="true" />
            {text}
          </span>
        </Fragment>
      ))}
    </p>
  );
}
