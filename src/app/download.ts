// Saving the view or the data: the download code loads on first use, as most readers never save a file.
import type { Category } from '../data/categories';
import type { ArticleModel } from '../data/model';
import type { DownloadKind } from '../embed/export';

/** Saves one kind of file; false when it could not (the code did not load, or the map is not on the page). */
export async function download(kind: DownloadKind, model: ArticleModel, hidden: readonly Category[]): Promise<boolean> {
  const files = await import('./downloads').catch(() => null);
  const svg = document.getElementById('world-map');
  if (!files || !(svg instanceof SVGSVGElement)) return false;
  if (kind === 'svg') return files.downloadSvg(svg, { model, hidden });
  if (kind === 'png') return files.downloadPng(svg, { model, hidden });
  return kind === 'csv' ? files.downloadCsv(model) : files.downloadJson(model);
}
