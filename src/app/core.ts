// The map's behaviour that needs no React, attached by main.ts as soon as the pre-rendered page is there: a
// hover, a tap or a click is answered at once, before the rest of the program has loaded and hydrated.
import type { MapFacts } from '../geo/facts';
import { findMapElement, prepareShapes } from '../map/mapElement';
import { outlineDrawer, type DrawOutline } from '../map/outlines';
import { createPointer, type MapPointer } from '../map/pointer';
import { showView } from '../map/scale';
import { TOOLTIP_ID, tooltipControl, type TooltipControl } from '../map/tooltip';
import { followSelection } from '../panel/deck';
import { attachSheet } from '../panel/sheet';
import type { Session } from './session';

export interface MapCore {
  svg: SVGSVGElement;
  frame: HTMLElement;
  outline: DrawOutline;
  tooltip: TooltipControl;
  pointer: MapPointer;
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

  // The map's one tab stop starts on the open country, else on Iran, the article's subject.
  const iran = Object.entries(facts.shapes).find(([, shape]) => shape.category === 'iran')?.[0] ?? null;
  prepareShapes(svg, facts.shapes, selection.get() ?? iran);
  // The address's view, or a phone's, from the first frame: the zoom, when it starts, starts from it.
  const start = session.startZoom();
  const zoomLayer = svg.querySelector('.zoom-layer');
  if (start && zoomLayer) showView(svg, [zoomLayer, overlay], start, facts);
  const outline = outlineDrawer(svg, overlay, facts.shapes);
  const tooltip = tooltipControl(box, facts.shapes);
  followSelection(deck, facts.shapes, selection);
  attachSheet(deck, selection, frame);
  const markers = [...svg.querySelectorAll('circle[data-marker]')];
  const showSelected = (key: string | null) => {
    outline('selection', key);
    for (const marker of markers) marker.classList.toggle('is-selected', marker.getAttribute('data-marker') === key);
    // The tooltip never stands over the panel of the country it describes.
    if (key) tooltip.hide();
  };
  showSelected(selection.get());
  selection.subscribe(showSelected);

  let hovered: string | null = null;
  const pointer = createPointer(frame, facts, {
    hover(key, at) {
      if (key !== hovered) outline('hover', (hovered = key));
      if (!key || key === selection.get()) return tooltip.hide();
      tooltip.show(key, at.x, at.y, at.width);
    },
    select(key, viaPointer) {
      selection.set(key, viaPointer ? 'pointer' : 'keyboard');
    },
  });
  const core = { svg, frame, outline, tooltip, pointer };
  attached.set(svg, core);
  return core;
}
