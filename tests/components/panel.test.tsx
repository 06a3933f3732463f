// One country's panel, as a reader meets it: every stance at the head, quotes after, the source credited once.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { model } from 'virtual:article-map';
import { describe, expect, test, vi } from 'vitest';
import type { Country, Relation } from '../../src/data/model';
import { quoteId } from '../../src/data/quoteId';
import { CountryPanel } from '../../src/panel/CountryPanel';

function renderPanel(alpha3: string, onReadInContext?: (id: string) => void) {
  const country = model.countries.find((c: Country) => c.alpha3 === alpha3);
  if (!country) throw new Error(`${alpha3} is not in the dataset`);
  render(
    <CountryPanel
      name={country.name}
      category={country.category}
      country={country}
      headline={model.source.headline}
      headingId={`panel-${alpha3}`}
      onClose={() => {}}
      onReadInContext={onReadInContext}
    />,
  );
  return { country, panel: screen.getByRole('region', { name: country.name }) };
}

/** True when `a` comes before `b` in the document. */
const before = (a: Node, b: Node) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

describe('CountryPanel', () => {
  test('Yemen: both stances, each with its summary, come before the first quote', () => {
    const { country, panel } = renderPanel('YEM');
    const stances = within(panel).getByRole('list', { name: 'What the article says about Yemen' });
    const items = within(stances).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('strong')?.textContent)).toEqual([
      'Backs Iran',
      'Recalled its ambassador',
    ]);
    country.relations.forEach((relation: Relation, i: number) => expect(items[i]).toHaveTextContent(relation.summary));
    const firstQuote = panel.querySelector('blockquote') as Element;
    expect(before(stances, firstQuote)).toBe(true);
  });

  test('a list’s lead-in is a context line, never a quote', () => {
    const lead = 'Iran has garnered support from several nations amid escalating tensions in the Middle East:';
    const { panel } = renderPanel('YEM');
    const quotes = [...panel.querySelectorAll('blockquote')].map((q) => q.textContent);
    expect(quotes).not.toContain(lead);
    expect(quotes.some((q) => q?.trim().endsWith(':'))).toBe(false);
    expect(within(panel).getByText(`Listed under “${lead}”`)).toBeInTheDocument();
  });

  test('the notes on ambiguity are in the panel: the Houthis are a group, not the government', () => {
    const { panel } = renderPanel('YEM');
    expect(panel).toHaveTextContent(/Note: The article means the Houthi rebels in Yemen, not Yemen’s government/);
  });

  test('China: the source is credited once, however many quotes', () => {
    const { panel } = renderPanel('CHN');
    expect(panel.querySelectorAll('blockquote').length).toBeGreaterThan(2);
    expect(within(panel).getAllByText(model.source.headline)).toHaveLength(1);
    expect(panel.querySelectorAll('cite')).toHaveLength(1);
    expect(panel.querySelector('figcaption')).toBeNull();
  });

  test('“Read in context” hands over the id of the quote it sits under', async () => {
    const onReadInContext = vi.fn();
    const { country, panel } = renderPanel('LBN', onReadInContext);
    const quotes = country.relations.flatMap((r: Relation) => r.quotes);
    const buttons = within(panel).getAllByRole('button', { name: /^Read in context/ });
    expect(buttons).toHaveLength(quotes.length);
    // The second relation's first quote: Israel's ground incursion.
    const incursion = panel.querySelectorAll('figure')[1] as HTMLElement;
    expect(incursion).toHaveTextContent('Israel’s ground incursion into southern Lebanon');
    await userEvent.click(within(incursion).getByRole('button', { name: /^Read in context/ }));
    expect(onReadInContext).toHaveBeenCalledExactlyOnceWith(quoteId('LBN', 1, 0));
    expect(onReadInContext).toHaveBeenCalledWith('lbn-2-1');
  });

  test('without the callback, quotes carry no control', () => {
    const { panel } = renderPanel('LBN');
    expect(within(panel).queryByRole('button', { name: /Read in context/ })).toBeNull();
  });
});
