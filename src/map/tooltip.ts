// The hover and focus tooltip's words and place: name, every stance and one line. Hovering fills and moves the
// box directly, so a pointer crossing the map costs a few text nodes and a composited move.
import type { Category } from '../data/categories';
import type { RelationKind } from '../data/categories';
import { CATEGORY_LABEL, KIND_LABEL } from '../data/labels';
import type { Country } from '../data/model';

export const TOOLTIP_ID = 'map-tooltip';

/** The card's largest width (the stylesheet's max-width: 16rem) and its height, in CSS pixels. */
const CARD_MAX_WIDTH = 256;
const CARD_HEIGHT = 84;

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

/**
 * A compact card's words: the name, every stance the article gives the country (Yemen: "Backs Iran · Recalled its
 * ambassador") and one line of what it says; the panel has the rest. Worked out once per country (and again when
 * the summaries arrive).
 */
interface Card {
  name: string;
  category: Category;
  stance: string;
  summary: string;
}

function cardOf({ name, category, country }: TooltipContent): Card {
  // A malformed entry gives a tooltip with the category alone, never an exception in the pointer handler.
  const relations: readonly { kind: RelationKind; summary: string }[] = Array.isArray(country?.relations) ? country.relations : [];
  const stances = [...new Set(relations.map((relation) => KIND_LABEL[relation.kind] ?? ''))].filter(Boolean);
  return {
    name,
    category,
    stance: stances.length ? stances.join(' · ') : CATEGORY_LABEL[category],
    summary: relations[0] ? String(relations[0].summary) : '',
  };
}

/** The card's elements and the text nodes a hover rewrites. */
interface Lines {
  stance: HTMLElement;
  summary: HTMLElement;
  nameText: Text;
  stanceText: Text;
  summaryText: Text;
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
    const summary = span(doc, 'tooltip__summary');
    parts = { stance, summary, nameText: doc.createTextNode(''), stanceText: doc.createTextNode(''), summaryText: doc.createTextNode('') };
    name.append(parts.nameText);
    stance.append(swatch, parts.stanceText);
    summary.append(parts.summaryText);
    box.replaceChildren(name, stance, summary);
    made.set(box, parts);
  }
  return parts;
}

/** Writes a card into the box: three text nodes' data and, when it changes, the stance's category. */
function showCard(box: HTMLElement, card: Card): void {
  const parts = lines(box);
  parts.nameText.data = card.name;
  if (parts.stance.dataset.category !== card.category) parts.stance.dataset.category = card.category;
  parts.stanceText.data = card.stance;
  parts.summaryText.data = card.summary;
  parts.summary.hidden = !card.summary;
}

/** A box in the map frame's CSS pixels. */
export interface FrameBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Puts the tooltip beside the country it describes, never over it: to the right of the country's box, else to
 * its left, else below or above it; only where the country fills the frame (Russia zoomed in) does it fall back
 * to beside the pointer. It stays inside the frame. Only a transform changes, and nothing is measured: the
 * tooltip has a layer of its own and the map is not repainted.
 */
export function placeTooltip(
  box: HTMLElement,
  pointer: { x: number; y: number },
  country: FrameBox | null,
  frame: { width: number; height: number },
  /** The card's size, or an upper bound of it. */
  size: { width: number; height: number },
): void {
  const { width, height } = size;
  const clampX = (x: number) => Math.max(0, Math.min(x, frame.width - width));
  const clampY = (y: number) => Math.max(0, Math.min(y, frame.height - height));
  // A card on the left of (or above) a point is placed by its right (or bottom) edge, as wide as it really is.
  const before = (at: number) => `calc(${Math.round(at)}px - 100%)`;
  const px = (at: number) => `${Math.round(at)}px`;
  let x: string;
  let y: string;
  if (country && country.right + OFFSET_PX + width <= frame.width) {
    x = px(country.right + OFFSET_PX);
    y = px(clampY(pointer.y - height / 2));
  } else if (country && country.left - OFFSET_PX - width >= 0) {
    x = before(country.left - OFFSET_PX);
    y = px(clampY(pointer.y - height / 2));
  } else if (country && country.bottom + OFFSET_PX + height <= frame.height) {
    x = px(clampX(pointer.x - width / 2));
    y = px(country.bottom + OFFSET_PX);
  } else if (country && country.top - OFFSET_PX - height >= 0) {
    x = px(clampX(pointer.x - width / 2));
    y = before(country.top - OFFSET_PX);
  } else {
    x = pointer.x > frame.width * 0.6 ? before(pointer.x - OFFSET_PX) : px(pointer.x + OFFSET_PX);
    y = px(clampY(pointer.y + OFFSET_PX));
  }
  box.style.transform = `translate(${x}, ${y})`;
}

export interface TooltipControl {
  /**
   * Shows the tooltip for a shape, beside the shape's box (`country`, in the frame's CSS pixels, measured once per
   * shape by the caller) near the pointer's point; refills only on a new shape.
   */
  show(key: string, pointer: { x: number; y: number }, country: FrameBox | null, frame: { width: number; height: number }): void;
  hide(): void;
  /** Where the summaries come from, once the page's program has the model; until then name and stance only. */
  describeWith(country: (key: string) => Country | undefined): void;
}

export function tooltipControl(box: HTMLElement, shapes: Readonly<Record<string, { name: string; category: Category }>>): TooltipControl {
  let shownKey: string | null = null;
  /** Each country's card, made at its first hover: a pointer crossing the map only rewrites three text nodes. */
  const cards = new Map<string, Card>();
  let size = { width: CARD_MAX_WIDTH, height: CARD_HEIGHT };
  let lookup: (key: string) => Country | undefined = () => undefined;
  return {
    show(key, pointer, country, frame) {
      if (shownKey !== key) {
        const shape = Object.hasOwn(shapes, key) ? shapes[key] : undefined;
        if (!shape) return this.hide();
        let card = cards.get(key);
        if (!card) cards.set(key, (card = cardOf({ name: shape.name, category: shape.category, country: lookup(key) })));
        showCard(box, card);
        // Its largest size (the stylesheet's max-width, three lines), not a measure: a hover reads no layout.
        size = { width: Math.min(CARD_MAX_WIDTH, frame.width * 0.7), height: CARD_HEIGHT };
        shownKey = key;
      }
      box.hidden = false;
      placeTooltip(box, pointer, country, frame, size);
    },
    hide() {
      shownKey = null;
      box.hidden = true;
    },
    describeWith(countries) {
      lookup = countries;
      cards.clear();
      shownKey = null;
    },
  };
}
