// oembed.json against the oEmbed 1.0 spec (oembed.com, section 2.3.4): what a CMS needs to embed the map by URL.
import { describe, expect, test } from 'vitest';
import { OEMBED_WIDTH, oembedErrors, oembedFor } from '../../../scripts/site/oembed';

const site = 'https://maps.example/iran/';
const thumbnail = { url: `${site}country/rus/preview.png`, width: 1200, height: 630 };
const russia = oembedFor({ siteUrl: site, country: 'RUS', title: 'Russia — Iran’s allies', providerName: 'Iran’s allies in 2024', thumbnail });

/** The iframe's src, as a browser would read the attribute. */
const iframeSrc = (html: string) => /<iframe src="([^"]*)"/.exec(html)?.[1]?.replace(/&amp;/g, '&');

describe('oembedFor', () => {
  test('is a valid rich response with version, html, width, height, title, provider and thumbnail', () => {
    expect(oembedErrors(russia)).toEqual([]);
    expect(russia).toMatchObject({
      version: '1.0',
      type: 'rich',
      width: OEMBED_WIDTH,
      title: 'Russia — Iran’s allies',
      provider_name: 'Iran’s allies in 2024',
      provider_url: site,
      thumbnail_url: thumbnail.url,
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
  });

  test("the html is one lazy, borderless iframe of the map's embed view opened on the country", () => {
    const src = new URL(iframeSrc(russia.html) as string);
    expect(src.origin + src.pathname).toBe(site);
    expect(src.searchParams.get('embed')).toBe('1');
    expect(src.searchParams.get('country')).toBe('RUS');
    expect(russia.html).toMatch(/^<iframe [^>]*><\/iframe>$/);
    expect(russia.html).toContain('title="Russia — Iran’s allies"');
    expect(russia.html).toContain('width="100%"');
    expect(russia.html).toContain(`height="${russia.height}"`);
    expect(russia.html).toContain('style="border:0"');
    expect(russia.html).toContain('loading="lazy"');
  });

  test('the default view embeds the map without a country', () => {
    const index = oembedFor({ siteUrl: site, country: null, title: 'Iran’s allies', providerName: 'p', thumbnail: null });
    expect(oembedErrors(index)).toEqual([]);
    const src = new URL(iframeSrc(index.html) as string);
    expect(src.searchParams.has('country')).toBe(false);
    expect(src.searchParams.get('embed')).toBe('1');
    expect('thumbnail_url' in index || 'thumbnail_width' in index).toBe(false);
  });

  test('a title with quotes or markup stays inside the iframe title', () => {
    const hostile = oembedFor({ siteUrl: site, country: null, title: '"><script>x</script>', providerName: 'p', thumbnail: null });
    expect(hostile.html).not.toContain('<script>');
    expect(hostile.title).toBe('"><script>x</script>');
  });
});

describe('oembedErrors', () => {
  const valid = { version: '1.0', type: 'rich', html: '<iframe></iframe>', width: 700, height: 640 };

  test('accepts the smallest valid rich response', () => {
    expect(oembedErrors(valid)).toEqual([]);
  });

  test.each([
    ['not an object', [], /not a JSON object/],
    ['wrong version', { ...valid, version: '2.0' }, /version/],
    ['unknown type', { ...valid, type: 'iframe' }, /type/],
    ['rich without html', { ...valid, html: undefined }, /needs html/],
    ['rich without width', { ...valid, width: undefined }, /needs width/],
    ['height that is not whole pixels', { ...valid, height: '640px' }, /needs height/],
    ['a thumbnail url alone', { ...valid, thumbnail_url: 'https://x.example/p.png' }, /all together/],
    ['thumbnail sizes alone', { ...valid, thumbnail_width: 1200, thumbnail_height: 630 }, /all together/],
    ['a relative thumbnail', { ...valid, thumbnail_url: 'p.png', thumbnail_width: 1, thumbnail_height: 1 }, /thumbnail_url must be/],
    ['a relative provider_url', { ...valid, provider_url: '/iran/' }, /provider_url/],
    ['a photo without url', { version: '1.0', type: 'photo', width: 1, height: 1 }, /photo needs url/],
  ])('refuses %s', (_, response, message) => {
    expect(oembedErrors(response)).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
  });
});
