// Where a reader would aim at a country: a point inside its shape that is really on top there.
import type { Page } from 'playwright-core';

export async function pointOn(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((country) => {
    const path = document.querySelector<SVGGraphicsElement>(`.map-frame path[data-country="${country}"]`);
    if (!path) throw new Error(`no shape for ${country}`);
    const box = path.getBoundingClientRect();
    // Walk a grid over the box, from its middle outwards, for a point where this shape is what is hit.
    const steps = 12;
    const points: { x: number; y: number; d: number }[] = [];
    for (let i = 1; i < steps; i++) {
      for (let j = 1; j < steps; j++) {
        const x = box.left + (box.width * i) / steps;
        const y = box.top + (box.height * j) / steps;
        points.push({ x, y, d: Math.abs(i - steps / 2) + Math.abs(j - steps / 2) });
      }
    }
    points.sort((a, b) => a.d - b.d);
    // Well inside: the shape is also what is hit some way off in every direction, clear of borders and of the
    // wider targets of tiny neighbours. The clearance asked for shrinks with the shape, as a reader's aim would.
    const ring = (r: number) => [0, 1, 2, 3, 4, 5, 6, 7].map((i) => [Math.cos((i * Math.PI) / 4) * r, Math.sin((i * Math.PI) / 4) * r]);
    const clear = (p: { x: number; y: number }, r: number) =>
      [[0, 0], ...ring(r)].every(([dx, dy]) => document.elementFromPoint(p.x + (dx ?? 0), p.y + (dy ?? 0)) === path);
    let hit: { x: number; y: number } | undefined;
    for (const r of [14, 8, 4]) {
      hit = points.find((p) => clear(p, r));
      if (hit) break;
    }
    if (!hit) throw new Error(`no visible point on ${country}`);
    return { x: hit.x, y: hit.y };
  }, id);
}

/** The screen centre of a tiny country's marker. */
export async function markerOf(page: Page, key: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(`circle[data-marker="${key}"]`).boundingBox();
  if (!box) throw new Error(`no marker for ${key}`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}
