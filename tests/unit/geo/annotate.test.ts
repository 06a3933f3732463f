// Hearts, markers and labels as the build computes them for the article's countries.
import { describe, expect, test } from 'vitest';
import { buildArticleMap, worldShapes } from '../../../scripts/mapBuild';
import { OVERVIEW_MIN_AREA, MIN_AREA } from '../../../src/geo/shapes';
import { landAt, landOf, seaAround } from '../../../src/geo/land';
import { LEVELS, ZOOM_CLASSES, labelBox, labelLevel, zoomClass, type PlacedLabel } from '../../../src/geo/labels';
import { MARKER_CLEARANCE } from '../../../src/geo/markers';
import { annotate } from '../../../src/geo/annotate';
import { boxesOverlap, segmentsCross, type Segment } from '../../../src/geo/rings';

const built = buildArticleMap();
if (!built.ok) throw new Error(built.errors.join('\n'));
const { facts, model } = built;
const overview = worldShapes(OVERVIEW_MIN_AREA);
const land = landOf(overview);
const keyOf = (alpha3: string) => facts.codes[alpha3] as string;
const named = model.countries.map((c) => ({ key: keyOf(c.alpha3), name: c.name, first: c.category === 'iran' || c.category === 'israel' }));
// Hearts are the build's: the page needs only the phone framing and markers made from them.
const { markers, labels, hearts } = annotate(overview, named);

describe('hearts', () => {
  test('every country the article names has its heart inside its own shape, at both levels of detail', () => {
    const detail = landOf(worldShapes(MIN_AREA));
    expect(Object.keys(hearts).sort()).toEqual(named.map((c) => c.key).sort());
    for (const { key, name } of named) {
      const heart = hearts[key];
      expect(heart, name).toBeDefined();
      if (!heart) continue;
      expect(landAt(land, heart.x, heart.y), name).toBe(key);
      expect(landAt(detail, heart.x, heart.y), name).toBe(key);
      expect(heart.room, name).toBeGreaterThan(0);
    }
  });

  test('Israel, Lebanon and Switzerland have their heart well away from the neighbours that used to take it', () => {
    for (const alpha3 of ['ISR', 'LBN', 'CHE', 'ALB']) {
      expect(hearts[keyOf(alpha3)]?.room, alpha3).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('markers', () => {
  test('the tiny countries the article names get a marker out at sea, on no country, its leader line to the heart', () => {
    expect(markers.map((m) => m.key).sort()).toEqual([keyOf('BHR'), keyOf('LBN'), keyOf('PSE')].sort());
    for (const marker of markers) {
      expect(landAt(land, marker.x, marker.y), marker.key).toBeNull();
      expect(seaAround(land, marker.x, marker.y, MARKER_CLEARANCE / 2), marker.key).toBe(true);
      const heart = hearts[marker.key];
      expect(marker.to).toEqual([heart?.x, heart?.y]);
    }
  });

  test('markers are near-miss targets for their countries in the facts', () => {
    for (const marker of markers) {
      expect(facts.tiny).toContainEqual({ key: marker.key, centre: [marker.x, marker.y] });
    }
    expect(facts.named).toEqual(expect.arrayContaining([keyOf('ISR'), keyOf('BHR'), keyOf('IRN')]));
  });
});

describe('labels', () => {
  const shownAt = (level: number) =>
    labels.filter((l) => (l.kind === 'inside' ? l.level <= level : l.level === level));

  test('no two labels shown at the same level overlap, nor cover a marker', () => {
    for (let level = 0; level < LEVELS; level++) {
      const shown: PlacedLabel[] = shownAt(level);
      for (const [i, a] of shown.entries()) {
        for (const b of shown.slice(i + 1)) {
          expect(boxesOverlap(labelBox(a, level), labelBox(b, level)), `${a.text} / ${b.text} at ${level}`).toBe(false);
        }
      }
    }
  });

  test('at the closest zoom of a 1280 px map every named country is labelled, with the name the model gives', () => {
    const shown = new Set(shownAt(labelLevel((1280 / facts.width) * 8)).map((l) => l.text));
    for (const country of model.countries) expect(shown, country.name).toContain(country.name);
  });

  test('at a desktop world view the large ones are labelled inside, the Levant and the Gulf by callouts', () => {
    const desktop = labelLevel((1000 / facts.width) * 1);
    const shown = shownAt(desktop);
    const inside = shown.filter((l) => l.kind === 'inside').map((l) => l.text);
    expect(inside).toEqual(expect.arrayContaining(['Iran', 'Russia', 'China']));
    const callouts = shown.filter((l) => l.kind === 'callout').map((l) => l.text);
    expect(callouts).toEqual(expect.arrayContaining(['Israel', 'Lebanon', 'Palestine', 'Bahrain']));
  });

  test('leader lines of callouts and markers never cross at a level, so each name follows its line home', () => {
    const markerLines: Segment[] = markers.map((m) => [m.to[0], m.to[1], m.x, m.y]);
    for (let level = 0; level < LEVELS; level++) {
      const lines = [...markerLines, ...shownAt(level).flatMap((l) => (l.leader ? [l.leader] : []))];
      for (const [i, a] of lines.entries()) {
        for (const b of lines.slice(i + 1)) expect(segmentsCross(a, b), `level ${level}: ${a} × ${b}`).toBe(false);
      }
    }
  });

  test('the scale of the map picks one zoom class: 0 for a phone world view, 1 for a desktop one, one more per doubling', () => {
    const scale = (mapPx: number, k = 1) => (mapPx / facts.width) * k;
    expect(zoomClass(scale(390))).toBe('zoom-0');
    expect(zoomClass(scale(912))).toBe('zoom-1');
    expect(zoomClass(scale(912, 2))).toBe('zoom-2');
    expect(zoomClass(scale(1280, 8))).toBe('zoom-4');
    expect(zoomClass(scale(2000, 8))).toBe('zoom-5');
    expect(zoomClass(0)).toBe('zoom-0');
    expect(ZOOM_CLASSES).toEqual(['zoom-0', 'zoom-1', 'zoom-2', 'zoom-3', 'zoom-4', 'zoom-5']);
  });

  test('zoomed in, more labels show than at the world view', () => {
    const count = (level: number) => shownAt(level).filter((l) => l.kind === 'inside').length;
    expect(count(3)).toBeGreaterThan(count(1));
  });
});
