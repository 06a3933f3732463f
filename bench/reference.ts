// Builds the reference page into a temporary folder beside a copy of the atlas, so it can be served like dist/.
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { ATLAS_PATH } from '../scripts/atlas';

const ROOT = new URL('./reference/', import.meta.url).pathname;

export interface ReferenceBuild {
  dir: string;
  remove: () => Promise<void>;
}

export async function buildReference(): Promise<ReferenceBuild> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-reference-'));
  await build({
    // The project's vite.config.ts (React, the article plugin) must not leak into a plain-D3 page.
    configFile: false,
    root: ROOT,
    base: './',
    logLevel: 'warn',
    build: {
      outDir: dir,
      emptyOutDir: true,
      target: 'es2022',
      assetsInlineLimit: 0,
      modulePreload: { polyfill: false },
    },
  });
  // The atlas is fetched at run time, as a newsroom page would, and never committed.
  await copyFile(ATLAS_PATH, join(dir, 'countries-50m.json'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
