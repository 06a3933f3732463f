// The table as a reader meets it: it follows the legend's filters, sorts with aria-sort, keeps quotes behind a
// disclosure, and opening a country leaves the reader where they were.
import { render, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { model } from 'virtual:article-map';
import type { Category } from '../../src/data/categories';
import type { Country } from '../../src/data/model';
import { CountryTable } from '../../src/table/CountryTable';

const keyOf = (country: Country) => `key-${country.alpha3}`;

function renderTable(hidden: readonly Category[] = [], onOpen = vi.fn()) {
  const result = render(
    <CountryTable countries={model.countries} headline={model.source.headline} keyOf={keyOf} onOpen={onOpen} hidden={hidden} />,
  );
  return { ...result, onOpen };
}

/** The country names of the rows, top to bottom. */
const rowNames = () => screen.getAllByRole('rowheader').map((cell) => cell.textContent);

describe('country table', () => {
  test('one compact row per country: every stance, the summary, notes, and quotes closed behind a disclosure', () => {
    renderTable();
    expect(screen.getAllByRole('rowheader')).toHaveLength(model.countries.length);
    const yemen = screen.getByRole('rowheader', { name: 'Yemen' }).closest('tr') as HTMLElement;
    const stances = within(yemen).getAllByRole('listitem').map((item) => item.textContent);
    expect(stances).toEqual(['Backs Iran', 'Recalled its ambassador']);
    expect(yemen).toHaveTextContent(/Note: The article means the Houthi rebels/);

    const disclosure = yemen.querySelector('details') as HTMLDetailsElement;
    expect(disclosure).not.toHaveAttribute('open');
    const quotes = disclosure.querySelectorAll('blockquote');
    const yemenModel = model.countries.find((c: Country) => c.alpha3 === 'YEM') as Country;
    expect([...quotes].map((q) => q.textContent)).toEqual(yemenModel.relations.flatMap((r) => r.quotes));
    expect(within(disclosure).getByText(/The article’s words \(\d+ quotes\)/).tagName).toBe('SUMMARY');
  });

  test('follows the legend: hidden stances leave the table, with a line saying how many', () => {
    const { rerender, onOpen } = renderTable();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    const severed = model.countries.filter((c: Country) => c.category === 'severed');
    expect(severed.length).toBeGreaterThan(1);
    rerender(
      <CountryTable countries={model.countries} headline={model.source.headline} keyOf={keyOf} onOpen={onOpen} hidden={['severed']} />,
    );
    expect(screen.getAllByRole('rowheader')).toHaveLength(model.countries.length - severed.length);
    for (const country of severed) expect(screen.queryByRole('rowheader', { name: country.name })).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent(
      `${severed.length} countries are hidden by the legend’s filters (Severed ties or recalled ambassador).`,
    );
    expect(screen.getByRole('table')).toHaveAccessibleName(
      new RegExp(`^${model.countries.length - severed.length} of the ${model.countries.length} countries named in`),
    );
  });

  test('sorts by country or stance, and says so with aria-sort', async () => {
    renderTable();
    const user = userEvent.setup();
    const country = screen.getByRole('columnheader', { name: /Country/ });
    const stance = screen.getByRole('columnheader', { name: /Stance/ });
    expect(stance).toHaveAttribute('aria-sort', 'ascending');
    expect(country).not.toHaveAttribute('aria-sort');
    // By stance, Iran and Israel lead; names run A to Z within a stance.
    expect(rowNames().slice(0, 2)).toEqual(['Iran', 'Israel']);

    await user.click(within(country).getByRole('button'));
    expect(country).toHaveAttribute('aria-sort', 'ascending');
    expect(stance).not.toHaveAttribute('aria-sort');
    const names = model.countries.map((c: Country) => c.name).sort((a: string, b: string) => a.localeCompare(b, 'en'));
    expect(rowNames()).toEqual(names);

    await user.click(within(country).getByRole('button'));
    expect(country).toHaveAttribute('aria-sort', 'descending');
    expect(rowNames()).toEqual([...names].reverse());

    await user.click(within(stance).getByRole('button'));
    expect(stance).toHaveAttribute('aria-sort', 'ascending');
    await user.click(within(stance).getByRole('button'));
    expect(stance).toHaveAttribute('aria-sort', 'descending');
    expect(rowNames().slice(-2)).toEqual(['Israel', 'Iran']);
  });

  test('opening a country calls onOpen and keeps the reader in place: no link to #, focus stays on the name', async () => {
    const { onOpen } = renderTable();
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/?view=table');
    const egypt = screen.getByRole('button', { name: 'Egypt' });
    expect(egypt).toHaveAttribute('type', 'button');
    expect(screen.getByRole('table').querySelector('a[href^="#"]')).toBeNull();

    await user.click(egypt);
    expect(onOpen).toHaveBeenLastCalledWith('key-EGY', true);
    expect(egypt).toHaveFocus();
    expect(window.location.hash).toBe('');
    expect(window.location.search).toBe('?view=table');

    await user.keyboard('{Enter}');
    expect(onOpen).toHaveBeenLastCalledWith('key-EGY', false);
    expect(onOpen).toHaveBeenCalledTimes(2);
  });

  test('rendered on the server, the rows and the quotes are all there without script', () => {
    const html = renderToString(
      <CountryTable countries={model.countries} headline={model.source.headline} keyOf={keyOf} onOpen={() => {}} hidden={[]} />,
    );
    const quoteCount = model.countries.reduce(
      (n: number, c: Country) => n + new Set(c.relations.flatMap((r) => r.quotes)).size,
      0,
    );
    expect(html.match(/<tr data-category=/g)).toHaveLength(model.countries.length);
    expect(html.match(/<blockquote>/g)).toHaveLength(quoteCount);
    expect(html.match(/<details/g)).toHaveLength(model.countries.length);
  });
});
