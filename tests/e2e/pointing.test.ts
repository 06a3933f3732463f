// Pointing at the countries the article names where a reader would: their hearts, with a mouse and a finger.
import { describe, expect, test } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { browserAndBuild, browserAvailable, watch, OPEN_PANEL, OPEN_TITLE } from './browser';
import { inFrame, namedHearts, type NamedHeart } from './hearts';

const available = browserAvailable();

describe.skipIf(!available)('pointing at the countries the article names', () => {
  const env = browserAndBuild();

  async function open(options: BrowserContextOptions): Promise<Page> {
    const context = await env.browser.newContext(options);
    const page = await context.newPage();
    await page.goto(`${env.site.origin}/`);
    await page.waitForSelector('.map-frame svg path[role="button"]');
    return page;
  }

  test('on a desktop at the world view, hovering the heart of every named country names it, Israel included', async () => {
    const page = await open({ viewport: { width: 1280, height: 800 } });
    const problems = watch(page, env.site.origin);
    const hearts = await inFrame(page, await namedHearts(page));
    expect(hearts.map((h) => h.name)).toEqual(expect.arrayContaining(['Israel', 'Lebanon', 'Bahrain', 'Palestine', 'Switzerland', 'Albania', 'Iran']));
    const tooltip = page.getByRole('tooltip');
    const named: Record<string, string> = {};
    for (const heart of hearts) {
      // From outside the map, so every hover is a fresh arrival, as a reader's would be.
      await page.mouse.move(2, 2);
      await page.mouse.move(heart.x, heart.y, { steps: 2 });
      await expect.poll(async () => (await tooltip.isVisible()) && (await tooltip.textContent())).toBeTruthy();
      named[heart.name] = (await tooltip.textContent()) ?? '';
    }
    // Every miss at once: the countries whose heart names another.
    const misnamed = hearts.filter((h) => !named[h.name]?.includes(h.name)).map((h) => `${h.name} named ${named[h.name]}`);
    expect(misnamed).toEqual([]);
    expect(problems).toEqual({ errors: [], foreign: [] });
    await page.context().close();
  });

  test('labels and leader lines are drawn over the map yet never take the pointer, and are hidden from screen readers', async () => {
    const page = await open({ viewport: { width: 1280, height: 800 } });
    const labels = await page.$$eval('.map-labels text', (texts) =>
      texts
        .map((t) => ({ text: t.textContent ?? '', box: t.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0)
        .map(({ text, box }) => ({ text, x: box.left + box.width / 2, y: box.top + box.height / 2 })),
    );
    expect(labels.map((l) => l.text)).toEqual(expect.arrayContaining(['Iran', 'Russia', 'China']));
    for (const label of labels) {
      const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('.map-labels, .leaders') ?? null, label);
      expect(hit, label.text).toBeNull();
    }
    expect(await page.getAttribute('.map-labels', 'aria-hidden')).toBe('true');
    // Markers keep their public hooks and sit over the sea, off every country.
    const markers = await page.$$eval('circle[data-marker]', (circles) =>
      circles.map((c) => {
        const box = c.getBoundingClientRect();
        const under = document.elementsFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return { key: c.getAttribute('data-marker'), category: c.getAttribute('data-category'), onLand: under.some((e) => e.matches('path[data-key]')) };
      }),
    );
    expect(markers.map((m) => m.key).sort()).toEqual(['048', '275', '422']);
    for (const marker of markers) expect(marker, String(marker.key)).toMatchObject({ category: expect.not.stringMatching(/^none$/), onLand: false });
    await page.context().close();
  });

  test('on a phone, a tap at the heart of every named country with 4 px of room opens that country', async () => {
    const page = await open({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const problems = watch(page, env.site.origin);
    const tappable = (await inFrame(page, await namedHearts(page))).filter((h) => h.room >= 4);
    // Iran, the article's subject, is always among them.
    expect(tappable.map((h) => h.name)).toContain('Iran');
    for (const { key } of tappable) {
      // Opening a country scrolls the map above its sheet: find the heart where it is now.
      await page.evaluate(() => window.scrollTo(0, 0));
      const heart = (await namedHearts(page)).find((h) => h.key === key) as NamedHeart;
      await page.touchscreen.tap(heart.x, heart.y);
      await expect.poll(() => page.locator(OPEN_TITLE).textContent(), { message: heart.name }).toBe(heart.name);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator(OPEN_PANEL).count()).toBe(0);
    }
    expect(problems).toEqual({ errors: [], foreign: [] });
    await page.context().close();
  });
});
