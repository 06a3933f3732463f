// Where a reader aims at a country: its heart (the point farthest from its edges), found on the drawn page.
import type { Page } from 'playwright-core';
import { heartOf } from '../../src/geo/hearts';
import { decodePath } from '../../src/geo/rings';

export interface NamedHeart {
  key: string;
  name: string;
  /** The heart on the page, in client pixels. */
  x: number;
  y: number;
  /** Room around it to the country's nearest edge, in screen pixels. */
  room: number;
}

/**
 * The heart of every country the article names (a category other than "none"), computed from the shapes the
 * page draws (public hooks only: data-key, data-name, data-category and the path itself) and placed on screen
 * through each shape's own matrix, so it holds whatever the zoom and the layout.
 */
export async function namedHearts(page: Page): Promise<NamedHeart[]> {
  const shapes = await page.$$eval('.map-frame svg path[data-key]:not([data-category="none"])', (paths) =>
    paths.map((p) => ({ key: p.getAttribute('data-key') ?? '', name: p.getAttribute('data-name') ?? '', d: p.getAttribute('d') ?? '' })),
  );
  const hearts = shapes.map((shape) => ({ ...shape, heart: heartOf(decodePath(shape.d)) }));
  return page.evaluate(
    (list) =>
      list.map(({ key, name, heart }) => {
        const path = document.querySelector(`.map-frame svg path[data-key="${key}"]`) as SVGGraphicsElement;
        const m = path.getScreenCTM() as DOMMatrix;
        return { key, name, x: m.a * heart.x + m.c * heart.y + m.e, y: m.b * heart.x + m.d * heart.y + m.f, room: heart.room * Math.hypot(m.a, m.b) };
      }),
    hearts,
  );
}

/** The hearts the map's frame shows: a framing that leaves a country out of sight asks nothing of it. */
export async function inFrame(page: Page, hearts: NamedHeart[]): Promise<NamedHeart[]> {
  const frame = await page.locator('.map-frame').boundingBox();
  if (!frame) throw new Error('no map frame');
  return hearts.filter((h) => h.x > frame.x && h.x < frame.x + frame.width && h.y > frame.y && h.y < frame.y + frame.height);
}
