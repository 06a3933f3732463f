// The core reading path, as a reader does it: hover, click, read the quotes, filter, close.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import type { Country } from '../../src/data/model';
import { normaliseForMatch } from '../../src/data/quotes';
import { renderApp } from './renderApp';

const article = normaliseForMatch(readFileSync(resolve(process.cwd(), 'data/article.txt'), 'utf8'));
const shape = (svg: SVGSVGElement, id: string) => svg.querySelector(`path[data-country="${id}"]`) as SVGPathElement;

describe('the map page', () => {
  test('hovering a country shows a tooltip with its name, stance and summary', () => {
    const { svg } = renderApp();
    fireEvent.pointerMove(shape(svg, '643'), { clientX: 10, clientY: 10 });
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip).toHaveTextContent('Russia');
    expect(tooltip).toHaveTextContent('Backs Iran');
    fireEvent.pointerLeave(svg.closest('.map-frame') as Element);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  test('clicking a country opens a panel quoting the article verbatim, with the source headline', async () => {
    const { svg, model } = renderApp();
    await userEvent.click(shape(svg, '643'));
    const panel = screen.getByRole('region', { name: 'Russia' });
    const quotes = panel.querySelectorAll('blockquote');
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(article).toContain(normaliseForMatch(quote.textContent ?? ''));
    expect(panel).toHaveTextContent(model.source.headline);
    await waitFor(() => expect(window.location.search).toBe('?country=RUS'));
  });

  test('a country the article places in two groups shows both (Yemen: backs Iran, recalled its ambassador)', async () => {
    const { svg } = renderApp();
    await userEvent.click(shape(svg, '887'));
    const panel = screen.getByRole('region', { name: 'Yemen' });
    const headings = within(panel)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(headings).toEqual(expect.arrayContaining(['Backs Iran', 'Recalled its ambassador']));
  });

  test('a country the article does not name says so', async () => {
    const { svg } = renderApp();
    await userEvent.click(shape(svg, '250'));
    expect(screen.getByRole('region', { name: 'France' })).toHaveTextContent('The article does not name France');
  });

  test('the close button and Escape close the panel and focus returns to where the reader was', async () => {
    const { svg } = renderApp();
    const user = userEvent.setup();
    await user.click(shape(svg, '643'));
    await user.click(screen.getByRole('button', { name: 'Close Russia' }));
    expect(screen.queryByRole('region', { name: 'Russia' })).toBeNull();
    await user.click(shape(svg, '364'));
    expect(screen.getByRole('region', { name: 'Iran' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Iran' })).toBeNull();
    await waitFor(() => expect(window.location.search).toBe(''));
  });

  test('Enter moves focus into the panel; a click leaves focus where it was and makes the country the tab stop', async () => {
    const { svg } = renderApp();
    const user = userEvent.setup();
    const russia = shape(svg, '643');
    const search = screen.getByRole('combobox', { name: 'Find a country' });
    search.focus();
    await user.click(russia);
    expect(screen.getByRole('region', { name: 'Russia' })).toBeInTheDocument();
    expect(document.activeElement).toBe(search);
    // The next Tab makes the country clicked the map's one tab stop (the browser test tabs into it).
    await user.keyboard('{Tab}');
    expect(russia).toHaveAttribute('tabindex', '0');
    expect(svg.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Russia' })).toBeNull();
    russia.focus();
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Russia' }));
    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(russia);
  });

  test('a country whose entry breaks its panel says so, and the rest of the page keeps working', async () => {
    const { model } = renderApp();
    cleanup();
    // A dataset entry broken at run time: Russia's relations are not a list.
    const broken = {
      ...model,
      countries: model.countries.map((c: Country) => (c.alpha3 === 'RUS' ? { ...c, relations: null as unknown as [] } : c)),
    };
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { svg } = renderApp('', undefined, broken);
    const user = userEvent.setup();
    await user.click(shape(svg, '643'));
    expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toContain(
      'The details of Russia could not be shown.Try again',
    );
    await user.click(shape(svg, '364'));
    expect(screen.getByRole('region', { name: 'Iran' })).toBeInTheDocument();
    const legend = screen.getByRole('group', { name: 'Show or hide countries by stance' });
    await user.click(within(legend).getByRole('button', { name: /Backs Iran/ }));
    expect(svg.closest('.map')).toHaveClass('hide-ally');
    quiet.mockRestore();
  });

  test('legend entries filter the map and show their state', async () => {
    const { svg } = renderApp();
    const user = userEvent.setup();
    const legend = screen.getByRole('group', { name: 'Show or hide countries by stance' });
    const ally = within(legend).getByRole('button', { name: /Backs Iran/ });
    expect(ally).toHaveAttribute('aria-pressed', 'true');
    await user.click(ally);
    expect(ally).toHaveAttribute('aria-pressed', 'false');
    expect(svg.closest('.map')).toHaveClass('hide-ally');
    await waitFor(() => expect(window.location.search).toBe('?show=severed,neutral,defended,mentioned'));
    await user.click(ally);
    expect(svg.closest('.map')).not.toHaveClass('hide-ally');
    await waitFor(() => expect(window.location.search).toBe(''));
  });

  test.each([
    ['RUS', 'Russia'],
    ['rus', 'Russia'],
    ['643', 'Russia'],
    ['48', 'Bahrain'],
  ])('?country=%s opens %s on load (alpha-3 in any case, numeric padded or not)', (value, name) => {
    renderApp(`?country=${value}`);
    expect(screen.getByRole('region', { name })).toBeInTheDocument();
    expect(document.querySelectorAll('.panel-slot:not([hidden])')).toHaveLength(1);
  });

  test.each(['XYZ', '999', '%3Cscript%3E'])('an unknown ?country=%s opens nothing and breaks nothing', (value) => {
    renderApp(`?country=${value}`);
    expect(document.querySelector('.panel-slot:not([hidden])')).toBeNull();
    expect(screen.getByRole('complementary', { name: 'How to read the map' })).toBeVisible();
    expect(screen.getByRole('group', { name: /World map/ })).toBeInTheDocument();
  });

  test('every shape is a named button and only one is in the tab order, once the page is idle', async () => {
    const { svg } = renderApp();
    const shapes = [...svg.querySelectorAll('path[data-key]')];
    expect(shapes).toHaveLength(241);
    await waitFor(() => expect(shapes.every((p) => p.getAttribute('role') === 'button' && p.getAttribute('aria-label'))).toBe(true));
    expect(shapes.filter((p) => p.getAttribute('tabindex') === '0')).toHaveLength(1);
  });
});
