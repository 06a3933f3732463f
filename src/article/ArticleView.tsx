// The article in full, every quoted passage highlighted and followed by the countries it is quoted for, so a
// reader can check that a quote is not out of context. Rendered whole on the server; links work without script.
import { Fragment, useEffect, useId, useMemo, useRef, type MouseEvent } from 'react';
import type { Country } from '../data/model';
import { locatePassages, splitArticle, type Block, type Passage, type Piece } from '../data/passages';

interface ArticleViewProps {
  /** data/article.txt as it stands. */
  article: string;
  headline: string;
  countries: readonly Country[];
  /** The quote id the view opens at (scrolled to, marked current, focused), or null. */
  quote: string | null;
  onOpenCountry: (alpha3: string) => void;
  /** Where a country's link goes without script; the page's own ?country= by default. */
  hrefOf?: (alpha3: string) => string;
}

/** A stretch of consecutive quoted pieces, and, for each country quoted in it, its quotes there. */
interface Run {
  pieces: Piece[];
  countries: { alpha3: string; ids: string[]; first: Passage }[];
}

const defaultHref = (alpha3: string) => `?country=${alpha3}`;

/** A block's pieces, with quoted stretches gathered into runs. */
function runsOf(block: Block, byId: ReadonlyMap<string, Passage>): (Piece | Run)[] {
  const out: (Piece | Run)[] = [];
  for (const piece of block.pieces) {
    const last = out.at(-1);
    if (!piece.ids.length) out.push(piece);
    else if (last && 'countries' in last) last.pieces.push(piece);
    else out.push({ pieces: [piece], countries: [] });
  }
  for (const run of out) {
    if (!('countries' in run)) continue;
    const seen = new Map<string, Run['countries'][number]>();
    for (const id of run.pieces.flatMap((piece) => piece.ids)) {
      const passage = byId.get(id);
      if (!passage) continue;
      const entry = seen.get(passage.alpha3);
      if (!entry) seen.set(passage.alpha3, { alpha3: passage.alpha3, ids: [id], first: passage });
      else if (!entry.ids.includes(id)) entry.ids.push(id);
    }
    run.countries = [...seen.values()];
  }
  return out;
}

/** The opening words of a passage, for a link's name: "Russia: We express our extreme concern…". */
function openingWords(article: string, passage: Passage): string {
  const words = article.slice(passage.start, passage.end).trim().split(/\s+/);
  return words.length > 6 ? `${words.slice(0, 6).join(' ')}…` : words.join(' ');
}

/** A plain left click is ours; a click with a modifier opens the link where the reader asked. */
const plainClick = (event: MouseEvent) =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

export function ArticleView({ article, headline, countries, quote, onOpenCountry, hrefOf = defaultHref }: ArticleViewProps) {
  const passages = useMemo(() => locatePassages(article, countries), [article, countries]);
  const blocks = useMemo(() => splitArticle(article, passages), [article, passages]);
  const byId = useMemo(() => new Map(passages.map((p) => [p.id, p])), [passages]);
  const names = useMemo(() => new Map(countries.map((c) => [c.alpha3, c.name])), [countries]);
  const current = quote !== null && byId.has(quote) ? quote : null;
  const root = useRef<HTMLElement>(null);
  const titleId = useId();

  // Opening at a passage: centre it, then focus its country's link without a second jump.
  useEffect(() => {
    if (!current || !root.current) return;
    const part = root.current.querySelector<HTMLElement>('.passage__part--current');
    const link = [...root.current.querySelectorAll<HTMLElement>('a.passage__country')].find((a) =>
      a.dataset.quotes?.split(' ').includes(current),
    );
    part?.scrollIntoView?.({ block: 'center' });
    link?.focus({ preventScroll: true });
  }, [current]);

  const open = (alpha3: string) => (event: MouseEvent) => {
    if (!plainClick(event)) return;
    event.preventDefault();
    onOpenCountry(alpha3);
  };

  const renderRun = (run: Run, key: number) => {
    const only = run.countries.length === 1 ? run.countries[0] : undefined;
    return (
      <span className="passage" key={key}>
        {/* A click on a passage quoted for one country opens it; its link after it is the keyboard's way. */}
        <mark className={`passage__text${only ? ' passage__text--single' : ''}`} onClick={only ? open(only.alpha3) : undefined}>
          {run.pieces.map((piece) => (
            <span
              key={piece.start}
              className={`passage__part${current && piece.ids.includes(current) ? ' passage__part--current' : ''}`}
              data-quotes={piece.ids.join(' ')}
            >
              {piece.text}
            </span>
          ))}
        </mark>
        <span className="passage__countries">
          {run.countries.map(({ alpha3, ids, first }) => {
            const name = names.get(alpha3) ?? alpha3;
            const isCurrent = current !== null && ids.includes(current);
            return (
              <a
                key={alpha3}
                className="passage__country"
                href={hrefOf(alpha3)}
                data-alpha3={alpha3}
                data-quotes={ids.join(' ')}
                aria-label={`${name}: ${openingWords(article, first)}`}
                aria-current={isCurrent ? 'true' : undefined}
                onClick={open(alpha3)}
              >
                {name}
              </a>
            );
          })}
        </span>
      </span>
    );
  };

  const content = (block: Block) =>
    runsOf(block, byId).map((part, i) =>
      'countries' in part ? renderRun(part, i) : <Fragment key={i}>{part.text}</Fragment>,
    );
  const title = blocks[0]?.kind === 'title' ? blocks[0] : undefined;

  return (
    <article className="article-view" ref={root} aria-labelledby={titleId}>
      <p className="article-view__intro">
        The article as published. Highlighted passages are the ones the map quotes; the country names after each
        open that country.
      </p>
      <h2 id={titleId} className="article-view__title">
        {title ? content(title) : headline}
      </h2>
      {blocks.map((block) =>
        block === title ? null : block.kind === 'heading' ? (
          <h3 key={block.start} className="article-view__heading">
            {content(block)}
          </h3>
        ) : (
          <p key={block.start} className="article-view__paragraph">
            {content(block)}
          </p>
        ),
      )}
    </article>
  );
}
