// oEmbed 1.0 (https://oembed.com) responses as static files: what a CMS fetches to embed a page by its URL.
import { iframeSnippet } from '../../src/embed/snippets';

/** The response a `rich` oEmbed consumer reads; thumbnail fields come all together or not at all (spec §2.3.4). */
export interface Oembed {
  version: '1.0';
  type: 'rich';
  html: string;
  width: number;
  height: number;
  title: string;
  provider_name: string;
  provider_url: string;
  thumbnail_url?: string;
  thumbnail_width?: number;
  thumbnail_height?: number;
}

export interface OembedInput {
  /** The site's root, absolute, ending in '/'. */
  siteUrl: string;
  /** The page's country (alpha-3) or null for the default view: the iframe opens the map on it. */
  country: string | null;
  title: string;
  /** The provider: the publication's name. */
  providerName: string;
  thumbnail: { url: string; width: number; height: number } | null;
}

/**
 * The width we declare: the iframe itself is 100% wide, and the spec asks for a pixel width, so this is the
 * column the map was laid out for.
 */
export const OEMBED_WIDTH = 700;

/**
 * The share menu's own iframe code for the page's view (?country=RUS&embed=1), so what a CMS embeds and what an
 * editor copies are the same; its height is the one the code sets.
 */
export function oembedFor(input: OembedInput): Oembed {
  const view = new URL(input.siteUrl);
  if (input.country) view.searchParams.set('country', input.country.toUpperCase());
  const html = iframeSnippet(view.href, input.title);
  const height = /\sheight="(\d+)"/.exec(html);
  if (!height) throw new Error('the iframe code has no pixel height for the oEmbed response');
  return {
    version: '1.0',
    type: 'rich',
    html,
    width: OEMBED_WIDTH,
    height: Number(height[1]),
    title: input.title,
    provider_name: input.providerName,
    provider_url: input.siteUrl,
    ...(input.thumbnail
      ? {
          thumbnail_url: input.thumbnail.url,
          thumbnail_width: input.thumbnail.width,
          thumbnail_height: input.thumbnail.height,
        }
      : {}),
  };
}

const TYPES = ['photo', 'video', 'link', 'rich'];
const isPositiveWhole = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value > 0;
const isAbsolute = (value: unknown) => {
  if (typeof value !== 'string') return false;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

/** What makes `value` an invalid oEmbed 1.0 response, checked field by field against the spec; [] when valid. */
export function oembedErrors(value: unknown): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return ['the response is not a JSON object'];
  const r = value as Record<string, unknown>;
  const errors: string[] = [];
  if (r.version !== '1.0') errors.push('version must be "1.0"');
  if (typeof r.type !== 'string' || !TYPES.includes(r.type)) errors.push(`type must be one of ${TYPES.join(', ')}`);
  if (r.type === 'photo' && !isAbsolute(r.url)) errors.push('a photo needs url, an absolute http(s) URL');
  if (r.type === 'photo' || r.type === 'video' || r.type === 'rich') {
    if (r.type !== 'photo' && (typeof r.html !== 'string' || !r.html.trim())) errors.push(`a ${r.type} needs html`);
    if (!isPositiveWhole(r.width)) errors.push(`a ${r.type} needs width, a positive whole number of pixels`);
    if (!isPositiveWhole(r.height)) errors.push(`a ${r.type} needs height, a positive whole number of pixels`);
  }
  for (const name of ['title', 'author_name', 'provider_name']) {
    if (name in r && typeof r[name] !== 'string') errors.push(`${name} must be text`);
  }
  for (const name of ['author_url', 'provider_url']) {
    if (name in r && !isAbsolute(r[name])) errors.push(`${name} must be an absolute http(s) URL`);
  }
  if ('cache_age' in r && !isPositiveWhole(r.cache_age)) errors.push('cache_age must be a positive whole number of seconds');
  const thumbnail = ['thumbnail_url', 'thumbnail_width', 'thumbnail_height'].filter((name) => name in r);
  if (thumbnail.length && thumbnail.length < 3) {
    errors.push('thumbnail_url, thumbnail_width and thumbnail_height come all together or not at all');
  }
  if ('thumbnail_url' in r && !isAbsolute(r.thumbnail_url)) errors.push('thumbnail_url must be an absolute http(s) URL');
  for (const name of ['thumbnail_width', 'thumbnail_height']) {
    if (name in r && !isPositiveWhole(r[name])) errors.push(`${name} must be a positive whole number of pixels`);
  }
  return errors;
}
