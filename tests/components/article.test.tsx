// The Article view as a reader meets it: the whole article, every quoted passage highlighted and linked to
// its countries, and a quote id opening it at that passage.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { model } from 'virtual:article-map';
import { ArticleView } from '../../src/article/ArticleView';
import type { Country } from '../../src/data/model';
import { normaliseForMatch } from '../../src/data/quotes';
import { quoteId } from '../../src/data/quoteId';

const article = readFileSync(resolve(process.cwd(), 'data/article.txt'), 'utf8');

function renderArticle(quote: string | null = null, onOpenCountry = vi.fn()) {
  const result = render(
    <ArticleView
      article={article}
      headline={model.source.headline}
      countries={model.countries}
      quote={quote}
      onOpenCountry={onOpenCountry}
    />,
  );
  return { ...result, onOpenCountry };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Article view', () => {
  test('shows the whole article, headline and subheadings included', () => {
    renderArticle();
    const view = screen.getByRole('article', { name: model.source.headline });
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(model.source.headline);
    expect(screen.getByRole('heading', { level: 3, name: 'Who are Iran’s allies?' })).toBeInTheDocument();
    // Every word of the article is there, in order: only the country links are added.
    const links = [...view.querySelectorAll('.passage__countries, .article-view__intro')];
    const clone = view.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('.passage__countries, .article-view__intro').forEach((node) => node.remove());
    expect(links.length).toBeGreaterThan(1);
    const blocks = [...clone.querySelectorAll('h2, h3, p')].map((block) => block.textContent).join('\n\n');
    expect(normaliseForMatch(blocks)).toBe(normaliseForMatch(article));
  });

  test('highlights every quote of every country and links it to that country', () => {
    const { container } = renderArticle();
    for (const country of model.countries as Country[]) {
      country.relations.forEach((relation, r) => {
        relation.quotes.forEach((quote, q) => {
          const id = quoteId(country.alpha3, r, q);
          // A quote can be cut into several pieces where other countries' passages begin or end.
          const pieces = [...container.querySelectorAll<HTMLElement>('mark [data-quotes]')].filter((piece) =>
            piece.dataset.quotes?.split(' ').includes(id),
          );
          expect(normaliseForMatch(pieces.map((piece) => piece.textContent).join('')), id).toBe(normaliseForMatch(quote));
          const link = [...container.querySelectorAll<HTMLAnchorElement>('a.passage__country')].find((a) =>
            a.dataset.quotes?.split(' ').includes(id),
          );
          expect(link, id).toHaveAccessibleName(new RegExp(`^${country.name}: `));
          expect(link?.closest('.passage')).toBe(pieces[0]?.closest('.passage'));
        });
      });
    }
  });

  test('a passage quoted for several countries links each of them', () => {
    renderArticle();
    const iran = screen.getByRole('link', { name: /^Iran: The missile salvo was Iran’s response/ });
    const israel = screen.getByRole('link', { name: /^Israel: The missile salvo was Iran’s response/ });
    expect(iran.parentElement).toBe(israel.parentElement);
    expect(within(iran.closest('.passage') as HTMLElement).getByText(/The missile salvo/).closest('mark')).not.toBeNull();
  });

  test('activating a passage’s country, by click or keyboard, opens it instead of following the link', async () => {
    const { onOpenCountry } = renderArticle();
    const user = userEvent.setup();
    const russia = screen.getByRole('link', { name: /^Russia: We express our extreme concern/ });
    expect(russia).toHaveAttribute('href', '?country=RUS');
    await user.click(russia);
    expect(onOpenCountry).toHaveBeenLastCalledWith('RUS');
    expect(window.location.search).toBe('');

    await user.click(document.body);
    await user.tab();
    expect(document.activeElement).toHaveClass('passage__country');
    await user.keyboard('{Enter}');
    expect(onOpenCountry).toHaveBeenCalledTimes(2);
    expect(onOpenCountry).toHaveBeenLastCalledWith((document.activeElement as HTMLElement).dataset.alpha3);

    // A passage quoted for one country opens it on a click on the highlighted words too.
    await user.click(screen.getByText(/We call on all parties involved to exercise restraint/));
    expect(onOpenCountry).toHaveBeenLastCalledWith('RUS');
  });

  test('a quote id opens the view at that passage: scrolled into view, marked current, its link focused', () => {
    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = scrolled;
    renderArticle('chn-1-1');
    const china = model.countries.find((c: Country) => c.alpha3 === 'CHN') as Country;
    const current = document.querySelectorAll('.passage__part--current');
    expect(current.length).toBeGreaterThan(0);
    const currentText = normaliseForMatch([...current].map((part) => part.textContent).join(''));
    expect(currentText).toBe(normaliseForMatch(china.relations[0]?.quotes[0] ?? ''));
    expect(scrolled).toHaveBeenCalledTimes(1);
    expect(scrolled.mock.contexts[0]).toBe(current[0]);
    const link = screen.getByRole('link', { current: true });
    expect(link).toHaveAccessibleName(/^China: /);
    expect(link).toHaveFocus();
    expect(screen.getAllByRole('link', { current: true })).toHaveLength(1);
  });

  test('an unknown quote id marks nothing and moves nothing', () => {
    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = scrolled;
    renderArticle('zzz-9-9');
    expect(document.querySelector('.passage__part--current')).toBeNull();
    expect(screen.queryByRole('link', { current: true })).toBeNull();
    expect(scrolled).not.toHaveBeenCalled();
  });

  test('rendered on the server, the passages and their links are all there without script', () => {
    const html = renderToString(
      <ArticleView article={article} headline={model.source.headline} countries={model.countries} quote={null} onOpenCountry={() => {}} />,
    );
    for (const country of model.countries as Country[]) expect(html).toContain(`href="?country=${country.alpha3}"`);
    expect(html).toContain('<mark');
  });
});
