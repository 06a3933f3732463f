// npm run check-data, end to end: a clear line per problem and exit 1, or a summary and exit 0.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;
const run = (...args: string[]) =>
  spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/check-data.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });

describe('check-data', () => {
  test('passes the real dataset', () => {
    const result = run();
    expect(result.stdout).toMatch(/^✓ data\/countries\.json: 21 countries, \d+ relations, \d+ quotes — all verbatim/);
    expect(result.status).toBe(0);
  }, 30_000);

  test('lists each problem of a broken file and fails', () => {
    const dataset = JSON.parse(readFileSync(join(root, 'data/countries.json'), 'utf8'));
    dataset.countries[2].alpha3 = 'XYZ';
    dataset.countries[4].relations[0].quotes = ['Not in the article.'];
    const file = join(mkdtempSync(join(tmpdir(), 'check-data-')), 'countries.json');
    writeFileSync(file, JSON.stringify(dataset));
    const result = run(file);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('✗ countries[2] (XYZ): "XYZ" is not an ISO 3166-1 alpha-3 code');
    expect(result.stderr).toContain('✗ countries[4] (RUS) relation 1 quote 1: not found in the article');
    expect(result.stderr).toContain('the article names Lebanon but it is neither in the dataset nor excluded');
    expect(result.stderr).toMatch(/\n3 problems in .*countries\.json/);
  }, 30_000);

  test('says so plainly when the file cannot be read', () => {
    const result = run('/nonexistent/countries.json');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('✗ cannot read /nonexistent/countries.json: ENOENT');
  }, 30_000);
});
