// The map's behaviour that needs no React, attached by main.ts as soon as the pre-rendered page is there: a
// hover, a tap or a click is answered at once, before the rest of the program has loaded and hydrated.
import type { MapFacts } from '../geo/facts';
import { shapeOf } from '../map/mapElement';
import { SHEET_QUERY } from '../panel/sheet';
import type { Opener } from '../state/selection';
import type { Zoom } from '../state/view';
import { findMapElement, prepareShapes } from '../map/mapElement';
import { outlineDrawer, type DrawOutline } from '../map/outlines';
import { MAP_WHOLE_ATTRIBUTE, takeKeptTap } from '../map/beforeProgram';
import { createPointer, keyInFrame } from '../map/pointer';
import { rescaleMarkers, showView, viewFitting } from '../map/scale';
import { TOOLTIP_ID, tooltipControl, type FrameBox, type TooltipControl } from '../map/tooltip';
import { followSelection, layOutClosedPanels } from '../panel/deck';
import { attachSheet } from '../panel/sheet';
import type { Session } from './session';

export interface MapCore {
  svg: SVGSVGElement;
  frame: HTMLElement;
  outline: DrawOutline;
  tooltip: TooltipControl;
  /** How the map moves to a view: at once until the zoom has started, then the zoom's own (animated) way. */
  moveTo: { current: (zoom: Zoom) => void };
}

const attached = new WeakMap<SVGSVGElement, MapCore>();

/**
 * Starts pointing, outlines and the open panel on the page's map, once per map (WorldMap asks again when it
 * mounts, for pages the build did not pre-render: the tests); null while the page has no map.
 */
export function attachMap(session: Session, facts: MapFacts, doc: Document = document): MapCore | null {
  const svg = findMapElement(doc);
  const known = svg && attached.get(svg);
  if (known) return known;
  const frame = svg?.closest<HTMLElement>('.map-frame');
  const box = doc.getElementById(TOOLTIP_ID);
  const overlay = frame?.querySelector('.overlay-layer');
  const deck = doc.querySelector<HTMLElement>('.deck');
  if (!svg || !frame || !box || !overlay || !deck) return null;
  const { selection } = session.store;
  // A click or tap the boot script kept before the core started (map/beforeProgram.ts), read in the view it was
  // made in, before the address's or a phone's view is shown; it opens at the end, as if it came now.
  const kept = takeKeptTap(doc);
  const keptKey = kept ? keyInFrame(frame, facts, kept) : null;

  // The map's one tab stop starts on the open country, else on Iran, the article's subject.
  const iran = Object.entries(facts.shapes).find(([, shape]) => shape.category === 'iran')?.[0] ?? null;
  /**
   * `task` once the page is idle: by `deadline` ms at the latest, running it by a timer where there are no idle
   * callbacks; without a deadline, only if the page ever is idle (work no reader waits for).
   */
  const idle = (task: () => void, deadline?: number) => {
    const win = doc.defaultView as (Window & { requestIdleCallback?: (f: () => void, o?: { timeout: number }) => number }) | null;
    if (win?.requestIdleCallback) win.requestIdleCallback(task, deadline === undefined ? undefined : { timeout: deadline });
    else if (deadline !== undefined) setTimeout(task, 0);
  };
  // Roles, names and the tab stop on 241 shapes are for the keyboard and screen readers: set once the page is
  // idle, so the first pointer's answer does not wait behind them.
  idle(() => prepareShapes(svg, facts.shapes, selection.get() ?? iran), 1000);
  // The address's view, or a phone's, from the first frame: the zoom, when it starts, starts from it.
  const start = session.startZoom();
  const zoomLayer = svg.querySelector('.zoom-layer');
  if (start && zoomLayer) showView(svg, [zoomLayer, overlay], start, facts);
  else idle(() => rescaleMarkers(svg, facts.width, 1), 1000);
  const outline = outlineDrawer(svg, overlay, facts.shapes);
  const moveTo = {
    current: (zoom: Zoom) => {
      if (zoomLayer) showView(svg, [zoomLayer, overlay], zoom, facts);
      session.store.dispatch({ type: 'zoom', zoom });
    },
  };
  const win = doc.defaultView ?? window;
  /**
   * On a phone the open country is kept on the map, above the sheet: opened from the address, the search or the
   * host, the map pans to it if it is not wholly in view. A tap is on what the reader sees, and moves nothing.
   */
  const keepInView = (key: string | null, opener?: Opener) => {
    const shape = key && opener !== 'pointer' ? shapeOf(svg, key) : null;
    if (!shape || typeof win.matchMedia !== 'function' || !win.matchMedia(SHEET_QUERY).matches) return;
    const box = shape.getBoundingClientRect();
    const view = frame.getBoundingClientRect();
    if (box.left >= view.left && box.right <= view.right && box.top >= view.top && box.bottom <= view.bottom) return;
    const current = session.store.getView().zoom?.k ?? session.startZoom()?.k ?? 1;
    moveTo.current(viewFitting(shape.getBBox(), current, view.height / view.width || 1, facts.width));
  };
  const tooltip = tooltipControl(box, facts.shapes);
  // The boot script may have named a country in the box (src/map/beforeProgram.ts); the core's card replaces it
  // below if the pointer is still on the map.
  tooltip.hide();
  followSelection(deck, facts.shapes, selection);
  layOutClosedPanels(deck, idle);
  attachSheet(deck, selection, frame);
  const markers = [...svg.querySelectorAll('circle[data-marker]')];
  const showSelected = (key: string | null) => {
    outline('selection', key);
    for (const marker of markers) marker.classList.toggle('is-selected', marker.getAttribute('data-marker') === key);
    // The tooltip never stands over the panel of the country it describes.
    if (key) tooltip.hide();
  };
  showSelected(selection.get());
  keepInView(selection.get());
  selection.subscribe(showSelected);
  selection.subscribe(keepInView);

  let hovered: string | null = null;
  /** The hovered country's box in the frame, measured once per country and view, for the tooltip to stand beside. */
  let measured: { key: string; where: string; box: FrameBox | null } | null = null;
  const countryBox = (key: string, view: DOMRectReadOnly): FrameBox | null => {
    const where = `${view.left},${view.top},${view.width},${zoomLayer?.getAttribute('transform') ?? ''}`;
    if (measured?.key !== key || measured.where !== where) {
      const rect = shapeOf(svg, key)?.getBoundingClientRect();
      const box = rect
        ? { left: rect.left - view.left, top: rect.top - view.top, right: rect.right - view.left, bottom: rect.bottom - view.top }
        : null;
      measured = { key, where, box };
    }
    return measured.box;
  };
  createPointer(frame, facts, {
    hover(key, at, view) {
      // Reads before writes: the country's box and the tooltip's size are measured before the outline changes.
      if (!key || key === selection.get()) tooltip.hide();
      else tooltip.show(key, at, countryBox(key, view), view);
      if (key !== hovered) outline('hover', (hovered = key));
    },
    select(key, viaPointer) {
      selection.set(key, viaPointer ? 'pointer' : 'keyboard');
    },
  });
  // From here the core answers the pointer (createPointer answers a tap the boot script kept), and the boot
  // script's listeners stand down.
  doc.documentElement.dataset.core = '';
  // The map is whole by now, whatever the boot script saw (map/beforeProgram.ts revealWhenWhole).
  doc.documentElement.setAttribute(MAP_WHOLE_ATTRIBUTE, '');
  if (keptKey) selection.set(keptKey, 'pointer');
  const core = { svg, frame, outline, tooltip, moveTo };
  attached.set(svg, core);
  return core;
}
