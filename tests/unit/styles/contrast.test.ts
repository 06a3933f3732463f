// WCAG 1.4.11: category fills and borders keep 3:1 against the ocean, in the light and the dark theme.
import { describe, expect, test } from 'vitest';
import { contrast, dark, light, type Tokens } from './themeTokens';

/** The token's colour; a missing token fails the test that asks for it, with its name. */
function colour(theme: Tokens, token: string): string {
  const value = theme[token];
  if (!value) throw new Error(`tokens.css has no --${token}`);
  return value;
}

describe.each([
  ['light', light],
  ['dark', dark],
])('%s theme', (_, theme) => {
  const ocean = colour(theme, 'ocean');
  const land = colour(theme, 'land');

  test.each(['iran', 'israel', 'ally', 'severed', 'neutral', 'defended', 'mentioned', 'border', 'focus', 'select'])(
    '%s keeps at least 3:1 against the ocean',
    (token) => {
      expect(contrast(colour(theme, token), ocean)).toBeGreaterThanOrEqual(3);
    },
  );

  test('text keeps 4.5:1 against the page', () => {
    expect(contrast(colour(theme, 'ink'), colour(theme, 'page'))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colour(theme, 'ink-soft'), colour(theme, 'page'))).toBeGreaterThanOrEqual(4.5);
  });

  test('the hatching of severed and the dots of neutral keep 3:1 against their ground, so the pattern shows', () => {
    expect(contrast(colour(theme, 'severed-line'), colour(theme, 'severed'))).toBeGreaterThanOrEqual(3);
    expect(contrast(colour(theme, 'neutral-dot'), colour(theme, 'neutral'))).toBeGreaterThanOrEqual(3);
  });

  test('the allies keep 3:1 against plain land, which hidden categories fade to', () => {
    expect(contrast(colour(theme, 'ally'), land)).toBeGreaterThanOrEqual(3);
  });

  test('borders of unnamed countries are quieter than the named ones’, yet still drawn', () => {
    const quiet = contrast(colour(theme, 'border-quiet'), land);
    expect(quiet).toBeLessThan(contrast(colour(theme, 'border'), land) - 1);
    expect(quiet).toBeGreaterThanOrEqual(1.4);
  });
});
