// @vitest-environment jsdom
// The head tags as a crawler or a link card reads them: parsed by the DOM, not matched as text.
import { describe, expect, test } from 'vitest';
import { headTags, withHead } from '../../../scripts/site/head';

const full = {
  title: 'Russia — Iran’s allies in 2024: which countries support its stance on the Israel conflict?',
  description: 'Backs Iran. Listed among the nations backing Iran.',
  canonical: 'https://maps.example/iran/country/rus/',
  image: { url: 'https://maps.example/iran/country/rus/preview.png', width: 1200, height: 630, alt: 'World map with Russia highlighted' },
  oembedUrl: 'https://maps.example/iran/country/rus/oembed.json',
  siteName: 'Iran’s allies in 2024',
};

function head(tags: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><head>${tags}</head><body></body></html>`, 'text/html');
}
const metaContent = (doc: Document, key: string) =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? null;

describe('headTags', () => {
  test('a page with SITE_URL gets title, description, canonical, Open Graph, a large card and oEmbed discovery', () => {
    const doc = head(headTags(full));
    expect(doc.title).toBe(full.title);
    expect(metaContent(doc, 'description')).toBe(full.description);
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(full.canonical);
    expect(metaContent(doc, 'og:type')).toBe('website');
    expect(metaContent(doc, 'og:title')).toBe(full.title);
    expect(metaContent(doc, 'og:description')).toBe(full.description);
    expect(metaContent(doc, 'og:url')).toBe(full.canonical);
    expect(metaContent(doc, 'og:site_name')).toBe(full.siteName);
    expect(metaContent(doc, 'og:image')).toBe(full.image.url);
    expect(metaContent(doc, 'og:image:width')).toBe('1200');
    expect(metaContent(doc, 'og:image:height')).toBe('630');
    expect(metaContent(doc, 'og:image:alt')).toBe(full.image.alt);
    expect(metaContent(doc, 'twitter:card')).toBe('summary_large_image');
    expect(metaContent(doc, 'twitter:image')).toBe(full.image.url);
    const oembed = doc.querySelector('link[rel="alternate"][type="application/json+oembed"]');
    expect(oembed?.getAttribute('href')).toBe(full.oembedUrl);
    expect(oembed?.getAttribute('title')).toBe(full.title);
  });

  test('without SITE_URL nothing that needs an absolute address is written, and the card is the small one', () => {
    const doc = head(headTags({ title: full.title, description: full.description, canonical: null, image: null, oembedUrl: null }));
    expect(doc.title).toBe(full.title);
    expect(metaContent(doc, 'og:title')).toBe(full.title);
    expect(doc.querySelector('link[rel="canonical"]')).toBeNull();
    expect(doc.querySelector('link[type="application/json+oembed"]')).toBeNull();
    for (const key of ['og:url', 'og:image', 'og:image:width', 'twitter:image']) expect(metaContent(doc, key)).toBeNull();
    expect(metaContent(doc, 'twitter:card')).toBe('summary');
    expect(doc.querySelectorAll('[href], [content*="://"]').length).toBe(0);
  });

  test('text cannot break out of its attribute or element', () => {
    const hostile = `"><script>alert(1)</script><meta name="robots" content="noindex" x='`;
    const doc = head(headTags({ ...full, title: hostile, description: hostile, image: { ...full.image, alt: hostile } }));
    expect(doc.querySelector('script')).toBeNull();
    expect(doc.querySelector('meta[name="robots"]')).toBeNull();
    expect(doc.title).toBe(hostile);
    expect(metaContent(doc, 'description')).toBe(hostile);
    expect(metaContent(doc, 'og:image:alt')).toBe(hostile);
  });
});

describe('withHead', () => {
  const page =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Old title</title>' +
    '<meta name="description" content="old"><meta property="og:title" content="old"></head><body><p>Map</p></body></html>';

  test("puts the tags in the page's head in place of its own title and description, keeping the rest", () => {
    const doc = new DOMParser().parseFromString(withHead(page, headTags(full)), 'text/html');
    expect(doc.querySelectorAll('title')).toHaveLength(1);
    expect(doc.title).toBe(full.title);
    expect(doc.querySelectorAll('meta[name="description"]')).toHaveLength(1);
    expect(doc.querySelectorAll('meta[property="og:title"]')).toHaveLength(1);
    expect(metaContent(doc, 'og:title')).toBe(full.title);
    expect(doc.querySelector('meta[charset]')).not.toBeNull();
    expect(doc.body.textContent).toBe('Map');
  });

  test('a page without </head> is an error, not a page without tags', () => {
    expect(() => withHead('<p>no head</p>', headTags(full))).toThrow(/no <\/head>/);
  });
});
