// The world-atlas 1:50m countries file: one path and one reader for the build, check-data, the bench and the tests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { buildShapes } from '../src/geo/shapes';

/** The TopoJSON as buildShapes takes it: one `countries` object of shapes with an id and a name. */
export type AtlasTopology = Parameters<typeof buildShapes>[0];

export const ATLAS_PATH = fileURLToPath(new URL('../node_modules/world-atlas/countries-50m.json', import.meta.url));

/** The atlas, parsed; throws when world-atlas is not installed (check-data says so in a sentence instead). */
export function readAtlas(): AtlasTopology {
  return JSON.parse(readFileSync(ATLAS_PATH, 'utf8')) as AtlasTopology;
}
