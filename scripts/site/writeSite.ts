// Writes every page of the site with its head tags, preview image and oEmbed response: the build's last step.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SearchEntry } from '../../src/data/findCountry';
import type { ArticleModel } from '../../src/data/model';
import { countryKey } from './focus';
import { headTags, withHead } from './head';
import { oembedErrors, oembedFor } from './oembed';
import { countryPageInfo, indexPageInfo, type SitePage } from './pages';
import { readPalette, type Palette } from './palette';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH, renderPreview } from './preview';
import { NO_SITE_URL_MESSAGE, onSite } from './siteUrl';

export interface WriteSiteInput {
  outDir: string;
  model: ArticleModel;
  /** The map's SVG markup as the build writes it (src/geo/markup.ts). */
  mapSvg: string;
  /** From siteUrl(process.env): absolute with a trailing slash, or null to leave out what needs it. */
  siteUrl: string | null;
  /**
   * The whole HTML document for the view with `countryKey` open (an atlas key, the map's data-key), or the
   * default view for null. Its <title> is replaced and the page's tags go before </head>.
   */
  renderPage: (countryKey: string | null) => string;
  /** The search index, for the names the article uses ("Bahrein") when choosing a card's quote. */
  search?: readonly SearchEntry[];
  palette?: Palette;
}

export interface SiteReport {
  /** Files written, relative to outDir, e.g. 'country/rus/preview.png'. */
  files: string[];
  /** The one line to print when SITE_URL is missing; null when it is set. */
  notice: string | null;
}

const PREVIEW_FILE = 'preview.png';
const OEMBED_FILE = 'oembed.json';

export function writeSite(input: WriteSiteInput): SiteReport {
  const { model, mapSvg, siteUrl } = input;
  const palette = input.palette ?? readPalette();
  const headline = model.source.headline;
  const pages: { page: SitePage; key: string | null }[] = [
    { page: indexPageInfo(model), key: null },
    ...countryPageInfo(model, input.search).map((page) => {
      const country = page.country as NonNullable<SitePage['country']>;
      const key = countryKey(mapSvg, country.numeric);
      if (!key) throw new Error(`${country.name} (${country.alpha3}) has no shape in the map, so its page cannot be built`);
      return { page, key };
    }),
  ];
  const files: string[] = [];
  const write = (path: string, body: string | Buffer) => {
    const target = join(input.outDir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, body);
    files.push(path);
  };
  for (const { page, key } of pages) {
    const at = (file: string) => (siteUrl ? onSite(siteUrl, page.path + file) : null);
    const image = at(PREVIEW_FILE);
    const preview = renderPreview({
      mapSvg,
      headline,
      credit: `Source: ${headline}`,
      palette,
      country:
        page.country && key
          ? {
              name: page.country.name,
              key,
              category: page.country.category,
              stanceLabels: page.stanceLabels,
              firstQuote: page.firstQuote ?? '',
            }
          : null,
    });
    const tags = headTags({
      title: page.title,
      description: page.description,
      canonical: at(''),
      image: image ? { url: image, width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT, alt: page.imageAlt } : null,
      oembedUrl: at(OEMBED_FILE),
      siteName: headline,
    });
    write(`${page.path}index.html`, withHead(input.renderPage(key), tags));
    write(`${page.path}${PREVIEW_FILE}`, preview);
    if (siteUrl && image) {
      const oembed = oembedFor({
        siteUrl,
        country: page.country?.alpha3 ?? null,
        title: page.title,
        providerName: headline,
        thumbnail: { url: image, width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT },
      });
      const errors = oembedErrors(oembed);
      if (errors.length) throw new Error(`${page.path}${OEMBED_FILE} is not valid oEmbed: ${errors.join('; ')}`);
      write(`${page.path}${OEMBED_FILE}`, `${JSON.stringify(oembed, null, 2)}\n`);
    }
  }
  return { files, notice: siteUrl ? null : NO_SITE_URL_MESSAGE };
}
