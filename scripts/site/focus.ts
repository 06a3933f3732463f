// Where a country sits in the map's SVG markup, and the view that frames it for a preview image.

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** What the preview needs of one country: its drawn elements, copied from the markup, and the box to frame. */
export interface CountryShape {
  /** The country's <path> element, as the markup writes it. */
  path: string;
  /** That path's outline data. */
  d: string;
  /** Its marker <circle> when the map draws one (countries too small to see or hit), else null. */
  marker: string | null;
  /** The bounds of its largest ring: Russia's mainland, not the far tip of Chukotka drawn across the map. */
  box: Box;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The map's width and height in its own units, from the root viewBox. */
export function mapSize(mapSvg: string): { width: number; height: number } {
  const match = /^<svg[^>]*\sviewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(mapSvg);
  if (!match) throw new Error('the map markup has no viewBox="0 0 W H" on its root <svg>');
  return { width: Number(match[1]), height: Number(match[2]) };
}

/**
 * The bounds of each ring of a path written with M, m, L, l and Z (what src/geo/pathEncoding.ts writes).
 * Throws on any other command, since a box read wrong would frame the wrong place.
 */
export function ringBoxes(d: string): Box[] {
  const boxes: Box[] = [];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let command = '';
  let box: Box | null = null;
  const numbers: number[] = [];
  const visit = () => {
    if (!box) box = { x0: x, y0: y, x1: x, y1: y };
    box.x0 = Math.min(box.x0, x);
    box.y0 = Math.min(box.y0, y);
    box.x1 = Math.max(box.x1, x);
    box.y1 = Math.max(box.y1, y);
  };
  const close = () => {
    if (box) boxes.push(box);
    box = null;
  };
  for (const token of d.match(/[A-Za-z]|-?\d*\.?\d+(?:e-?\d+)?/g) ?? []) {
    if (/[A-Za-z]/.test(token)) {
      if (!'MmLlZz'.includes(token)) throw new Error(`path command "${token}" is not one the map writes`);
      command = token;
      if (command === 'Z' || command === 'z') {
        close();
        x = startX;
        y = startY;
      }
      continue;
    }
    numbers.push(Number(token));
    if (numbers.length < 2) continue;
    const [a, b] = numbers.splice(0, 2) as [number, number];
    const relative = command === 'm' || command === 'l';
    x = relative ? x + a : a;
    y = relative ? y + b : b;
    if (command === 'M' || command === 'm') {
      close();
      startX = x;
      startY = y;
      // Pairs after a moveto are linetos of the same kind.
      command = command === 'M' ? 'L' : 'l';
    }
    visit();
  }
  close();
  return boxes;
}

/** The data-key of the first shape drawn for the country with world-atlas id `numeric` ("643"); null if none is. */
export function countryKey(mapSvg: string, numeric: string): string | null {
  return new RegExp(`<path data-key="([^"]+)" data-country="${escapeRegExp(numeric)}"`).exec(mapSvg)?.[1] ?? null;
}

const area = (b: Box) => (b.x1 - b.x0) * (b.y1 - b.y0);

/** Finds the country drawn with data-key `key`; throws a readable error when the markup has no such shape. */
export function countryShape(mapSvg: string, key: string): CountryShape {
  const path = new RegExp(`<path data-key="${escapeRegExp(key)}"[^>]*\\sd="([^"]*)"[^>]*/>`).exec(mapSvg);
  if (!path) throw new Error(`the map has no shape with data-key="${key}"`);
  const boxes = ringBoxes(path[1] as string);
  const largest = boxes.reduce<Box | null>((best, b) => (!best || area(b) > area(best) ? b : best), null);
  if (!largest) throw new Error(`the shape with data-key="${key}" has no rings to frame`);
  const marker = new RegExp(`<circle data-marker="${escapeRegExp(key)}"[^>]*/>`).exec(mapSvg);
  return { path: path[0], d: path[1] as string, marker: marker ? marker[0] : null, box: largest };
}

/**
 * The viewBox that shows `box` in a frame of `frame`'s proportions: at least `minWidth` map units wide so the
 * reader sees the neighbours, padded by a fifth, and kept inside the map where the map is big enough.
 */
export function focusView(
  box: Box,
  world: { width: number; height: number },
  frame: { width: number; height: number },
  minWidth: number,
): Box {
  const aspect = frame.width / frame.height;
  const padded = { width: (box.x1 - box.x0) * 1.4, height: (box.y1 - box.y0) * 1.4 };
  const width = Math.max(minWidth, padded.width, padded.height * aspect);
  const height = width / aspect;
  const place = (centre: number, size: number, limit: number) =>
    size >= limit ? (limit - size) / 2 : Math.min(Math.max(centre - size / 2, 0), limit - size);
  const x0 = place((box.x0 + box.x1) / 2, width, world.width);
  const y0 = place((box.y0 + box.y1) / 2, height, world.height);
  return { x0, y0, x1: x0 + width, y1: y0 + height };
}
