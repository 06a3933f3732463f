// Shows the open country's panel, without React: every panel is in the page from the start, all but one hidden.
import type { ShapeFact } from '../geo/facts';
import type { Opener, SelectionStore } from '../state/selection';
import { fillUnnamedPanel } from './unnamed';

/** The slot of the panel shared by every shape the article does not name. */
export const UNNAMED_SLOT = 'unnamed';

/**
 * Follows the selection: shows the slot of the open country (or the shared one, refilled, for a shape the
 * article does not name) and hides the last. The keyboard, the search and the table move focus into what
 * they opened; a click, a tap or the address do not. Returns what stops it.
 */
export function followSelection(
  deck: HTMLElement,
  shapes: Readonly<Record<string, ShapeFact>>,
  selection: SelectionStore,
): () => void {
  const slots = new Map<string, HTMLElement>();
  for (const slot of deck.querySelectorAll<HTMLElement>('[data-panel]')) slots.set(slot.dataset.panel ?? '', slot);
  const hint = deck.querySelector<HTMLElement>('.hint');
  let shown: HTMLElement | null = null;
  const show = (key: string | null, opener: Opener | null) => {
    const shape = key && Object.hasOwn(shapes, key) ? shapes[key] : undefined;
    let slot = key && shape ? (slots.get(key) ?? null) : null;
    if (shape && !slot) {
      slot = slots.get(UNNAMED_SLOT) ?? null;
      const section = slot?.querySelector<HTMLElement>('.panel');
      if (section) fillUnnamedPanel(section, shape.name, shape.category);
    }
    if (shown && shown !== slot) shown.hidden = true;
    if (slot) slot.hidden = false;
    if (hint) hint.hidden = slot !== null;
    shown = slot;
    // The heading names the panel: focus lands there, not on the sheet's handle before it.
    if (slot && opener === 'keyboard') (slot.querySelector<HTMLElement>('h2') ?? slot.querySelector<HTMLElement>('button'))?.focus();
  };
  show(selection.get(), null);
  return selection.subscribe(show);
}

/**
 * Where the stylesheet keeps closed panels laid out (wide screens: `content-visibility: hidden`, which keeps what
 * was laid out), lays out one closed panel at each idle moment, so that opening any country later only shows it.
 * The first paint skips the closed panels; without this, a country's first opening laid its panel out in the
 * click's own frame. On phones and in embeds closed panels are not displayed at all, and nothing is done.
 */
export function layOutClosedPanels(deck: HTMLElement, idle: (task: () => void) => void): void {
  const view = deck.ownerDocument.defaultView;
  const closed = [...deck.querySelectorAll<HTMLElement>(':scope > .panel-slot[hidden]')];
  const next = () => {
    const slot = closed.shift();
    if (!slot) return;
    if (slot.hidden) {
      if (view?.getComputedStyle(slot).contentVisibility !== 'hidden') return;
      // Asked where an element inside it is, the browser lays the closed panel out and keeps the result.
      slot.querySelector('.panel')?.getBoundingClientRect();
    }
    idle(next);
  };
  idle(next);
}
