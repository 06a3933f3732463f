// What keeps its size on screen while the map zooms: markers, labels and their tier; and a view set at once.
import { ZOOM_CLASSES, zoomClass } from '../geo/labels';
import type { Zoom } from '../state/view';

/** Visible marker radius in CSS pixels, whatever the zoom and the map's width. */
export const MARKER_PX = 5;

/**
 * Keeps markers MARKER_PX wide and labels their size on screen, though zooming and resizing scale map units;
 * and shows the label tier for this scale (src/geo/labels.ts, styles/labels.css).
 */
export function rescaleMarkers(svg: SVGSVGElement, mapWidth: number, k: number): void {
  const pxPerUnit = ((svg.getBoundingClientRect().width || mapWidth) / mapWidth) * k;
  for (const marker of svg.querySelectorAll('circle[data-marker]')) {
    marker.setAttribute('r', (MARKER_PX / pxPerUnit).toFixed(2));
  }
  svg.style.setProperty('--map-scale', pxPerUnit.toFixed(4));
  const tier = zoomClass(pxPerUnit);
  if (!svg.classList.contains(tier)) {
    svg.classList.remove(...ZOOM_CLASSES);
    svg.classList.add(tier);
  }
}


/** d3-zoom's transform for a view, as the attribute it writes: translate, then scale. */
export function transformFor(zoom: Zoom, width: number, height: number): string {
  return `translate(${width / 2 - zoom.k * zoom.x},${height / 2 - zoom.k * zoom.y}) scale(${zoom.k})`;
}

/** Shows a view at once, before d3-zoom has started (which then starts from the same view). */
export function showView(svg: SVGSVGElement, layers: readonly Element[], zoom: Zoom, size: { width: number; height: number }): void {
  const transform = transformFor(zoom, size.width, size.height);
  for (const layer of layers) layer.setAttribute('transform', transform);
  rescaleMarkers(svg, size.width, zoom.k);
}

/** A box in map units. */
export interface UnitsBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The view a phone's map moves to so that a country (its box in map units) is wholly in a frame of `aspect`
 * (height / width): centred on it, zoomed out from `current` as far as it needs and no further than the world.
 */
export function viewFitting(units: UnitsBox, current: number, aspect: number, mapWidth: number): Zoom {
  const fit = (0.8 * mapWidth) / Math.max(units.width, units.height / aspect, 1);
  return { k: Math.max(1, Math.min(current, fit)), x: units.x + units.width / 2, y: units.y + units.height / 2 };
}

/** Whether a box in map units is wholly in view at `zoom` in a frame of `aspect` (height / width). */
export function whollyInView(units: UnitsBox, zoom: Zoom, aspect: number, mapWidth: number): boolean {
  const halfWidth = mapWidth / (2 * zoom.k);
  const halfHeight = halfWidth * aspect;
  return (
    units.x >= zoom.x - halfWidth &&
    units.x + units.width <= zoom.x + halfWidth &&
    units.y >= zoom.y - halfHeight &&
    units.y + units.height <= zoom.y + halfHeight
  );
}
