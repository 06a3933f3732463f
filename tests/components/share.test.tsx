// The share control on its own: copying the link and the embed code, and asking for each download.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { ShareMenu } from '../../src/app/ShareMenu';

const url = 'https://maps.example/iran/?country=RUS&show=ally,severed';
const title = 'Map: who backs Iran, and who cut ties';

function setup() {
  const user = userEvent.setup();
  const onDownload = vi.fn();
  render(<ShareMenu url={() => url} title={title} onDownload={onDownload} />);
  return { user, onDownload };
}

async function open(user: ReturnType<typeof userEvent.setup>) {
  const summary = screen.getByText('Share or embed');
  await user.click(summary);
  expect(summary.closest('details')).toHaveAttribute('open');
}

describe('ShareMenu', () => {
  // Enter and Space on a <summary> are the browser's; jsdom has no such behaviour, so the e2e test presses them.
  test('is closed until the reader opens it, and its summary is the first tab stop', async () => {
    const { user } = setup();
    const details = screen.getByText('Share or embed').closest('details');
    expect(details).not.toHaveAttribute('open');
    await user.tab();
    expect(screen.getByText('Share or embed')).toHaveFocus();
  });

  test('Escape closes the menu, returns focus to its summary and goes no further', async () => {
    const { user } = setup();
    await open(user);
    const onPageEscape = vi.fn();
    document.addEventListener('keydown', onPageEscape);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    await user.keyboard('{Escape}');
    document.removeEventListener('keydown', onPageEscape);
    expect(screen.getByText('Share or embed').closest('details')).not.toHaveAttribute('open');
    expect(screen.getByText('Share or embed')).toHaveFocus();
    expect(onPageEscape).not.toHaveBeenCalled();
  });

  test('Copy link puts the view on the clipboard and says so politely', async () => {
    const { user } = setup();
    await open(user);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await navigator.clipboard.readText()).toBe(url);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Link copied');
    expect(screen.getByRole('textbox', { name: 'Link to this view' })).toHaveValue(url);
  });

  test('Copy embed code puts an iframe of this view with its title and embed=1', async () => {
    const { user } = setup();
    await open(user);
    await user.click(screen.getByRole('button', { name: 'Copy embed code' }));
    const code = await navigator.clipboard.readText();
    const frame = new DOMParser().parseFromString(code, 'text/html').querySelector('iframe');
    expect(frame?.getAttribute('title')).toBe(title);
    expect(frame?.getAttribute('width')).toBe('100%');
    const src = new URL(frame?.getAttribute('src') ?? '');
    expect(src.searchParams.get('embed')).toBe('1');
    expect(src.searchParams.get('country')).toBe('RUS');
    expect(src.searchParams.get('show')).toBe('ally,severed');
    expect(screen.getByRole('status')).toHaveTextContent('Embed code copied');
  });

  test('the pym.js variant is shown below and can be copied', async () => {
    const { user } = setup();
    await open(user);
    const field = screen.getByRole('textbox', { name: /pym\.js/ });
    expect((field as HTMLTextAreaElement).value).toContain('new pym.Parent(');
    await user.click(screen.getByRole('button', { name: 'Copy pym.js code' }));
    expect(await navigator.clipboard.readText()).toBe((field as HTMLTextAreaElement).value);
  });

  test('without a clipboard, the text is selected for the reader to copy', async () => {
    const { user } = setup();
    await open(user);
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    const field = screen.getByRole('textbox', { name: 'Link to this view' }) as HTMLInputElement;
    expect(field).toHaveFocus();
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, url.length]);
    expect(screen.getByRole('status')).toHaveTextContent(/selected/);
    writeText.mockRestore();
  });

  test('each download button asks for its kind', async () => {
    const { user, onDownload } = setup();
    await open(user);
    const group = screen.getByRole('group', { name: 'Download' });
    expect(group).toBeInTheDocument();
    for (const [name, kind] of [
      ['Map as SVG', 'svg'],
      ['Map as PNG', 'png'],
      ['Data as CSV', 'csv'],
      ['Data as JSON', 'json'],
    ] as const) {
      await user.click(screen.getByRole('button', { name }));
      expect(onDownload).toHaveBeenLastCalledWith(kind);
    }
    expect(onDownload).toHaveBeenCalledTimes(4);
  });

  test('a download that fails is announced', async () => {
    const user = userEvent.setup();
    render(<ShareMenu url={() => url} title={title} onDownload={() => Promise.resolve(false)} />);
    await open(user);
    await user.click(screen.getByRole('button', { name: 'Map as PNG' }));
    expect(await screen.findByRole('status')).toHaveTextContent('could not be saved');
  });
});
