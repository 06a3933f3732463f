// The drawn shapes' names and categories, read back from the map's own markup (markup.ts writes them there as
// data-name and data-category). In the browser the built page carries them once, in the map, and the program
// reads them here instead of shipping a second copy (scripts/articleMapPlugin.ts).
import { CATEGORIES, type Category } from '../data/categories';
import type { ShapeFact } from './facts';

const KNOWN: ReadonlySet<string> = new Set(CATEGORIES);

/** Every drawn shape under `root` by key, in the markup's order; an unknown category reads as none. */
export function shapesFromMap(root: ParentNode): Record<string, ShapeFact> {
  const shapes: Record<string, ShapeFact> = {};
  for (const path of root.querySelectorAll('#world-map path[data-key]')) {
    const key = path.getAttribute('data-key') ?? '';
    const category = path.getAttribute('data-category') ?? 'none';
    shapes[key] = { name: path.getAttribute('data-name') ?? key, category: KNOWN.has(category) ? (category as Category) : 'none' };
  }
  return shapes;
}
