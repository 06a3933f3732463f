// The finer outlines, fetched the first time a reader zooms in: the page paints with a lighter world view.

/** Zooming past this scale asks for the finer outlines. */
export const DETAIL_FROM_ZOOM = 1.5;

/** A path as our build writes it: absolute start, then relative moves; anything else is not ours. */
const PATH = /^M-?\d+ -?\d+[lmz\d -]*$/;

/** Checks a fetched detail file: an object of key → path, nothing else. */
export function parseDetail(value: unknown): Map<string, string> | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const detail = new Map<string, string>();
  for (const [key, d] of Object.entries(value)) {
    if (typeof d !== 'string' || !PATH.test(d)) return null;
    detail.set(key, d);
  }
  return detail;
}

/** Swaps each shape's outline for its finer one; shapes the file does not know keep theirs. */
export function applyDetail(svg: SVGSVGElement, detail: ReadonlyMap<string, string>): void {
  for (const path of svg.querySelectorAll('path[data-key]')) {
    const d = detail.get(path.getAttribute('data-key') ?? '');
    if (d) path.setAttribute('d', d);
  }
}

export async function fetchDetail(url: URL): Promise<Map<string, string>> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  const detail = parseDetail(await response.json());
  if (!detail) throw new Error(`${url.pathname} is not a detail file`);
  return detail;
}
