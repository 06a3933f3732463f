// The map's first answers, before any of the program has arrived. The page's inline boot script runs this in the
// <head>, so it listens from the moment the map is drawn, while the rest of the page still streams in and the
// program loads:
// - a mouse or pen over a country shows the country's name in the map's tooltip;
// - a click or tap on the map is kept, as a point in the map's frame, for the core to answer once it starts
//   (pointer.ts), with the same hit test as any later tap: a tiny country's wider target counts there too.
// The core marks <html data-core> when it takes over (core.ts); these listeners then take themselves off.
//
// The build inlines this function's source (scripts/boot.ts), so it uses nothing from outside its own body: no
// imports and no module-level names.

/** The attribute on <html> that keeps a click or tap made before the core started: "x y", CSS px in the frame. */
export const KEPT_TAP_ATTRIBUTE = 'data-tapped';

export function answerBeforeProgram(doc: Document): void {
  const root = doc.documentElement;
  const types = ['pointerover', 'pointermove', 'pointerout', 'click'];
  const listen = (event: Event) => {
    if ('core' in root.dataset) {
      for (const type of types) doc.removeEventListener(type, listen, true);
      return;
    }
    const { clientX, clientY, pointerType } = event as PointerEvent;
    const target = event.target instanceof Element ? event.target : null;
    const frame = target?.closest('.map-canvas')?.closest('.map-frame');
    if (event.type === 'click') {
      if (!frame) return;
      const view = frame.getBoundingClientRect();
      root.setAttribute('data-tapped', `${(clientX - view.left).toFixed(1)} ${(clientY - view.top).toFixed(1)}`);
      return;
    }
    const box = doc.getElementById('map-tooltip');
    // A finger answers on its tap, not on its way across the map.
    if (!box || pointerType === 'touch') return;
    const name = target?.closest('[data-key]')?.getAttribute('data-name');
    if (!frame || !name || event.type === 'pointerout') {
      box.hidden = true;
      return;
    }
    // Beside the pointer, inside the frame; the core's card later stands beside the whole country.
    const view = frame.getBoundingClientRect();
    const x = Math.max(0, Math.min(clientX - view.left + 12, view.width - 256));
    const y = Math.max(0, Math.min(clientY - view.top + 12, view.height - 84));
    const line = doc.createElement('strong');
    line.className = 'tooltip__name';
    line.textContent = name;
    box.replaceChildren(line);
    box.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
    box.hidden = false;
  };
  for (const type of types) doc.addEventListener(type, listen, { capture: true, passive: true });
}

/** The point a click or tap was kept at before the core started (and forgets it), or null. */
export function takeKeptTap(doc: Document): { x: number; y: number } | null {
  const root = doc.documentElement;
  const kept = root.getAttribute(KEPT_TAP_ATTRIBUTE);
  root.removeAttribute(KEPT_TAP_ATTRIBUTE);
  const [x, y, ...rest] = (kept ?? '').split(' ').map(Number);
  return kept && x !== undefined && y !== undefined && !rest.length && Number.isFinite(x) && Number.isFinite(y) ? { x, y } : null;
}

/** The attribute on <html> once the map's markup is whole, and the stylesheet shows it. */
export const MAP_WHOLE_ATTRIBUTE = 'data-map';

/**
 * Marks <html data-map> once the map's markup is whole: the panels' deck, which comes after the map, its outlines
 * and its zoom buttons, has begun (or the document is parsed). The parser may stop for a frame in the middle of
 * the map's markup, and that frame would show shapes without their labels and markers, or only some of the
 * shapes; until the mark, the stylesheet keeps the map's canvas invisible (its box is there from the start), so
 * the first frame that shows it shows all of it.
 */
export function revealWhenWhole(doc: Document): void {
  const reveal = () => {
    whole.disconnect();
    doc.documentElement.setAttribute('data-map', '');
  };
  const whole = new MutationObserver(() => {
    if (doc.querySelector('.deck')) reveal();
  });
  whole.observe(doc, { childList: true, subtree: true });
  // Whatever the markup, the map shows once the document is parsed.
  doc.addEventListener('DOMContentLoaded', reveal);
}

/** What the map's first view needs, worked out at build time from the same facts and code as the core's. */
export interface EarlyView {
  /** The media query of a phone's square map (session.ts PHONE_QUERY). */
  phoneQuery: string;
  /** Where a phone's map starts (session.ts startZoom): the story's region. */
  phoneRegion: { k: number; x: number; y: number };
  /** The viewBox's size. */
  width: number;
  height: number;
  /** A marker's radius on screen, and the label tiers' base and count (scale.ts, geo/labels.ts). */
  markerPx: number;
  levelBase: number;
  levels: number;
}

/** The attribute a country's own page puts on the map: the phone's view that shows that country, "k x y". */
export const PHONE_VIEW_ATTRIBUTE = 'data-phone-view';

/**
 * The map's first view, given to its elements as they are parsed, before they are first painted, exactly as the
 * core would give it (core.ts: showView, or rescaleMarkers once idle), so that the core's start changes nothing on
 * screen:
 * - on a phone, the story's region (session.ts startZoom), not the whole world small in the square frame and then
 *   a zoom; on a country's own page, the view the core moves to so that the country is wholly in view (the build
 *   marks it on the map, data-phone-view); not in an embed;
 * - everywhere, markers and labels sized for the map's drawn width.
 * Not when the address names its own view: the core shows that one.
 */
export function showViewEarly(doc: Document, view: EarlyView): void {
  const win = doc.defaultView;
  if (!win || new URLSearchParams(win.location.search).has('zoom')) return;
  const region = !('embed' in doc.documentElement.dataset) && Boolean(win.matchMedia?.(view.phoneQuery).matches);
  // The view the core's showView writes (scale.ts transformFor): the region, or the page's own (data-phone-view).
  let start = view.phoneRegion;
  let transform = '';
  let scale = 0;
  const markers = () => {
    for (const marker of doc.querySelectorAll('#world-map circle[data-marker]')) marker.setAttribute('r', (view.markerPx / scale).toFixed(2));
  };
  // What depends on the map's drawn width is read in the first frame's own layout: before it, the stylesheet may
  // not have been applied yet.
  const size = () => {
    const svg = doc.getElementById('world-map');
    if (!svg) return;
    scale = ((svg.getBoundingClientRect().width || view.width) / view.width) * (region ? start.k : 1);
    svg.style.setProperty('--map-scale', scale.toFixed(4));
    const level = Math.max(0, Math.min(view.levels - 1, Math.floor(Math.log2(scale / view.levelBase)) || 0));
    svg.classList.add(`zoom-${level}`);
    markers();
  };
  /** True once the map's last part (the outlines' layer, after the markers) is parsed and given its view. */
  const apply = () => {
    const zoom = doc.querySelector('#world-map .zoom-layer');
    if (!zoom) return false;
    if (!transform) {
      const [k, x, y] = (zoom.closest('svg')?.getAttribute('data-phone-view') ?? '').split(' ').map(Number);
      if (k && Number.isFinite(k) && Number.isFinite(x) && Number.isFinite(y)) start = { k, x: x as number, y: y as number };
      transform = `translate(${view.width / 2 - start.k * start.x},${view.height / 2 - start.k * start.y}) scale(${start.k})`;
      if (region) zoom.setAttribute('transform', transform);
      win.requestAnimationFrame(size);
    }
    const overlay = doc.querySelector('.overlay-layer');
    if (!overlay) return false;
    if (region) overlay.setAttribute('transform', transform);
    // Markers parsed after the first frame was sized.
    if (scale) markers();
    return true;
  };
  const watching = new MutationObserver(() => {
    if (apply() || doc.readyState !== 'loading') watching.disconnect();
  });
  watching.observe(doc, { childList: true, subtree: true });
}
