// What the build draws over the shapes for the countries the article names: hearts, markers and labels.
import { heartOf, type Heart } from './hearts';
import { placeLabels, type PlacedLabel } from './labels';
import { landOf } from './land';
import { placeMarkers, type MarkerPlace } from './markers';
import type { ShapeSet } from './shapes';
import { TINY_AREA } from './tiny';

export interface NamedCountry {
  key: string;
  /** The name the model gives it, which the label shows. */
  name: string;
  /** Labelled before the rest: the parties to the war. */
  first?: boolean;
}

export interface Annotations {
  hearts: Record<string, Heart>;
  markers: MarkerPlace[];
  labels: PlacedLabel[];
}

/** Hearts, markers and labels for `named`, measured on the shapes `set` draws. */
export function annotate(set: ShapeSet, named: readonly NamedCountry[]): Annotations {
  const land = landOf(set);
  const countries = named.flatMap((country) => {
    const shape = set.shapes.find((s) => s.key === country.key);
    const rings = land.find((l) => l.key === country.key)?.rings;
    return shape && rings ? [{ ...country, rings, area: shape.area, heart: heartOf(rings) }] : [];
  });
  const hearts = Object.fromEntries(countries.map((c) => [c.key, c.heart]));
  // Smallest first: Bahrain's marker gets the nearest sea before a larger neighbour's could take it.
  const tiny = countries.filter((c) => c.area < TINY_AREA).sort((a, b) => a.area - b.area);
  const markers = placeMarkers(land, tiny);
  return { hearts, markers, labels: placeLabels(countries, markers, land) };
}
