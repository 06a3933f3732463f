// npm run check-data, end to end: a line per problem and exit 1, or a one-line summary and exit 0.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const checkData = (...args: string[]) =>
  spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/check-data.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });

describe('check-data', () => {
  test('passes the real dataset with a one-line summary', () => {
    const run = checkData();
    expect(run.stderr).toBe('');
    const [summary, categories, end] = run.stdout.split('\n');
    expect(summary).toMatch(/^✓ data\/countries\.json: 21 countries, \d+ relations, \d+ quotes — all verbatim$/);
    expect(categories).toContain('6 Backs Iran');
    expect(categories).toContain('1 Helped defend Israel');
    expect(end).toBe('');
    expect(run.status).toBe(0);
  }, 30_000);

  test('fails a malformed file, saying where', () => {
    const run = checkData('tests/unit/data/fixtures/malformed.json');
    expect(run.stderr).toBe(
      `✗ tests/unit/data/fixtures/malformed.json: invalid JSON at line 6, column 7: Expected ',' or '}' after property value\n` +
        '\n1 problem in tests/unit/data/fixtures/malformed.json\n',
    );
    expect(run.status).toBe(1);
  }, 30_000);

  test('lists each problem of a broken dataset on its own line, with a count', () => {
    const dataset = JSON.parse(readFileSync(join(root, 'data/countries.json'), 'utf8'));
    const lebanon = dataset.countries.findIndex((c: { alpha3: string }) => c.alpha3 === 'LBN');
    dataset.countries[lebanon].alpha3 = 'XYZ';
    const russia = dataset.countries.findIndex((c: { alpha3: string }) => c.alpha3 === 'RUS');
    dataset.countries[russia].relations[1].quotes = ['Russia adores Iran.'];
    const file = join(mkdtempSync(join(tmpdir(), 'check-data-')), 'countries.json');
    writeFileSync(file, JSON.stringify(dataset, null, 2));

    const run = checkData(file);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')).toEqual([
      `✗ countries[${lebanon}] (XYZ): "XYZ" is not an ISO 3166-1 alpha-3 code`,
      `✗ countries[${russia}] (RUS) relation 2: quote not found in the article: "Russia adores Iran."`,
      expect.stringMatching(/^✗ the article names Lebanon but it is neither in the dataset nor excluded \(/),
      '',
      `3 problems in ${file}`,
      '',
    ]);
  }, 30_000);

  test('says plainly when the file cannot be read', () => {
    const run = checkData('/nonexistent/countries.json');
    expect(run.stderr).toBe('✗ cannot read /nonexistent/countries.json: no such file (ENOENT)\n');
    expect(run.status).toBe(1);
  }, 30_000);
});
