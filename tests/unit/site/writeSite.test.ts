// The site as the build writes it: one folder per page, each with its HTML, preview and oEmbed response.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildArticleMap } from '../../../scripts/mapBuild';
import { oembedErrors } from '../../../scripts/site/oembed';
import { NO_SITE_URL_MESSAGE } from '../../../scripts/site/siteUrl';
import { writeSite } from '../../../scripts/site/writeSite';
import { distinctColours, pixels, pngSize } from './png';

const build = buildArticleMap();
if (!build.ok) throw new Error(build.errors.join('\n'));
const { markup, search } = build;
/** Two countries keep the test to three previews: Russia, Bahrain (too small to see) and the default view. */
const model = { ...build.model, countries: build.model.countries.filter((c) => ['RUS', 'BHR'].includes(c.alpha3)) };
const site = 'https://maps.example/iran/';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'site-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** What the lead's renderer returns: a whole document with a basic head, the view's country in the body. */
const rendered: (string | null)[] = [];
function renderPage(key: string | null): string {
  rendered.push(key);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Map</title></head><body><main data-open="${key ?? ''}">page</main></body></html>`;
}

const attr = (html: string, selector: RegExp) => selector.exec(html)?.[1]?.replace(/&amp;/g, '&') ?? null;

describe('writeSite with SITE_URL', () => {
  const outDir = tempDir();
  const report = writeSite({ outDir, model, mapSvg: markup, siteUrl: site, renderPage, search });

  test('writes the page, preview and oEmbed response of the default view and of each country', () => {
    expect(report.notice).toBeNull();
    expect([...report.files].sort()).toEqual(
      ['', 'country/bhr/', 'country/rus/'].flatMap((p) => [`${p}index.html`, `${p}oembed.json`, `${p}preview.png`]).sort(),
    );
    for (const file of report.files) expect(existsSync(join(outDir, file)), file).toBe(true);
  });

  test("renders each page with its country's atlas key open, the default view with none", () => {
    expect(rendered).toEqual(expect.arrayContaining([null, '643', '048']));
    expect(readFileSync(join(outDir, 'country/rus/index.html'), 'utf8')).toContain('<main data-open="643">page</main>');
  });

  test("a country page's tags point at its own absolute addresses, and each of those files exists", () => {
    const html = readFileSync(join(outDir, 'country/rus/index.html'), 'utf8');
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(attr(html, /<title>([^<]*)<\/title>/)).toBe(`Russia — ${model.source.headline}`);
    expect(attr(html, /<link rel="canonical" href="([^"]*)"/)).toBe(`${site}country/rus/`);
    const image = attr(html, /<meta property="og:image" content="([^"]*)"/);
    const oembed = attr(html, /<link rel="alternate" type="application\/json\+oembed" href="([^"]*)"/);
    expect(image).toBe(`${site}country/rus/preview.png`);
    expect(oembed).toBe(`${site}country/rus/oembed.json`);
    for (const url of [image, oembed]) expect(existsSync(join(outDir, (url as string).slice(site.length)))).toBe(true);
    expect(html.indexOf('<meta property="og:image"')).toBeLessThan(html.indexOf('</head>'));
  });

  test('every preview is a 1200×630 PNG with a picture in it', () => {
    for (const path of ['preview.png', 'country/rus/preview.png', 'country/bhr/preview.png']) {
      const png = readFileSync(join(outDir, path));
      expect(pngSize(png), path).toEqual({ width: 1200, height: 630 });
      expect(distinctColours(pixels(png)), path).toBeGreaterThan(100);
    }
  });

  test('every oembed.json is valid oEmbed 1.0 whose thumbnail is the page preview', () => {
    for (const path of ['', 'country/rus/', 'country/bhr/']) {
      const oembed = JSON.parse(readFileSync(join(outDir, `${path}oembed.json`), 'utf8'));
      expect(oembedErrors(oembed), path).toEqual([]);
      expect(oembed.thumbnail_url).toBe(`${site}${path}preview.png`);
      expect(oembed.provider_url).toBe(site);
    }
    const russia = JSON.parse(readFileSync(join(outDir, 'country/rus/oembed.json'), 'utf8'));
    expect(russia.html).toContain(`src="${site}?country=RUS&amp;embed=1"`);
  });
});

describe('writeSite without SITE_URL', () => {
  const outDir = tempDir();
  const one = { ...model, countries: model.countries.filter((c) => c.alpha3 === 'RUS') };
  const report = writeSite({ outDir, model: one, mapSvg: markup, siteUrl: null, renderPage, search });

  test('still writes every page and preview, says once what it left out, and writes no oEmbed', () => {
    expect(report.notice).toBe(NO_SITE_URL_MESSAGE);
    expect([...report.files].sort()).toEqual(['country/rus/index.html', 'country/rus/preview.png', 'index.html', 'preview.png']);
  });

  test('no page carries a tag that needs an absolute address', () => {
    const html = readFileSync(join(outDir, 'country/rus/index.html'), 'utf8');
    expect(attr(html, /<title>([^<]*)<\/title>/)).toBe(`Russia — ${model.source.headline}`);
    expect(html).not.toMatch(/canonical|og:url|og:image|json\+oembed|twitter:image/);
    expect(html).toContain('<meta name="twitter:card" content="summary">');
  });
});

describe('writeSite refuses to build a broken site', () => {
  test('a country the map does not draw stops the build with its name, before anything is written', () => {
    const outDir = tempDir();
    const country = { ...model.countries[0], alpha3: 'ATL', numeric: '999', name: 'Atlantis' } as (typeof model.countries)[number];
    expect(() => writeSite({ outDir, model: { ...model, countries: [country] }, mapSvg: markup, siteUrl: null, renderPage })).toThrow(
      'Atlantis (ATL) has no shape in the map, so its page cannot be built',
    );
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  });

  test('a rendered page without </head> stops the build', () => {
    expect(() =>
      writeSite({ outDir: tempDir(), model: { ...model, countries: [] }, mapSvg: markup, siteUrl: null, renderPage: () => '<p>no head</p>' }),
    ).toThrow(/no <\/head>/);
  });
});
