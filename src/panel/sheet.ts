// The panel as a bottom sheet on phones: it opens at a peek (name and every stance), grows to the quotes with
// its handle (a tap or an upward drag), shrinks or closes with a downward swipe, and keeps the map in sight.
import type { SelectionStore } from '../state/selection';

/** Below this width the panel is a bottom sheet (the stylesheet's breakpoint). */
export const SHEET_QUERY = '(max-width: 899px)';
/** A drag of the handle longer than this, in CSS pixels, is a swipe. */
const SWIPE_PX = 40;

/**
 * Follows the deck's handles and the selection; `map` is the map's frame, scrolled into view above the sheet
 * when a country opens. Returns what stops it.
 */
export function attachSheet(deck: HTMLElement, selection: SelectionStore, map: HTMLElement): () => void {
  const win = deck.ownerDocument.defaultView ?? window;
  // One query list, read at each opening (its answer follows the window): making a new one parses the query.
  const sheetQuery = typeof win.matchMedia === 'function' ? win.matchMedia(SHEET_QUERY) : null;
  const onPhone = () => sheetQuery?.matches === true;
  const expand = (expanded: boolean) => {
    // Unchanged, nothing is written: opening a country on a wide screen touches no handle.
    if (deck.classList.contains('deck--expanded') === expanded) return;
    deck.classList.toggle('deck--expanded', expanded);
    for (const handle of deck.querySelectorAll('.sheet-handle')) {
      handle.setAttribute('aria-expanded', String(expanded));
      handle.setAttribute('aria-label', expanded ? 'Show less' : 'Show the quotes');
    }
  };

  // After a country opens (or the page opens with one): the sheet starts at its peek, and the map is scrolled
  // up above it if it is hidden.
  const follow = (key: string | null) => {
    expand(false);
    if (!key || !onPhone()) return;
    win.requestAnimationFrame(() => {
      const slot = deck.querySelector<HTMLElement>('.panel-slot:not([hidden])');
      if (!slot) return;
      const sheetTop = slot.getBoundingClientRect().top;
      const box = map.getBoundingClientRect();
      const below = box.bottom + 8 - sheetTop;
      if (below > 0 || box.top < 0) win.scrollBy({ top: box.top < 0 ? box.top - 8 : Math.min(below, box.top - 8), behavior: 'instant' });
    });
  };
  follow(selection.get());
  const unsubscribe = selection.subscribe(follow);

  let drag: { y: number; id: number } | null = null;
  const onDown = (event: PointerEvent) => {
    if (!(event.target instanceof Element) || !event.target.closest('.sheet-handle, .panel__header')) return;
    drag = { y: event.clientY, id: event.pointerId };
  };
  const onUp = (event: PointerEvent) => {
    if (!drag || drag.id !== event.pointerId) return;
    const dy = event.clientY - drag.y;
    drag = null;
    if (Math.abs(dy) < SWIPE_PX) return;
    const expanded = deck.classList.contains('deck--expanded');
    if (dy < 0) expand(true);
    else if (expanded) expand(false);
    else selection.set(null);
  };
  const onClick = (event: MouseEvent) => {
    const handle = event.target instanceof Element ? event.target.closest('.sheet-handle') : null;
    if (handle) expand(!deck.classList.contains('deck--expanded'));
  };
  deck.addEventListener('pointerdown', onDown, { passive: true });
  deck.addEventListener('pointerup', onUp, { passive: true });
  deck.addEventListener('pointercancel', () => (drag = null), { passive: true });
  deck.addEventListener('click', onClick);
  return () => {
    unsubscribe();
    deck.removeEventListener('pointerdown', onDown);
    deck.removeEventListener('pointerup', onUp);
    deck.removeEventListener('click', onClick);
  };
}
