// Every country the article names has its own page in the build, with the tags link cards and search engines
// read, a preview image and (when the site's address is known) an oEmbed response; in a browser it opens whole.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildArticleMap } from '../../scripts/mapBuild';
import { distinctColours, pixels, pngSize } from '../unit/site/png';
import { DIST, browserAndBuild, browserAvailable, OPEN_TITLE } from './browser';

const available = browserAvailable();

const dataset = JSON.parse(readFileSync(new URL('../../data/countries.json', import.meta.url), 'utf8')) as {
  countries: { alpha3: string }[];
};
const build = buildArticleMap();
if (!build.ok) throw new Error(build.errors.join('\n'));
const nameOf = new Map(build.model.countries.map((c) => [c.alpha3, c.name]));

/** Built with SITE_URL: the build then writes oembed.json files and the tags that need absolute addresses. */
const withSiteUrl = available && existsSync(`${DIST}oembed.json`);

const unescape = (text: string) =>
  text.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
const attribute = (tag: string, name: string) => {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? unescape(match[1] as string) : null;
};
const tagsOf = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[0]);

describe.skipIf(!available)('country pages in the build', () => {
  const countries = dataset.countries.map((c) => [c.alpha3, c.alpha3.toLowerCase()] as const);

  test('the dataset has countries, each with a name', () => {
    expect(countries.length).toBeGreaterThan(10);
    for (const [a3] of countries) expect(nameOf.get(a3), a3).toBeTruthy();
  });

  test.each(countries)('%s: its own page, with its title, description, tags and open panel', (a3, lower) => {
    const file = `${DIST}country/${lower}/index.html`;
    expect(existsSync(file), file).toBe(true);
    const html = readFileSync(file, 'utf8');
    const name = nameOf.get(a3) as string;

    const titles = tagsOf(html, /<title>([^<]*)<\/title>/g);
    expect(titles).toHaveLength(1);
    expect(unescape(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '')).toContain(name);
    const descriptions = tagsOf(html, /<meta\s+name="description"[^>]*>/g);
    expect(descriptions).toHaveLength(1);
    expect((attribute(descriptions[0] as string, 'content') ?? '').length).toBeGreaterThan(20);

    // The page opens on its country: the root names its shape and that shape's panel is the one not hidden.
    const key = attribute(/<html[^>]*>/.exec(html)?.[0] ?? '', 'data-page');
    expect(key, 'html[data-page]').toBeTruthy();
    const slot = new RegExp(`<div class="panel-slot" data-panel="${key}"([^>]*)>`).exec(html);
    expect(slot, 'its panel').toBeTruthy();
    expect(slot?.[1]).not.toMatch(/\bhidden\b/);
    expect(html).toMatch(new RegExp(`<h2[^>]*>${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</h2>`));

    const canonical = tagsOf(html, /<link\s+rel="canonical"[^>]*>/g);
    const discovery = tagsOf(html, /<link\s+rel="alternate"\s+type="application\/json\+oembed"[^>]*>/g);
    const ogImage = tagsOf(html, /<meta\s+property="og:image"[^>]*>/g);
    if (withSiteUrl) {
      // Built with SITE_URL: absolute addresses for the page, its oEmbed response and its preview.
      expect(canonical).toHaveLength(1);
      expect(attribute(canonical[0] as string, 'href')).toMatch(new RegExp(`^https?://.+/country/${lower}/$`));
      expect(discovery).toHaveLength(1);
      expect(attribute(discovery[0] as string, 'href')).toMatch(new RegExp(`^https?://.+/country/${lower}/oembed\\.json$`));
      expect(ogImage).toHaveLength(1);
      expect(attribute(ogImage[0] as string, 'content')).toMatch(new RegExp(`^https?://.+/country/${lower}/preview\\.png$`));
    } else {
      // Built without SITE_URL (the site's address unknown): tags that need an absolute URL are left out, never
      // written with a relative or made-up address. `npm test` building with SITE_URL exercises the other branch.
      expect(canonical).toEqual([]);
      expect(discovery).toEqual([]);
      expect(ogImage).toEqual([]);
    }
  });

  test.each(countries)('%s: a 1200×630 preview image that is not blank', (_a3, lower) => {
    const file = `${DIST}country/${lower}/preview.png`;
    expect(existsSync(file), file).toBe(true);
    const png = readFileSync(file);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    // A map with its key and words has many colours (antialiased edges); a blank or flat image has one or two.
    expect(distinctColours(pixels(png))).toBeGreaterThan(50);
  });

  test.each(countries)('%s: an oEmbed response when the build knows the site’s address', (a3, lower) => {
    const file = `${DIST}country/${lower}/oembed.json`;
    expect(existsSync(file)).toBe(withSiteUrl);
    if (!withSiteUrl) return; // asserted absent just above: without SITE_URL the build writes none
    const oembed = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    expect(oembed.version).toBe('1.0');
    expect(oembed.type).toBe('rich');
    expect(oembed.width).toEqual(expect.any(Number));
    expect(oembed.height).toEqual(expect.any(Number));
    expect(oembed.width as number).toBeGreaterThan(0);
    expect(oembed.height as number).toBeGreaterThan(0);
    expect(oembed.thumbnail_url).toMatch(new RegExp(`^https?://.+/country/${lower}/preview\\.png$`));
    const src = unescape(/<iframe[^>]*\ssrc="([^"]*)"/.exec(String(oembed.html))?.[1] ?? '');
    expect(src).toMatch(/^https?:\/\//);
    const query = new URL(src).searchParams;
    expect(query.get('country')).toBe(a3);
    expect(query.get('embed')).toBe('1');
  });

  test('a code the article does not name has no page', () => {
    const named = new Set(countries.map(([, lower]) => lower));
    for (const lower of ['fra', 'deu', 'jor', 'xxx']) {
      expect(named.has(lower)).toBe(false);
      expect(existsSync(`${DIST}country/${lower}/`), `country/${lower}/`).toBe(false);
    }
  });
});

describe.skipIf(!available)('a country page in the browser', () => {
  const env = browserAndBuild();

  test('/country/rus/ hydrates with Russia’s panel open and the map where it was at first paint', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(() => {
      const tick = () => {
        const box = document.querySelector('svg#world-map')?.getBoundingClientRect();
        if (box && box.width > 0 && box.height > 0) {
          (window as unknown as { __firstBox: object }).__firstBox = { x: box.x, y: box.y + window.scrollY, width: box.width, height: box.height };
          return;
        }
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${env.site.origin}/country/rus/`);
    await page.waitForSelector('html[data-view]', { state: 'attached' });
    expect(await page.locator(OPEN_TITLE).textContent()).toBe('Russia');
    expect(await page.locator(OPEN_TITLE).isVisible()).toBe(true);
    const { first, hydrated } = await page.evaluate(
      () =>
        new Promise<{ first: Record<string, number>; hydrated: Record<string, number> }>((done) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              const box = document.querySelector('svg#world-map')?.getBoundingClientRect() as DOMRect;
              done({
                first: (window as unknown as { __firstBox: Record<string, number> }).__firstBox,
                hydrated: { x: box.x, y: box.y + window.scrollY, width: box.width, height: box.height },
              });
            }),
          ),
        ),
    );
    expect(first, 'a map box at first paint').toBeTruthy();
    for (const side of ['x', 'y', 'width', 'height']) {
      expect(Math.abs((first[side] as number) - (hydrated[side] as number)), `${side}: ${first[side]} → ${hydrated[side]}`).toBeLessThanOrEqual(0.5);
    }
    expect(new URL(page.url()).pathname).toBe('/country/rus/');
    // The address stays a link to what the reader sees: another country is the main page's ?country=, and
    // with nothing open it is the main page.
    await page.evaluate(() => window.scrollTo(0, 0));
    const china = await page.locator('path[data-country="156"]').boundingBox();
    if (!china) throw new Error('no China on the map');
    await page.mouse.click(china.x + china.width * 0.55, china.y + china.height * 0.5);
    await expect.poll(() => page.locator(OPEN_TITLE).textContent()).toBe('China');
    await expect.poll(() => `${new URL(page.url()).pathname}${new URL(page.url()).search}`).toBe('/?country=CHN');
    await page.keyboard.press('Escape');
    await expect.poll(() => `${new URL(page.url()).pathname}${new URL(page.url()).search}`).toBe('/');
    expect(errors).toEqual([]);
    await context.close();
  });
});
