// Hostile input, failures and a strict CSP: the page stays up, stays correct and runs nothing it was handed.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseHeaders } from '../../scripts/serve';
import { DIST, browserAndBuild, browserAvailable, watch, OPEN_TITLE } from './browser';

const available = browserAvailable();

/** At least 100 query strings no one should be able to hurt the page with. */
function hostileQueries(): string[] {
  const payloads = [
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '%E0%A4%A',
    '%',
    '%%%',
    '%00',
    '%u0041',
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    '../../etc/passwd',
    '\u202e\u0000\uffff',
    '😀😀',
    'NaN',
    'Infinity/1/1',
    '1e309/0/0',
    '-1/-1/-1',
    '8/99999999/1',
    '2/1/1/1/1',
    'ally,ally,ally,severed',
    ',,,,',
    'A'.repeat(4096),
    '%41'.repeat(1400),
    'RUS'.repeat(1400),
  ];
  const queries: string[] = [];
  for (const name of ['country', 'show', 'zoom', 'view']) {
    for (const payload of payloads) queries.push(`?${name}=${payload}`);
  }
  queries.push(
    '?country=RUS&country=<script>alert(1)</script>',
    '?__proto__[polluted]=1&constructor[prototype][polluted]=1',
    '?country[]=RUS&show[]=ally',
    '?embed=1&childId=<img src=x onerror=alert(1)>',
    '?childId=' + 'x'.repeat(4096),
    '?' + '&'.repeat(2000),
    '?=&==&===',
    '?country=%',
  );
  return queries;
}

describe.skipIf(!available)('hostile input, failures and CSP', () => {
  const env = browserAndBuild();

  test('the built HTML has one inline script, allowed by its hash, no inline style, and the headers carry the strict CSP', () => {
    const html = readFileSync(`${DIST}index.html`, 'utf8');
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
    expect(inline).toHaveLength(1);
    expect(html).not.toMatch(/<style\b/);
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).not.toMatch(/\son[a-z]+="/);
    const headers = parseHeaders(readFileSync(`${DIST}_headers`, 'utf8'));
    const hash = `'sha256-${createHash('sha256').update(inline[0] ?? '').digest('base64')}'`;
    expect(headers['Content-Security-Policy']).toBe(
      `default-src 'self'; script-src 'self' ${hash}; style-src 'self'; img-src 'self' data: blob:; object-src 'none'; base-uri 'self'; frame-ancestors 'self' https:`,
    );
    // Public files: a CMS's sandboxed frame (an opaque origin) may still load the scripts and the stylesheet.
    expect(headers['Access-Control-Allow-Origin']).toBe('*');
  });

  test('under that CSP the page runs with no violations, no errors and no requests to other origins', async () => {
    const page = await env.browser.newPage();
    const problems = watch(page, env.site.origin);
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __csp: string[] }).__csp = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const response = await page.goto(`${env.site.origin}/?country=YEM`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.waitForSelector(OPEN_TITLE);
    // Exercise what runs code: hover, zoom, filter, search (a lazy chunk), the table.
    await page.mouse.move(640, 300);
    await page.getByRole('button', { name: 'Middle East' }).click();
    await page.locator('.legend').getByRole('button', { name: /Backs Iran/ }).click();
    await page.getByRole('combobox', { name: 'Find a country' }).fill('Oman');
    await page.waitForSelector('[role="option"]');
    await page.getByRole('button', { name: 'Table' }).click();
    await page.waitForSelector('table');
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(problems).toEqual({ errors: [], foreign: [] });
    await page.close();
  });

  test('over 100 hostile query strings: no page error, no dialog, nothing injected, the map drawn', async () => {
    const queries = hostileQueries();
    expect(queries.length).toBeGreaterThanOrEqual(100);
    const page = await env.browser.newPage();
    const problems = watch(page, env.site.origin);
    for (const query of queries) {
      await page.goto(`${env.site.origin}/${query}`);
      await page.waitForSelector('.map-frame svg path[role="button"]');
      const state = await page.evaluate(() => ({
        shapes: document.querySelectorAll('.map-frame svg path[data-key]').length,
        injected: document.querySelectorAll('img[src="x"], body script:not([src])').length,
        polluted: Object.keys(Object.prototype).length,
      }));
      expect(state, query).toEqual({ shapes: 241, injected: 0, polluted: 0 });
    }
    expect(problems).toEqual({ errors: [], foreign: [] });
    await page.close();
  }, 400_000);

  test('if the search index fails to load, the search says so and Retry works', async () => {
    const page = await env.browser.newPage();
    let fail = true;
    await page.route('**/search-index.json', (route) => (fail ? route.abort() : route.continue()));
    await page.goto(`${env.site.origin}/`);
    await page.waitForSelector('.map-frame svg path[role="button"]');
    await page.getByRole('combobox', { name: 'Find a country' }).fill('Oman');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('did not load');
    fail = false;
    await page.getByRole('button', { name: 'Retry' }).click();
    await page.getByRole('combobox', { name: 'Find a country' }).fill('Om');
    await page.waitForSelector('[role="option"]');
    await page.close();
  });
});
