// Takes the README's screenshots from the real production build in headless Chromium: `npm run screenshot`.
// The desktop page with a panel open, the phone's bottom sheet, and the embed in a 700×500 frame of a news page.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, OPEN_TITLE, launch, serveDist } from '../tests/e2e/browser';
import { parseHeaders, serve } from './serve';

const DOCS = new URL('../docs/', import.meta.url).pathname;

const browser = await launch();
// The shipped CSP lets https pages frame the map; the host page here is on another localhost port.
const csp = parseHeaders(readFileSync(`${DIST}_headers`, 'utf8'))['Content-Security-Policy'] ?? '';
const site = await serveDist({ 'Content-Security-Policy': csp.replace(/frame-ancestors[^;]*/, 'frame-ancestors *') });
const hostDir = mkdtempSync(join(tmpdir(), 'article-map-shot-'));
writeFileSync(
  join(hostDir, 'index.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A news page</title></head>` +
    `<body style="margin:24px;font:17px/1.5 Georgia,serif;background:#faf7f0;color:#222">` +
    `<h1 style="font-size:26px">A news page that embeds the map</h1><p>The article’s text runs above the graphic…</p>` +
    `<iframe src="${site.origin}/?embed=1" width="700" height="500" style="border:1px solid #bbb" title="Interactive map: Iran’s allies in 2024"></iframe>` +
    `<p>…and goes on below it.</p></body></html>`,
);
const host = await serve({ root: hostDir });
try {
  const desktop = await browser.newPage({ viewport: { width: 1280, height: 860 }, deviceScaleFactor: 1 });
  await desktop.goto(`${site.origin}/?country=YEM`);
  await desktop.waitForSelector(OPEN_TITLE);
  await desktop.waitForSelector('html[data-view]', { state: 'attached' });
  const iran = await desktop.locator('path[data-country="364"]').boundingBox();
  if (iran) await desktop.mouse.move(iran.x + iran.width * 0.45, iran.y + iran.height * 0.45);
  await desktop.waitForSelector('[role="tooltip"]:not([hidden])');
  await desktop.screenshot({ path: `${DOCS}screenshot.png` });

  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const sheet = await phone.newPage();
  await sheet.goto(`${site.origin}/?country=YEM`);
  await sheet.waitForSelector('html[data-view]', { state: 'attached' });
  await sheet.waitForTimeout(600); // the sheet's scroll and the map's pan settle
  await sheet.screenshot({ path: `${DOCS}phone-sheet.png` });
  await phone.close();

  const news = await browser.newPage({ viewport: { width: 760, height: 700 }, deviceScaleFactor: 1 });
  await news.goto(`${host.origin}/`);
  const frame = news.frames().find((f) => f.url().startsWith(site.origin));
  await frame?.waitForSelector('html[data-view]', { state: 'attached' });
  const china = await frame?.locator('path[data-country="156"]').boundingBox();
  if (china) await news.mouse.click(china.x + china.width * 0.6, china.y + china.height * 0.5);
  await frame?.waitForSelector(OPEN_TITLE);
  await news.screenshot({ path: `${DOCS}embed-700x500.png` });
  console.log(`wrote ${DOCS}screenshot.png, phone-sheet.png and embed-700x500.png`);
} finally {
  await browser.close();
  await site.close();
  await host.close();
  rmSync(hostDir, { recursive: true, force: true });
}
