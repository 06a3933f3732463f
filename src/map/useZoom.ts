// d3-zoom on the pre-rendered SVG: wheel, pinch, drag and the zoom buttons, reported as a Zoom view value.
import { useLatest } from '../ui/useLatest';
import { useCallback, useEffect, useRef } from 'react';
import { select } from 'd3-selection';
import 'd3-transition';
import { zoom as d3zoom, zoomIdentity, zoomTransform, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { MAX_ZOOM, MIN_ZOOM, type Zoom } from '../state/view';
import { rescaleMarkers } from './scale';


export interface ZoomControls {
  zoomBy: (factor: number) => void;
  zoomTo: (zoom: Zoom | null) => void;
  /** Brings a small country into view; a country already easy to see is left where it is. */
  zoomToShape: (key: string) => void;
  /** Zooms in twice as close towards a point of the map (viewBox units), which becomes the view's centre. */
  zoomInTowards: (point: { x: number; y: number }) => void;
}

/** A country narrower than this share of the map's width gets zoomed to when a reader searches for it. */
const SMALL_SHARE = 0.03;

export function toTransform(zoom: Zoom | null, width: number, height: number): ZoomTransform {
  if (!zoom) return zoomIdentity;
  return zoomIdentity.translate(width / 2 - zoom.k * zoom.x, height / 2 - zoom.k * zoom.y).scale(zoom.k);
}

export function fromTransform(t: ZoomTransform, width: number, height: number): Zoom | null {
  if (t.k <= MIN_ZOOM + 0.001) return null;
  return { k: t.k, x: (width / 2 - t.x) / t.k, y: (height / 2 - t.y) / t.k };
}

/** The map shows the whole world, where there is nowhere to pan: a press there is only ever a click. */
export function atWorldView(svg: Element): boolean {
  return zoomTransform(svg).k <= MIN_ZOOM;
}

const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

export function useZoom(
  /** The drawn map, once it is in the page. */
  mapElement: () => SVGSVGElement | null,
  size: { width: number; height: number },
  options: {
    embed: boolean;
    /** The view to start from, asked for when the zoom starts (after hydration, so the address's own). */
    initial: () => Zoom | null;
    onZoom: (zoom: Zoom | null) => void;
    /** Called on every zoom step past the first: where finer outlines get loaded. */
    onZoomIn?: (k: number) => void;
    /** A layer drawn over the map (the outlines) that follows every zoom step. */
    mirror?: { current: SVGGElement | null };
  },
): ZoomControls {
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const onZoom = useLatest(options.onZoom);
  const onZoomIn = useLatest(options.onZoomIn);
  const initial = useLatest(options.initial);
  const { mirror } = options;

  useEffect(() => {
    const svg = mapElement();
    if (!svg) return;
    const layer = svg.querySelector<SVGGElement>('.zoom-layer');
    const { width, height } = size;
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
      // In an embed, a one-finger swipe or a plain wheel scrolls the host page; pinch or ctrl+wheel zooms.
      .filter((event: Event) => {
        if (event.type === 'wheel') return !options.embed || (event as WheelEvent).ctrlKey;
        // A finger scrolls the page (the page never traps scrolling); two fingers pinch or pan the map.
        if (event.type === 'touchstart') return (event as TouchEvent).touches.length > 1;
        // d3's drag needs the event's window; synthetic events without one (jsdom) cannot start a pan.
        if (!(event as UIEvent).view) return false;
        // At the whole-world view there is nowhere to pan to: a press there is only a click, and d3 need not
        // start (and end) a gesture for it.
        if (event.type === 'mousedown' && atWorldView(svg)) return false;
        return !(event as MouseEvent).button && !(event as MouseEvent).ctrlKey;
      })
      .on('zoom', (event: { transform: ZoomTransform }) => {
        const transform = event.transform.toString();
        layer?.setAttribute('transform', transform);
        mirror?.current?.setAttribute('transform', transform);
        svg.style.setProperty('--k', String(event.transform.k));
        rescaleMarkers(svg, width, event.transform.k);
        if (event.transform.k > 1) onZoomIn.current?.(event.transform.k);
      })
      .on('start', (event: { transform: ZoomTransform }) => {
        startedAt = event.transform;
      })
      .on('end', (event: { transform: ZoomTransform; sourceEvent: unknown }) => {
        // A click is a gesture that went nowhere: the view is the same, so nothing is told and nothing renders.
        const { k, x, y } = event.transform;
        if (startedAt && startedAt.k === k && startedAt.x === x && startedAt.y === y) return;
        onZoom.current(fromTransform(event.transform, width, height));
      });
    const selection = select(svg);
    selection.call(zoom).on('dblclick.zoom', null);
    svg.style.touchAction = 'pan-x pan-y';
    const start = initial.current();
    selection.call(zoom.transform, toTransform(start, width, height));
    rescaleMarkers(svg, width, start?.k ?? 1);
    behaviour.current = zoom;
    const onResize = () => rescaleMarkers(svg, width, Number(svg.style.getPropertyValue('--k')) || 1);
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(onResize) : null;
    observer?.observe(svg);
    return () => {
      observer?.disconnect();
      selection.on('.zoom', null);
      behaviour.current = null;
    };
  }, [mapElement, size, options.embed, mirror, initial, onZoom, onZoomIn]);

  const zoomBy = useCallback(
    (factor: number) => {
      const svg = mapElement();
      if (!svg || !behaviour.current) return;
      const selection = select(svg);
      if (reducedMotion()) behaviour.current.scaleBy(selection, factor);
      else behaviour.current.scaleBy(selection.transition().duration(250), factor);
    },
    [mapElement],
  );

  const zoomTo = useCallback(
    (target: Zoom | null) => {
      const svg = mapElement();
      if (!svg || !behaviour.current) return;
      const selection = select(svg);
      const transform = toTransform(target, size.width, size.height);
      if (reducedMotion()) behaviour.current.transform(selection, transform);
      else behaviour.current.transform(selection.transition().duration(400), transform);
    },
    [mapElement, size],
  );

  const zoomToShape = useCallback(
    (key: string) => {
      const path = mapElement()?.querySelector<SVGPathElement>(`path[data-key="${key}"]`);
      if (!path || typeof path.getBBox !== 'function') return;
      const box = path.getBBox();
      if (box.width > size.width * SMALL_SHARE) return;
      const k = Math.min(MAX_ZOOM, (size.width * 0.15) / Math.max(box.width, box.height * 2, 1));
      zoomTo({ k: Math.max(k, 2), x: box.x + box.width / 2, y: box.y + box.height / 2 });
    },
    [mapElement, size, zoomTo],
  );

  const zoomInTowards = useCallback(
    (point: { x: number; y: number }) => {
      const svg = mapElement();
      if (!svg) return;
      zoomTo({ k: Math.min(MAX_ZOOM, zoomTransform(svg).k * 2), x: point.x, y: point.y });
    },
    [mapElement, zoomTo],
  );

  return { zoomBy, zoomTo, zoomToShape, zoomInTowards };
}
