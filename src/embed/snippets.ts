// The addresses and HTML an editor copies to share or embed the current view.
import { escapeMarkup } from '../geo/escapeMarkup';
import { PYM_PARAMS } from './pym';

/**
 * A plain iframe's height. In a frame of fixed size the embed fits map, legend and credit to the frame, and the
 * details open over the map, so any height from about 400 px works; 500 suits a column from 320 px up.
 */
export const IFRAME_HEIGHT = 500;

/** The pym.js container id the snippet creates; any id works, this one says what it holds. */
const PYM_CONTAINER = 'article-map';

/** Where the editor's own copy of pym.js goes: we never point a host at a third-party CDN. */
export const PYM_SCRIPT_PLACEHOLDER = '/path/to/your/pym.v1.min.js';

/** Rewrites `url`'s query with `change`, keeping the commas and slashes our view parameters use readable. */
function withQuery(url: string, change: (query: URLSearchParams) => void): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url; // not an absolute address: nothing we can safely rewrite
  }
  change(parsed.searchParams);
  const search = parsed.searchParams.toString().replace(/%2C/g, ',').replace(/%2F/g, '/');
  parsed.search = search ? `?${search}` : '';
  return parsed.href;
}

/** The view's address for readers: without embed=1 or the parameters pym.js added for its host. */
export function pageUrl(url: string): string {
  return withQuery(url, (query) => {
    for (const name of ['embed', ...PYM_PARAMS]) query.delete(name);
  });
}

/** The view's address for an iframe: embed=1, and no pym.js parameters (a pym.js Parent adds its own). */
export function embedUrl(url: string): string {
  return withQuery(url, (query) => {
    for (const name of PYM_PARAMS) query.delete(name);
    query.set('embed', '1');
  });
}

/** A JavaScript string literal that is also safe inside a <script> element: no "</script>" or "<!--" survives. */
const scriptString = (text: string) =>
  JSON.stringify(text)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/** The address with the host's theme for the embed ('auto', the default, follows the reader's system). */
export function withTheme(url: string, theme: 'auto' | 'light' | 'dark'): string {
  return withQuery(url, (query) => (theme === 'auto' ? query.delete('theme') : query.set('theme', theme)));
}

/** A plain iframe; clipboard-write lets the map's own "Copy link" work inside it. */
export function iframeSnippet(url: string, title: string): string {
  return (
    `<iframe src="${escapeMarkup(embedUrl(url))}" title="${escapeMarkup(title)}" ` +
    `width="100%" height="${IFRAME_HEIGHT}" style="border:0" loading="lazy" allow="clipboard-write"></iframe>`
  );
}

/** The same view through pym.js, which resizes the iframe to fit as the reader opens panels or narrows the page. */
export function pymSnippet(url: string, title: string): string {
  return [
    `<div id="${PYM_CONTAINER}"></div>`,
    `<!-- pym.js: host your own copy of pym.v1.min.js (npm package "pym.js", file dist/pym.v1.min.js) and put its address below. -->`,
    `<script src="${PYM_SCRIPT_PLACEHOLDER}"></script>`,
    `<script>new pym.Parent(${scriptString(PYM_CONTAINER)}, ${scriptString(embedUrl(url))}, { title: ${scriptString(title)} });</script>`,
  ].join('\n');
}
