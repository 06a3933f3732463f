// The map markup the build writes into index.html, pinned: a change to the geometry, the categories or the
// attributes shows up as a diff of __snapshots__/world-map.svg (one element a line); update it with -u.
import { beforeAll, expect, test } from 'vitest';
import { buildArticleMap } from '../../../scripts/mapBuild';

let markup = '';
beforeAll(() => {
  const built = buildArticleMap();
  if (!built.ok) throw new Error(built.errors.join('\n'));
  markup = built.markup;
}, 30_000);

test('the build writes the same world map markup', async () => {
  // The build writes integer coordinates already, so nothing needs rounding to stay stable.
  await expect(`${markup.replace(/></g, '>\n<')}\n`).toMatchFileSnapshot('./__snapshots__/world-map.svg');
});
