// Share, embed and download: a disclosure with the view's link, the embed code and the files to save.
import { useEffect, useId, useReducer, useRef, useState } from 'react';
import type { DownloadKind } from '../embed/export';
import { iframeSnippet, pageUrl, pymSnippet, withTheme } from '../embed/snippets';

export interface ShareMenuProps {
  /** The current page address, carrying the view; read when the menu renders. */
  url: () => string;
  /**
   * Tells of changes to the view that do not render the page (opening a country), so an open menu's link
   * follows them. A closed menu does not listen: opening a country costs it nothing.
   */
  subscribe?: (listener: () => void) => () => void;
  /** The link to share, when it is not the view's address (a country's own page). */
  link?: () => string;
  /** The embedded map's accessible name, for the iframe's title. */
  title: string;
  /** Saves a file; a result of false (or a promise of it) means it could not, and the menu says so. */
  onDownload: (kind: DownloadKind) => unknown;
}

type Field = HTMLInputElement | HTMLTextAreaElement;

const DOWNLOADS: readonly { kind: DownloadKind; label: string }[] = [
  { kind: 'svg', label: 'Map as SVG' },
  { kind: 'png', label: 'Map as PNG' },
  { kind: 'csv', label: 'Data as CSV' },
  { kind: 'json', label: 'Data as JSON' },
];

/** How long a "copied" message stays; cleared so that copying the same thing again is announced again. */
const STATUS_MS = 5000;

export function ShareMenu({ url: currentUrl, link: shareLink, subscribe, title, onDownload }: ShareMenuProps) {
  const [theme, setTheme] = useState<'auto' | 'light' | 'dark'>('auto');
  const id = useId();
  const [status, setStatus] = useState('');
  const [open, setOpen] = useState(false);
  const [, refresh] = useReducer((count: number) => count + 1, 0);
  useEffect(() => (open && subscribe ? subscribe(refresh) : undefined), [open, subscribe]);
  // Read only while open: the page is rendered at build time, where there is no address yet.
  const url = open ? currentUrl() : '';
  const linkField = useRef<HTMLInputElement>(null);
  const iframeField = useRef<HTMLTextAreaElement>(null);
  const pymField = useRef<HTMLTextAreaElement>(null);
  const link = open && shareLink ? shareLink() : pageUrl(url);
  const embedFrom = withTheme(url, theme);
  const iframe = iframeSnippet(embedFrom, title);
  const pym = pymSnippet(embedFrom, title);

  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(''), STATUS_MS);
    return () => clearTimeout(timer);
  }, [status]);

  const copy = async (text: string, field: Field | null, done: string) => {
    try {
      // Absent outside secure contexts, and refused in a frame the host did not allow clipboard-write.
      if (typeof navigator.clipboard?.writeText !== 'function') throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setStatus(done);
    } catch {
      field?.focus();
      field?.select();
      setStatus('The text is selected: press Ctrl+C (⌘C on a Mac) to copy it.');
    }
  };

  const download = async (kind: DownloadKind) => {
    if ((await onDownload(kind)) === false) setStatus('The file could not be saved. Please try again.');
  };

  const selectAll = (event: React.FocusEvent<Field>) => event.currentTarget.select();

  // Escape closes the menu and only the menu: the page's own Escape (closing the country) must not fire too.
  const onKeyDown = (event: React.KeyboardEvent<HTMLDetailsElement>) => {
    const details = event.currentTarget;
    if (event.key !== 'Escape' || !details.open) return;
    event.stopPropagation();
    details.open = false;
    details.querySelector('summary')?.focus();
  };

  return (
    <details className="share" onKeyDown={onKeyDown} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Share or embed</summary>
      {open ? (
      <div className="share__body">
        <div className="share__field">
          <label htmlFor={`${id}-link`}>Link to this view</label>
          <div className="share__row">
            <input id={`${id}-link`} ref={linkField} type="text" readOnly value={link} onFocus={selectAll} />
            <button type="button" onClick={() => void copy(link, linkField.current, 'Link copied')}>
              Copy link
            </button>
          </div>
        </div>
        <fieldset className="share__field share__theme">
          <legend>Embed theme</legend>
          {(['auto', 'light', 'dark'] as const).map((option) => (
            <label key={option}>
              <input
                type="radio"
                name={`${id}-theme`}
                value={option}
                checked={theme === option}
                onChange={() => setTheme(option)}
              />{' '}
              {option === 'auto' ? 'Follow the reader’s system' : option === 'light' ? 'Light' : 'Dark'}
            </label>
          ))}
        </fieldset>
        <div className="share__field">
          <label htmlFor={`${id}-iframe`}>Embed code</label>
          <textarea id={`${id}-iframe`} ref={iframeField} readOnly rows={3} value={iframe} onFocus={selectAll} />
          <button type="button" onClick={() => void copy(iframe, iframeField.current, 'Embed code copied')}>
            Copy embed code
          </button>
        </div>
        <div className="share__field">
          <label htmlFor={`${id}-pym`}>Or with pym.js, which resizes the frame to fit its content</label>
          <textarea id={`${id}-pym`} ref={pymField} readOnly rows={5} value={pym} onFocus={selectAll} />
          <button type="button" onClick={() => void copy(pym, pymField.current, 'pym.js embed code copied')}>
            Copy pym.js code
          </button>
        </div>
        <div className="share__downloads" role="group" aria-labelledby={`${id}-downloads`}>
          <span id={`${id}-downloads`}>Download</span>
          {DOWNLOADS.map(({ kind, label }) => (
            <button key={kind} type="button" onClick={() => void download(kind)}>
              {label}
            </button>
          ))}
        </div>
        <p className="share__status" role="status">
          {status}
        </p>
      </div>
      ) : null}
    </details>
  );
}
