// The hover and focus tooltip's words and place: name, category and our one-line summaries. Hovering fills and
// moves the box directly, so a pointer crossing the map costs a few text nodes and a composited move.
import type { Category } from '../data/categories';
import { CATEGORY_LABEL } from '../data/labels';
import type { Country } from '../data/model';

export const TOOLTIP_ID = 'map-tooltip';

/** Gap between the pointer and the tooltip, in CSS pixels. */
const OFFSET_PX = 12;

export interface TooltipContent {
  name: string;
  category: Category;
  country: Country | undefined;
}

function span(doc: Document, className: string): HTMLSpanElement {
  const element = doc.createElement('span');
  element.className = className;
  return element;
}

interface Lines {
  name: HTMLElement;
  stance: HTMLElement;
  summaries: HTMLElement;
  hint: HTMLElement;
}
const made = new WeakMap<HTMLElement, Lines>();

/** The tooltip's lines, made once per box and then only given new text. */
function lines(box: HTMLElement): Lines {
  let parts = made.get(box);
  if (!parts) {
    const doc = box.ownerDocument;
    const name = doc.createElement('strong');
    name.className = 'tooltip__name';
    const stance = span(doc, 'tooltip__category');
    const swatch = span(doc, 'swatch');
    swatch.setAttribute('aria-hidden', 'true');
    stance.append(swatch, doc.createTextNode(''));
    const hint = span(doc, 'tooltip__hint');
    hint.textContent = 'Click or press Enter for the article’s words';
    parts = { name, stance, summaries: span(doc, 'tooltip__summaries'), hint };
    box.replaceChildren(name, stance, parts.summaries, hint);
    made.set(box, parts);
  }
  return parts;
}

/** Gives the tooltip the text it should show for one shape. */
export function fillTooltip(box: HTMLElement, { name, category, country }: TooltipContent): void {
  const parts = lines(box);
  parts.name.textContent = name;
  parts.stance.dataset.category = category;
  (parts.stance.lastChild as Text).data = CATEGORY_LABEL[category];
  // A malformed entry gives a tooltip without summaries, never an exception in the pointer handler.
  const relations: readonly { summary: string }[] = Array.isArray(country?.relations) ? country.relations : [];
  const summaries = relations.map((relation) => String(relation.summary));
  const shown = parts.summaries.children;
  while (shown.length > summaries.length) shown[shown.length - 1]?.remove();
  summaries.forEach((text, i) => {
    const line = shown[i] ?? parts.summaries.appendChild(span(box.ownerDocument, 'tooltip__summary'));
    if (line.textContent !== text) line.textContent = text;
  });
  parts.hint.hidden = !country;
}

/**
 * Puts the tooltip beside a point of the map frame, on the point's left in the right part of the frame so it
 * stays inside. Only a transform changes: the tooltip has a layer of its own and the map is not repainted.
 */
export function placeTooltip(box: HTMLElement, x: number, y: number, frameWidth: number): void {
  const left = x > frameWidth * 0.6;
  const dx = left ? `calc(${Math.round(x - OFFSET_PX)}px - 100%)` : `${Math.round(x + OFFSET_PX)}px`;
  box.style.transform = `translate(${dx}, ${Math.round(y + OFFSET_PX)}px)`;
}


export interface TooltipControl {
  /** Shows the tooltip for a shape beside a point of the map frame (CSS pixels); refills only on a new shape. */
  show(key: string, x: number, y: number, frameWidth: number): void;
  hide(): void;
  /** Where the summaries come from, once the page's program has the model; until then name and stance only. */
  describeWith(country: (key: string) => Country | undefined): void;
}

export function tooltipControl(box: HTMLElement, shapes: Readonly<Record<string, { name: string; category: Category }>>): TooltipControl {
  let shownKey: string | null = null;
  let country: (key: string) => Country | undefined = () => undefined;
  return {
    show(key, x, y, frameWidth) {
      if (shownKey !== key) {
        const shape = Object.hasOwn(shapes, key) ? shapes[key] : undefined;
        if (!shape) return this.hide();
        fillTooltip(box, { name: shape.name, category: shape.category, country: country(key) });
        shownKey = key;
      }
      placeTooltip(box, x, y, frameWidth);
      box.hidden = false;
    },
    hide() {
      shownKey = null;
      box.hidden = true;
    },
    describeWith(lookup) {
      country = lookup;
      shownKey = null;
    },
  };
}
