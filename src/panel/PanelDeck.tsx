// Every country's panel, rendered once and kept hidden: opening a country shows its panel and hides the last
// one, and renders nothing. Shapes the article does not name share one panel whose few words are refilled.
import { useLayoutEffect, useRef } from 'react';
import type { Country } from '../data/model';
import { ErrorBoundary } from '../app/ErrorBoundary';
import { shapeCategory, shapeName, shapeOf } from '../map/mapElement';
import type { Opener, SelectionStore } from '../state/selection';
import { CountryPanel, fillUnnamedPanel } from './CountryPanel';

export interface PanelDeckProps {
  svg: SVGSVGElement;
  /** The dataset's countries by atlas key. */
  countries: ReadonlyMap<string, Country>;
  headline: string;
  selection: SelectionStore;
  onClose: () => void;
}

/** The slot of the panel shared by every shape the article does not name. */
const UNNAMED = 'unnamed';

interface Entry {
  key: string;
  name: string;
  country: Country;
  shape: SVGPathElement;
}

export function PanelDeck({ svg, countries, headline, selection, onClose }: PanelDeckProps) {
  const deck = useRef<HTMLDivElement>(null);
  // Only countries drawn on the map can be opened; the notes list the others.
  const entries: Entry[] = [];
  for (const [key, country] of countries) {
    const shape = shapeOf(svg, key);
    if (shape) entries.push({ key, name: shapeName(shape), country, shape });
  }

  useLayoutEffect(() => {
    const root = deck.current;
    if (!root) return;
    const slots = new Map<string, HTMLElement>();
    for (const slot of root.querySelectorAll<HTMLElement>('[data-panel]')) slots.set(slot.dataset.panel ?? '', slot);
    const hint = root.querySelector<HTMLElement>('.hint');
    let shown: HTMLElement | null = null;

    const show = (key: string | null, opener: Opener | null) => {
      const shape = key ? shapeOf(svg, key) : null;
      let slot = key && shape ? (slots.get(key) ?? null) : null;
      if (shape && !slot) {
        slot = slots.get(UNNAMED) ?? null;
        const section = slot?.querySelector<HTMLElement>('.panel');
        if (section) fillUnnamedPanel(section, shapeName(shape), shapeCategory(shape));
      }
      if (shown && shown !== slot) shown.hidden = true;
      if (slot) slot.hidden = false;
      if (hint) hint.hidden = slot !== null;
      shown = slot;
      // The keyboard, the search and the table move focus to what they opened; a click or a tap does not.
      if (slot && opener === 'keyboard') slot.querySelector<HTMLElement>('h2, button')?.focus();
    };
    // What the URL opened is shown before the first paint, without taking focus from the page.
    show(selection.get(), null);
    return selection.subscribe(show);
  }, [svg, selection]);

  return (
    <div className="deck" ref={deck}>
      <aside className="hint" aria-label="How to read the map">
        <p>
          Select a country to read what the article says about it, in its own words. The legend below switches
          each stance on and off.
        </p>
      </aside>
      {entries.map(({ key, name, country, shape }) => (
        <div className="panel-slot" data-panel={key} key={key} hidden>
          <ErrorBoundary what={`The details of ${name}`}>
            <CountryPanel
              name={name}
              category={shapeCategory(shape)}
              country={country}
              headline={headline}
              headingId={`panel-title-${key}`}
              onClose={onClose}
            />
          </ErrorBoundary>
        </div>
      ))}
      <div className="panel-slot" data-panel={UNNAMED} hidden>
        <CountryPanel
          name=""
          category="none"
          country={undefined}
          headline={headline}
          headingId={`panel-title-${UNNAMED}`}
          onClose={onClose}
        />
      </div>
    </div>
  );
}
