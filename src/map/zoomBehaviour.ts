// d3-zoom on the drawn map: wheel, pinch, drag and the buttons' transitions. Loaded when the page is idle or at
// the first zoom, so the first paint and the first answer never wait for it.
import { select } from 'd3-selection';
import 'd3-transition';
import { zoom as d3zoom, zoomIdentity, zoomTransform, type ZoomTransform } from 'd3-zoom';
import { MAX_ZOOM, MIN_ZOOM, type Zoom } from '../state/view';
import { rescaleMarkers } from './scale';

export function toTransform(zoom: Zoom | null, width: number, height: number): ZoomTransform {
  if (!zoom) return zoomIdentity;
  return zoomIdentity.translate(width / 2 - zoom.k * zoom.x, height / 2 - zoom.k * zoom.y).scale(zoom.k);
}

export function fromTransform(t: ZoomTransform, width: number, height: number): Zoom | null {
  if (t.k <= MIN_ZOOM + 0.001) return null;
  return { k: t.k, x: (width / 2 - t.x) / t.k, y: (height / 2 - t.y) / t.k };
}

const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

export interface ZoomOptions {
  size: { width: number; height: number };
  embed: boolean;
  /** The view it starts from: the one the page already shows. */
  start: Zoom | null;
  /** The layer drawn over the map (the outlines), which follows every step. */
  mirror: SVGGElement | null;
  onZoom: (zoom: Zoom | null) => void;
  /** Every step past the whole world: where finer outlines get loaded. */
  onZoomIn: (k: number) => void;
}

export interface ZoomHandle {
  /** The current scale. */
  scale(): number;
  zoomBy(factor: number): void;
  zoomTo(zoom: Zoom | null): void;
  detach(): void;
}

export function attachZoom(svg: SVGSVGElement, options: ZoomOptions): ZoomHandle {
  const layer = svg.querySelector<SVGGElement>('.zoom-layer');
  const { width, height } = options.size;
  let startedAt: ZoomTransform | null = null;
  const zoom = d3zoom<SVGSVGElement, unknown>()
    .extent([
      [0, 0],
      [width, height],
    ])
    .scaleExtent([MIN_ZOOM, MAX_ZOOM])
    .translateExtent([
      [0, 0],
      [width, height],
    ])
    .filter((event: Event) => {
      // In an embed a plain wheel scrolls the host page; ctrl+wheel (a trackpad's pinch) zooms.
      if (event.type === 'wheel') return !options.embed || (event as WheelEvent).ctrlKey;
      // A finger scrolls the page (the page never traps scrolling); two fingers pinch or pan the map.
      if (event.type === 'touchstart') return (event as TouchEvent).touches.length > 1;
      // d3's drag needs the event's window; synthetic events without one (jsdom) cannot start a pan.
      if (!(event as UIEvent).view) return false;
      // At the whole-world view there is nowhere to pan to: a press there is only a click.
      if (event.type === 'mousedown' && zoomTransform(svg).k <= MIN_ZOOM) return false;
      return !(event as MouseEvent).button && !(event as MouseEvent).ctrlKey;
    })
    .on('zoom', (event: { transform: ZoomTransform }) => {
      const transform = event.transform.toString();
      layer?.setAttribute('transform', transform);
      options.mirror?.setAttribute('transform', transform);
      svg.style.setProperty('--k', String(event.transform.k));
      rescaleMarkers(svg, width, event.transform.k);
      if (event.transform.k > 1) options.onZoomIn(event.transform.k);
    })
    .on('start', (event: { transform: ZoomTransform }) => {
      startedAt = event.transform;
    })
    .on('end', (event: { transform: ZoomTransform }) => {
      // A click is a gesture that went nowhere: the view is the same, so nothing is told and nothing renders.
      const { k, x, y } = event.transform;
      if (startedAt && startedAt.k === k && startedAt.x === x && startedAt.y === y) return;
      options.onZoom(fromTransform(event.transform, width, height));
    });
  const selection = select(svg);
  selection.call(zoom).on('dblclick.zoom', null);
  // The view the page already shows (d3-zoom starts at the whole world); nothing is reported for it.
  if (options.start) zoom.transform(selection, toTransform(options.start, width, height));
  const animate = (duration: number) => (reducedMotion() ? selection : selection.transition().duration(duration));
  return {
    scale: () => zoomTransform(svg).k,
    zoomBy: (factor) => zoom.scaleBy(animate(250), factor),
    zoomTo: (target) => zoom.transform(animate(400), toTransform(target, width, height)),
    detach: () => {
      selection.on('.zoom', null);
    },
  };
}
