// The hover and focus tooltip: name, category, and our one-line summary of what the article says.
import type { Category } from '../data/categories';
import { CATEGORY_LABEL } from '../data/labels';
import type { Country } from '../data/model';

export const TOOLTIP_ID = 'map-tooltip';

interface TooltipProps {
  name: string;
  category: Category;
  country: Country | undefined;
  x: number;
  y: number;
  /** Width of the map frame, to keep the tooltip inside it. */
  frameWidth: number;
}

export function Tooltip({ name, category, country, x, y, frameWidth }: TooltipProps) {
  const flip = x > frameWidth * 0.6;
  return (
    <div
      role="tooltip"
      id={TOOLTIP_ID}
      className={`tooltip${flip ? ' tooltip--left' : ''}`}
      style={{ left: `${Math.round(x)}px`, top: `${Math.round(y)}px` }}
    >
      <strong className="tooltip__name">{name}</strong>
      <span className="tooltip__category" data-category={category}>
        <span className="swatch" aria-hidden="true" />
        {CATEGORY_LABEL[category]}
      </span>
      {country?.relations.map((relation, i) => (
        <span className="tooltip__summary" key={i}>
          {relation.summary}
        </span>
      ))}
      {country ? <span className="tooltip__hint">Click or press Enter for the article’s words</span> : null}
    </div>
  );
}
