// The light theme's colours and the map's category styles, read from the page's own CSS so a preview cannot drift.
import { readFileSync } from 'node:fs';
import { CATEGORIES, type Category } from '../../src/data/categories';

/** The page's colours a preview uses besides the categories' (tokens.css names, camel-cased). */
const THEME_TOKENS = ['page', 'ink', 'ink-soft', 'rule', 'ocean', 'land', 'border', 'select'] as const;
type ThemeToken = (typeof THEME_TOKENS)[number];
type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;
export type Theme = Readonly<Record<CamelCase<ThemeToken>, string>>;

export interface Palette {
  theme: Theme;
  /** A flat colour per category, for swatches and markers (patterned categories give their ground colour). */
  colours: Readonly<Record<Category, string>>;
  /** categories.css with every var() resolved: fills and patterns for an SVG renderer that knows no custom properties. */
  mapStyle: string;
}

const STYLES = new URL('../../src/styles/', import.meta.url);

/** The custom properties of the first `:root` block before any @media rule: the light palette. */
export function lightTokens(tokensCss: string): Record<string, string> {
  const media = tokensCss.indexOf('@media');
  const light = media === -1 ? tokensCss : tokensCss.slice(0, media);
  const raw = Object.fromEntries(
    [...light.matchAll(/--([\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1] as string, (m[2] as string).trim()]),
  );
  const resolved: Record<string, string> = {};
  for (const name of Object.keys(raw)) resolved[name] = resolveVars(`var(--${name})`, raw);
  return resolved;
}

/** Replaces every var(--name) in `css` by its value; throws on a name `tokens` lacks, as the preview would be wrong. */
export function resolveVars(css: string, tokens: Readonly<Record<string, string>>, depth = 0): string {
  if (depth > 10) throw new Error(`tokens.css: custom properties refer to each other in a loop (${css})`);
  const out = css.replace(/var\(--([\w-]+)\)/g, (_, name: string) => {
    const value = tokens[name];
    if (value === undefined) throw new Error(`tokens.css has no --${name}, which the map's styles use`);
    return value;
  });
  return out.includes('var(--') ? resolveVars(out, tokens, depth + 1) : out;
}

/** Category → flat colour: the token named after the category (tokens.css gives --none too). */
export function categoryColours(tokens: Readonly<Record<string, string>>): Record<Category, string> {
  return Object.fromEntries(
    CATEGORIES.map((category) => {
      const value = tokens[category];
      if (!value) throw new Error(`tokens.css has no --${category}: the preview cannot colour that category`);
      return [category, value];
    }),
  ) as Record<Category, string>;
}

function theme(tokens: Readonly<Record<string, string>>): Theme {
  return Object.fromEntries(
    THEME_TOKENS.map((name) => {
      const value = tokens[name];
      if (!value) throw new Error(`tokens.css has no --${name}, which the preview uses`);
      return [name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()), value];
    }),
  ) as Theme;
}

/** Reads tokens.css and categories.css from src/styles; throws a readable error when a colour is missing. */
export function readPalette(): Palette {
  const tokens = lightTokens(readFileSync(new URL('tokens.css', STYLES), 'utf8'));
  const categories = readFileSync(new URL('categories.css', STYLES), 'utf8');
  return { theme: theme(tokens), colours: categoryColours(tokens), mapStyle: resolveVars(categories, tokens) };
}
