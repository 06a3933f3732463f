// Runs Lighthouse 12 (mobile preset: simulated slow 4G, 4x CPU) on a served page in Debian's Chromium.
import { createServer } from 'node:net';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../scripts/chromium';

/** Category scores (0–100) and the load metrics Lighthouse reports, in ms except CLS. */
export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  tbtMs: number;
  fcpMs: number;
  lcpMs: number;
  cls: number;
  maxFidMs: number;
}

/** A port nobody listens on now, for Chromium's DevTools endpoint (Lighthouse connects by port, not by pipe). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  await new Promise((done) => server.close(done));
  if (!address || typeof address === 'string') throw new Error('could not find a free port');
  return address.port;
}

/** The scores of one Lighthouse run; a category Lighthouse could not score is NaN, so its row says n/a. */
export async function runLighthouse(url: string): Promise<LighthouseScores> {
  const port = await freePort();
  // A browser of its own: Lighthouse opens, emulates and throttles its own tab, and must not share a context.
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [`--remote-debugging-port=${port}`, '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync', '--disable-component-update'],
  });
  try {
    const result = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? NaN) * 100);
    const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      tbtMs: value('total-blocking-time'),
      fcpMs: value('first-contentful-paint'),
      lcpMs: value('largest-contentful-paint'),
      cls: value('cumulative-layout-shift'),
      maxFidMs: value('max-potential-fid'),
    };
  } finally {
    await browser.close();
  }
}
