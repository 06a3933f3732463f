// The map's zoom as the page uses it: the buttons' actions, the view reported as a Zoom value, and d3-zoom
// (./zoomBehaviour) loaded when the page is idle or at the reader's first zoom, whichever comes first.
import { useCallback, useEffect, useRef } from 'react';
import { MAX_ZOOM, type Zoom } from '../state/view';
import { useLatest } from '../ui/useLatest';
import { rescaleMarkers } from './scale';
import type { ZoomHandle } from './zoomBehaviour';

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
/** The longest the zoom waits for an idle moment before it loads anyway, in ms. */
const IDLE_WAIT_MS = 3000;

type IdleWindow = Window & { requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number };

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
  const handle = useRef<Promise<ZoomHandle | null> | null>(null);
  const load = useRef<() => Promise<ZoomHandle | null>>(() => Promise.resolve(null));
  const onZoom = useLatest(options.onZoom);
  const onZoomIn = useLatest(options.onZoomIn);
  const initial = useLatest(options.initial);
  const { mirror, embed } = options;

  useEffect(() => {
    const svg = mapElement();
    if (!svg) return;
    let stopped = false;
    let attached: ZoomHandle | null = null;
    load.current = () =>
      (handle.current ??= import('./zoomBehaviour').then(
        ({ attachZoom }) => {
          if (stopped) return null;
          attached = attachZoom(svg, {
            size,
            embed,
            start: initial.current(),
            mirror: mirror?.current ?? null,
            onZoom: (zoom) => onZoom.current(zoom),
            onZoomIn: (k) => onZoomIn.current?.(k),
          });
          return attached;
        },
        // Without d3-zoom the map still reads and answers; the buttons try again next time.
        () => (handle.current = null),
      ));
    // The first gesture that zooms loads it at once; a wheel turned before it arrived is replayed to it.
    const first = () => void load.current();
    const firstWheel = (event: WheelEvent) => {
      if (embed && !event.ctrlKey) return; // in an embed a plain wheel scrolls the host page
      event.preventDefault();
      const replay = new WheelEvent('wheel', event);
      void load.current().then((zoom) => zoom && svg.dispatchEvent(replay));
    };
    const idle = window as IdleWindow;
    if (idle.requestIdleCallback) idle.requestIdleCallback(first, { timeout: IDLE_WAIT_MS });
    else setTimeout(first, IDLE_WAIT_MS);
    svg.addEventListener('wheel', firstWheel, { once: true });
    svg.addEventListener('touchstart', first, { passive: true, once: true });
    svg.style.touchAction = 'pan-x pan-y';
    const onResize = () => rescaleMarkers(svg, size.width, Number(svg.style.getPropertyValue('--k')) || initial.current()?.k || 1);
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(onResize) : null;
    observer?.observe(svg);
    return () => {
      stopped = true;
      observer?.disconnect();
      svg.removeEventListener('wheel', firstWheel);
      svg.removeEventListener('touchstart', first);
      attached?.detach();
      handle.current = null;
    };
  }, [mapElement, size, embed, mirror, initial, onZoom, onZoomIn]);

  const zoomBy = useCallback((factor: number) => void load.current().then((zoom) => zoom?.zoomBy(factor)), []);
  const zoomTo = useCallback((target: Zoom | null) => void load.current().then((zoom) => zoom?.zoomTo(target)), []);

  const zoomToShape = useCallback(
    (key: string) => {
      const path = mapElement()?.querySelector<SVGPathElement>(`path[data-key="${CSS.escape(key)}"]`);
      if (!path || typeof path.getBBox !== 'function') return;
      const box = path.getBBox();
      if (box.width > size.width * SMALL_SHARE) return;
      const k = Math.min(MAX_ZOOM, (size.width * 0.15) / Math.max(box.width, box.height * 2, 1));
      zoomTo({ k: Math.max(k, 2), x: box.x + box.width / 2, y: box.y + box.height / 2 });
    },
    [mapElement, size, zoomTo],
  );

  const zoomInTowards = useCallback(
    (point: { x: number; y: number }) =>
      void load.current().then((zoom) => zoom?.zoomTo({ k: Math.min(MAX_ZOOM, zoom.scale() * 2), x: point.x, y: point.y })),
    [],
  );

  return { zoomBy, zoomTo, zoomToShape, zoomInTowards };
}
