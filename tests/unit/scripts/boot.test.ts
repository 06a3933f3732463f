// A country's own page gives the phone's map the view the core would move to, so the core moves nothing.
import { describe, expect, test } from 'vitest';
import { countryPhoneView } from '../../../scripts/boot';
import { buildArticleMap } from '../../../scripts/mapBuild';
import { countryShape } from '../../../scripts/site/focus';
import { decodePath, ringsBox } from '../../../src/geo/rings';
import { whollyInView } from '../../../src/map/scale';

const built = buildArticleMap();
if (!built.ok) throw new Error(built.errors.join('\n'));
const { facts, markup } = built;
const boxOf = (key: string) => {
  const [x0, y0, x1, y1] = ringsBox(decodePath(countryShape(markup, key).d));
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
};

describe('countryPhoneView', () => {
  test.each(['422', '376', '048', '760'])('%s, wholly in the region already, keeps the region (null)', (key) => {
    expect(countryPhoneView(facts, markup, key)).toBeNull();
  });

  test.each(['643', '862', '124', '036-australia', '364'])('%s, not wholly in the region, gets a view that shows it whole, centred on it', (key) => {
    const view = countryPhoneView(facts, markup, key);
    expect(view).not.toBeNull();
    if (!view) return;
    const box = boxOf(key);
    expect(whollyInView(box, view, 1, facts.width)).toBe(true);
    expect(view.k).toBeGreaterThanOrEqual(1);
    expect(view.k).toBeLessThanOrEqual(facts.phoneRegion.k);
    expect(view.x).toBeCloseTo(box.x + box.width / 2, 6);
    expect(view.y).toBeCloseTo(box.y + box.height / 2, 6);
  });

  test('an unknown key has no view', () => {
    expect(countryPhoneView(facts, markup, 'atlantis')).toBeNull();
  });
});
