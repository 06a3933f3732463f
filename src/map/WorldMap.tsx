// The choropleth's React shell: the pre-rendered SVG, the outline overlay, the tooltip box, zoom and keyboard.
// Pointing, outlines and the open panel are the map core's (app/core.ts), which runs before React does.
import { memo, useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { Category } from '../data/categories';
import type { MapFacts } from '../geo/facts';
import type { SelectionStore } from '../state/selection';
import type { Zoom } from '../state/view';
import type { DrawOutline } from './outlines';
import type { TooltipControl } from './tooltip';
import { TooltipBox } from './TooltipBox';
import { useFinerBorders } from './useFinerBorders';
import { useRovingFocus } from './useRovingFocus';
import { useZoom, type ZoomControls as Controls } from './useZoom';
import { ZoomControls } from './ZoomControls';

/** What the map core gives the shell once it has attached to the drawn map. */
/** The overlay's outlines, bottom to top: each ring has a halo under it. */
const OUTLINES = ['hover-outline', 'selection-halo', 'selection-outline', 'focus-halo', 'focus-outline'] as const;

export interface MapHandles {
  svg: SVGSVGElement;
  outline: DrawOutline;
  tooltip: TooltipControl;
  /** How the core moves the map; the zoom takes it over once it has started. */
  moveTo: { current: (zoom: Zoom) => void };
}

export interface WorldMapProps {
  /** The map's SVG markup: rendered into the page at build time; in the browser the page already holds it. */
  markup: string;
  facts: MapFacts;
  selection: SelectionStore;
  hidden: readonly Category[];
  /** The view to start from once the zoom starts: the address's, else the device's default. */
  startZoom: () => Zoom | null;
  embed: boolean;
  description: string;
  /** Finds the drawn map's handles once it is in the page (the core attaches on first call). */
  attach: () => MapHandles | null;
  /** Enter or Space on a country. */
  onOpen: (key: string) => void;
  onZoom: (zoom: Zoom | null) => void;
  /** Gives the parent the zoom buttons' actions, for the search and the Middle East view. */
  controlsRef?: { current: Controls | null };
}

/**
 * The drawn map. React never looks inside: the markup object is the same on every render, so React neither
 * re-sets nor (when hydrating) compares it, and the core's changes to the shapes stay.
 */
const MapCanvas = memo(function MapCanvas({ markup }: { markup: string }) {
  const [html] = useState(() => ({ __html: markup }));
  return <div className="map-canvas" dangerouslySetInnerHTML={html} suppressHydrationWarning />;
});

export function WorldMap(props: WorldMapProps) {
  const { facts, selection, hidden, embed, attach, onOpen } = props;
  const frame = useRef<HTMLDivElement>(null);
  const overlay = useRef<SVGGElement>(null);
  const mapElement = useCallback(() => attach()?.svg ?? null, [attach]);
  // Effects run children first: the core attaches here before the hooks below first ask for the map.
  useLayoutEffect(() => void attach(), [attach]);

  const borders = useFinerBorders(mapElement);
  const controls = useZoom(mapElement, facts, { embed, initial: props.startZoom, onZoom: props.onZoom, onZoomIn: borders.onZoomIn, mirror: overlay });
  // The parent's search and Middle East view use the zoom's actions; from now on the core moves the map the
  // zoom's way too (animated, and reported like any zoom).
  const { controlsRef } = props;
  useLayoutEffect(() => {
    if (controlsRef) controlsRef.current = controls;
    const core = attach();
    if (core) core.moveTo.current = controls.zoomTo;
  }, [attach, controls, controlsRef]);
  const towards = useCallback(() => {
    const key = selection.get();
    const box = key ? mapElement()?.querySelector<SVGPathElement>(`path[data-key="${CSS.escape(key)}"]`)?.getBBox() : null;
    return box ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : facts.middleEast;
  }, [selection, mapElement, facts]);
  const focus = useRovingFocus({ handles: attach, frame, shapes: facts.shapes, selection, onOpen });

  return (
    <div className={['map', ...hidden.map((c) => `hide-${c}`)].join(' ')}>
      <div ref={frame} className="map-frame" onKeyDown={focus.onKeyDown} onFocus={focus.onFocus} onBlur={focus.onBlur}>
        <MapCanvas markup={props.markup} />
        {/* The outlines live in a layer of their own over the map: drawing one never repaints the countries. */}
        <svg className="map-overlay" viewBox={`0 0 ${facts.width} ${facts.height}`} aria-hidden="true" focusable="false">
          {/* tabIndex -1: a <use> of the map's tab stop would otherwise be a tab stop of its own. What they
              point at, and the layer's transform, are the core's from the first moment (it may draw them
              before React hydrates), so React never compares those attributes. */}
          <g className="overlay-layer" ref={overlay} suppressHydrationWarning>
            {OUTLINES.map((outline) => (
              <use key={outline} className={outline} tabIndex={-1} suppressHydrationWarning />
            ))}
          </g>
        </svg>
        <TooltipBox />
      </div>
      <p id="map-description" className="visually-hidden">
        {props.description}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {focus.announcement}
      </p>
      {borders.failed ? (
        <p className="failure failure--inline" role="alert">
          The detailed borders could not be loaded; the map shows simpler ones.{' '}
          <button type="button" onClick={borders.retry}>
            Retry
          </button>
        </p>
      ) : null}
      <ZoomControls controls={controls} region={facts.middleEast} towards={towards} />
    </div>
  );
}
