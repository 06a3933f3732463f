// Build-time work shared by the Vite plugin, the prerender and the tests: read data/, validate, join, project.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readAtlas } from './atlas';
import { buildModel } from '../src/data/validate';
import { numericToAlpha3 } from '../src/data/codes';
import type { ArticleModel } from '../src/data/model';
import type { Category } from '../src/data/categories';
import { MAP_WIDTH, MIN_AREA, OVERVIEW_MIN_AREA, buildShapes, type ShapeSet } from '../src/geo/shapes';
import { mapMarkup } from '../src/geo/markup';
import { annotate } from '../src/geo/annotate';
import { tinyShapes } from '../src/geo/tiny';
import type { MapFacts } from '../src/geo/facts';
import { searchEntries } from '../src/data/aliases';
import type { SearchEntry } from '../src/data/findCountry';
import { MAX_ZOOM } from '../src/state/view';
import { DETAIL_FILE, SEARCH_FILE } from '../src/geo/files';
import { quoteId } from '../src/data/quoteId';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DATASET_PATH = `${ROOT}data/countries.json`;
export const ARTICLE_PATH = `${ROOT}data/article.txt`;



const shapeCache = new Map<number, ShapeSet>();
/** The projected shapes at a level of detail, computed once per process. */
export function worldShapes(minArea = MIN_AREA): ShapeSet {
  let set = shapeCache.get(minArea);
  if (!set) {
    set = buildShapes(readAtlas(), { width: MAP_WIDTH, minArea });
    shapeCache.set(minArea, set);
  }
  return set;
}

/** Files the build writes beside index.html (and the dev server serves): name → content type and body. */
export type StaticFiles = Record<string, { type: string; body: string }>;

/** Countries whose bounds the Middle East view must hold: the conflict's parties and its nearest neighbours. */
const MIDDLE_EAST = ['376', '364', '792', '818', '887', '512', '682'];

/**
 * What a phone's square map starts on, one tap from the World view: the hearts of the story's countries from
 * Turkey and Egypt to Iran, Oman and Yemen, close enough that a finger finds Israel and Lebanon.
 */
const PHONE_REGION = ['792', '818', '364', '512', '887', '760', '376', '422'];
/** Room around each of those hearts, in map units, so a country is not cut at the edge of the screen. */
const PHONE_MARGIN = 10;

/** The square view that holds the given points with a margin. */
function squareAround(points: readonly { x: number; y: number }[], width: number) {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const x0 = Math.min(...xs) - PHONE_MARGIN;
  const x1 = Math.max(...xs) + PHONE_MARGIN;
  const y0 = Math.min(...ys) - PHONE_MARGIN;
  const y1 = Math.max(...ys) + PHONE_MARGIN;
  const k = Math.min(MAX_ZOOM, width / Math.max(x1 - x0, y1 - y0));
  return { k: Math.round(k * 100) / 100, x: Math.round((x0 + x1) / 2), y: Math.round((y0 + y1) / 2) };
}

/** The zoom that fits the bounds of the given countries, with a margin. */
function frame(set: ShapeSet, ids: readonly string[]) {
  const boxes = set.shapes.filter((s) => s.id && ids.includes(s.id)).map((s) => s.bounds);
  const x0 = Math.min(...boxes.map((b) => b[0][0]));
  const y0 = Math.min(...boxes.map((b) => b[0][1]));
  const x1 = Math.max(...boxes.map((b) => b[1][0]));
  const y1 = Math.max(...boxes.map((b) => b[1][1]));
  const k = Math.min(MAX_ZOOM, 0.9 / Math.max((x1 - x0) / set.width, (y1 - y0) / set.height));
  return { k: Math.round(k * 100) / 100, x: Math.round((x0 + x1) / 2), y: Math.round((y0 + y1) / 2) };
}

export type BuildResult =
  | { ok: true; model: ArticleModel; facts: MapFacts; markup: string; search: SearchEntry[]; files: StaticFiles; article: string }
  | { ok: false; errors: string[] };

export function buildArticleMap(): BuildResult {
  const shapes = worldShapes();
  let datasetText: string;
  let articleText: string;
  try {
    datasetText = readFileSync(DATASET_PATH, 'utf8');
    articleText = readFileSync(ARTICLE_PATH, 'utf8');
  } catch (error) {
    return { ok: false, errors: [`cannot read the data: ${(error as Error).message}`] };
  }
  const atlas = shapes.shapes.flatMap((s) => (s.id ? [{ id: s.id, name: s.name }] : []));
  const result = buildModel({ datasetText, articleText, atlas });
  if (!result.ok) return result;
  const categories = new Map<string, Category>(result.model.countries.map((c) => [c.numeric, c.category]));
  const codes: Record<string, string> = {};
  for (const shape of shapes.shapes) {
    const alpha3 = shape.id ? numericToAlpha3(shape.id) : null;
    if (alpha3 && shape.id && !(alpha3 in codes)) codes[alpha3] = shape.key;
  }
  const named = result.model.countries.map((c) => ({
    key: codes[c.alpha3] ?? c.numeric,
    name: c.name,
    first: c.category === 'iran' || c.category === 'israel',
  }));
  // Measured on the shapes the world view draws, where pointing and labels matter most.
  const overview = worldShapes(OVERVIEW_MIN_AREA);
  const annotations = annotate(overview, named);
  const facts: MapFacts = {
    shapes: Object.fromEntries(
      shapes.shapes.map((s) => [s.key, { name: s.name, category: (s.id && categories.get(s.id)) || 'none' }]),
    ),
    quotes: result.model.countries.flatMap((country) =>
      country.relations.flatMap((relation, r) => relation.quotes.map((_, q) => quoteId(country.alpha3, r, q))),
    ),
    width: shapes.width,
    height: shapes.height,
    codes,
    tiny: [
      ...tinyShapes(shapes).map((s) => ({ key: s.key, centre: s.centre })),
      ...annotations.markers.map((m) => ({ key: m.key, centre: [m.x, m.y] as [number, number] })),
    ],
    named: named.map((c) => c.key),
    middleEast: frame(shapes, MIDDLE_EAST),
    phoneRegion: squareAround(
      PHONE_REGION.flatMap((id) => annotations.hearts[codes[numericToAlpha3(id) ?? ''] ?? id] ?? []),
      shapes.width,
    ),
  };
  const markup = mapMarkup(overview, {
    categories,
    title: `World map: ${result.model.source.headline}`,
    annotations,
  });
  const search = searchEntries(shapes.shapes, result.aliases);
  const detail = Object.fromEntries(shapes.shapes.map((s) => [s.key, s.d]));
  const files: StaticFiles = {
    [SEARCH_FILE]: { type: 'application/json', body: JSON.stringify(search) },
    [DETAIL_FILE]: { type: 'application/json', body: JSON.stringify(detail) },
  };
  return { ok: true, model: result.model, facts, markup, search, files, article: articleText };
}
