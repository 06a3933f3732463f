// Names of the files the build writes beside index.html, shared by the build and the page that fetches them.

/** Names and aliases of every shape, fetched when the reader first searches. */
export const SEARCH_FILE = 'search-index.json';
/** The finer outline of every shape (key → path), fetched when the reader first zooms in. */
export const DETAIL_FILE = 'world-map-detail.json';
