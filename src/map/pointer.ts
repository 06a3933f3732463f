// Pointing at the drawn map — hover, tap and click — without React, so it answers from the first frame on.
import type { MapFacts } from '../geo/facts';
import { clientToMap, keyAtPoint, type ClientToMap } from './targets';

/** Where a pointer event happened, as the map's hit test and its cache read it. */
interface PointerPlace {
  clientX: number;
  clientY: number;
  target: EventTarget | null;
}

export interface PointerHandlers {
  /** The pointer is over `key` (null: over nothing) at a point of the map frame (CSS pixels; `frame` its box). */
  hover: (key: string | null, at: { x: number; y: number }, frame: DOMRectReadOnly) => void;
  /** A click or tap on `key`; `pointer` is false for a click from a screen reader's virtual cursor. */
  select: (key: string, pointer: boolean) => void;
}


/**
 * The country a click at `at` (CSS pixels in the map frame) means in the map as it is drawn now: the same hit test
 * as a click's, so off every shape a tiny country's wider target counts. For a click made before this code ran.
 */
export function keyInFrame(frame: HTMLElement, facts: Pick<MapFacts, 'tiny' | 'named'>, at: { x: number; y: number }): string | null {
  const box = frame.getBoundingClientRect();
  const clientX = box.left + at.x;
  const clientY = box.top + at.y;
  const doc = frame.ownerDocument;
  const under = typeof doc.elementFromPoint === 'function' ? doc.elementFromPoint(clientX, clientY) : null;
  const zoom = frame.querySelector<SVGGElement>('.zoom-layer');
  return keyAtPoint(zoom ? clientToMap(zoom) : null, facts.tiny, clientX, clientY, under, new Set(facts.named));
}

/**
 * Listens on the map frame. Moves are passive and cheap: the shape under the pointer comes from the event's
 * target, and only off every shape does a near-miss of a tiny country count (keyAtPoint). A press that moves
 * before its release is a pan, not a click.
 */
export function createPointer(frame: HTMLElement, facts: Pick<MapFacts, 'tiny' | 'named'>, handlers: PointerHandlers): void {
  let layer: SVGGElement | null = null;
  const zoomLayer = () => (layer?.isConnected ? layer : (layer = frame.querySelector<SVGGElement>('.zoom-layer')));
  /** The zoom layer's client-to-map matrix, asked of the browser again only when the frame moves or zooms. */
  let toMap: { where: string; matrix: ClientToMap | null } | null = null;
  const matrixFor = (box: DOMRectReadOnly, zoom: SVGGElement) => {
    const where = `${box.left},${box.top},${box.width},${box.height},${zoom.getAttribute('transform') ?? ''}`;
    if (toMap?.where !== where) toMap = { where, matrix: clientToMap(zoom) };
    return toMap.matrix;
  };
  const keyAt = (event: PointerPlace, box: DOMRectReadOnly) => {
    const zoom = zoomLayer();
    const under = event.target instanceof Element ? event.target : null;
    return keyAtPoint(zoom ? matrixFor(box, zoom) : null, facts.tiny, event.clientX, event.clientY, under, named);
  };

  const named = new Set(facts.named);
  let hovered: string | null | undefined;
  const onMove = (event: PointerEvent) => {
    // A finger answers on its tap (click), not on its way across the map.
    if (event.pointerType === 'touch') return;
    if (press && (event.clientX !== press.x || event.clientY !== press.y)) press.moved = true;
    const box = frame.getBoundingClientRect();
    const key = keyAt(event, box);
    hovered = key;
    handlers.hover(key, { x: event.clientX - box.left, y: event.clientY - box.top }, box);
  };
  const onLeave = () => {
    if (hovered === null) return;
    hovered = null;
    handlers.hover(null, { x: 0, y: 0 }, frame.getBoundingClientRect());
  };

  let press: { x: number; y: number; moved: boolean } | null = null;
  const onDown = (event: PointerEvent) => {
    press = { x: event.clientX, y: event.clientY, moved: false };
  };
  const onClick = (event: MouseEvent) => {
    if (!(event.target instanceof SVGElement)) return;
    const pressed = press;
    press = null;
    if (pressed?.moved) return;
    const key = keyAt(event, frame.getBoundingClientRect());
    if (key) handlers.select(key, event.detail > 0);
  };
  // A press on the map selects; it neither moves focus nor starts a text selection. It goes on to d3-zoom on the
  // map, and is stopped on its way back up, which spares React's root listener.
  const onMouseDown = (event: MouseEvent) => {
    if (!(event.target instanceof SVGElement) || !event.target.closest('.map-canvas')) return;
    event.preventDefault();
    event.stopPropagation();
  };

  // A pointer that came to rest on the map while the page loaded moved before this code ran. It is answered now,
  // from the browser's own hover state, as a stylesheet's :hover would be, not at its next move. The shape under it
  // wins, as on a move; the tooltip stands beside the country until the pointer moves again.
  if (frame.matches(':hover')) {
    const resting = [...frame.querySelectorAll('.zoom-layer [data-key]:hover')].pop();
    if (resting) {
      const box = frame.getBoundingClientRect();
      const shape = resting.getBoundingClientRect();
      const clientX = Math.min(Math.max((shape.left + shape.right) / 2, box.left), box.right);
      const clientY = Math.min(Math.max((shape.top + shape.bottom) / 2, box.top), box.bottom);
      const key = keyAt({ target: resting, clientX, clientY }, box);
      hovered = key;
      handlers.hover(key, { x: clientX - box.left, y: clientY - box.top }, box);
    }
  }

  // Pointing at the drawn map concerns this module alone: moves, crossings, presses and clicks are caught at the
  // window, in the capture phase, answered there and stopped, so that neither React's root listener nor any other
  // listener on the way down runs for them (about a quarter of a throttled hover's script). A press down with the
  // mouse goes on to the map: d3-zoom starts a drag from it, then follows the drag and swallows the click that
  // ends it with its own listeners on the window, which still hear every event.
  const view = frame.ownerDocument.defaultView;
  const onMapOnly = (event: Event) => {
    const target = event.target;
    if (!(target instanceof SVGElement) || !frame.contains(target) || !target.closest('.map-canvas')) return;
    event.stopPropagation();
    if (event.type === 'pointermove') onMove(event as PointerEvent);
    else if (event.type === 'pointerdown') onDown(event as PointerEvent);
    else if (event.type === 'click') onClick(event as MouseEvent);
  };
  for (const type of MAP_ONLY_EVENTS) view?.addEventListener(type, onMapOnly, { capture: true, passive: true });
  frame.addEventListener('pointerleave', onLeave, { passive: true });
  frame.addEventListener('mousedown', onMouseDown);
}

const MAP_ONLY_EVENTS = ['pointermove', 'pointerover', 'pointerout', 'mousemove', 'mouseover', 'mouseout', 'pointerdown', 'pointerup', 'mouseup', 'click'] as const;
