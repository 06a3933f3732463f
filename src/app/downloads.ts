// Saves the current view as SVG or PNG, and the dataset as CSV or JSON, through a temporary download link.
import type { Category } from '../data/categories';
import type { ArticleModel } from '../data/model';
import { countByCategory, keyParts } from '../data/summary';
import { FILE_NAME, datasetCsv, datasetJson } from '../embed/export';
import { FILE_WIDTH, legendEntries, mapFile } from '../embed/mapFile';

export interface MapDownloadOptions {
  model: ArticleModel;
  /** The categories the view hides: the file shows them as plain land, as the page does. */
  hidden: readonly Category[];
}

/**
 * What each shape looks like on screen, written as attributes so the file needs none of the page's CSS; a
 * property at its initial value is left out to keep the file small.
 */
const PAINT: Readonly<Record<string, string>> = {
  fill: '',
  stroke: 'none',
  'stroke-width': '',
  'stroke-dasharray': 'none',
  'stroke-linejoin': 'miter',
  opacity: '1',
  'vector-effect': 'none',
};

/** Page-only attributes: interaction and references to elements outside the SVG. */
const PAGE_ONLY = ['role', 'tabindex', 'aria-label', 'aria-describedby', 'aria-hidden', 'class', 'style'];

/** `url("https://host/page#pattern-severed")` → `url(#pattern-severed)`, the form every SVG reader resolves. */
const localPaint = (value: string) => value.replace(/url\((["']?)[^#)]*(#[^"')]+)\1\)/, 'url($2)');

function save(blob: Blob, name: string): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download starts from the click; the address is kept a little longer for browsers that read it late.
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

function token(style: CSSStyleDeclaration, name: string, fallback: string): string {
  return style.getPropertyValue(name).trim() || fallback;
}

/** The live map, cloned with its zoom and every computed paint inlined, and without its interaction chrome. */
function standaloneMap(svg: SVGSVGElement, width: number, height: number): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const live = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  live.forEach((element, index) => {
    const target = copies[index];
    if (!target) return;
    const style = getComputedStyle(element);
    const stroked = style.getPropertyValue('stroke') !== 'none';
    for (const [property, initial] of Object.entries(PAINT)) {
      const value = style.getPropertyValue(property).trim();
      if (!value || value === initial || (property.startsWith('stroke-') && !stroked)) continue;
      target.setAttribute(property, localPaint(value).replace(/^([\d.]+)px$/, '$1'));
    }
    for (const name of PAGE_ONLY) target.removeAttribute(name);
  });
  copy.removeAttribute('id');
  copy.setAttribute('x', '0');
  copy.setAttribute('y', '0');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  return new XMLSerializer().serializeToString(copy);
}

/** The standalone SVG text of the current view, with legend and source credit. */
function mapSvgText(svg: SVGSVGElement, { model, hidden }: MapDownloadOptions): string {
  const box = svg.viewBox.baseVal;
  const width = FILE_WIDTH;
  const mapHeight = box?.width ? Math.round((FILE_WIDTH * box.height) / box.width) : Math.round(FILE_WIDTH / 2);
  const root = getComputedStyle(document.documentElement);
  const colour = (category: Category) => token(root, `--${category}`, '#999999');
  const fills: Record<Category, string> = {
    iran: colour('iran'),
    israel: colour('israel'),
    ally: colour('ally'),
    severed: 'url(#pattern-severed)',
    neutral: 'url(#pattern-neutral)',
    defended: colour('defended'),
    mentioned: colour('mentioned'),
    none: token(root, '--land', '#e6e6e6'),
  };
  return mapFile({
    map: standaloneMap(svg, width, mapHeight),
    width,
    mapHeight,
    legend: legendEntries(countByCategory(model.countries), hidden),
    fills,
    headline: model.source.headline,
    key: keyParts(countByCategory(model.countries))
      .map((part) => part.text)
      .join(' · '),
    colours: {
      page: token(root, '--page', '#ffffff'),
      ink: token(root, '--ink', '#1a1a1a'),
      inkSoft: token(root, '--ink-soft', '#555555'),
      border: token(root, '--border', '#767676'),
    },
    font: getComputedStyle(document.body).fontFamily || 'sans-serif',
  });
}

/** Saves the view as an SVG file. False when the browser could not build it. */
export function downloadSvg(svg: SVGSVGElement, options: MapDownloadOptions): boolean {
  try {
    save(new Blob([mapSvgText(svg, options)], { type: 'image/svg+xml;charset=utf-8' }), FILE_NAME.svg);
    return true;
  } catch {
    return false;
  }
}

function loadImage(src: string): Promise<HTMLImageElement | null> {
  return new Promise((done) => {
    const image = new Image();
    image.onload = () => done(image);
    image.onerror = () => done(null);
    image.src = src;
  });
}

/** Saves the view as a PNG at twice the map's size, drawn from the same SVG (the CSP allows blob: images). */
export async function downloadPng(svg: SVGSVGElement, options: MapDownloadOptions, scale = 2): Promise<boolean> {
  let href: string | null = null;
  try {
    href = URL.createObjectURL(new Blob([mapSvgText(svg, options)], { type: 'image/svg+xml;charset=utf-8' }));
    const image = await loadImage(href);
    // The file's width and height attributes are the image's natural size.
    if (!image?.naturalWidth || !image.naturalHeight) return false;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.naturalWidth * scale);
    canvas.height = Math.round(image.naturalHeight * scale);
    const context = canvas.getContext('2d');
    if (!context) return false;
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const png = await new Promise<Blob | null>((done) => canvas.toBlob(done, 'image/png'));
    if (!png) return false;
    save(png, FILE_NAME.png);
    return true;
  } catch {
    return false;
  } finally {
    if (href) URL.revokeObjectURL(href);
  }
}

/** Saves the dataset as CSV, with a byte-order mark so spreadsheet programs read it as UTF-8. */
export function downloadCsv(model: ArticleModel): boolean {
  try {
    save(new Blob(['\uFEFF', datasetCsv(model)], { type: 'text/csv;charset=utf-8' }), FILE_NAME.csv);
    return true;
  } catch {
    return false;
  }
}

export function downloadJson(model: ArticleModel): boolean {
  try {
    save(new Blob([datasetJson(model)], { type: 'application/json;charset=utf-8' }), FILE_NAME.json);
    return true;
  } catch {
    return false;
  }
}
