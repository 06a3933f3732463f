// Vite plugin: serves the validated model as modules and renders the whole page into index.html at build time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import type { MapFacts } from '../src/geo/facts';
import { bootScript, countryPhoneView, scriptHash } from './boot';
import { PHONE_VIEW_ATTRIBUTE } from '../src/map/beforeProgram';
import type { Zoom } from '../src/state/view';
import { dataErrorReport, failBuild } from './dataErrors';
import { headersFile } from './headers';
import { ARTICLE_PATH, DATASET_PATH, buildArticleMap, type BuildResult } from './mapBuild';
import { renderPage } from './prerender';
import { siteUrl } from './site/siteUrl';
import { writeSite } from './site/writeSite';

const SHAPES_FROM_MAP = fileURLToPath(new URL('../src/geo/shapesFromMap.ts', import.meta.url));
const MODEL_ID = 'virtual:article-map';
const FACTS_ID = 'virtual:map-facts';
const MARKUP_ID = 'virtual:world-map-markup';
const SEARCH_ID = 'virtual:search-index';
const ARTICLE_ID = 'virtual:article-text';
const IDS = [MODEL_ID, FACTS_ID, MARKUP_ID, SEARCH_ID, ARTICLE_ID];
/** Where index.html takes the rendered page and the boot script. */
export const PAGE_PLACEHOLDER = '<!--page-->';
const BOOT_PLACEHOLDER = '<!--boot-->';

export function articleMap(): Plugin {
  let result: BuildResult | undefined;
  let command: 'build' | 'serve' = 'build';
  const current = () => (result ??= buildArticleMap());
  const valid = () => {
    const built = current();
    if (built.ok) return built;
    // A build prints the list and stops; the dev server shows it in its overlay and reloads once it is fixed.
    if (command === 'build') failBuild(built.errors);
    throw new Error(dataErrorReport(built.errors, 'data/countries.json'));
  };
  return {
    name: 'article-map',
    configResolved(config) {
      command = config.command;
    },
    buildStart() {
      // Project, simplify and validate once, up front (about two seconds), rather than inside a module load.
      if (command === 'build') valid();
      else current();
    },
    resolveId(id) {
      return IDS.includes(id) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith('\0') || !IDS.includes(id.slice(1))) return null;
      this.addWatchFile(DATASET_PATH);
      this.addWatchFile(ARTICLE_PATH);
      const built = valid();
      switch (id.slice(1)) {
        case MODEL_ID:
          return `export const model = ${JSON.stringify(built.model)};\n`;
        case FACTS_ID:
          return factsModule(built.facts, command);
        case MARKUP_ID:
          return `export default ${JSON.stringify(built.markup)};\n`;
        case ARTICLE_ID:
          return `export default ${JSON.stringify(built.article)};\n`;
        default:
          return `export default ${JSON.stringify(built.search)};\n`;
      }
    },
    generateBundle() {
      for (const [fileName, file] of Object.entries(valid().files)) {
        this.emitFile({ type: 'asset', fileName, source: file.body });
      }
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(scriptHash(bootScript(valid().facts))) });
    },
    // Last: every country's own page, the previews and the oEmbed responses, from the finished index.html.
    writeBundle(options) {
      const outDir = options.dir;
      if (!outDir) return;
      const site = siteUrl(process.env);
      if (!site.ok) return this.error(site.error);
      const built = valid();
      const index = readFileSync(join(outDir, 'index.html'), 'utf8');
      const report = writeSite({
        outDir,
        model: built.model,
        mapSvg: built.markup,
        siteUrl: site.url,
        search: built.search,
        renderPage: (key) => (key === null ? index : countryPage(index, renderPage(built, key), key, countryPhoneView(built.facts, built.markup, key))),
      });
      if (report.notice) this.warn(report.notice);
    },
    transformIndexHtml(html) {
      const built = valid();
      return html
        .replace(BOOT_PLACEHOLDER, `<script>${bootScript(built.facts)}</script>`)
        .replace(PAGE_PLACEHOLDER, renderPage(built));
    },
    watchChange(id) {
      if (id === DATASET_PATH || id === ARTICLE_PATH) result = undefined;
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const file = valid().files[request.url?.split('?')[0]?.slice(1) ?? ''];
        if (!file) return next();
        response.setHeader('Content-Type', file.type);
        response.end(file.body);
      });
      server.watcher.add([DATASET_PATH, ARTICLE_PATH]);
      server.watcher.on('change', (file) => {
        if (file !== DATASET_PATH && file !== ARTICLE_PATH) return;
        result = undefined;
        for (const id of IDS) {
          const module = server.moduleGraph.getModuleById(`\0${id}`);
          if (module) server.moduleGraph.invalidateModule(module);
        }
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}

/**
 * The facts module. A production build leaves the shapes' names and categories out: the page's map carries them
 * (data-name, data-category), and the module reads them back from it (src/geo/shapesFromMap.ts) as the program
 * starts, once the page is parsed; that spares the program a second copy (about 2.4 KiB gzipped). The dev server
 * and the tests get them inline.
 */
function factsModule(facts: MapFacts, command: 'build' | 'serve'): string {
  if (command !== 'build') return `export const facts = ${JSON.stringify(facts)};\n`;
  const rest: Omit<MapFacts, 'shapes'> & { shapes?: unknown } = { ...facts };
  delete rest.shapes;
  return (
    `import { shapesFromMap } from ${JSON.stringify(SHAPES_FROM_MAP)};\n` +
    `export const facts = { ...${JSON.stringify(rest)}, shapes: shapesFromMap(document) };\n`
  );
}

/**
 * The finished index.html with another rendering of the page in its root, marked as `key`'s own page; its map
 * carries the phone's first view when the story's region would not show the country (beforeProgram.ts).
 */
function countryPage(index: string, root: string, key: string, phone: Zoom | null): string {
  const start = index.indexOf('<div id="root">');
  const end = index.lastIndexOf('</body>');
  if (start < 0 || end < 0) throw new Error('index.html has no <div id="root"> before </body>');
  return (
    index.slice(0, start).replace('<html lang="en">', `<html lang="en" data-page="${key}">`) +
    `<div id="root">${phone ? root.replace('id="world-map"', `id="world-map" ${PHONE_VIEW_ATTRIBUTE}="${phone.k} ${phone.x} ${phone.y}"`) : root}</div>\n  ` +
    index.slice(end)
  );
}

/** The module main.ts loads once the map is painted. */
const PROGRAM_MODULE = '/src/app/start.tsx';

/**
 * Vite plugin: names the page's program (and what it imports) in modulepreload links, so the browser fetches and
 * compiles it while painting the map, though main.ts runs it only after that first frame.
 */
export function preloadProgram(): Plugin {
  return {
    name: 'article-map:preload-program',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const bundle = context.bundle;
        if (!bundle) return;
        const entry = Object.values(bundle).find(
          (chunk) => chunk.type === 'chunk' && chunk.facadeModuleId?.endsWith(PROGRAM_MODULE),
        );
        if (!entry || entry.type !== 'chunk') {
          throw new Error(`no chunk for ${PROGRAM_MODULE}: the first paint would wait for the program`);
        }
        // Not the entry itself, which the page's own script tag loads.
        const entryFiles = new Set(
          Object.values(bundle).flatMap((chunk) => (chunk.type === 'chunk' && chunk.isEntry ? [chunk.fileName] : [])),
        );
        const files = [entry.fileName, ...entry.imports].filter((file) => !entryFiles.has(file));
        return files.map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
