// In the browser the shapes' names and categories are read back from the map's markup (the build leaves them out
// of the program): what is read must be exactly what the build knows, in the same order.
import { JSDOM } from 'jsdom';
import { expect, test } from 'vitest';
import { buildArticleMap } from '../../../scripts/mapBuild';
import { shapesFromMap } from '../../../src/geo/shapesFromMap';

test('the map’s markup gives back every shape’s name and category, in the facts’ order', () => {
  const built = buildArticleMap();
  if (!built.ok) throw new Error(built.errors.join('\n'));
  const read = shapesFromMap(new JSDOM(built.markup).window.document);
  expect(Object.keys(read)).toEqual(Object.keys(built.facts.shapes));
  expect(read).toEqual(built.facts.shapes);
  // Names with markup characters come back unescaped (escapeMarkup in markup.ts).
  expect(Object.values(read).some((shape) => /[&’]/.test(shape.name) || shape.name.includes('.'))).toBe(true);
});

test('a shape with an unknown or missing category reads as none, and one without a name by its key', () => {
  const { document } = new JSDOM('<svg id="world-map"><path data-key="1" data-category="bogus" data-name="One"/><path data-key="two"/></svg>').window;
  expect(shapesFromMap(document)).toEqual({ 1: { name: 'One', category: 'none' }, two: { name: 'two', category: 'none' } });
});
