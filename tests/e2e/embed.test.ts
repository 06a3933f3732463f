// The map in another site's page: pym.js and the JSON messages size the frame, only the host can steer the map,
// and the share menu's files download. The host is examples/host.html, served from a second origin.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { parseHeaders, type Served } from '../../scripts/serve';
import { iframeSnippet } from '../../src/embed/snippets';
import { DIST, browserAvailable, launch, serveHostAndMap, watch, OPEN_TITLE, type HostAndMap } from './browser';

const available = browserAvailable();

const EXAMPLE = new URL('../../examples/host.html', import.meta.url);
const PYM = new URL('../../node_modules/pym.js/dist/pym.v1.min.js', import.meta.url);
/** The address examples/host.html tells editors to replace. */
const PLACEHOLDER = 'https://YOUR-MAP-HOST.example/';
const FRAME = 'iframe';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** A host without pym.js: the share menu's iframe code, sized by the documented height message. */
function plainHost(mapUrl: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Plain host</title></head>
<body style="margin:0;padding:1rem">
${iframeSnippet(mapUrl, 'Interactive map')}
<script>
  var frame = document.querySelector('iframe');
  window.addEventListener('message', function (event) {
    if (event.source !== frame.contentWindow || !event.data || event.data.type !== 'article-map:height') return;
    frame.style.height = event.data.height + 'px';
  });
</script>
</body></html>`;
}

describe.skipIf(!available)('the map embedded in a page on another origin', () => {
  let browser: Browser;
  let map: Served;
  let host: Served;
  let dir: string;
  let served: HostAndMap;

  beforeAll(async () => {
    browser = await launch();
    // The shipped CSP, served with frame-ancestors naming this test's host instead of "any https page".
    expect(parseHeaders(readFileSync(`${DIST}_headers`, 'utf8'))['Content-Security-Policy']).toContain('frame-ancestors');
    served = await serveHostAndMap('host');
    ({ dir, host, map } = served);
    const example = readFileSync(EXAMPLE, 'utf8');
    expect(example).toContain(PLACEHOLDER);
    writeFileSync(join(dir, 'host.html'), example.replaceAll(PLACEHOLDER, `${map.origin}/`));
    // The same host, with the share menu the editor may add to the embed.
    writeFileSync(
      join(dir, 'host-share.html'),
      example.replaceAll(PLACEHOLDER, `${map.origin}/`).replaceAll('/?embed=1', '/?embed=1&controls=share'),
    );
    writeFileSync(join(dir, 'plain.html'), plainHost(`${map.origin}/`));
    copyFileSync(PYM, join(dir, 'pym.v1.min.js'));
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  interface Hosted {
    page: Page;
    frame: Frame;
    errors: string[];
  }

  /** Opens a host page, records what the map's frame posts to it, and waits for the map to be ready. */
  async function openHost(file: string, width: number, before?: (page: Page) => Promise<unknown>): Promise<Hosted> {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    await before?.(page);
    const errors: string[] = [];
    // Failed loads are checked by address below; the browser's own favicon request to the host is no one's error.
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(message.text());
    });
    page.on('response', (response) => {
      if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) errors.push(`${response.status()} ${response.url()}`);
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(() => {
      const box = window as unknown as { __fromMap: unknown[]; __csp: string[] };
      box.__fromMap = [];
      box.__csp = [];
      window.addEventListener('message', (event) => {
        const frame = document.querySelector('iframe');
        if (frame && event.source === frame.contentWindow) box.__fromMap.push(event.data);
      });
      document.addEventListener('securitypolicyviolation', (e) => box.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(`${host.origin}/${file}`);
    await page.waitForSelector(FRAME);
    let frame: Frame | undefined;
    await expect.poll(() => (frame = page.frames().find((f) => f.url().startsWith(map.origin)))).toBeTruthy();
    await (frame as Frame).waitForSelector('.map-frame svg path[role="button"]');
    return { page, frame: frame as Frame, errors };
  }

  const frameHeight = (page: Page) =>
    page.evaluate((selector) => document.querySelector(selector)?.getBoundingClientRect().height ?? 0, FRAME);

  /** The iframe's height once it has stopped changing for a few checks in a row. */
  async function settledHeight(page: Page): Promise<number> {
    let last = -1;
    let same = 0;
    for (let i = 0; i < 60 && same < 4; i += 1) {
      const height = await frameHeight(page);
      same = height === last ? same + 1 : 0;
      last = height;
      await page.waitForTimeout(100);
    }
    return last;
  }

  /** The frame is as tall as the document in it, and the document does not scroll sideways. */
  async function expectFitted({ page, frame }: Hosted) {
    const height = await settledHeight(page);
    const inside = await frame.evaluate(() => ({
      height: document.documentElement.scrollHeight,
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(height).toBeGreaterThan(200); // not the browser's default 150 px: the host did resize it
    expect(Math.abs(height - inside.height)).toBeLessThanOrEqual(2);
    expect(inside.scrollWidth).toBeLessThanOrEqual(inside.clientWidth);
    return height;
  }

  const fromMap = (page: Page) => page.evaluate(() => (window as unknown as { __fromMap: unknown[] }).__fromMap);
  const panelTitle = (frame: Frame) => frame.evaluate((title) => document.querySelector(title)?.textContent ?? null, OPEN_TITLE);
  const violations = (target: Page | Frame) => target.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

  test.each([900, 420])('with pym.js at %i px, the frame fits the map, and follows a panel opening and closing', async (width) => {
    const hosted = await openHost('host.html', width);
    const { page, frame } = hosted;
    expect(new URL(frame.url()).searchParams.get('childId')).toBe('article-map');
    const closed = await expectFitted(hosted);

    // The example's own button sends the documented select message.
    await page.getByRole('button', { name: 'Show Russia' }).click();
    await expect.poll(() => panelTitle(frame)).toBe('Russia');
    const open = await expectFitted(hosted);
    expect(open).toBeGreaterThan(closed);
    await expect.poll(() => page.locator('#map-choice').textContent()).toBe('Open: Russia.');

    await page.getByRole('button', { name: 'Close the country' }).click();
    await expect.poll(() => panelTitle(frame)).toBeNull();
    expect(Math.abs((await expectFitted(hosted)) - closed)).toBeLessThanOrEqual(2);

    expect(await violations(frame)).toEqual([]);
    expect(hosted.errors).toEqual([]);
    await page.close();
  });

  test.each([280, 1600])('at %i px the embed fills the width without a horizontal scrollbar, with only the map, legend and credit', async (width) => {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${map.origin}/?embed=1`);
    await page.waitForSelector('.map-frame svg path[role="button"]');
    const fit = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
      map: document.querySelector('#world-map')?.getBoundingClientRect().width ?? 0,
      stage: document.querySelector('.stage')?.getBoundingClientRect().width ?? 0,
      credit: document.querySelector('.credit')?.textContent ?? '',
      masthead: (document.querySelector('.masthead')?.getBoundingClientRect().height ?? 0) > 0,
      toolbar: (document.querySelector('.toolbar')?.getBoundingClientRect().height ?? 0) > 0,
    }));
    expect(fit.scrollWidth).toBeLessThanOrEqual(fit.clientWidth);
    // The map and, from 900 px, the panel's column beside it take the whole width.
    expect(fit.stage).toBeGreaterThan(width * 0.9);
    expect(fit.map).toBeGreaterThan(width * (width >= 900 ? 0.6 : 0.85));
    expect(fit.credit).toContain('Iran’s allies in 2024');
    expect(fit.masthead).toBe(false);
    expect(fit.toolbar).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('pym.js: a host resized from wide to narrow gets the new height', async () => {
    const hosted = await openHost('host.html', 900);
    const wide = await expectFitted(hosted);
    await hosted.page.setViewportSize({ width: 420, height: 800 });
    const narrow = await expectFitted(hosted);
    expect(narrow).not.toBe(wide);
    const pymHeights = (await fromMap(hosted.page)).filter(
      (data): data is string => typeof data === 'string' && data.startsWith('pymxPYMxarticle-mapxPYMxheightxPYMx'),
    );
    expect(pymHeights.at(-1)).toBe(`pymxPYMxarticle-mapxPYMxheightxPYMx${narrow}`);
    await hosted.page.close();
  });

  test('the share menu, when the editor adds it, opens from the keyboard inside the frame, and the frame grows to show it', async () => {
    const hosted = await openHost('host-share.html', 420);
    const before = await expectFitted(hosted);
    await hosted.frame.focus('summary');
    await hosted.page.keyboard.press('Enter');
    await expect.poll(() => hosted.frame.evaluate(() => document.querySelector('details.share')?.hasAttribute('open'))).toBe(true);
    expect(await expectFitted(hosted)).toBeGreaterThan(before);
    await hosted.page.close();
  });

  test('without pym.js: the height message sizes the frame; a select message opens Russia and the host hears it', async () => {
    const hosted = await openHost('plain.html', 420);
    const { page, frame } = hosted;
    await expectFitted(hosted);
    const heights = (await fromMap(page)).filter((d) => typeof d === 'object' && d !== null);
    expect(heights.at(-1)).toEqual({ type: 'article-map:height', height: await settledHeight(page) });
    expect((await fromMap(page)).some((d) => typeof d === 'string')).toBe(false); // no childId, no pym strings

    await page.evaluate((selector) => {
      const target = document.querySelector<HTMLIFrameElement>(selector)?.contentWindow;
      target?.postMessage({ type: 'article-map:select', country: 'RUS' }, '*');
    }, FRAME);
    await expect.poll(() => panelTitle(frame)).toBe('Russia');
    await expect
      .poll(async () => (await fromMap(page)).filter((d) => (d as { type?: string })?.type === 'article-map:selected'))
      .toEqual([{ type: 'article-map:selected', country: 'RUS', name: 'Russia' }]);
    await expectFitted(hosted);

    await page.evaluate((selector) => {
      const target = document.querySelector<HTMLIFrameElement>(selector)?.contentWindow;
      target?.postMessage({ type: 'article-map:show', categories: ['severed'] }, '*');
    }, FRAME);
    await expect.poll(() => frame.evaluate(() => document.querySelector('.map')?.className)).toContain('hide-ally');
    expect(hosted.errors).toEqual([]);
    await page.close();
  });

  test('messages from a sibling frame, from the map itself or of the wrong shape are not acted on', async () => {
    const hosted = await openHost('plain.html', 900);
    const { page, frame } = hosted;
    // A sibling frame on the host's origin that posts to the map.
    await page.evaluate(() => {
      const sibling = document.createElement('iframe');
      sibling.name = 'sibling';
      sibling.srcdoc = '<p>an advert</p>';
      document.body.append(sibling);
      return new Promise((done) => sibling.addEventListener('load', done));
    });
    const sibling = page.frame({ name: 'sibling' });
    expect(sibling).toBeTruthy();
    await sibling?.evaluate(() => {
      const map = window.parent.document.querySelector('iframe')?.contentWindow;
      map?.postMessage({ type: 'article-map:select', country: 'RUS' }, '*');
      map?.postMessage({ type: 'article-map:show', categories: [] }, '*');
    });
    // The map's own window, as an injected script there would.
    await frame.evaluate(() => window.postMessage({ type: 'article-map:select', country: 'IRN' }, '*'));
    // The host, with shapes the protocol does not have.
    await page.evaluate((selector) => {
      const target = document.querySelector<HTMLIFrameElement>(selector)?.contentWindow;
      for (const message of [
        JSON.stringify({ type: 'article-map:select', country: 'RUS' }),
        { type: 'article-map:select', country: 'RUS', extra: 1 },
        JSON.parse('{"type":"article-map:select","country":"RUS","__proto__":{"polluted":1}}'),
        { type: 'article-map:select', country: 'R'.repeat(10_000) },
        { type: 'article-map:show', categories: ['iran'] },
        'pymxPYMxarticle-mapxPYMxwidthxPYMx300',
      ]) target?.postMessage(message, '*');
      // Then one the map must act on: once it has, it has handled every message sent before it.
      target?.postMessage({ type: 'article-map:select', country: 'YEM' }, '*');
    }, FRAME);
    await expect.poll(() => panelTitle(frame)).toBe('Yemen');
    const selected = () => fromMap(page).then((data) => data.filter((d) => (d as { type?: string })?.type === 'article-map:selected'));
    await expect.poll(selected).toHaveLength(1);
    expect(await selected()).toEqual([{ type: 'article-map:selected', country: 'YEM', name: 'Yemen' }]);
    expect(await frame.evaluate(() => document.querySelector('.map')?.className)).not.toMatch(/hide-/);
    expect(await frame.evaluate(() => Object.keys(Object.prototype).length)).toBe(0);
    expect(hosted.errors).toEqual([]);
    await page.close();
  });

  test('a host that steers the map before the map listens is acted on once it does, not ignored', async () => {
    // The map is drawn and answers the reader, but the listener for its host waits for the message schemas,
    // held back here as on a slow connection.
    let release = () => {};
    const held = new Promise<void>((done) => (release = done));
    const { page, frame, errors } = await openHost('plain.html', 900, (page) =>
      page.route('**/assets/messages-*.js', async (route) => {
        await held;
        await route.continue();
      }),
    );
    await page.evaluate((selector) => {
      document.querySelector<HTMLIFrameElement>(selector)?.contentWindow?.postMessage({ type: 'article-map:select', country: 'YEM' }, '*');
    }, FRAME);
    // Delivered, and nothing is open yet: the map is not listening.
    await page.waitForTimeout(300);
    expect(await panelTitle(frame)).toBeNull();
    release();
    await expect.poll(() => panelTitle(frame)).toBe('Yemen');
    const selected = () => fromMap(page).then((data) => data.filter((d) => (d as { type?: string })?.type === 'article-map:selected'));
    await expect.poll(selected).toEqual([{ type: 'article-map:selected', country: 'YEM', name: 'Yemen' }]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test.each(['light', 'dark'] as const)('the open share menu passes axe in the %s theme, on the page and in an embed', async (theme) => {
    for (const query of ['', '?embed=1&controls=share']) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: theme });
      const page = await context.newPage();
      await page.goto(`${map.origin}/${query}`);
      await page.waitForSelector('.map-frame svg path[role="button"]');
      await page.getByText('Share or embed').click();
      await page.getByRole('button', { name: 'Copy link' }).click(); // fills the status line too
      // evaluate() runs outside the page's CSP, which rightly forbids injected inline scripts.
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (c: string, o: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
        const result = await axe.run('details.share', {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        });
        return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
      });
      expect(violations, query || 'page').toEqual([]);
      await context.close();
    }
  });

  test('the share menu downloads the view as SVG and PNG, and the data as CSV and JSON', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems = watch(page, map.origin);
    await page.addInitScript(() => {
      const box = window as unknown as { __csp: string[] };
      box.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => box.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(`${map.origin}/?show=ally,severed,neutral`);
    await page.waitForSelector('.map-frame svg path[role="button"]');
    await page.getByText('Share or embed').click();
    const download = async (name: string) => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
      return { name: file.suggestedFilename(), body: await readFile(await file.path()) };
    };

    const svg = await download('Map as SVG');
    expect(svg.name).toBe('iran-allies-2024-map.svg');
    const text = svg.body.toString('utf8');
    expect(text).toMatch(/^<\?xml[^>]*\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(text).toContain('Backs Iran (');
    expect(text).toContain('Not coloured in this view: Helped defend Israel; Mentioned, no stance on Iran');
    expect(text).toContain('Source: ');
    expect(text).not.toMatch(/tabindex|role="button"|var\(--/);
    // The file renders on its own: shapes carry their colours, and it parses as an image.
    const standalone = await page.evaluate(async (markup) => {
      const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
      const russia = doc.querySelector('path[data-country="643"]');
      const image = new Image();
      image.src = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
      await image.decode();
      return { error: doc.querySelector('parsererror') !== null, fill: russia?.getAttribute('fill'), width: image.naturalWidth };
    }, text);
    expect(standalone.error).toBe(false);
    expect(standalone.fill).toMatch(/^rgb/);
    expect(standalone.width).toBeGreaterThan(0);

    const png = await download('Map as PNG');
    expect(png.name).toBe('iran-allies-2024-map.png');
    expect(png.body.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.body.readUInt32BE(16)).toBe(standalone.width * 2);

    const csv = await download('Data as CSV');
    expect(csv.name).toBe('iran-allies-2024-data.csv');
    expect(csv.body.toString('utf8')).toMatch(/^\uFEFFcountry,alpha3,numeric,category,relation,summary,quotes,note,source\r\n/);
    expect(csv.body.toString('utf8')).toContain('Russia,RUS,643,ally,');

    const json = await download('Data as JSON');
    expect(json.name).toBe('iran-allies-2024-data.json');
    const data = JSON.parse(json.body.toString('utf8')) as { source: { headline: string }; countries: unknown[] };
    expect(data.source.headline).toBeTruthy();
    expect(data.countries.length).toBeGreaterThan(0);

    expect(await violations(page)).toEqual([]);
    expect(problems).toEqual({ errors: [], foreign: [] });
    await page.close();
  });
});
