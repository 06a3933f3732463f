// Modules the article-map Vite plugin (scripts/articleMapPlugin.ts) generates from data/ at build time.
declare module 'virtual:article-map' {
  import type { ArticleModel } from './data/model';
  export const model: ArticleModel;
}
declare module 'virtual:map-facts' {
  import type { MapFacts } from './geo/facts';
  export const facts: MapFacts;
}
declare module 'virtual:world-map-markup' {
  const markup: string;
  export default markup;
}
declare module 'virtual:search-index' {
  import type { SearchEntry } from './data/findCountry';
  const entries: SearchEntry[];
  export default entries;
}
declare module 'virtual:article-text' {
  /** data/article.txt, verbatim. */
  const article: string;
  export default article;
}
