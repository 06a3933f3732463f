// The preview's colours come from the page's CSS: the light theme's tokens, with categories.css resolved.
import { describe, expect, test } from 'vitest';
import { categoryColours, lightTokens, readPalette, resolveVars } from '../../../scripts/site/palette';

describe('lightTokens', () => {
  const css = `:root { --land: #eee; --none: var(--land); --ally: #c2410c; }
@media (prefers-color-scheme: dark) { :root { --land: #333; --ally: #ff8a4c; } }`;

  test('reads the light palette, not the dark one, and resolves references', () => {
    expect(lightTokens(css)).toEqual({ land: '#eee', none: '#eee', ally: '#c2410c' });
  });

  test('a reference to a token that does not exist is an error, not a blank colour', () => {
    expect(() => resolveVars('fill: var(--missing);', { land: '#eee' })).toThrow(/no --missing/);
  });

  test('a loop of references is an error', () => {
    expect(() => lightTokens(':root { --a: var(--b); --b: var(--a); }')).toThrow(/loop/);
  });

  test('every category needs its token', () => {
    expect(() => categoryColours({ iran: '#000' })).toThrow(/--israel/);
  });
});

describe('readPalette', () => {
  const palette = readPalette();

  test('gives each category the colour tokens.css gives it in the light theme', () => {
    expect(palette.colours.ally).toMatch(/^#[0-9a-f]{6}$/i);
    expect(palette.colours.none).toBe(palette.theme.land);
    expect(new Set(Object.values(palette.colours)).size).toBe(Object.keys(palette.colours).length);
  });

  test("the map's stylesheet keeps every rule of categories.css, with no custom property left for resvg", () => {
    expect(palette.mapStyle).not.toContain('var(');
    expect(palette.mapStyle).toContain(`fill: ${palette.colours.ally}`);
    expect(palette.mapStyle).toContain('url(#pattern-severed)');
  });
});
