// The colour tokens of src/styles/tokens.css, per theme, as the browser resolves them: read for the style tests.
import { readFileSync } from 'node:fs';

export const tokensCss = readFileSync(new URL('../../../src/styles/tokens.css', import.meta.url), 'utf8');

export type Tokens = Record<string, string>;

/** The declarations of the rule whose selector is exactly `selector`, comments removed; '' when absent. */
function block(css: string, selector: string): string {
  const bare = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const match of bare.matchAll(/([^{}]*)\{([^{}]*)\}/g)) {
    if ((match[1] as string).trim() === selector) return match[2] as string;
  }
  return '';
}

/** `--name: #rrggbb` declarations, and `color-scheme` as "color-scheme". */
function declarations(body: string): Tokens {
  const tokens = Object.fromEntries(
    [...body.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1] as string, (m[2] as string).toLowerCase()]),
  );
  const scheme = /(?:^|[;\s])color-scheme:\s*([\w ]+);/.exec(body);
  return scheme ? { ...tokens, 'color-scheme': (scheme[1] as string).trim() } : tokens;
}

const DARK_BY_SYSTEM = /@media\s*\(prefers-color-scheme:\s*dark\)\s*\{\s*:root:not\(\[data-theme='light'\]\)\s*\{([^{}]*)\}\s*\}/;

export const light: Tokens = declarations(block(tokensCss, ':root'));
/** Dark as the reader's system asks for it (no data-theme, or any but 'light'). */
export const darkBySystem: Tokens = { ...light, ...declarations(DARK_BY_SYSTEM.exec(tokensCss)?.[1] ?? '') };
/** Dark as data-theme='dark' forces it, whatever the system says. */
export const dark: Tokens = { ...light, ...declarations(block(tokensCss, ":root[data-theme='dark']")) };

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
