// The country search as a keyboard user meets it: a combobox that opens a country without the mouse.
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import type { SearchEntry } from '../../src/data/findCountry';
import type { Country, Relation } from '../../src/data/model';
import { renderApp } from './renderApp';

describe('country search', () => {
  test('follows the combobox pattern and opens a country with the keyboard alone', async () => {
    renderApp();
    const user = userEvent.setup();
    const box = screen.getByRole('combobox', { name: 'Find a country' });
    expect(box).toHaveAttribute('aria-expanded', 'false');
    await user.click(box);
    await user.keyboard('Bahrein');
    const list = await screen.findByRole('listbox', { name: 'Countries' });
    expect(box).toHaveAttribute('aria-expanded', 'true');
    expect(box).toHaveAttribute('aria-controls', list.id);
    await user.keyboard('{ArrowDown}');
    const option = screen.getByRole('option', { name: /Bahrain/ });
    expect(option).toHaveAttribute('aria-selected', 'true');
    expect(box).toHaveAttribute('aria-activedescendant', option.id);
    await user.keyboard('{Enter}');
    expect(screen.getByRole('region', { name: 'Bahrain' })).toBeInTheDocument();
    expect(box).toHaveAttribute('aria-expanded', 'false');
  });

  test.each([
    ['USA', 'United States of America'],
    ['America', 'United States of America'],
    ['Türkiye', 'Turkey'],
    ['UK', 'United Kingdom'],
    ['france', 'France'],
  ])('finds %s', async (typed, name) => {
    renderApp();
    const user = userEvent.setup();
    await user.type(screen.getByRole('combobox', { name: 'Find a country' }), typed);
    expect(await screen.findByRole('option', { name: new RegExp(name) })).toBeInTheDocument();
  });

  test('Enter pressed before the country list has loaded opens the country once it arrives', async () => {
    let arrive: (entries: SearchEntry[]) => void = () => {};
    const slow = new Promise<SearchEntry[]>((resolve) => (arrive = resolve));
    renderApp('', () => slow);
    const user = userEvent.setup();
    await user.type(screen.getByRole('combobox', { name: 'Find a country' }), 'Bahrein{Enter}');
    expect(screen.queryByRole('region', { name: 'Bahrain' })).toBeNull();
    const index = await import('virtual:search-index');
    await act(async () => arrive(index.default));
    expect(await screen.findByRole('region', { name: 'Bahrain' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Find a country' })).toHaveValue('Bahrain');
  });

  test('an arrow key pressed before the list has loaded makes the first option active once it arrives', async () => {
    let arrive: (entries: SearchEntry[]) => void = () => {};
    const slow = new Promise<SearchEntry[]>((resolve) => (arrive = resolve));
    renderApp('', () => slow);
    const user = userEvent.setup();
    const box = screen.getByRole('combobox', { name: 'Find a country' });
    await user.type(box, 'Bahrein{ArrowDown}');
    expect(box).not.toHaveAttribute('aria-activedescendant');
    const index = await import('virtual:search-index');
    await act(async () => arrive(index.default));
    const option = await screen.findByRole('option', { name: /Bahrain/ });
    expect(option).toHaveAttribute('aria-selected', 'true');
    expect(box).toHaveAttribute('aria-activedescendant', option.id);
  });

  test('Escape closes the list without closing anything else', async () => {
    renderApp('?country=RUS');
    const user = userEvent.setup();
    await user.type(screen.getByRole('combobox', { name: 'Find a country' }), 'Ira');
    await screen.findByRole('listbox');
    await user.keyboard('{Escape}');
    expect(screen.getByRole('combobox')).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('region', { name: 'Russia' })).toBeInTheDocument();
  });
});

describe('table view', () => {
  test('lists every country in the dataset with its stance, summary and quotes', async () => {
    const { model } = renderApp();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Table' }));
    await waitFor(() => expect(window.location.search).toBe('?view=table'));
    const table = screen.getByRole('table');
    const rows = table.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(model.countries.length);
    expect(table.querySelectorAll('blockquote').length).toBe(
      model.countries.reduce(
        (n: number, c: Country) => n + c.relations.reduce((m: number, r: Relation) => m + r.quotes.length, 0),
        0,
      ),
    );
    expect(screen.getByRole('rowheader', { name: 'Bahrain' })).toBeInTheDocument();
  });

  test('opening a country from the table shows its panel', async () => {
    renderApp('?view=table');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Egypt' }));
    expect(screen.getByRole('region', { name: 'Egypt' })).toBeInTheDocument();
  });
});
