// How the page reads at a glance: key and legend with the map in the first screen, the table on a small phone,
// and a quote's passage in the article and back.
import { describe, expect, test } from 'vitest';
import { OPEN_TITLE, browserAndBuild, browserAvailable, watch } from './browser';

const available = browserAvailable();

describe.skipIf(!available)('reading the graphic', () => {
  const env = browserAndBuild();

  test('what the address opens before React hydrates (a country the article does not name, a zoom) hydrates without an error', async () => {
    for (const query of ['?country=BRA', '?country=LBN&zoom=4/3050/940', '?embed=1&country=CHN']) {
      const page = await env.browser.newPage({ viewport: { width: 1280, height: 800 } });
      const problems = watch(page, env.site.origin);
      await page.goto(`${env.site.origin}/${query}`);
      await page.waitForSelector('html[data-view]', { state: 'attached' });
      await expect.poll(() => page.locator(OPEN_TITLE).isVisible(), { message: query }).toBe(true);
      // Still the page's own panel after hydration, and it still answers: close it and open another.
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator(OPEN_TITLE).count(), { message: query }).toBe(0);
      expect(problems, query).toEqual({ errors: [], foreign: [] });
      await page.close();
    }
  });

  test('the tooltip is a compact card beside the country, never over it, and hides once its panel opens', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${env.site.origin}/`);
    await page.waitForSelector('html[data-view]', { state: 'attached' });
    for (const [id, name] of [['364', 'Iran'], ['818', 'Egypt'], ['887', 'Yemen'], ['862', 'Venezuela']] as const) {
      const shape = page.locator(`path[data-country="${id}"]`);
      const box = await shape.boundingBox();
      if (!box) throw new Error(`no ${name}`);
      // The heart of a compact country is near its box's middle; aim a little inside it.
      await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5, { steps: 2 });
      const tooltip = page.getByRole('tooltip');
      await expect.poll(() => tooltip.textContent(), { message: name }).toContain(name);
      const card = await tooltip.boundingBox();
      if (!card) throw new Error('no tooltip box');
      const overlaps = card.x < box.x + box.width && card.x + card.width > box.x && card.y < box.y + box.height && card.y + card.height > box.y;
      expect(overlaps, `${name}'s card ${JSON.stringify(card)} over its box ${JSON.stringify(box)}`).toBe(false);
      // Name, stances and one line: a compact card.
      expect(card.height, name).toBeLessThan(110);
    }
    await page.mouse.down();
    await page.mouse.up();
    await expect.poll(() => page.locator(OPEN_TITLE).textContent()).toBe('Venezuela');
    await expect.poll(() => page.getByRole('tooltip').isVisible()).toBe(false);
    await page.close();
  });

  test('on a wide screen the table and the article take the map’s wide column, with the panel beside them', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 800 } });
    for (const [query, selector, content] of [
      ['?view=table&country=YEM', '.table-view', 'table'],
      ['?view=article&country=YEM', '.article-pane', 'mark'],
    ] as const) {
      await page.goto(`${env.site.origin}/${query}`);
      await page.locator(`${selector} ${content}`).first().waitFor();
      const view = await page.locator(selector).boundingBox();
      const panel = await page.locator(OPEN_TITLE).boundingBox();
      if (!view || !panel) throw new Error(`${query}: no view or no panel`);
      expect(view.width, query).toBeGreaterThan(800);
      expect(view.x, query).toBeLessThan(40);
      expect(panel.x, query).toBeGreaterThan(view.x + view.width);
    }
    await page.close();
  });

  test('at 1280×800 the key, the whole map and the legend are on the first screen', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${env.site.origin}/`);
    const boxes = await page.evaluate(() =>
      ['.key-summary', '.map-frame', '.legend'].map((selector) => {
        const box = document.querySelector(selector)?.getBoundingClientRect();
        return { selector, top: box?.top ?? -1, bottom: box?.bottom ?? Infinity };
      }),
    );
    for (const box of boxes) {
      expect(box.top, box.selector).toBeGreaterThanOrEqual(0);
      expect(box.bottom, box.selector).toBeLessThanOrEqual(800);
    }
    // The key comes before the map, the legend after it.
    expect(boxes[0]?.bottom ?? 0).toBeLessThanOrEqual(boxes[1]?.top ?? 0);
    expect(boxes[2]?.top ?? 0).toBeGreaterThanOrEqual(boxes[1]?.bottom ?? 0);
    await page.close();
  });

  test('on a 320 px phone the table is cards without sideways scrolling, and opening a country keeps the place', async () => {
    const context = await env.browser.newContext({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${env.site.origin}/?view=table`);
    await page.waitForSelector('html[data-view="table"]', { state: 'attached' });
    await page.waitForSelector('.table-view table');
    for (const details of await page.locator('.table-view details').all()) await details.evaluate((d) => ((d as HTMLDetailsElement).open = true));
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    const yemen = page.locator('.table-view button', { hasText: 'Yemen' }).first();
    await yemen.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    await yemen.tap();
    await expect.poll(() => page.locator(OPEN_TITLE).textContent()).toBe('Yemen');
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThan(2);
    await context.close();
  });

  test('a quote’s “Read in context” opens the article at its passage, and the passage leads back to the country', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const problems = watch(page, env.site.origin);
    await page.goto(`${env.site.origin}/?country=LBN`);
    await page.waitForSelector('html[data-view="map"]', { state: 'attached' });
    await expect.poll(() => page.locator(OPEN_TITLE).textContent()).toBe('Lebanon');
    await page.locator('.panel-slot:not([hidden]) .quote__context').first().click();
    await page.waitForSelector('html[data-view="article"]', { state: 'attached' });
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('article');
    expect(new URL(page.url()).searchParams.get('quote')).toMatch(/^lbn-\d+-\d+$/);
    const current = page.locator('a.passage__country[aria-current="true"]');
    await expect.poll(() => current.count()).toBe(1);
    expect(await current.textContent()).toBe('Lebanon');
    // Back to the map, then from another passage to its country.
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Article', exact: true }).click();
    await page.locator('a.passage__country[data-alpha3="EGY"]').first().click();
    await expect.poll(() => page.locator(OPEN_TITLE).textContent()).toBe('Egypt');
    expect(problems).toEqual({ errors: [], foreign: [] });
    await page.close();
  });
});
