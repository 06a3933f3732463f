// The key to the colours, and the filters: each stance the reader can hide is a toggle button.
import { Fragment } from 'react';
import { FILTERABLE, type Category } from '../data/categories';
import { CATEGORY_LABEL } from '../data/labels';

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

/** How the key line words each category: "6 back Iran". */
const KEY_WORDS: Partial<Record<Category, [string, string]>> = {
  ally: ['backs Iran', 'back Iran'],
  severed: ['severed ties or recalled its envoy', 'severed ties or recalled envoys'],
  neutral: ['mediates or protects interests', 'mediate or protect interests'],
  defended: ['helped defend Israel', 'helped defend Israel'],
  mentioned: ['is mentioned', 'are mentioned'],
};

/** The one-line key above the map: how many countries take each stance the reader can filter. */
export function KeySummary({ counts }: { counts: Readonly<Record<Category, number>> }) {
  const parts = FILTERABLE.filter((category) => counts[category] > 0).map((category) => {
    const words = KEY_WORDS[category];
    const n = counts[category];
    return { category, text: words ? `${n} ${n === 1 ? words[0] : words[1]}` : `${n} ${CATEGORY_LABEL[category].toLowerCase()}` };
  });
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
