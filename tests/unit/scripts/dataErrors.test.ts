// A broken dataset at build time: the list of problems on stderr, exit code 1, and nothing else.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { dataErrorReport } from '../../../scripts/dataErrors';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('dataErrorReport', () => {
  test('puts each problem on its own line, then a count', () => {
    expect(dataErrorReport(['countries[0] (XYZ): bad', 'unmapped[1] (Gaza): worse'], 'data/countries.json')).toBe(
      '✗ countries[0] (XYZ): bad\n✗ unmapped[1] (Gaza): worse\n\n2 problems in data/countries.json\n',
    );
  });

  test('says "problem" for one', () => {
    expect(dataErrorReport(['x'], 'a.json')).toBe('✗ x\n\n1 problem in a.json\n');
  });
});

describe('failBuild', () => {
  test('prints the list alone and exits 1, even with work still queued', () => {
    const script = join(mkdtempSync(join(tmpdir(), 'fail-build-')), 'fail.ts');
    writeFileSync(
      script,
      `import { failBuild } from ${JSON.stringify(join(root, 'scripts/dataErrors.ts'))};\n` +
        `setTimeout(() => console.log('still running'), 0);\n` +
        `failBuild(['countries[3] (XYZ): "XYZ" is not an ISO 3166-1 alpha-3 code']);\n` +
        `console.log('after failBuild');\n`,
    );
    const run = spawnSync(join(root, 'node_modules/.bin/tsx'), [script], { cwd: root, encoding: 'utf8' });
    expect(run.stderr).toBe(
      '✗ countries[3] (XYZ): "XYZ" is not an ISO 3166-1 alpha-3 code\n\n1 problem in data/countries.json\n',
    );
    expect(run.stdout).toBe('');
    expect(run.status).toBe(1);
  }, 30_000);
});
