// `npm run check-data [path/to/countries.json]`: the dataset checked against the article and the atlas,
// one line per problem. Reads world-atlas directly, so it answers in a moment without projecting the map.
import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATEGORIES } from '../src/data/categories';
import { CATEGORY_LABEL } from '../src/data/labels';
import { countByCategory } from '../src/data/summary';
import { atlasEntries, buildModel } from '../src/data/validate';
import { ATLAS_PATH } from './atlas';
import { dataErrorReport } from './dataErrors';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const datasetPath = resolve(process.argv[2] ?? `${ROOT}data/countries.json`);
const articlePath = `${ROOT}data/article.txt`;

/** The path as a reader would type it from the project root, when the file is inside the project. */
function shown(path: string): string {
  const inside = relative(ROOT, path);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : path;
}

function read(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    const reason = code === 'ENOENT' ? 'no such file (ENOENT)' : code === 'EISDIR' ? 'it is a folder (EISDIR)' : (code ?? message);
    console.error(`✗ cannot read ${shown(path)}: ${reason}`);
    return null;
  }
}

function parseOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function main(): number {
  const datasetText = read(datasetPath);
  const articleText = read(articlePath);
  const atlasText = read(ATLAS_PATH);
  if (datasetText === null || articleText === null || atlasText === null) return 1;
  const atlas = atlasEntries(parseOrNull(atlasText));
  if (atlas.length === 0) {
    console.error(`✗ ${shown(ATLAS_PATH)} has no countries with ids; is world-atlas installed?`);
    return 1;
  }

  const name = shown(datasetPath);
  const result = buildModel({ datasetText, articleText, atlas, fileName: name });
  if (!result.ok) {
    process.stderr.write(dataErrorReport(result.errors, name));
    return 1;
  }
  for (const warning of result.warnings) console.warn(`! ${warning}`);
  const { countries, unmapped } = result.model;
  const relations = countries.reduce((n, c) => n + c.relations.length, 0);
  const quotes =
    countries.reduce((n, c) => n + c.relations.reduce((m, r) => m + r.quotes.length, 0), 0) +
    unmapped.reduce((n, m) => n + m.quotes.length, 0);
  console.log(`✓ ${name}: ${countries.length} countries, ${relations} relations, ${quotes} quotes — all verbatim`);
  // The categories as the legend will count them, so an edit that moves a country shows here first.
  const counts = countByCategory(countries);
  const named = CATEGORIES.filter((category) => counts[category] > 0);
  console.log(`  ${named.map((category) => `${counts[category]} ${CATEGORY_LABEL[category]}`).join(' · ')}`);
  return 0;
}

process.exitCode = main();
