// The core map in real Chromium against the production build: drawing, hover, click, filters, Escape.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { pointOn, markerOf } from './aim';
import { browserAndBuild, browserAvailable, watch, type PageProblems, OPEN_PANEL, OPEN_TITLE } from './browser';

const available = browserAvailable();

describe.skipIf(!available)('the map in Chromium', () => {
  const env = browserAndBuild();

  async function open(query = '', width = 1280, height = 900): Promise<{ page: Page; problems: PageProblems }> {
    const page = await env.browser.newPage({ viewport: { width, height } });
    const problems = watch(page, env.site.origin);
    await page.goto(`${env.site.origin}/${query}`);
    await page.waitForSelector('.map-frame svg path[role="button"]');
    return { page, problems };
  }

  test('draws all 241 shapes of the 50m atlas, each with a category, before any script runs', async () => {
    const page = await env.browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${env.site.origin}/`);
    const shapes = await page.$$eval('svg path[data-key]', (paths) =>
      paths.map((p) => ({ d: p.getAttribute('d') ?? '', category: p.getAttribute('data-category') })),
    );
    expect(shapes).toHaveLength(241);
    expect(shapes.every((s) => s.d.length > 0)).toBe(true);
    expect(new Set(shapes.map((s) => s.category))).toEqual(
      new Set(['iran', 'israel', 'ally', 'severed', 'neutral', 'defended', 'mentioned', 'none']),
    );
    expect(await page.$$eval('svg path[data-country]', (p) => p.length)).toBe(236);
    await page.close();
  });

  test('hovering a country names it and its stance', async () => {
    const { page, problems } = await open();
    const russia = await pointOn(page, '643');
    await page.mouse.move(russia.x, russia.y);
    const tooltip = page.getByRole('tooltip');
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toContain('Russia');
    expect(await tooltip.textContent()).toContain('Backs Iran');
    expect(problems).toEqual({ errors: [], foreign: [] });
    await page.close();
  });

  test('Bahrain, a few pixels wide, can be clicked at the default view and its panel quotes the article', async () => {
    const { page, problems } = await open();
    const shape = await page.locator('path[data-country="048"]').boundingBox();
    expect(shape && Math.max(shape.width, shape.height)).toBeLessThan(5);
    // The shape is ~3 px wide here; its marker and the near-centre target make it clickable.
    const bahrain = await markerOf(page, '048');
    await page.mouse.click(bahrain.x, bahrain.y - 1);
    await expect.poll(() => page.locator(OPEN_TITLE).textContent()).toBe('Bahrain');
    const quotes = await page.locator(`${OPEN_PANEL} blockquote`).allTextContents();
    expect(quotes.some((q) => q.includes('Bahrein'))).toBe(true);
    expect(problems).toEqual({ errors: [], foreign: [] });
    await page.close();
  });

  test('clicking opens the panel, Escape closes it and focus returns to the country', async () => {
    const { page, problems } = await open();
    const russia = await pointOn(page, '643');
    await page.mouse.click(russia.x, russia.y);
    await expect.poll(() => page.locator(OPEN_TITLE).textContent()).toBe('Russia');
    expect(await page.locator(`${OPEN_PANEL} blockquote`).count()).toBeGreaterThan(0);
    await expect.poll(() => page.url()).toContain('country=RUS');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(OPEN_PANEL).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-country'))).toBe('643');
    await expect.poll(() => page.url()).not.toContain('country=');
    expect(problems).toEqual({ errors: [], foreign: [] });
    await page.close();
  });

  test('on a wide screen a long panel scrolls in a column as tall as the map, and nothing below moves', async () => {
    const { page } = await open();
    const box = (selector: string) =>
      page.evaluate((s) => {
        const rect = (document.querySelector(s) as Element).getBoundingClientRect();
        return { top: Math.round(rect.top), bottom: Math.round(rect.bottom) };
      }, selector);
    const legendBefore = await box('.legend');
    const map = await box('.map-frame');
    const russia = await pointOn(page, '643');
    await page.mouse.click(russia.x, russia.y);
    await expect.poll(() => page.locator(OPEN_TITLE).textContent()).toBe('Russia');
    expect(await box('.legend')).toEqual(legendBefore);
    const panel = await box(OPEN_PANEL);
    expect(panel.bottom).toBeLessThanOrEqual(Math.max(map.bottom, panel.top + 384) + 1);
    // Russia's passages are longer than the map is tall: the panel scrolls, and its last words can be reached.
    const scroll = await page.$eval(OPEN_PANEL, (p) => ({ height: p.scrollHeight, shown: p.clientHeight }));
    expect(scroll.height).toBeGreaterThan(scroll.shown);
    // The other countries' panels are laid out but neither seen nor heard.
    expect(await page.getByRole('heading', { name: 'China', exact: true }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Russia', exact: true }).count()).toBe(1);
    await page.close();
  });

  test('the legend hides a category to plain land and brings it back', async () => {
    const { page } = await open();
    const fill = () =>
      page.evaluate(() => getComputedStyle(document.querySelector('path[data-country="643"]') as Element).fill);
    const land = await page.evaluate(
      () => getComputedStyle(document.querySelector('path[data-category="none"]') as Element).fill,
    );
    const ally = await fill();
    expect(ally).not.toBe(land);
    await page.locator('.legend').getByRole('button', { name: /Backs Iran/ }).click();
    expect(await fill()).toBe(land);
    await expect.poll(() => page.url()).toContain('show=severed,neutral,defended,mentioned');
    await page.locator('.legend').getByRole('button', { name: /Backs Iran/ }).click();
    expect(await fill()).toBe(ally);
    await page.close();
  });

  test('?country=RUS and ?country=643 open Russia; nonsense is ignored without an error', async () => {
    for (const query of ['?country=RUS', '?country=643', '?country=rus']) {
      const { page } = await open(query);
      await expect.poll(() => page.locator(OPEN_TITLE).textContent()).toBe('Russia');
      await page.close();
    }
    const { page, problems } = await open('?country=XXX%00<b>');
    expect(await page.locator(OPEN_PANEL).count()).toBe(0);
    expect(problems.errors).toEqual([]);
    await page.close();
  });

  test('fits a 320 px screen without horizontal scrolling', async () => {
    const { page } = await open('', 320, 640);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});
