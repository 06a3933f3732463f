// The one panel kept for every shape the article does not name: its words, refilled for each such shape.
import type { Category } from '../data/categories';
import { CATEGORY_LABEL } from '../data/labels';

export function unnamedText(name: string): string {
  return `The article does not name ${name}, so the map gives it no stance.`;
}

/**
 * Turns the one panel kept for shapes the article does not name into the panel of `name`. React renders that
 * panel once with props that never change, so these few texts are the page's to set: opening Brazil, then
 * Canada, renders nothing.
 */
export function fillUnnamedPanel(section: HTMLElement, name: string, category: Category): void {
  section.dataset.category = category;
  const heading = section.querySelector('h2');
  if (heading) heading.textContent = name;
  section.querySelector('.panel__close')?.setAttribute('aria-label', `Close ${name}`);
  const stance = section.querySelector<HTMLElement>('.panel__category');
  if (stance) stance.dataset.category = category;
  const label = section.querySelector('.panel__stance');
  if (label) label.textContent = CATEGORY_LABEL[category];
  const none = section.querySelector('.panel__none');
  if (none) none.textContent = unnamedText(name);
}
