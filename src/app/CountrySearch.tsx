// Find any country by name or alias and open it, keyboard first: the WAI-ARIA 1.2 combobox with a listbox.
import { useLatest } from '../ui/useLatest';
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { findCountries, type SearchEntry, type SearchHit } from '../data/findCountry';

interface CountrySearchProps {
  /** Loads the index on first use, so readers who never search never download it. */
  loadEntries: () => Promise<SearchEntry[]>;
  onChoose: (key: string) => void;
}

export function CountrySearch({ loadEntries, onChoose }: CountrySearchProps) {
  const id = useId();
  const listId = `${id}-list`;
  const [entries, setEntries] = useState<SearchEntry[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const loading = useRef(false);
  // Enter pressed while the list was still loading: the reader's choice is kept and made once it arrives.
  const pendingEnter = useRef(false);
  // What the reader has typed and where a choice goes, for a list that arrives after the keystrokes.
  const typed = useRef('');
  const chosen = useLatest(onChoose);
  const hits = useMemo(() => (entries ? findCountries(entries, text) : []), [entries, text]);

  const load = () => {
    if (entries || loading.current) return;
    loading.current = true;
    setFailed(false);
    loadEntries()
      .then((loaded) => {
        setEntries(loaded);
        if (!pendingEnter.current) return;
        pendingEnter.current = false;
        pick(findCountries(loaded, typed.current)[0]);
      })
      .catch(() => setFailed(true))
      .finally(() => {
        loading.current = false;
      });
  };

  const pick = (hit: SearchHit | undefined) => {
    if (!hit) return;
    setText(hit.name);
    setOpen(false);
    chosen.current(hit.key);
  };
  const choose = (index: number) => pick(hits[index]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      // Pressed before the list has arrived: the first option will be the active one when it does.
      setActive((i) => (hits.length ? (i + 1) % hits.length : 0));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (hits.length ? (i <= 0 ? hits.length - 1 : i - 1) : -1));
    } else if (event.key === 'Enter') {
      if (open && hits.length) {
        event.preventDefault();
        choose(active >= 0 && active < hits.length ? active : 0);
      } else if (!entries && text.trim()) {
        event.preventDefault();
        pendingEnter.current = true;
        load();
      }
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        event.stopPropagation();
        setOpen(false);
      } else setText('');
    }
  };

  const expanded = open && text.trim().length > 0;
  return (
    <div className="search">
      <label htmlFor={`${id}-input`}>Find a country</label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 && active < hits.length ? `${id}-option-${active}` : undefined}
        placeholder="e.g. Bahrain, USA, Türkiye"
        value={text}
        onFocus={load}
        onChange={(event) => {
          load();
          pendingEnter.current = false;
          typed.current = event.target.value;
          setText(event.target.value);
          setActive(-1);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" aria-label="Countries" className="search__list" hidden={!expanded}>
        {hits.map((hit, index) => (
          <li
            key={hit.key}
            id={`${id}-option-${index}`}
            role="option"
            aria-selected={index === active}
            className="search__option"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(index)}
          >
            {hit.name}
            {hit.via ? <span className="search__via"> ({hit.via})</span> : null}
          </li>
        ))}
        {expanded && entries && hits.length === 0 ? (
          <li role="option" aria-selected={false} aria-disabled="true" className="search__empty">
            No country matches “{text}”
          </li>
        ) : null}
      </ul>
      {failed ? (
        <p className="search__error" role="alert">
          The country list did not load.{' '}
          <button type="button" onClick={load}>
            Retry
          </button>
        </p>
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        {expanded && entries ? `${hits.length} ${hits.length === 1 ? 'country' : 'countries'} found` : ''}
      </p>
    </div>
  );
}
