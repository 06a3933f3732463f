// The floor: the project's own built page with its program taken out. Its markup, stylesheet and inline boot
// script are the project's, so it paints the same first frame, but it never fetches, compiles or runs a module.
// However the program is loaded, the project's map cannot paint sooner than this page's.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface FloorBuild {
  dir: string;
  remove: () => Promise<void>;
}

// The entry's module script tag and the program's module preloads.
const PROGRAM = [
  /<script\b[^>]*\btype="module"[^>]*><\/script>\s*/g,
  /<link\b[^>]*\brel="modulepreload"[^>]*>\s*/g,
];

/** The page's HTML without its program; throws if it names none to take out. */
export function withoutProgram(html: string): string {
  if (!PROGRAM.some((pattern) => html.match(pattern))) throw new Error('the built page names no program to take out');
  return PROGRAM.reduce((page, pattern) => page.replace(pattern, ''), html);
}

/** Copies the build in `dist` to a temporary folder and takes the program out of its index.html. */
export async function buildFloor(dist: string): Promise<FloorBuild> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-floor-'));
  await cp(dist, dir, { recursive: true });
  const page = join(dir, 'index.html');
  await writeFile(page, withoutProgram(await readFile(page, 'utf8')));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
