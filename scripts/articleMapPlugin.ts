// Vite plugin: serves the validated model as a module and writes the map's SVG into index.html.
import type { Plugin } from 'vite';
import { ARTICLE_PATH, DATASET_PATH, buildArticleMap, type BuildResult } from './mapBuild';

const MODEL_ID = 'virtual:article-map';
const MARKUP_ID = 'virtual:world-map-markup';
export const MAP_PLACEHOLDER = '<!--world-map-->';
const SEARCH_ID = 'virtual:search-index';

export function articleMap(): Plugin {
  let result: BuildResult | undefined;
  const current = () => (result ??= buildArticleMap());
  const valid = () => {
    const built = current();
    if (!built.ok) {
      throw new Error(`The dataset is not valid (run npm run check-data):\n  ${built.errors.join('\n  ')}`);
    }
    return built;
  };
  return {
    name: 'article-map',
    buildStart() {
      // Project and simplify the atlas once, up front (about two seconds), rather than inside a module load.
      current();
    },
    resolveId(id) {
      return id === MODEL_ID || id === MARKUP_ID || id === SEARCH_ID ? `\0${id}` : null;
    },
    load(id) {
      if (id === `\0${SEARCH_ID}`) return `export default ${JSON.stringify(valid().search)};\n`;
      if (id !== `\0${MODEL_ID}` && id !== `\0${MARKUP_ID}`) return null;
      this.addWatchFile(DATASET_PATH);
      this.addWatchFile(ARTICLE_PATH);
      const built = valid();
      return id === `\0${MODEL_ID}`
        ? `export const model = ${JSON.stringify(built.model)};\nexport const facts = ${JSON.stringify(built.facts)};\n`
        : `export default ${JSON.stringify(built.markup)};\n`;
    },
    generateBundle() {
      for (const [fileName, file] of Object.entries(valid().files)) {
        this.emitFile({ type: 'asset', fileName, source: file.body });
      }
    },
    transformIndexHtml(html) {
      return html.replace(MAP_PLACEHOLDER, valid().markup);
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
        for (const id of [MODEL_ID, MARKUP_ID, SEARCH_ID]) {
          const module = server.moduleGraph.getModuleById(`\0${id}`);
          if (module) server.moduleGraph.invalidateModule(module);
        }
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
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
