// Starts Debian's Chromium through playwright-core and serves the production build, for the browser tests.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page, ConsoleMessage } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM, launchChromium } from '../../scripts/chromium';
import { parseHeaders, serve, type Served } from '../../scripts/serve';

export { CHROMIUM };
export const DIST = new URL('../../dist/', import.meta.url).pathname;

/** True when the browser tests can run. In CI a missing browser or build is an error, never a skip. */
export function browserAvailable(): boolean {
  const missing = [!existsSync(CHROMIUM) && `Chromium at ${CHROMIUM}`, !existsSync(`${DIST}index.html`) && 'dist/ (run npm run build)']
    .filter(Boolean)
    .join(' and ');
  if (!missing) return true;
  if (process.env.CI) throw new Error(`Browser tests need ${missing}; CI must install them (see .ci/run).`);
  console.warn(`\n⚠️  SKIPPING BROWSER TESTS: ${missing} not found. Install with: apt-get install -y chromium\n`);
  return false;
}

export const launch = launchChromium;

export async function serveDist(headers: Record<string, string> = {}): Promise<Served> {
  return serve({ root: DIST, headers });
}

export interface PageProblems {
  errors: string[];
  /** Requests that left the page's own origin (and data:/blob:). */
  foreign: string[];
}

/** Records console errors, page errors, dialogs and requests to other origins, for the test to assert none. */
export function watch(page: Page, origin: string): PageProblems {
  const problems: PageProblems = { errors: [], foreign: [] };
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') problems.errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.errors.push(`pageerror: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.foreign.push(url);
  });
  return problems;
}

/** A browser and the production build served on localhost, for the tests of one file: started before, closed after. */
export function browserAndBuild(): { browser: Browser; site: Served } {
  const env = {} as { browser: Browser; site: Served };
  beforeAll(async () => {
    env.browser = await launch();
    env.site = await serveDist();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  return env;
}

/** The open country's panel: every panel is on the page from the start, all but the open one hidden. */
export const OPEN_PANEL = '.panel-slot:not([hidden]) .panel';
/** The open panel's heading, the country's name. */
export const OPEN_TITLE = `${OPEN_PANEL} h2`;

export interface HostAndMap {
  /** Where the host's pages go (write them before loading them). */
  dir: string;
  host: Served;
  /** The build, served under the shipped CSP with frame-ancestors naming the host instead of "any https page". */
  map: Served;
  close: () => Promise<void>;
}

/** A host page's origin and the map on another, as a news page frames the embed. */
export async function serveHostAndMap(name: string): Promise<HostAndMap> {
  const dir = mkdtempSync(join(tmpdir(), `article-map-${name}-`));
  const host = await serve({ root: dir });
  const csp = parseHeaders(readFileSync(`${DIST}_headers`, 'utf8'))['Content-Security-Policy'] ?? '';
  const map = await serveDist({ 'Content-Security-Policy': csp.replace(/frame-ancestors[^;]*/, `frame-ancestors ${host.origin}`) });
  return {
    dir,
    host,
    map,
    close: async () => {
      await map.close();
      await host.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
