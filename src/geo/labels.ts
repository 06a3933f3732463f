// Direct labels for the countries the article names, placed at build time without overlaps, one tier per zoom.
import type { Heart } from './hearts';
import { landAt, type Land } from './land';
import type { MarkerPlace } from './markers';
import { boxesOverlap, insideRings, segmentDistance, segmentsCross, type Box, type Ring, type Segment } from './rings';

/** A label's text height on screen, in CSS pixels, at every zoom (labels.css keeps it so). */
export const LABEL_PX = 11;
/** Screen pixels per map unit at level 0: a 375 px wide world map (a phone). Each level doubles it. */
export const LEVEL_BASE = 0.075;
/** Levels 0 (375 px wide world) to 5 (32 times that): beyond, every named country has its label inside. */
export const LEVELS = 6;
/**
 * Callouts are drawn from level 1 (a desktop's world view) up, until the name fits inside; at level 0, a
 * phone's whole world, a callout would cover the whole region.
 */
const FIRST_CALLOUT_LEVEL = 1;
/** A country this small (map units²) gets a callout when its name does not fit inside: the Levant, the Gulf. */
const CALLOUT_AREA = 2000;
/** Marker radius on screen (useZoom's MARKER_PX), for keeping labels off the markers. */
const MARKER_PX = 5;

/** The label level for a map drawn at `pxPerUnit` screen pixels per map unit (zoom × width / viewBox width). */
export function labelLevel(pxPerUnit: number): number {
  const level = Math.floor(Math.log2(pxPerUnit / LEVEL_BASE));
  return Math.max(0, Math.min(LEVELS - 1, Number.isFinite(level) ? level : 0));
}

/** The one class the map's root carries for its label level (labels.css shows each tier from it). */
export const zoomClass = (pxPerUnit: number) => `zoom-${labelLevel(pxPerUnit)}`;
export const ZOOM_CLASSES = Array.from({ length: LEVELS }, (_, level) => `zoom-${level}`);

export interface LabelCountry {
  key: string;
  name: string;
  heart: Heart;
  rings: Ring[];
  area: number;
  /** Placed first: the two parties to the war. */
  first?: boolean;
}

export interface PlacedLabel {
  key: string;
  text: string;
  /** Inside labels show from `level` up; callouts only at `level`. */
  level: number;
  kind: 'inside' | 'callout';
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** A callout's leader line, from the country's heart to the label; absent beside a marker (it has its own). */
  leader?: readonly [number, number, number, number];
}

const unitsPerPx = (level: number) => 1 / (LEVEL_BASE * 2 ** level);

/** The box a placed label's text covers at `level`, in map units. */
export const labelBox = (label: PlacedLabel, level: number): Box =>
  textBox(label.text, label.x, label.y, label.anchor, unitsPerPx(level));

/** The text's box, estimated from its length (0.6 em a character) and the font size, with a pixel's margin. */
function textBox(text: string, x: number, y: number, anchor: PlacedLabel['anchor'], u: number): Box {
  const width = (text.length * 0.6 * LABEL_PX + 2) * u;
  const half = ((LABEL_PX * 1.2) / 2) * u;
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return [x0, y - half, x0 + width, y + half];
}

const boxPoints = ([x0, y0, x1, y1]: Box): [number, number][] => {
  const mx = (x0 + x1) / 2;
  const my = (y0 + y1) / 2;
  return [[x0, y0], [mx, y0], [x1, y0], [x0, my], [mx, my], [x1, my], [x0, y1], [mx, y1], [x1, y1]];
};

/** A name fits inside when its middle half and its top and bottom middles do: its ends may spill over. */
const crossPoints = ([x0, y0, x1, y1]: Box): [number, number][] => {
  const mx = (x0 + x1) / 2;
  const my = (y0 + y1) / 2;
  const inset = (x1 - x0) * 0.25;
  return [[mx, y0], [x0 + inset, my], [mx, my], [x1 - inset, my], [mx, y1]];
};

const markerBox = (m: MarkerPlace, u: number, margin = 1): Box => {
  const r = (MARKER_PX + margin) * u;
  return [m.x - r, m.y - r, m.x + r, m.y + r];
};

interface Candidate {
  x: number;
  y: number;
  anchor: PlacedLabel['anchor'];
  box: Box;
  /** Lower is better: distance, plus land under the text. */
  cost: number;
  leader: boolean;
}

function calloutCandidates(
  country: LabelCountry,
  marker: MarkerPlace | undefined,
  land: Land,
  named: ReadonlySet<string>,
  u: number,
): Candidate[] {
  const candidates: Candidate[] = [];
  const gap = 3 * u;
  // A name over another country misleads, most of all over one the article names too: those count double.
  const landShare = (box: Box) =>
    boxPoints(box).reduce((sum, [x, y]) => {
      const under = landAt(land, x, y);
      return sum + (under === null || under === country.key ? 0 : named.has(under) ? 2 : 1);
    }, 0) / 9;
  const add = (x: number, y: number, anchor: PlacedLabel['anchor'], distance: number, leader: boolean) => {
    const box = textBox(country.name, x, y, anchor, u);
    candidates.push({ x, y, anchor, box, cost: 1.5 * distance + 40 * u * landShare(box) + (leader ? 8 * u : 0), leader });
  };
  if (marker) {
    // Beside the marker, on the side away from the country.
    const r = (MARKER_PX + 2) * u;
    const away = marker.x <= country.heart.x;
    add(away ? marker.x - r : marker.x + r, marker.y, away ? 'end' : 'start', 0, false);
    add(away ? marker.x + r : marker.x - r, marker.y, away ? 'start' : 'end', 4 * u, false);
    add(marker.x, marker.y - r - 4 * u, 'middle', 6 * u, false);
    add(marker.x, marker.y + r + 4 * u, 'middle', 6 * u, false);
  }
  for (const px of [14, 22, 32, 46, 64, 84]) {
    for (let i = 0; i < 16; i++) {
      const angle = (i * Math.PI) / 8;
      const cos = Math.cos(angle);
      const x = country.heart.x + cos * px * u;
      const y = country.heart.y + Math.sin(angle) * px * u;
      const anchor = cos > 0.3 ? 'start' : cos < -0.3 ? 'end' : 'middle';
      add(anchor === 'start' ? x + gap : anchor === 'end' ? x - gap : x, y, anchor, px * u, true);
    }
  }
  return candidates;
}

/**
 * Greedy placement, level by level: first every name that fits inside its own country and clear of the labels
 * already placed (the parties to the war first, then by area); then, at the lower levels, callouts for the
 * small countries still unlabelled, clear of labels, markers and every named country's heart.
 */
export function placeLabels(countries: readonly LabelCountry[], markers: readonly MarkerPlace[], land: Land): PlacedLabel[] {
  const order = [...countries].sort((a, b) => Number(b.first ?? false) - Number(a.first ?? false) || b.area - a.area);
  const labels: PlacedLabel[] = [];
  const insideFrom = new Map<string, number>();
  const namedKeys = new Set(countries.map((c) => c.key));
  for (let level = 0; level < LEVELS; level++) {
    const u = unitsPerPx(level);
    const taken: Box[] = markers.map((m) => markerBox(m, u));
    for (const label of labels) {
      if (label.kind === 'inside') taken.push(labelBox(label, level));
    }
    for (const country of order) {
      if (insideFrom.has(country.key)) continue;
      const box = textBox(country.name, country.heart.x, country.heart.y, 'middle', u);
      const fits = crossPoints(box).every(([x, y]) => insideRings(country.rings, x, y));
      if (!fits || taken.some((other) => boxesOverlap(box, other))) continue;
      insideFrom.set(country.key, level);
      taken.push(box);
      labels.push({ key: country.key, text: country.name, level, kind: 'inside', x: country.heart.x, y: country.heart.y, anchor: 'middle' });
    }
    if (level < FIRST_CALLOUT_LEVEL) continue;
    const hearts = countries.map((c) => c.heart);
    // The most constrained first: names that go beside a marker, then the smallest countries.
    const hasMarker = (c: LabelCountry) => markers.some((m) => m.key === c.key);
    const small = countries
      .filter((c) => !insideFrom.has(c.key) && c.area < CALLOUT_AREA)
      .sort((a, b) => Number(hasMarker(b)) - Number(hasMarker(a)) || a.area - b.area);
    const lines: Segment[] = markers.map((m) => [m.to[0], m.to[1], m.x, m.y]);
    const leaderOf = (country: LabelCountry, c: Candidate): Segment => {
      const end = c.anchor === 'start' ? c.x - 2 * u : c.anchor === 'end' ? c.x + 2 * u : c.x;
      return [country.heart.x, country.heart.y, end, c.y];
    };
    for (const country of small) {
      const marker = markers.find((m) => m.key === country.key);
      // A leader line crossing another costs as much as moving 40 px further out.
      const crossing = (c: Candidate) => (c.leader && lines.some((l) => segmentsCross(l, leaderOf(country, c))) ? 60 * u : 0);
      // Another country's marker keeps a wider berth, so that no name reads as the label of the wrong dot.
      const others = markers.filter((m) => m.key !== country.key);
      const berths = others.map((m) => markerBox(m, u, 12));
      const throughDot = (c: Candidate) =>
        c.leader && others.some((m) => { const [x1, y1, x2, y2] = leaderOf(country, c); return segmentDistance(m.x, m.y, [x1, y1], [x2, y2]) < (MARKER_PX + 2) * u; });
      const spot = calloutCandidates(country, marker, land, namedKeys, u)
        .filter(
          (c) =>
            !taken.some((other) => boxesOverlap(c.box, other)) &&
            !berths.some((berth) => boxesOverlap(c.box, berth)) &&
            !throughDot(c) &&
            !hearts.some((h) => h.x >= c.box[0] && h.x <= c.box[2] && h.y >= c.box[1] && h.y <= c.box[3]),
        )
        .map((c) => ({ ...c, cost: c.cost + crossing(c) }))
        .sort((a, b) => a.cost - b.cost)[0];
      if (!spot) continue;
      taken.push(spot.box);
      if (spot.leader) lines.push(leaderOf(country, spot));
      labels.push({
        key: country.key,
        text: country.name,
        level,
        kind: 'callout',
        x: spot.x,
        y: spot.y,
        anchor: spot.anchor,
        ...(spot.leader ? { leader: leaderOf(country, spot) } : {}),
      });
    }
  }
  return labels;
}
