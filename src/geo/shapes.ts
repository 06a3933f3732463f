// world-atlas TopoJSON → pre-projected, simplified country shapes with stable keys. Pure: runs at build time.
import { geoEqualEarth, geoStream, type GeoPermissibleObjects, type GeoProjection, type GeoStream } from 'd3-geo';
import { topology as topologyOf } from 'topojson-server';
import { feature } from 'topojson-client';
import { presimplify, simplify, planarTriangleArea } from 'topojson-simplify';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { encodeRings, type Ring } from './pathEncoding';

/** Width of the projected world in viewBox units; one unit is 0.2 px on a 1000 px wide map. */
export const MAP_WIDTH = 5000;
/** Detail for zooming in: points whose Visvalingam triangle is under one unit² go (about a pixel at 8x). */
export const MIN_AREA = 1;
/**
 * Detail for the world view the page first paints: 8 units² is a third of a pixel² on a 1000 px map, so it
 * looks the same at half the bytes. The finer set loads when the reader first zooms in.
 */
export const OVERVIEW_MIN_AREA = 8;

export interface ShapeOptions {
  /** Width of the projected world in grid units (the SVG viewBox width). */
  width: number;
  /** Visvalingam area, in grid units squared, under which a point is dropped. */
  minArea: number;
}

export interface Shape {
  /** Unique and stable: the atlas id when it is unique, else derived from the name. */
  key: string;
  /** ISO 3166-1 numeric as world-atlas writes it, or null for shapes without one (Kosovo, N. Cyprus…). */
  id: string | null;
  name: string;
  d: string;
  /** Centre of the largest part, in grid units: where markers and labels go. */
  centre: [number, number];
  /** Bounds of the largest part, [[x0, y0], [x1, y1]] in grid units: what "zoom to country" frames. */
  bounds: [[number, number], [number, number]];
  /** Area of all parts in grid units squared. */
  area: number;
}

export interface ShapeSet {
  width: number;
  height: number;
  shapes: Shape[];
}

type CountryProps = { name: string };
type CountriesTopology = Topology<{ countries: GeometryCollection<CountryProps> }>;

export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-');
}

function ringArea(ring: readonly Position[]): number {
  let a = 0;
  for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
    const p = ring[i] as Position;
    const q = ring[j] as Position;
    a += (q[0] as number) * (p[1] as number) - (p[0] as number) * (q[1] as number);
  }
  return a / 2;
}

function ringCentroid(ring: readonly Position[]): [number, number] {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
    const [x1, y1] = ring[j] as [number, number];
    const [x2, y2] = ring[i] as [number, number];
    const f = x1 * y2 - x2 * y1;
    a += f;
    cx += (x1 + x2) * f;
    cy += (y1 + y2) * f;
  }
  if (a === 0) {
    const [x, y] = ring[0] as [number, number];
    return [x, y];
  }
  return [cx / (3 * a), cy / (3 * a)];
}

function ringBounds(ring: readonly Position[]): [[number, number], [number, number]] {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const [x, y] of ring as [number, number][]) {
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  return [
    [x0, y0],
    [x1, y1],
  ];
}

const round1 = (v: number) => Math.round(v * 10) / 10;

/** Projects one feature through d3's spherical clipping (antimeridian cuts, the poles) into planar rings. */
function projectRings(projection: GeoProjection, object: GeoPermissibleObjects, offsetY: number): Position[][] {
  const rings: Position[][] = [];
  let ring: Position[] = [];
  const sink: GeoStream = {
    point(x, y) {
      ring.push([x, y - offsetY]);
    },
    lineStart() {
      ring = [];
    },
    lineEnd() {
      if (ring.length > 2) rings.push([...ring, ring[0] as Position]);
    },
    polygonStart() {},
    polygonEnd() {},
    sphere() {},
  };
  geoStream(object, projection.stream(sink));
  return rings;
}

/**
 * Projects each country with d3's clipping, rebuilds a topology from the projected rings so that shared
 * borders are shared arcs again, and simplifies that in screen space: neighbours stay gap-free. Each ring
 * becomes its own polygon; holes keep their reversed winding, so the default fill rule still cuts them.
 */
export function buildShapes(topology: CountriesTopology, options: ShapeOptions): ShapeSet {
  const projection = geoEqualEarth().fitWidth(options.width, { type: 'Sphere' });
  const offsetY = projection([0, 90])?.[1] ?? 0;
  const height = Math.ceil((projection([0, -90])?.[1] ?? 0) - offsetY);
  const source = feature(topology, topology.objects.countries);
  const planar: FeatureCollection<MultiPolygon, CountryProps> = {
    type: 'FeatureCollection',
    features: source.features.map((f) => ({
      type: 'Feature',
      id: f.id,
      properties: { name: f.properties?.name ?? 'Unnamed' },
      geometry: {
        type: 'MultiPolygon',
        coordinates: f.geometry ? projectRings(projection, f, offsetY).map((ring) => [ring]) : [],
      },
    })),
  };
  const rebuilt = topologyOf({ countries: planar }) as unknown as CountriesTopology;
  const simplified = simplify(presimplify(rebuilt, planarTriangleArea), options.minArea) as CountriesTopology;
  const collection = feature(simplified, simplified.objects.countries);

  const idCounts = new Map<string, number>();
  for (const g of topology.objects.countries.geometries) {
    if (g.id !== undefined) idCounts.set(String(g.id), (idCounts.get(String(g.id)) ?? 0) + 1);
  }

  const shapes: Shape[] = [];
  const keys = new Set<string>();
  collection.features.forEach((f, index) => {
    const name = f.properties?.name ?? 'Unnamed';
    const id = f.id === undefined ? null : String(f.id);
    let key = id !== null && idCounts.get(id) === 1 ? id : id !== null ? `${id}-${slug(name)}` : slug(name);
    while (keys.has(key)) key += '_';
    keys.add(key);
    const simplifiedGeometry = f.geometry as Polygon | MultiPolygon | null;
    const simplifiedRings = !simplifiedGeometry
      ? []
      : simplifiedGeometry.type === 'Polygon'
        ? simplifiedGeometry.coordinates
        : simplifiedGeometry.coordinates.flat();
    // Measure on the unsimplified rings, so that a country's centre and area do not move with the detail level.
    const rings = (planar.features[index]?.geometry.coordinates ?? []).flat();
    let largest: Position[] | undefined;
    let largestArea = -1;
    let area = 0;
    for (const ring of rings) {
      const a = ringArea(ring);
      area += a;
      if (Math.abs(a) > largestArea) {
        largestArea = Math.abs(a);
        largest = ring;
      }
    }
    const outer = largest ?? [[0, 0]];
    const [cx, cy] = ringCentroid(outer);
    const [[x0, y0], [x1, y1]] = ringBounds(outer);
    // A country smaller than the grid (Vatican, Monaco) still gets a shape: a one-unit diamond at its centre.
    const d =
      encodeRings(simplifiedRings as unknown as Ring[]) ||
      `M${Math.round(cx)} ${Math.round(cy) - 1}l1 1-1 1-1-1z`;
    shapes.push({
      key,
      id,
      name,
      d,
      centre: [round1(cx), round1(cy)],
      bounds: [
        [round1(x0), round1(y0)],
        [round1(x1), round1(y1)],
      ],
      area: Math.round(Math.abs(area)),
    });
  });
  return { width: options.width, height, shapes };
}
