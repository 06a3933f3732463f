// The tags in a page's <head> that search engines, link cards and oEmbed consumers read.
import { escapeMarkup } from '../../src/geo/escapeMarkup';

export interface HeadInput {
  title: string;
  description: string;
  /** Absolute URL of the page; null without SITE_URL. */
  canonical?: string | null;
  /** The preview image at an absolute URL; null without SITE_URL. */
  image?: { url: string; width: number; height: number; alt: string } | null;
  /** Absolute URL of the page's oembed.json; null without SITE_URL. */
  oembedUrl?: string | null;
  /** og:site_name: the publication the page belongs to. */
  siteName?: string;
}

const meta = (attribute: 'name' | 'property', key: string, content: string | number) =>
  `<meta ${attribute}="${key}" content="${escapeMarkup(String(content))}">`;

/** One tag a line. Tags that need an absolute URL are left out when it is not given. */
export function headTags(input: HeadInput): string {
  const { canonical, image, oembedUrl } = input;
  return [
    `<title>${escapeMarkup(input.title)}</title>`,
    meta('name', 'description', input.description),
    canonical ? `<link rel="canonical" href="${escapeMarkup(canonical)}">` : '',
    meta('property', 'og:type', 'website'),
    meta('property', 'og:title', input.title),
    meta('property', 'og:description', input.description),
    input.siteName ? meta('property', 'og:site_name', input.siteName) : '',
    canonical ? meta('property', 'og:url', canonical) : '',
    ...(image
      ? [
          meta('property', 'og:image', image.url),
          meta('property', 'og:image:type', 'image/png'),
          meta('property', 'og:image:width', image.width),
          meta('property', 'og:image:height', image.height),
          meta('property', 'og:image:alt', image.alt),
        ]
      : []),
    // Without an image the large card would show an empty frame; the small card is the honest one.
    meta('name', 'twitter:card', image ? 'summary_large_image' : 'summary'),
    meta('name', 'twitter:title', input.title),
    meta('name', 'twitter:description', input.description),
    ...(image ? [meta('name', 'twitter:image', image.url), meta('name', 'twitter:image:alt', image.alt)] : []),
    oembedUrl
      ? `<link rel="alternate" type="application/json+oembed" href="${escapeMarkup(oembedUrl)}" title="${escapeMarkup(input.title)}">`
      : '',
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * `html` with `tags` at the end of its <head>, in place of its own <title>, description and social tags, so a page
 * never carries two. Throws when the document has no </head>: the page would ship without its tags.
 */
export function withHead(html: string, tags: string): string {
  const end = html.indexOf('</head>');
  if (end === -1) throw new Error('the rendered page has no </head> to put its tags in');
  const head = html
    .slice(0, end)
    .replace(/<title>[\s\S]*?<\/title>\s*/i, '')
    .replace(/<meta\s+(?:name|property)="(?:description|og:[\w:]+|twitter:[\w:]+)"[^>]*>\s*/gi, '')
    .replace(/<link\s+rel="canonical"[^>]*>\s*/gi, '');
  return `${head}${tags}\n${html.slice(end)}`;
}
