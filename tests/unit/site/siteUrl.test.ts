// SITE_URL: the public address the build makes absolute URLs from, or a readable reason it cannot.
import { describe, expect, test } from 'vitest';
import { NO_SITE_URL_MESSAGE, onSite, siteUrl } from '../../../scripts/site/siteUrl';

describe('siteUrl', () => {
  test('absent or blank means no address: the build goes on without the absolute tags', () => {
    expect(siteUrl({})).toEqual({ ok: true, url: null });
    expect(siteUrl({ SITE_URL: '  ' })).toEqual({ ok: true, url: null });
  });

  test('a root or a folder gets exactly one trailing slash, so page paths join onto it', () => {
    expect(siteUrl({ SITE_URL: 'https://maps.example' })).toEqual({ ok: true, url: 'https://maps.example/' });
    expect(siteUrl({ SITE_URL: 'https://maps.example/iran' })).toEqual({ ok: true, url: 'https://maps.example/iran/' });
    expect(siteUrl({ SITE_URL: ' http://localhost:4173/iran/ ' })).toEqual({ ok: true, url: 'http://localhost:4173/iran/' });
  });

  test.each([
    ['maps.example/iran', 'not an absolute URL'],
    ['/iran/', 'not an absolute URL'],
    ['ftp://maps.example/', 'https:// or http://'],
    ['javascript:alert(1)', 'https:// or http://'],
    ['https://user:secret@maps.example/', 'user name or password'],
    ['https://maps.example/?x=1', 'query'],
    ['https://maps.example/#map', 'fragment'],
  ])('%s is refused with a reason the build prints', (value, reason) => {
    const result = siteUrl({ SITE_URL: value });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toContain(`SITE_URL="${value}"`);
      expect(result.error).toContain(reason);
    }
  });

  test('the message for a missing SITE_URL is one line that says what is left out and how to set it', () => {
    expect(NO_SITE_URL_MESSAGE).not.toContain('\n');
    expect(NO_SITE_URL_MESSAGE).toMatch(/canonical.*og:image.*oEmbed/);
    expect(NO_SITE_URL_MESSAGE).toContain('SITE_URL=https://');
  });

  test('onSite joins page paths under a folder, not at the host root', () => {
    expect(onSite('https://maps.example/iran/', 'country/rus/preview.png')).toBe(
      'https://maps.example/iran/country/rus/preview.png',
    );
    expect(onSite('https://maps.example/iran/', '')).toBe('https://maps.example/iran/');
  });
});
