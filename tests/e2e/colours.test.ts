// The palette as Chromium applies it: each category's own colour on the map, quiet borders, the forced themes.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAndBuild, browserAvailable } from './browser';

const available = browserAvailable();

describe.skipIf(!available)('the colours in Chromium', () => {
  const env = browserAndBuild();

  async function open(colorScheme: 'light' | 'dark', theme?: 'light' | 'dark'): Promise<Page> {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme });
    await page.goto(`${env.site.origin}/`);
    await page.waitForSelector('.map-frame svg path[role="button"]');
    if (theme) await page.evaluate((value) => (document.documentElement.dataset.theme = value), theme);
    return page;
  }

  /** The computed fill and stroke of a country's shape, and the token colours resolved the same way. */
  function look(page: Page, numeric: string | null, tokens: string[]) {
    return page.evaluate(
      ({ numeric, tokens }) => {
        const path = document.querySelector(numeric ? `path[data-country="${numeric}"]` : 'path[data-category="none"]');
        const probe = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
        document.querySelector('.world-map')?.append(probe);
        const resolved = Object.fromEntries(
          tokens.map((token) => {
            probe.style.fill = `var(--${token})`;
            return [token, getComputedStyle(probe).fill];
          }),
        );
        probe.remove();
        const style = getComputedStyle(path as Element);
        return {
          fill: style.fill,
          stroke: style.stroke,
          scheme: getComputedStyle(document.documentElement).colorScheme,
          tokens: resolved,
        };
      },
      { numeric, tokens },
    );
  }

  test('each category fills its countries with its own colour, not plain land', async () => {
    const page = await open('light');
    const cases: [string, string][] = [
      ['364', 'iran'],
      ['376', 'israel'],
      ['643', 'ally'],
      ['826', 'defended'],
      ['760', 'mentioned'],
    ];
    for (const [numeric, token] of cases) {
      const seen = await look(page, numeric, [token, 'land']);
      expect(seen.fill, `${numeric} is ${token}`).toBe(seen.tokens[token]);
      expect(seen.fill).not.toBe(seen.tokens.land);
    }
    expect((await look(page, '124', [])).fill).toMatch(/url\(.*#pattern-severed.*\)/);
    expect((await look(page, '512', [])).fill).toMatch(/url\(.*#pattern-neutral.*\)/);
    await page.close();
  });

  test('borders of countries the article never names are quieter than those of named ones', async () => {
    const page = await open('light');
    const unnamed = await look(page, null, ['border-quiet', 'border']);
    const named = await look(page, '643', ['border']);
    expect(unnamed.stroke).toBe(unnamed.tokens['border-quiet']);
    expect(named.stroke).toBe(named.tokens.border);
    expect(unnamed.stroke).not.toBe(named.stroke);
    await page.close();
  });

  test('data-theme forces a palette whatever the system asks for, and the system decides without it', async () => {
    const lightPage = await open('light');
    const light = await look(lightPage, '643', []);
    const darkPage = await open('dark');
    const dark = await look(darkPage, '643', []);
    expect(dark.fill).not.toBe(light.fill);
    expect([light.scheme, dark.scheme]).toEqual(['light', 'dark']);

    const forcedLight = await open('dark', 'light');
    expect(await look(forcedLight, '643', [])).toMatchObject({ fill: light.fill, scheme: 'light' });
    const forcedDark = await open('light', 'dark');
    expect(await look(forcedDark, '643', [])).toMatchObject({ fill: dark.fill, scheme: 'dark' });
    for (const page of [lightPage, darkPage, forcedLight, forcedDark]) await page.close();
  });
});
