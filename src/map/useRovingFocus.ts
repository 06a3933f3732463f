// The map as one tab stop: arrow keys move between countries, Enter or Space opens one, and the focused country
// gets an outline, the tooltip and an announcement.
import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { CATEGORY_LABEL } from '../data/labels';
import type { ShapeFact } from '../geo/facts';
import { ARROWS, neighbour, type Place } from '../geo/neighbours';
import type { SelectionStore } from '../state/selection';
import { moveTabStop } from './mapElement';
import type { DrawOutline } from './outlines';
import { TOOLTIP_ID, type TooltipControl } from './tooltip';

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

interface RovingOptions {
  /** The drawn map and what draws on it, once they are in the page. */
  handles: () => { svg: SVGSVGElement; outline: DrawOutline; tooltip: TooltipControl } | null;
  frame: { current: HTMLElement | null };
  shapes: Readonly<Record<string, ShapeFact>>;
  selection: SelectionStore;
  onOpen: (key: string) => void;
}

export function useRovingFocus({ handles, frame, shapes, selection, onOpen }: RovingOptions) {
  const [announcement, setAnnouncement] = useState('');
  const places = useRef<Place[] | null>(null);
  // The country clicked becomes the tab stop when the reader next presses Tab: a click never followed by the
  // keyboard costs no attribute changes on the shapes.
  const pendingTabStop = useRef<string | null>(null);
  useEffect(() => {
    const svg = handles()?.svg;
    if (!svg) return;
    const onTab = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Tab' || !pendingTabStop.current) return;
      moveTabStop(svg, pendingTabStop.current);
      pendingTabStop.current = null;
    };
    const unsubscribe = selection.subscribe((key, opener) => {
      if (key && opener === 'pointer') pendingTabStop.current = key;
    });
    document.addEventListener('keydown', onTab, true);
    return () => {
      unsubscribe();
      document.removeEventListener('keydown', onTab, true);
    };
  }, [handles, selection]);

  const placesNow = (svg: SVGSVGElement) =>
    (places.current ??= [...svg.querySelectorAll<SVGPathElement>('path[data-key]')].map((path) => {
          const box = path.getBBox();
          return { key: path.getAttribute('data-key') ?? '', x: box.x + box.width / 2, y: box.y + box.height / 2 };
        }));

  const onFocus = (event: FocusEvent) => {
    const path = shapeTarget(event.target);
    const key = path?.getAttribute('data-key');
    const map = handles();
    if (!path || !key || !map) return;
    const { svg, outline, tooltip } = map;
    // The country with focus is the tab stop (roving tabindex), whatever was clicked before.
    pendingTabStop.current = null;
    moveTabStop(svg, key);
    path.setAttribute('aria-describedby', TOOLTIP_ID);
    // Focus a script moves after a click (closing a panel with its button, say) gets no ring: the ring, the
    // centred tooltip and the announcement are for keyboard focus.
    if (!keyboardFocus(path)) return;
    outline('focus', key);
    const box = frame.current?.getBoundingClientRect();
    const shapeBox = path.getBoundingClientRect();
    if (box) {
      const country = { left: shapeBox.left - box.left, top: shapeBox.top - box.top, right: shapeBox.right - box.left, bottom: shapeBox.bottom - box.top };
      tooltip.show(key, { x: (country.left + country.right) / 2, y: (country.top + country.bottom) / 2 }, country, box);
    }
    const shape = shapes[key];
    if (shape) setAnnouncement(`${shape.name}: ${CATEGORY_LABEL[shape.category]}`);
  };

  const onBlur = () => {
    const map = handles();
    map?.outline('focus', null);
    map?.tooltip.hide();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const key = shapeTarget(event.target)?.getAttribute('data-key');
    const svg = handles()?.svg;
    if (!key || !svg) return;
    const direction = ARROWS[event.key];
    if (direction) {
      event.preventDefault();
      const all = placesNow(svg);
      const from = all.find((p) => p.key === key);
      const next = from ? neighbour(all, from, direction) : null;
      if (next) moveTabStop(svg, next.key)?.focus();
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(key);
    }
  };

  return { onFocus, onBlur, onKeyDown, announcement };
}
