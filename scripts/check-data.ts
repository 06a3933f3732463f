// `npm run check-data [file]`: validates the dataset against the article and the atlas, with a line per problem.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { buildModel } from '../src/data/validate';
import { ARTICLE_PATH, DATASET_PATH, ROOT, worldShapes } from './mapBuild';

const path = process.argv[2] ?? DATASET_PATH;
const name = relative(ROOT, path) || path;

function read(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`✗ cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    return null;
  }
}

const datasetText = read(path);
const articleText = read(ARTICLE_PATH);
if (datasetText === null || articleText === null) process.exit(1);

const atlas = worldShapes().shapes.flatMap((s) => (s.id ? [{ id: s.id, name: s.name }] : []));
const result = buildModel({ datasetText, articleText, atlas, fileName: name });
if (!result.ok) {
  for (const error of result.errors) console.error(`✗ ${error}`);
  console.error(`\n${result.errors.length} problem${result.errors.length === 1 ? '' : 's'} in ${name}`);
  process.exit(1);
}
const relations = result.model.countries.reduce((n, c) => n + c.relations.length, 0);
const quotes = result.model.countries.reduce((n, c) => n + c.relations.reduce((m, r) => m + r.quotes.length, 0), 0);
console.log(
  `✓ ${name}: ${result.model.countries.length} countries, ${relations} relations, ${quotes} quotes — all verbatim`,
);
