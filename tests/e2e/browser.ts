// Starts Debian's Chromium through playwright-core and serves the production build, for the browser tests.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page, type ConsoleMessage } from 'playwright-core';
import { serve, type Served } from '../../scripts/serve';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
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

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}

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
