// The site's public address, from SITE_URL at build time: what makes canonical, preview and oEmbed URLs absolute.

export type SiteUrl = { ok: true; url: string | null } | { ok: false; error: string };

/** What the build says, once, when SITE_URL is not set. */
export const NO_SITE_URL_MESSAGE =
  'SITE_URL is not set, so the pages leave out the canonical link, og:url, og:image, the oEmbed link and ' +
  'oembed.json (they need absolute URLs). Set SITE_URL=https://example.org/maps/iran/ to add them.';

/**
 * Reads SITE_URL: an absolute http(s) address without query, fragment or credentials, returned with a trailing
 * slash so page paths join onto it. Unset or blank gives null; anything else unusable gives an error to print.
 */
export function siteUrl(env: Readonly<Record<string, string | undefined>>): SiteUrl {
  const raw = env.SITE_URL?.trim();
  if (!raw) return { ok: true, url: null };
  const invalid = (why: string): SiteUrl => ({
    ok: false,
    error: `SITE_URL=${JSON.stringify(raw)} is not usable: ${why}. Give the public address the site is served from, e.g. https://example.org/maps/iran/`,
  });
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return invalid('it is not an absolute URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return invalid(`it must start with https:// or http://`);
  if (url.username || url.password) return invalid('it must not carry a user name or password');
  if (url.search || url.hash || raw.endsWith('?') || raw.endsWith('#')) {
    return invalid('it must not have a query (?…) or fragment (#…)');
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return { ok: true, url: url.href };
}

/** `path` ('' or 'country/rus/preview.png') on the site. */
export function onSite(site: string, path: string): string {
  return new URL(path, site).href;
}
