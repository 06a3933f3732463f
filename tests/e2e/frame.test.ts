// Readers of the map in a fixed-size frame on another site: it fits without scrolling, opens a country as a card
// inside the frame, works in sandboxed frames, and takes the address's theme and controls, ignoring bad values.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContextOptions, Frame, Page } from 'playwright-core';
import type { Served } from '../../scripts/serve';
import { browserAvailable, launch, serveHostAndMap, type HostAndMap, watch, OPEN_PANEL, OPEN_TITLE } from './browser';

const available = browserAvailable();

/** China's shape: large at any size, so a reader can click it in the smallest frame. */
const CHINA = 'path[data-country="156"]';
const READY = '.map-frame svg path[role="button"]';

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The element's box inside the frame's own viewport, and that viewport's size. */
const boxInFrame = (frame: Frame, selector: string) =>
  frame.evaluate((s) => {
    const box = document.querySelector(s)?.getBoundingClientRect();
    return {
      box: box ? { left: box.left, top: box.top, right: box.right, bottom: box.bottom } : null,
      width: document.documentElement.clientWidth,
      height: document.documentElement.clientHeight,
    };
  }, selector);

/** Soft: every box out of the frame is reported in one run, and the test still fails. */
function expectInside(found: { box: Rect | null; width: number; height: number }, label: string) {
  const { box, width, height } = found;
  expect(box, `${label} is on the page`).toBeTruthy();
  const b = box as Rect;
  expect.soft(b.bottom - b.top, `${label} has a size`).toBeGreaterThan(0);
  const where = `${label} at ${JSON.stringify(b)} in a ${width}×${height} frame`;
  expect.soft(b.left, where).toBeGreaterThanOrEqual(-1);
  expect.soft(b.top, where).toBeGreaterThanOrEqual(-1);
  expect.soft(b.right, where).toBeLessThanOrEqual(width + 1);
  expect.soft(b.bottom, where).toBeLessThanOrEqual(height + 1);
}

/** Relative luminance (0 black – 1 white) of a computed `rgb(…)` colour. */
function luminance(colour: string): number {
  const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

describe.skipIf(!available)('readers in a fixed frame', () => {
  let browser: Browser;
  let map: Served;
  let host: Served;
  let dir: string;

  let served: HostAndMap;

  beforeAll(async () => {
    browser = await launch();
    served = await serveHostAndMap('frame');
    ({ dir, host, map } = served);
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  let pages = 0;
  /** A host page on another origin with the map in a plain iframe of the given size and attributes. */
  async function openFramed(width: number, height: number, attributes = '', options: BrowserContextOptions = {}) {
    pages += 1;
    const file = `host-${pages}.html`;
    writeFileSync(
      join(dir, file),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head>
<body style="margin:0;padding:8px"><iframe width="${width}" height="${height}" title="Map" ${attributes} src="${map.origin}/?embed=1"></iframe></body></html>`,
    );
    const context = await browser.newContext({ viewport: { width: Math.max(width + 40, 400), height: Math.max(height + 40, 600) }, ...options });
    const page = await context.newPage();
    const problems = watch(page, host.origin);
    await page.goto(`${host.origin}/${file}`);
    let frame: Frame | undefined;
    await expect.poll(() => (frame = page.frames().find((f) => f.url().startsWith(map.origin)))).toBeTruthy();
    await (frame as Frame).waitForSelector(READY);
    await (frame as Frame).waitForSelector('html[data-view]', { state: 'attached' });
    return { page, frame: frame as Frame, problems };
  }

  const iframeSize = (page: Page) =>
    page.evaluate(() => {
      const box = document.querySelector('iframe')?.getBoundingClientRect();
      return { width: box?.width ?? 0, height: box?.height ?? 0 };
    });

  /**
   * Clicks China where a reader would: the centre of the part of its box the map shows, or the point nearest it
   * that is China's (the framing may crop it), through the host page as a reader's mouse would.
   */
  async function clickChina(page: Page, frame: Frame) {
    const outer = await frame.locator(CHINA).boundingBox();
    const spot = await frame.evaluate((selector) => {
      const shape = document.querySelector(selector)?.getBoundingClientRect();
      const map = document.querySelector('svg#world-map')?.getBoundingClientRect();
      if (!shape || !map) return null;
      const left = Math.max(shape.left, map.left, 0);
      const right = Math.min(shape.right, map.right, document.documentElement.clientWidth);
      const top = Math.max(shape.top, map.top, 0);
      const bottom = Math.min(shape.bottom, map.bottom, document.documentElement.clientHeight);
      const cx = (left + right) / 2;
      const cy = (top + bottom) / 2;
      const points: { x: number; y: number }[] = [];
      for (let x = left + 1; x < right; x += 3) for (let y = top + 1; y < bottom; y += 3) points.push({ x, y });
      points.sort((a, b) => Math.hypot(a.x - cx, a.y - cy) - Math.hypot(b.x - cx, b.y - cy));
      const hit = points.find((p) => document.elementFromPoint(p.x, p.y)?.closest('path')?.getAttribute('data-country') === '156');
      return hit ? { x: hit.x - shape.left, y: hit.y - shape.top } : null;
    }, CHINA);
    if (!outer || !spot) throw new Error('China is not drawn where a reader could click it');
    await page.mouse.click(outer.x + spot.x, outer.y + spot.y);
    await expect.poll(() => frame.evaluate((t) => document.querySelector(t)?.textContent ?? null, OPEN_TITLE)).toBe('China');
  }

  test.each([
    [700, 500],
    [600, 400],
    [320, 500],
  ])('in a %i×%i frame: no scrolling, the legend and credit in view, and China opens as a card inside the frame', async (width, height) => {
    const { page, frame } = await openFramed(width, height);
    const before = await iframeSize(page);
    const fit = await frame.evaluate(() => ({ scroll: document.documentElement.scrollHeight, client: document.documentElement.clientHeight }));
    expect.soft(fit.scroll, `scrollHeight ${fit.scroll} in a frame ${fit.client} tall`).toBeLessThanOrEqual(fit.client + 1);
    expectInside(await boxInFrame(frame, '.legend'), 'the legend');
    expectInside(await boxInFrame(frame, '.credit'), 'the credit');

    await clickChina(page, frame);
    expectInside(await boxInFrame(frame, OPEN_PANEL), 'the card');
    expectInside(await boxInFrame(frame, OPEN_TITLE), 'the card’s heading');
    expect(await iframeSize(page)).toEqual(before);
    await page.context().close();
  });

  test.each(['allow-scripts', 'allow-scripts allow-same-origin', 'allow-scripts allow-popups allow-popups-to-escape-sandbox'])(
    'in a frame sandboxed with "%s": the map is styled and China opens, without errors',
    async (sandbox) => {
      const { page, frame, problems } = await openFramed(700, 500, `sandbox="${sandbox}"`);
      const fills = await frame.evaluate(() => {
        const fill = (s: string) => {
          const path = document.querySelector(s);
          return path ? getComputedStyle(path).fill : null;
        };
        return { ally: fill('svg#world-map path[data-category="ally"]'), land: fill('svg#world-map path[data-category="none"]') };
      });
      // Unstyled SVG paths fill black; unstyled land and allies would share one colour.
      expect(fills.ally).toBeTruthy();
      expect(fills.ally).not.toBe('rgb(0, 0, 0)');
      expect(fills.ally).not.toBe(fills.land);
      await clickChina(page, frame);
      expect(problems.errors).toEqual([]);
      await page.context().close();
    },
  );

  /** The colour behind the page's text: the body's background, or the root's when the body's is transparent. */
  async function background(options: BrowserContextOptions, query: string): Promise<number> {
    const context = await browser.newContext({ viewport: { width: 800, height: 600 }, ...options });
    const page = await context.newPage();
    await page.goto(`${map.origin}/${query}`);
    await page.waitForSelector('html[data-view]', { state: 'attached' });
    const colour = await page.evaluate(() => {
      const opaque = (c: string) => c !== 'transparent' && !/rgba\([^)]*,\s*0\)$/.test(c);
      const body = getComputedStyle(document.body).backgroundColor;
      return opaque(body) ? body : getComputedStyle(document.documentElement).backgroundColor;
    });
    await context.close();
    return luminance(colour);
  }

  test('the theme: dark and light override the system, auto and bad values follow it', async () => {
    const dark = (l: number) => l < 0.2;
    const light = (l: number) => l > 0.6;
    expect(dark(await background({ colorScheme: 'light' }, '?theme=dark')), 'dark under a light system').toBe(true);
    expect(light(await background({ colorScheme: 'dark' }, '?theme=light')), 'light under a dark system').toBe(true);
    expect(light(await background({ colorScheme: 'light' }, '?theme=auto')), 'auto under a light system').toBe(true);
    expect(dark(await background({ colorScheme: 'dark' }, '?theme=auto')), 'auto under a dark system').toBe(true);
    expect(light(await background({ colorScheme: 'light' }, '?theme=bogus')), 'bogus under a light system').toBe(true);
    expect(dark(await background({ colorScheme: 'dark' }, '?theme=bogus')), 'bogus under a dark system').toBe(true);
  });

  test('?show=bogus shows every stance, and the address does not become ?show=', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${map.origin}/?show=bogus`);
    await page.waitForSelector('html[data-view]', { state: 'attached' });
    const pressed = await page.$$eval('.legend button[aria-pressed]', (buttons) => buttons.map((b) => `${b.textContent}: ${b.getAttribute('aria-pressed')}`));
    expect(pressed.length).toBeGreaterThan(0);
    expect(pressed.filter((p) => !p.endsWith(': true'))).toEqual([]);
    expect(await page.evaluate(() => document.querySelector('.map')?.className ?? '')).not.toMatch(/hide-/);
    // The address is written after an idle moment (at most 500 ms): wait past it.
    await page.waitForTimeout(1200);
    expect(new URL(page.url()).searchParams.get('show')).not.toBe('');
    await context.close();
  });

  test('?controls=bogus in an embed shows no toolbar; ?controls=search shows the search', async () => {
    const context = await browser.newContext({ viewport: { width: 700, height: 500 } });
    const page = await context.newPage();
    await page.goto(`${map.origin}/?controls=bogus&embed=1`);
    await page.waitForSelector('html[data-view]', { state: 'attached' });
    expect(await page.locator('.toolbar').isVisible()).toBe(false);
    expect(await page.locator('.search').isVisible()).toBe(false);
    await page.goto(`${map.origin}/?controls=search&embed=1`);
    await page.waitForSelector('html[data-view]', { state: 'attached' });
    expect(await page.locator('.search').first().isVisible()).toBe(true);
    expect(await page.locator('.share').isVisible()).toBe(false);
    await context.close();
  });
});
