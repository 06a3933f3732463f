// The hover card's words as a pointer crosses the map: each country's own, before and after the summaries arrive.
import { describe, expect, test } from 'vitest';
import type { Country } from '../../src/data/model';
import { tooltipControl } from '../../src/map/tooltip';

const shapes = {
  '643': { name: 'Russia', category: 'ally' as const },
  '887': { name: 'Yemen', category: 'ally' as const },
  '250': { name: 'France', category: 'none' as const },
};
const countries: Record<string, Partial<Country>> = {
  '643': { relations: [{ kind: 'backs-iran', summary: 'Supplies Iran with arms, the article says.' }] } as Partial<Country>,
  '887': {
    relations: [
      { kind: 'backs-iran', summary: 'The Houthis fire at ships.' },
      { kind: 'recalled-ambassador', summary: 'Recalled its envoy.' },
    ],
  } as Partial<Country>,
};
const frame = { width: 800, height: 400 };
const at = { x: 100, y: 100 };

function card() {
  const box = document.createElement('div');
  box.hidden = true;
  document.body.append(box);
  const tooltip = tooltipControl(box, shapes);
  const read = () => ({
    shown: !box.hidden,
    name: box.querySelector('.tooltip__name')?.textContent,
    stance: box.querySelector('.tooltip__category')?.textContent,
    category: box.querySelector<HTMLElement>('.tooltip__category')?.dataset.category,
    summary: box.querySelector<HTMLElement>('.tooltip__summary')?.hidden ? null : box.querySelector('.tooltip__summary')?.textContent,
  });
  return { tooltip, read };
}

describe('the hover card', () => {
  test('names each country a pointer crosses, back and forth, with its own stance and line', () => {
    const { tooltip, read } = card();
    tooltip.describeWith((key) => countries[key] as Country | undefined);
    tooltip.show('643', at, null, frame);
    expect(read()).toEqual({ shown: true, name: 'Russia', stance: 'Backs Iran', category: 'ally', summary: 'Supplies Iran with arms, the article says.' });
    tooltip.show('887', at, null, frame);
    expect(read()).toEqual({ shown: true, name: 'Yemen', stance: 'Backs Iran · Recalled its ambassador', category: 'ally', summary: 'The Houthis fire at ships.' });
    tooltip.show('250', at, null, frame);
    expect(read()).toEqual({ shown: true, name: 'France', stance: 'Not named in the article', category: 'none', summary: null });
    tooltip.show('643', at, null, frame);
    expect(read()).toEqual({ shown: true, name: 'Russia', stance: 'Backs Iran', category: 'ally', summary: 'Supplies Iran with arms, the article says.' });
    tooltip.hide();
    expect(read().shown).toBe(false);
  });

  test('a card shown before the summaries arrive gains its line once they do', () => {
    const { tooltip, read } = card();
    tooltip.show('643', at, null, frame);
    expect(read()).toMatchObject({ name: 'Russia', stance: 'Backs Iran', summary: null });
    tooltip.describeWith((key) => countries[key] as Country | undefined);
    tooltip.show('643', at, null, frame);
    expect(read()).toMatchObject({ name: 'Russia', summary: 'Supplies Iran with arms, the article says.' });
  });

  test('a shape the map does not know hides the card instead of showing a stale one', () => {
    const { tooltip, read } = card();
    tooltip.show('643', at, null, frame);
    tooltip.show('999', at, null, frame);
    expect(read().shown).toBe(false);
  });
});
