// Each country the article names gets a page whose words come from the dataset and whose quote is the article's.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ARTICLE_PATH, buildArticleMap } from '../../../scripts/mapBuild';
import { countryKey, countryShape, mapSize } from '../../../scripts/site/focus';
import { headTags } from '../../../scripts/site/head';
import { oembedErrors, oembedFor } from '../../../scripts/site/oembed';
import { DESCRIPTION_MAX, countryPageInfo, indexPageInfo, truncate } from '../../../scripts/site/pages';

const build = buildArticleMap();
if (!build.ok) throw new Error(build.errors.join('\n'));
const { model, markup, facts, search } = build;
const article = readFileSync(ARTICLE_PATH, 'utf8');
const pages = countryPageInfo(model, search);
const headline = model.source.headline;

describe('countryPageInfo', () => {
  test('every country in the dataset has exactly one page, at country/<alpha-3 in lower case>/', () => {
    expect(pages.map((p) => p.path).sort()).toEqual(model.countries.map((c) => `country/${c.alpha3.toLowerCase()}/`).sort());
    expect(new Set(pages.map((p) => p.path)).size).toBe(pages.length);
    expect(pages.find((p) => p.country?.alpha3 === 'RUS')?.path).toBe('country/rus/');
  });

  test.each(pages.map((p) => [p.country?.name, p] as const))('%s: title, description and quote', (name, page) => {
    expect(page.title).toBe(`${name} — ${headline}`);
    expect(page.description.length).toBeGreaterThan(20);
    expect(page.description.length).toBeLessThanOrEqual(DESCRIPTION_MAX);
    expect(page.stanceLabels.length).toBeGreaterThan(0);
    expect(article).toContain(page.firstQuote);
  });

  test("the card's quote is the first that names the country, not the article's list heading", () => {
    const russia = pages.find((p) => p.country?.alpha3 === 'RUS');
    expect(russia?.firstQuote).toMatch(/^Russia: Sharing long-standing ties/);
    expect(russia?.description).toMatch(/^Backs Iran\. /);
    expect(russia?.stanceLabels).toEqual(['Backs Iran', 'Statement']);
  });

  test('the tags and oEmbed response of every country page are complete and valid', () => {
    const site = 'https://maps.example/iran/';
    for (const page of pages) {
      const tags = headTags({ title: page.title, description: page.description, canonical: site + page.path, oembedUrl: `${site}${page.path}oembed.json` });
      expect(tags).toContain(`<link rel="canonical" href="${site}${page.path}">`);
      const oembed = oembedFor({ siteUrl: site, country: page.country?.alpha3 ?? null, title: page.title, providerName: headline, thumbnail: { url: `${site}${page.path}preview.png`, width: 1200, height: 630 } });
      expect(oembedErrors(oembed), page.path).toEqual([]);
      expect(oembed.html).toContain(`country=${page.country?.alpha3}&amp;embed=1`);
    }
  });
});

describe('indexPageInfo', () => {
  test('the default view is the site root, titled with the headline, its description counting the stances', () => {
    const index = indexPageInfo(model);
    expect(index.path).toBe('');
    expect(index.title).toBe(headline);
    expect(index.description.length).toBeLessThanOrEqual(DESCRIPTION_MAX);
    expect(index.description).toMatch(/^The \d+ countries the article names besides Iran, by stance: \d+ back Iran;/);
    expect(index.description).not.toContain('…');
  });
});

describe('truncate', () => {
  test('cuts at a word and says so with an ellipsis; leaves short text alone', () => {
    expect(truncate('one two three four', 12)).toBe('one two…');
    expect(truncate('one  two', 12)).toBe('one two');
    expect(truncate('Relations were severed, then restored', 24)).toBe('Relations were severed…');
  });
});

describe('the map markup has every page’s country', () => {
  const world = mapSize(markup);

  test.each(model.countries.map((c) => [c.name, c] as const))('%s is drawn, under the key the app uses', (_, country) => {
    const key = countryKey(markup, country.numeric);
    expect(key).toBe(facts.codes[country.alpha3]);
    const { box } = countryShape(markup, key as string);
    expect(box.x0).toBeGreaterThanOrEqual(0);
    expect(box.x1).toBeLessThanOrEqual(world.width);
    expect(box.y1).toBeGreaterThan(box.y0);
  });
});
