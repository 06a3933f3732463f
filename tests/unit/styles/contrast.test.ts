// WCAG 1.4.11: category fills and borders keep 3:1 against the ocean, in the light and the dark theme.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const css = readFileSync(new URL('../../../src/styles/tokens.css', import.meta.url), 'utf8');

function tokens(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1], m[2]]));
}

const light = tokens(css.slice(0, css.indexOf('@media')));
const dark = { ...light, ...tokens(css.slice(css.indexOf('@media'))) };

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe.each([
  ['light', light],
  ['dark', dark],
])('%s theme', (_, theme) => {
  const ocean = theme.ocean as string;
  test.each(['iran', 'israel', 'ally', 'severed', 'neutral', 'mentioned', 'border', 'focus', 'select'])(
    '%s keeps at least 3:1 against the ocean',
    (token) => {
      expect(contrast(theme[token] as string, ocean)).toBeGreaterThanOrEqual(3);
    },
  );

  test('text keeps 4.5:1 against the page', () => {
    expect(contrast(theme.ink as string, theme.page as string)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(theme['ink-soft'] as string, theme.page as string)).toBeGreaterThanOrEqual(4.5);
  });

  test('the allies, the severed and the neutral stay apart in greyscale or carry a pattern', () => {
    // Severed is hatched and neutral dotted (tokens --severed-line, --neutral-dot), so only ally vs the
    // plain fills needs a luminance gap.
    expect(theme['severed-line']).toBeDefined();
    expect(theme['neutral-dot']).toBeDefined();
    expect(contrast(theme.ally as string, theme.land as string)).toBeGreaterThanOrEqual(3);
  });
});
