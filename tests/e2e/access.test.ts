// Every reader reaches every country: keyboard, touch, wheel, zoom buttons, axe, themes and reduced motion.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { pointOn } from './aim';
import { browserAndBuild, browserAvailable, watch, OPEN_PANEL, OPEN_TITLE } from './browser';

const available = browserAvailable();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** How wide `selector`'s stroke is on screen, in CSS px: scaled by the zoom unless the `shape` it draws has a non-scaling stroke. */
function screenStrokeWidth(page: Page, selector: string, shape: string): Promise<number> {
  return page.evaluate(
    ([selector, shape]) => {
      const element = document.querySelector<SVGGraphicsElement>(selector);
      const drawn = document.querySelector<SVGGraphicsElement>(shape);
      if (!element || !drawn) throw new Error(`nothing at ${selector} or ${shape}`);
      const width = parseFloat(getComputedStyle(element).strokeWidth);
      return getComputedStyle(drawn).vectorEffect === 'non-scaling-stroke' ? width : width * (element.getScreenCTM()?.a ?? 1);
    },
    [selector, shape] as const,
  );
}

/** WCAG contrast ratio of two computed colours, "rgb(r, g, b)". */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const channels = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)/.exec(colour)?.slice(1).map(Number);
    if (!channels) throw new Error(`not an rgb() colour: ${colour}`);
    const [r = 0, g = 0, b = 0] = channels.map((c) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** A ring (focus, selection) a reader can see: at least 2 px wide on screen, at least 3:1 against the country's fill. */
async function expectVisibleRing(page: Page, ring: string, shape: string): Promise<void> {
  expect(await screenStrokeWidth(page, ring, shape)).toBeGreaterThanOrEqual(2);
  const [stroke, fill] = await page.evaluate(
    ([ring, shape]) => {
      const colour = (element: Element | null, property: 'stroke' | 'fill'): string => {
        const value = element ? getComputedStyle(element)[property] : '';
        // A patterned fill reads as its background colour.
        const pattern = /^url\("?#([^")]+)"?\)$/.exec(value)?.[1];
        return pattern ? colour(document.getElementById(pattern)?.querySelector('rect') ?? null, 'fill') : value;
      };
      return [colour(document.querySelector(ring), 'stroke'), colour(document.querySelector(shape), 'fill')];
    },
    [ring, shape] as const,
  );
  expect(contrast(stroke, fill), `${ring} ${stroke} on ${fill}`).toBeGreaterThanOrEqual(3);
}

describe.skipIf(!available)('access for every reader', () => {
  const env = browserAndBuild();

  async function open(query = '', options: BrowserContextOptions = {}): Promise<Page> {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
    const page = await context.newPage();
    await page.goto(`${env.site.origin}/${query}`);
    await page.waitForSelector('.map-frame svg path[role="button"]');
    return page;
  }

  async function axe(page: Page): Promise<string[]> {
    // evaluate() runs outside the page's CSP, which rightly forbids injected inline scripts.
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run: (o: object) => Promise<{ violations: AxeViolation[] }> } }).axe.run({
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      });
      return result.violations;
    });
    return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  }

  /** What axe does not check on SVG: every focusable shape needs a role and a name. */
  async function unnamedFocusable(page: Page): Promise<number> {
    return page.$$eval(
      'svg [tabindex]',
      (nodes) =>
        nodes.filter(
          // The overlay's outlines are hidden and set to tabindex -1 so that they are never focused.
          (n) =>
            !(n.closest('[aria-hidden="true"]') && n.getAttribute('tabindex') === '-1') &&
            (!n.getAttribute('role') || !n.getAttribute('aria-label')),
        ).length,
    );
  }

  test('axe finds no violations on the default view, with a panel open, zoomed in, and in the table', async () => {
    const page = await open();
    expect(await axe(page)).toEqual([]);
    expect(await unnamedFocusable(page)).toBe(0);
    await page.getByRole('button', { name: 'Middle East' }).click();
    await page.waitForFunction(() => new URLSearchParams(location.search).has('zoom'));
    expect(await axe(page)).toEqual([]);
    await page.goto(`${env.site.origin}/?country=YEM`);
    await page.waitForSelector(OPEN_TITLE);
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: 'Table' }).click();
    await page.waitForSelector('table');
    expect(await axe(page)).toEqual([]);
    await page.context().close();
  });

  test('axe finds no violations in the dark theme', async () => {
    const page = await open('?country=RUS', { colorScheme: 'dark' });
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(18, 18, 18)');
    expect(await axe(page)).toEqual([]);
    await page.context().close();
  });

  test('the keyboard alone: one tab stop, arrows move, Enter opens, Escape closes and returns focus', async () => {
    const page = await open();
    const problems = watch(page, env.site.origin);
    const focused = () =>
      page.evaluate(() => ({
        key: document.activeElement?.getAttribute('data-key') ?? null,
        name: document.activeElement?.getAttribute('aria-label') ?? null,
      }));
    // Tab through the controls before the map until a country has focus.
    let start = await focused();
    for (let i = 0; i < 12 && !start.key; i++) {
      await page.keyboard.press('Tab');
      start = await focused();
    }
    expect(start.key).not.toBeNull();
    expect(await page.$$eval('svg path[tabindex="0"]', (p) => p.length)).toBe(1);
    // The focus ring is drawn along the focused country's border, wide enough and dark or light enough to see.
    expect(await page.getAttribute('.focus-outline', 'href')).toBe(`#shape-${start.key}`);
    await expectVisibleRing(page, '.focus-outline', `path[data-key="${start.key}"]`);
    await page.keyboard.press('ArrowRight');
    const moved = await focused();
    expect(moved.key).not.toBe(start.key);
    await expect
      .poll(() => page.locator('[aria-live="polite"]').allTextContents())
      .toContain(moved.name);
    await page.keyboard.press('ArrowLeft');
    expect((await focused()).key).toBe(start.key);
    await page.keyboard.press('Enter');
    await page.waitForSelector(OPEN_TITLE);
    await expect.poll(() => page.getAttribute('.selection-outline', 'href')).toBe(`#shape-${start.key}`);
    await expectVisibleRing(page, '.selection-outline', `path[data-key="${start.key}"]`);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(OPEN_PANEL).count()).toBe(0);
    expect((await focused()).key).toBe(start.key);
    // Tabbing on leaves the map: it is one stop, not 241.
    await page.keyboard.press('Tab');
    expect((await focused()).key).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Zoom in');
    expect(problems.errors).toEqual([]);
    await page.context().close();
  });

  test('a click opens a country without taking focus and makes it the map\'s tab stop', async () => {
    const page = await open();
    const brazil = await pointOn(page, '076');
    await page.mouse.click(brazil.x, brazil.y);
    await expect.poll(() => page.locator(OPEN_TITLE).textContent()).toBe('Brazil');
    // Focus stayed where it was: not on the shape, not in the panel.
    expect(
      await page.evaluate(() => document.activeElement?.closest('svg, .panel')?.localName ?? 'elsewhere'),
    ).toBe('elsewhere');
    // Tab goes on from where the reader clicked, to the next control after the map (never to an outline)…
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Zoom in');
    // …and the map's one tab stop is now the country clicked: Shift+Tab enters the map there.
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-key'))).toBe('076');
    expect(await page.$$eval('svg path[tabindex="0"]', (p) => p.length)).toBe(1);
    await page.context().close();
  });

  test('touch: tapping a country opens it as a bottom sheet', async () => {
    const page = await open('', { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const egypt = await pointOn(page, '818');
    await page.touchscreen.tap(egypt.x, egypt.y);
    await page.waitForSelector(OPEN_TITLE);
    expect(await page.locator(OPEN_TITLE).textContent()).toBe('Egypt');
    const sheet = await page.locator(OPEN_PANEL).boundingBox();
    expect(sheet && Math.round(sheet.y + sheet.height)).toBe(844);
    await page.context().close();
  });

  test('wheel zooms, the buttons zoom, borders keep their width on screen, and the zoom is in the URL', async () => {
    const page = await open();
    // Brazil, far from the pointer: a hovered shape draws a thicker outline on purpose.
    const strokeWidth = () => screenStrokeWidth(page, 'path[data-country="076"]', 'path[data-country="076"]');
    const before = await strokeWidth();
    expect(before).toBeGreaterThan(0.25);
    expect(before).toBeLessThan(1.5);
    const iran = await page.locator('path[data-country="364"]').boundingBox();
    if (!iran) throw new Error('Iran is not drawn');
    const aim = await pointOn(page, '364');
    await page.mouse.move(aim.x, aim.y);
    await page.mouse.wheel(0, -600);
    await page.waitForFunction(() => new URLSearchParams(location.search).has('zoom'));
    const zoomedIran = await page.locator('path[data-country="364"]').boundingBox();
    expect(zoomedIran?.width).toBeGreaterThan(iran.width * 1.5);
    // A border that scaled with the map would be 1.5 times as wide or more by now.
    expect(await strokeWidth()).toBeCloseTo(before, 2);
    await page.getByRole('button', { name: 'World' }).click();
    await page.waitForFunction(() => !new URLSearchParams(location.search).has('zoom'));
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('zoom')?.startsWith('2/'));
    // Reloading the address restores the view.
    const url = page.url();
    await page.goto(url);
    await page.waitForSelector('.map-frame svg path[role="button"]');
    expect(await page.getAttribute('.zoom-layer', 'transform')).toContain('scale(2)');
    await page.context().close();
  });

  test('dragging pans the zoomed map and opens nothing; a click without a drag opens the country', async () => {
    const page = await open('', { reducedMotion: 'reduce' });
    const transform = () => page.getAttribute('.zoom-layer', 'transform');
    /**
     * Presses on a country, moves 40 px right and 20 down and releases; then points at another country and waits
     * for its tooltip, proof that the page has handled the whole drag (input is handled in order).
     */
    const drag = async (country: string, then: { key: string; name: string }) => {
      const from = await pointOn(page, country);
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(from.x + 40, from.y + 20, { steps: 4 });
      await page.mouse.up();
      const next = await pointOn(page, then.key);
      await page.mouse.move(next.x, next.y, { steps: 2 });
      await expect.poll(() => page.getByRole('tooltip').textContent()).toContain(then.name);
    };
    const opened = () => Promise.all([page.locator(OPEN_PANEL).count(), page.evaluate(() => location.search)]);
    // At the whole-world view there is nowhere to pan: a drag moves nothing and opens nothing either.
    const world = await transform();
    await drag('076', { key: '643', name: 'Russia' });
    expect(await transform()).toBe(world);
    expect(await opened()).toEqual([0, '']);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForFunction(() => new URLSearchParams(location.search).has('zoom'));
    const zoomed = await transform();
    await drag('818', { key: '434', name: 'Libya' });
    expect(await transform()).not.toBe(zoomed);
    const [panels, search] = await opened();
    expect(panels).toBe(0);
    expect(new URLSearchParams(search).has('country')).toBe(false);
    const egypt = await pointOn(page, '818');
    await page.mouse.click(egypt.x, egypt.y);
    await expect.poll(() => page.locator(OPEN_TITLE).textContent()).toBe('Egypt');
    await page.context().close();
  });

  test('with reduced motion, zooming jumps instead of animating', async () => {
    const page = await open('', { reducedMotion: 'reduce' });
    await page.getByRole('button', { name: 'Middle East' }).click();
    // No transition: the transform is final in the same frame as the click.
    const scale = await page.evaluate(() => document.querySelector('.zoom-layer')?.getAttribute('transform') ?? '');
    expect(scale).toMatch(/scale\((\d+(\.\d+)?)\)/);
    expect(Number(/scale\(([\d.]+)\)/.exec(scale)?.[1])).toBeGreaterThan(3);
    await page.context().close();
  });

  test('the search opens a small country and zooms to it', async () => {
    const page = await open();
    await page.getByRole('combobox', { name: 'Find a country' }).fill('Bahrein');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForSelector(OPEN_TITLE);
    expect(await page.locator(OPEN_TITLE).textContent()).toBe('Bahrain');
    await page.waitForFunction(() => new URLSearchParams(location.search).has('zoom'));
    const box = await page.locator('path[data-country="048"]').boundingBox();
    expect(box && Math.max(box.width, box.height)).toBeGreaterThan(10);
    await page.context().close();
  });
});
