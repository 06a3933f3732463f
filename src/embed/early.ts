// Messages from the page that framed the map, kept from the moment the program's entry runs (main.ts) until the
// embed's listener starts (useEmbed, once the page has hydrated and the message schemas have loaded), which on a
// slow phone is a second or more later. A host that steers the map as soon as its frame has loaded is then acted
// on, in order, instead of being ignored.

/** At most this many are kept: a page that floods the frame before the map listens is not remembered whole. */
export const EARLY_MESSAGES_KEPT = 32;

/** Keeping starts once per page (and never again once the listener has taken what was kept). */
let started = false;
let kept: MessageEvent[] = [];
let stopKeeping = () => {};

/** Starts keeping what the framing page posts; nothing happens outside a frame, or a second time. */
export function keepEarlyMessages(win: Window = window): void {
  if (started || win.parent === win) return;
  started = true;
  const keep = (event: MessageEvent) => {
    // Only the framing page's: the listener checks again, but a sibling frame's need not take room here.
    if (event.source === win.parent && kept.length < EARLY_MESSAGES_KEPT) kept.push(event);
  };
  win.addEventListener('message', keep);
  stopKeeping = () => win.removeEventListener('message', keep);
}

/** What was kept, oldest first; from now on nothing more is (useEmbed listens itself). */
export function takeEarlyMessages(): MessageEvent[] {
  stopKeeping();
  started = true;
  const taken = kept;
  kept = [];
  return taken;
}
