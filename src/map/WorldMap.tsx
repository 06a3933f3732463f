// The choropleth: adopts the pre-rendered SVG and wires pointer, keyboard and zoom to the view state.
import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
} from 'react';
import type { Category } from '../data/categories';
import { CATEGORY_LABEL } from '../data/labels';
import type { Country } from '../data/model';
import type { MapFacts } from '../geo/facts';
import { ARROWS, neighbour, type Place } from '../geo/neighbours';
import type { Zoom } from '../state/view';
import { moveTabStop, prepareShapes, shapeCategory, shapeName, shapeOf } from './mapElement';
import { keyAtPoint } from './targets';
import { DETAIL_FROM_ZOOM, applyDetail, fetchDetail } from './detail';
import { DETAIL_FILE } from '../geo/files';
import { TOOLTIP_ID, Tooltip } from './Tooltip';
import { useZoom, type ZoomControls } from './useZoom';

interface Pointed {
  key: string;
  x: number;
  y: number;
}

export interface WorldMapProps {
  svg: SVGSVGElement;
  facts: MapFacts;
  countries: ReadonlyMap<string, Country>;
  selected: string | null;
  hidden: readonly Category[];
  zoom: Zoom | null;
  embed: boolean;
  description: string;
  onSelect: (key: string) => void;
  onZoom: (zoom: Zoom | null) => void;
  /** Gives the parent the zoom buttons' actions, for the search and the Middle East view. */
  controlsRef?: { current: ZoomControls | null };
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
  const { svg, facts, countries, selected, hidden, embed, onSelect } = props;
  const frame = useRef<HTMLDivElement>(null);
  const [pointed, setPointed] = useState<Pointed | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const places = useRef<Place[] | null>(null);
  const size = useRef({ width: facts.width, height: facts.height }).current;

  useLayoutEffect(() => {
    const host = frame.current;
    if (host && svg.parentNode !== host) host.prepend(svg);
    // The map's one tab stop starts on the selected country, else on Iran, the article's subject.
    const iran = [...countries].find(([, country]) => country.category === 'iran')?.[0];
    prepareShapes(svg, selected ?? iran ?? null);
    // Only on adoption: later tab stops follow focus, not selection.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [svg]);

  useEffect(() => {
    svg.setAttribute('aria-describedby', 'map-description');
  }, [svg]);

  const detail = useRef<'none' | 'loading' | 'done'>('none');
  const [detailFailed, setDetailFailed] = useState(false);
  const loadDetail = () => {
    if (detail.current !== 'none') return;
    detail.current = 'loading';
    fetchDetail(new URL(DETAIL_FILE, document.baseURI)).then(
      (outlines) => {
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
  const controls = useZoom(svg, size, { embed, initial: props.zoom, onZoom: props.onZoom, onZoomIn });
  if (props.controlsRef) props.controlsRef.current = controls;

  useEffect(() => {
    const outline = svg.querySelector('.selection-outline');
    const shape = selected ? shapeOf(svg, selected) : null;
    outline?.setAttribute('d', shape?.getAttribute('d') ?? '');
    for (const marker of svg.querySelectorAll('circle[data-marker]')) {
      marker.classList.toggle('is-selected', marker.getAttribute('data-marker') === selected);
    }
  }, [svg, selected]);

  const layer = () => svg.querySelector<SVGGElement>('.zoom-layer');

  const point = (event: MouseEvent) => {
    const zoomLayer = layer();
    return zoomLayer
      ? keyAtPoint(zoomLayer, facts.tiny, event.clientX, event.clientY, event.target as Element)
      : null;
  };

  const onPointerMove = (event: PointerEvent) => {
    if (event.pointerType === 'touch') return;
    const key = point(event);
    const box = frame.current?.getBoundingClientRect();
    if (!key || !box) return setPointed(null);
    setPointed({ key, x: event.clientX - box.left, y: event.clientY - box.top });
  };

  const onClick = (event: MouseEvent) => {
    const key = point(event);
    if (key) {
      moveTabStop(svg, key);
      onSelect(key);
    }
  };

  const placesNow = () =>
    (places.current ??= [...svg.querySelectorAll<SVGPathElement>('path[data-key]')].map((path) => {
      const box = path.getBBox();
      return { key: path.getAttribute('data-key') ?? '', x: box.x + box.width / 2, y: box.y + box.height / 2 };
    }));

  const showFor = (path: SVGGraphicsElement) => {
    const box = frame.current?.getBoundingClientRect();
    const shapeBox = path.getBoundingClientRect();
    if (!box) return;
    setPointed({
      key: path.getAttribute('data-key') ?? '',
      x: shapeBox.left + shapeBox.width / 2 - box.left,
      y: shapeBox.top + shapeBox.height / 2 - box.top,
    });
  };

  const onFocus = (event: FocusEvent) => {
    const path = shapeTarget(event.target);
    if (!path) return;
    path.setAttribute('aria-describedby', TOOLTIP_ID);
    // A click focuses the shape too; the ring and the centred tooltip are for keyboard focus only.
    if (keyboardFocus(path)) {
      svg.querySelector('.focus-outline')?.setAttribute('d', path.getAttribute('d') ?? '');
      showFor(path);
    }
    setAnnouncement(`${shapeName(path)}: ${CATEGORY_LABEL[shapeCategory(path)]}`);
  };

  const onBlur = () => {
    svg.querySelector('.focus-outline')?.setAttribute('d', '');
    setPointed(null);
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

  const pointedShape = pointed ? shapeOf(svg, pointed.key) : null;
  const classes = ['map', ...hidden.map((c) => `hide-${c}`), selected ? 'has-selection' : ''].join(' ').trim();

  return (
    <div className={classes}>
      <div
        ref={frame}
        className="map-frame"
        onPointerMove={onPointerMove}
        onPointerLeave={() => setPointed(null)}
        onClick={onClick}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        onBlur={onBlur}
      >
        {pointed && pointedShape ? (
          <Tooltip
            name={shapeName(pointedShape)}
            category={shapeCategory(pointedShape)}
            country={countries.get(pointed.key)}
            x={pointed.x}
            y={pointed.y}
            frameWidth={frame.current?.clientWidth ?? 0}
          />
        ) : null}
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
