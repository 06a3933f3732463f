// Every country's panel, rendered once and kept hidden but for the open one (./deck shows and hides them, so
// opening a country renders nothing). Shapes the article does not name share one panel whose words are refilled.
import type { Country } from '../data/model';
import type { ShapeFact } from '../geo/facts';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { CountryPanel } from './CountryPanel';
import { UNNAMED_SLOT } from './deck';

export interface PanelDeckProps {
  /** The dataset's countries by atlas key. */
  countries: ReadonlyMap<string, Country>;
  shapes: Readonly<Record<string, ShapeFact>>;
  headline: string;
  /** The panel shown as the page arrives: the country of a country's own page, else none. */
  open: string | null;
  onClose: () => void;
  /** A quote's "Read in context": the Article view at that passage. */
  onReadInContext: (quoteId: string) => void;
}

export function PanelDeck({ countries, shapes, headline, open, onClose, onReadInContext }: PanelDeckProps) {
  // Only countries drawn on the map can be opened; the notes list the others.
  const entries = [...countries].filter(([key]) => Object.hasOwn(shapes, key));
  return (
    <div className="deck">
      {/* Which panel shows is ./deck's from the first moment (the address may open one before React hydrates):
          React renders where they start and never compares or sets their `hidden` again. */}
      <aside className="hint" aria-label="How to read the map" hidden={open !== null} suppressHydrationWarning>
        <p>Select a country to read what the article says about it, in its own words.</p>
      </aside>
      {entries.map(([key, country]) => (
        <div className="panel-slot" data-panel={key} key={key} hidden={key !== open} suppressHydrationWarning>
          <SheetHandle />
          <ErrorBoundary what={`The details of ${country.name}`}>
            <CountryPanel
              name={shapes[key]?.name ?? country.name}
              category={country.category}
              country={country}
              headline={headline}
              headingId={`panel-title-${key}`}
              onClose={onClose}
              onReadInContext={onReadInContext}
            />
          </ErrorBoundary>
        </div>
      ))}
      <div className="panel-slot" data-panel={UNNAMED_SLOT} hidden suppressHydrationWarning>
        <SheetHandle />
        <CountryPanel
          name=""
          category="none"
          country={undefined}
          headline={headline}
          headingId={`panel-title-${UNNAMED_SLOT}`}
          onClose={onClose}
        />
      </div>
    </div>
  );
}

/** The sheet's handle on phones (./sheet makes it work): shows the quotes, or fewer of them. */
function SheetHandle() {
  return (
    <button type="button" className="sheet-handle" aria-expanded="false" aria-label="Show the quotes">
      <span className="sheet-handle__grip" aria-hidden="true" />
    </button>
  );
}
