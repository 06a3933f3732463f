// The choropleth: adopts the pre-rendered SVG and wires pointer, keyboard and zoom to the view state.
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { Category } from '../data/categories';
import { CATEGORY_LABEL } from '../data/labels';
import type { Country } from '../data/model';
import type { MapFacts } from '../geo/facts';
import { ARROWS, neighbour, type Place } from '../geo/neighbours';
import type { SelectionStore } from '../state/selection';
import type { Zoom } from '../state/view';
import { moveTabStop, prepareShapes, shapeCategory, shapeName, shapeOf } from './mapElement';
import { clientToMap, keyAtPoint, type ClientToMap } from './targets';
import { DETAIL_FROM_ZOOM, applyDetail, fetchDetail } from './detail';
import { DETAIL_FILE } from '../geo/files';
import { TOOLTIP_ID, TooltipBox, fillTooltip, placeTooltip } from './Tooltip';
import { atWorldView, useZoom, type ZoomControls } from './useZoom';

/** The outlines drawn over the map: what the pointer is on, what has keyboard focus, what is selected. */
type OutlineKind = 'hover' | 'focus' | 'selection';

export interface WorldMapProps {
  svg: SVGSVGElement;
  facts: MapFacts;
  countries: ReadonlyMap<string, Country>;
  /** The open country: the map outlines it, without rendering, whenever it changes. */
  selection: SelectionStore;
  hidden: readonly Category[];
  zoom: Zoom | null;
  embed: boolean;
  description: string;
  /** `pointer` is true for a mouse click or a tap, which leave focus on the map; Enter and Space move it on. */
  onSelect: (key: string, pointer?: boolean) => void;
  onZoom: (zoom: Zoom | null) => void;
  /** Gives the parent the zoom buttons' actions, for the search and the Middle East view. */
  controlsRef?: { current: ZoomControls | null };
}

/**
 * What a pointer crossing or pressing the map sends that nothing on the page needs from the map's shapes.
 * No touch events (d3-zoom listens for them on the SVG); mousedown and click are the map's own, below.
 */
const PASSING_EVENTS = ['mousemove', 'pointerover', 'pointerout', 'mouseover', 'mouseout', 'pointerdown', 'pointerup', 'mouseup'] as const;

/** Where a pointer event happened, as the map's hit test and its cache read it. */
interface PointerPlace {
  clientX: number;
  clientY: number;
  pageX: number;
  pageY: number;
}

/** The country shape an event happened on, if it happened on one. */
function shapeTarget(target: EventTarget): SVGGraphicsElement | null {
  return target instanceof SVGElement && target.localName === 'path' && target.hasAttribute('data-key')
    ? (target as SVGGraphicsElement)
    : null;
}

function keyboardFocus(element: Element): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    return true; // a selector engine without :focus-visible: show the ring rather than hide it
  }
}

export function WorldMap(props: WorldMapProps) {
  const { svg, facts, countries, selection, hidden, embed, onSelect } = props;
  const frame = useRef<HTMLDivElement>(null);
  const tooltip = useRef<HTMLDivElement>(null);
  const overlay = useRef<SVGGElement>(null);
  /** The shape the tooltip speaks of, so moving within one shape only moves the tooltip. */
  const tooltipKey = useRef<string | null>(null);
  const hoveredKey = useRef<string | null>(null);
  // The latest props for the listeners, which are attached once.
  const latest = useRef({ countries });
  latest.current = { countries };
  const [announcement, setAnnouncement] = useState('');
  const places = useRef<Place[] | null>(null);
  const size = useRef({ width: facts.width, height: facts.height }).current;

  useLayoutEffect(() => {
    const host = frame.current;
    if (host && svg.parentNode !== host) host.prepend(svg);
    // The map's one tab stop starts on the selected country, else on Iran, the article's subject.
    const iran = [...countries].find(([, country]) => country.category === 'iran')?.[0];
    prepareShapes(svg, selection.get() ?? iran ?? null);
    // Only on adoption: later tab stops follow focus, not selection.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [svg]);

  useEffect(() => {
    svg.setAttribute('aria-describedby', 'map-description');
  }, [svg]);

  /**
   * Draws (or clears) one of the overlay outlines along a shape's border. The outline is a <use> of the shape
   * itself, so it follows the finer borders by itself; pointing it at another country re-clones the shape
   * (under a millisecond), which measured no dearer than a class on the shape with a stroke to lay out.
   */
  const outlines = useRef(new Map<OutlineKind, Element>());
  const outline = useCallback(
    (kind: OutlineKind, key: string | null) => {
      let use = outlines.current.get(kind);
      if (!use?.isConnected) {
        use = overlay.current?.querySelector(`.${kind}-outline`) ?? undefined;
        if (use) outlines.current.set(kind, use);
      }
      if (!use) return;
      const shape = key ? shapeOf(svg, key) : null;
      if (shape) use.setAttribute('href', `#${shape.id}`);
      else use.removeAttribute('href');
    },
    [svg],
  );

  /** Shows the tooltip for a shape at a point of the frame; refills it only when the shape changes. */
  const showTooltip = (key: string, x: number, y: number, frameWidth: number) => {
    const box = tooltip.current;
    if (!box) return;
    if (tooltipKey.current !== key) {
      const shape = shapeOf(svg, key);
      if (!shape) return hideTooltip();
      fillTooltip(box, { name: shapeName(shape), category: shapeCategory(shape), country: latest.current.countries.get(key) });
      tooltipKey.current = key;
    }
    placeTooltip(box, x, y, frameWidth);
    box.hidden = false;
  };
  const hideTooltip = () => {
    tooltipKey.current = null;
    if (tooltip.current) tooltip.current.hidden = true;
  };

  const detail = useRef<'none' | 'loading' | 'done'>('none');
  const [detailFailed, setDetailFailed] = useState(false);
  const loadDetail = () => {
    if (detail.current !== 'none') return;
    detail.current = 'loading';
    fetchDetail(new URL(DETAIL_FILE, document.baseURI)).then(
      (outlines) => {
        // The outlines are <use>s of the shapes, so they follow the finer borders by themselves.
        applyDetail(svg, outlines);
        detail.current = 'done';
        setDetailFailed(false);
        places.current = null;
      },
      () => {
        detail.current = 'none';
        setDetailFailed(true);
      },
    );
  };
  const onZoomIn = (k: number) => {
    if (k >= DETAIL_FROM_ZOOM) loadDetail();
  };
  const controls = useZoom(svg, size, { embed, initial: props.zoom, onZoom: props.onZoom, onZoomIn, mirror: overlay });
  if (props.controlsRef) props.controlsRef.current = controls;

  useLayoutEffect(() => {
    const markers = [...svg.querySelectorAll('circle[data-marker]')];
    const show = (key: string | null) => {
      outline('selection', key);
      for (const marker of markers) marker.classList.toggle('is-selected', marker.getAttribute('data-marker') === key);
    };
    show(selection.get());
    return selection.subscribe(show);
  }, [svg, selection, outline]);

  const zoomLayer = useRef<SVGGElement | null>(null);
  const layer = () => (zoomLayer.current?.isConnected ? zoomLayer.current : (zoomLayer.current = svg.querySelector('.zoom-layer')));

  /** Where the pointer last was and what it meant: a click there, or the same move again, need not ask again. */
  const lastPoint = useRef<{ where: string; target: EventTarget | null; key: string | null } | null>(null);
  // The page position comes with the event: asking the window for its scroll would lay out the page mid-event.
  // Whole pixels: a pointer move comes with fractions, the click at the same spot without, and it is the same
  // spot (so a click selects what the hover showed).
  const pointKey = (event: PointerPlace) =>
    `${Math.floor(event.clientX)},${Math.floor(event.clientY)},${Math.floor(event.pageX)},${Math.floor(event.pageY)},${layer()?.getAttribute('transform') ?? ''}`;

  /** The zoom layer's client-to-map matrix, asked of the browser again only when the frame moves or zooms. */
  const toMap = useRef<{ where: string; matrix: ClientToMap | null } | null>(null);
  const toMapFor = (frameBox: DOMRectReadOnly, zoom: SVGGElement): ClientToMap | null => {
    const where = `${frameBox.left},${frameBox.top},${frameBox.width},${frameBox.height},${zoom.getAttribute('transform') ?? ''}`;
    if (toMap.current?.where !== where) toMap.current = { where, matrix: clientToMap(zoom) };
    return toMap.current.matrix;
  };

  /**
   * The country at a pointer's place; `frameBox` is the map frame's client box and `where` the place's pointKey,
   * if the caller has them already.
   */
  const point = (event: PointerPlace & { target: EventTarget | null }, frameBox?: DOMRectReadOnly, where = pointKey(event)) => {
    const last = lastPoint.current;
    if (last && last.where === where && last.target === event.target) return last.key;
    const zoom = layer();
    const box = frameBox ?? frame.current?.getBoundingClientRect();
    const key =
      zoom && box ? keyAtPoint(toMapFor(box, zoom), facts.tiny, event.clientX, event.clientY, event.target as Element) : null;
    lastPoint.current = { where, target: event.target, key };
    return key;
  };

  /** The map's tab stop follows the country clicked, moved when the reader next presses Tab (see below). */
  const pendingTabStop = useRef<string | null>(null);
  const click = (event: MouseEvent) => {
    const key = point(event);
    if (key) {
      pendingTabStop.current = key;
      // A click from a screen reader's virtual cursor has no pointer (detail 0): it moves focus like Enter.
      onSelect(key, event.detail > 0);
    }
  };

  // Pointing is handled outside React: a pointer crossing the map changes an outline and the tooltip's text,
  // a click changes the selection store, and nothing renders.
  const pointing = useRef({ point, pointKey, outline, showTooltip, hideTooltip, click });
  pointing.current = { point, pointKey, outline, showTooltip, hideTooltip, click };
  useEffect(() => {
    const host = frame.current;
    if (!host) return;
    let lastMove = '';
    const onMove = (event: PointerEvent) => {
      if (event.pointerType === 'touch') return;
      const { point, pointKey, outline, showTooltip, hideTooltip } = pointing.current;
      // A move to where the pointer already is (the browser sends one before a click) changes nothing.
      const spot = pointKey(event);
      const where = `${spot},${tooltipKey.current ?? ''}`;
      if (where === lastMove) return;
      lastMove = where;
      // Every read before any write, so the page lays out once, in its next frame, not in this handler.
      const box = host.getBoundingClientRect();
      const key = point(event, box, spot);
      if (key !== hoveredKey.current) {
        hoveredKey.current = key;
        outline('hover', key);
      }
      if (!key) return hideTooltip();
      showTooltip(key, event.clientX - box.left, event.clientY - box.top, box.width);
    };
    const onLeave = () => {
      lastMove = '';
      hoveredKey.current = null;
      pointing.current.outline('hover', null);
      pointing.current.hideTooltip();
    };
    /** The event happened on the drawn map (its shapes, markers or the SVG itself), not elsewhere on the page. */
    const onDrawnMap = (target: EventTarget | null): target is SVGElement => target instanceof SVGElement && host.contains(target);
    // A press on the map selects, it does not move focus or start a text selection: focus stays where the
    // reader had it (Tab still enters the map at the country clicked, which becomes its tab stop).
    let press: { x: number; y: number; moved: boolean } | null = null;
    const onWindowPress = (event: MouseEvent) => {
      if (!onDrawnMap(event.target)) return;
      event.preventDefault();
      press = { x: event.clientX, y: event.clientY, moved: false };
      // At the whole-world view d3-zoom starts no gesture (see useZoom) and nothing else on the page needs the
      // press, so it goes no further, like the moves; zoomed in, it goes on to d3-zoom's listener on the SVG.
      if (atWorldView(svg)) event.stopPropagation();
    };
    // A click on the drawn map selects, taken at the window like the moves. A press that moved before its
    // release was a drag that panned the map (d3-zoom then swallows the click): it selects nothing.
    const onWindowClick = (event: MouseEvent) => {
      if (!onDrawnMap(event.target)) return;
      const pressed = press;
      press = null;
      if (pressed?.moved) return;
      event.stopPropagation();
      pointing.current.click(event);
    };
    // Moves over the map are taken at the window, before anything else sees them, and those over the drawn map
    // go no further, nor do the other events of PASSING_EVENTS: nothing on the page listens for them there, and
    // React's root listener would otherwise look for a handler on each. (d3-zoom's drag listeners sit on the
    // window itself, so they still hear them.)
    const onWindowMove = (event: PointerEvent) => {
      // A press is a drag once the pointer leaves its spot, wherever it goes (a release comes after a move).
      if (press && (event.clientX !== press.x || event.clientY !== press.y)) press.moved = true;
      const target = event.target;
      if (!(target instanceof Node) || !host.contains(target)) return;
      onMove(event);
      if (target instanceof SVGElement) event.stopPropagation();
    };
    const keepInMap = (event: Event) => {
      if (onDrawnMap(event.target)) event.stopPropagation();
    };
    window.addEventListener('pointermove', onWindowMove, true);
    window.addEventListener('click', onWindowClick, true);
    window.addEventListener('mousedown', onWindowPress, true);
    for (const type of PASSING_EVENTS) window.addEventListener(type, keepInMap, true);
    host.addEventListener('pointerleave', onLeave);
    return () => {
      window.removeEventListener('pointermove', onWindowMove, true);
      window.removeEventListener('click', onWindowClick, true);
      window.removeEventListener('mousedown', onWindowPress, true);
      for (const type of PASSING_EVENTS) window.removeEventListener(type, keepInMap, true);
      host.removeEventListener('pointerleave', onLeave);
    };
  }, [svg]);

  // The map's tab stop follows the country clicked, moved when the reader next presses Tab: a click that is
  // never followed by the keyboard costs no attribute changes on the shapes.
  useEffect(() => {
    const onTab = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Tab' || !pendingTabStop.current) return;
      moveTabStop(svg, pendingTabStop.current);
      pendingTabStop.current = null;
    };
    document.addEventListener('keydown', onTab, true);
    return () => document.removeEventListener('keydown', onTab, true);
  }, [svg]);

  const placesNow = () =>
    (places.current ??= [...svg.querySelectorAll<SVGPathElement>('path[data-key]')].map((path) => {
      const box = path.getBBox();
      return { key: path.getAttribute('data-key') ?? '', x: box.x + box.width / 2, y: box.y + box.height / 2 };
    }));

  const showFor = (path: SVGGraphicsElement) => {
    const box = frame.current?.getBoundingClientRect();
    const shapeBox = path.getBoundingClientRect();
    const key = path.getAttribute('data-key');
    if (!box || !key) return;
    const x = shapeBox.left + shapeBox.width / 2 - box.left;
    showTooltip(key, x, shapeBox.top + shapeBox.height / 2 - box.top, box.width);
  };

  const onFocus = (event: FocusEvent) => {
    const path = shapeTarget(event.target);
    if (!path) return;
    // The country with focus is the tab stop (roving tabindex), whatever was clicked before.
    pendingTabStop.current = null;
    const key = path.getAttribute('data-key');
    if (key) moveTabStop(svg, key);
    path.setAttribute('aria-describedby', TOOLTIP_ID);
    // Focus a script moves after a click (closing a panel with its button, say) gets no ring: the ring, the
    // centred tooltip and the announcement are for keyboard focus.
    if (!keyboardFocus(path)) return;
    outline('focus', path.getAttribute('data-key'));
    showFor(path);
    setAnnouncement(`${shapeName(path)}: ${CATEGORY_LABEL[shapeCategory(path)]}`);
  };

  const onBlur = () => {
    outline('focus', null);
    hideTooltip();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const path = shapeTarget(event.target);
    const key = path?.getAttribute('data-key');
    if (!key) return;
    const direction = ARROWS[event.key];
    if (direction) {
      event.preventDefault();
      const all = placesNow();
      const from = all.find((p) => p.key === key);
      const next = from ? neighbour(all, from, direction) : null;
      if (next) moveTabStop(svg, next.key)?.focus();
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(key);
    }
  };

  const classes = ['map', ...hidden.map((c) => `hide-${c}`)].join(' ');

  return (
    <div className={classes}>
      <div
        ref={frame}
        className="map-frame"
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        onBlur={onBlur}
      >
        {/* The outlines live in a layer of their own over the map: drawing one never repaints the countries. */}
        <svg className="map-overlay" viewBox={`0 0 ${facts.width} ${facts.height}`} aria-hidden="true" focusable="false">
          {/* tabIndex -1: a <use> of the map's tab stop would otherwise be a tab stop of its own. */}
          <g className="overlay-layer" ref={overlay}>
            <use className="hover-outline" tabIndex={-1} />
            <use className="selection-outline" tabIndex={-1} />
            <use className="focus-outline" tabIndex={-1} />
          </g>
        </svg>
        <TooltipBox ref={tooltip} />
      </div>
      <p id="map-description" className="visually-hidden">
        {props.description}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {detailFailed ? (
        <p className="failure failure--inline" role="alert">
          The detailed borders could not be loaded; the map shows simpler ones.{' '}
          <button type="button" onClick={loadDetail}>
            Retry
          </button>
        </p>
      ) : null}
      <div className="zoom-controls" role="group" aria-label="Zoom">
        <button type="button" onClick={() => controls.zoomBy(2)} aria-label="Zoom in">
          +
        </button>
        <button type="button" onClick={() => controls.zoomBy(0.5)} aria-label="Zoom out">
          −
        </button>
        <button type="button" onClick={() => controls.zoomTo(facts.middleEast)}>
          Middle East
        </button>
        <button type="button" onClick={() => controls.zoomTo(null)}>
          World
        </button>
      </div>
    </div>
  );
}
