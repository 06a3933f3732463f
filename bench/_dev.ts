import { chromium } from 'playwright-core';
import { serve } from '../scripts/serve';
import { installProbe } from './probe';
const site = await serve({ root: 'dist' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
for (let i = 0; i < 5; i++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(installProbe, { interactiveSelector: '.map-frame svg path[role="button"]', minPaths: 200 });
  await page.goto(site.origin + '/');
  await page.waitForTimeout(5000);
  console.log(await page.evaluate(() => JSON.stringify({ m: (window as any).__benchMarks, nav: performance.getEntriesByType('navigation').map((e: any) => [e.responseEnd, e.domInteractive, e.domContentLoadedEventEnd, e.loadEventEnd].map(Math.round)), paint: performance.getEntriesByType('paint').map((e) => [e.name, Math.round(e.startTime)]), res: performance.getEntriesByType('resource').map((e: any) => [e.name.slice(-20), Math.round(e.responseEnd)]) })));
  await context.close();
}
await browser.close(); await site.close();
