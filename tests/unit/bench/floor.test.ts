import { describe, expect, test } from 'vitest';
import { withoutProgram } from '../../../bench/floor';

const BUILT = `<!doctype html><html><head>
    <script>(function(d){d.dataset.js=''})(document.documentElement)</script>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/index-abc.css">
    <link rel="modulepreload" crossorigin href="/assets/start-abc.js">
  <title>Map</title></head><body><div id="root"><svg id="world-map"></svg></div></body></html>`;

describe('the floor page', () => {
  test('keeps the markup, the stylesheet and the inline boot script, and loses what names the program', () => {
    const floor = withoutProgram(BUILT);
    expect(floor).not.toContain('index-abc.js');
    expect(floor).not.toContain('start-abc.js');
    expect(floor).toContain('<link rel="stylesheet" crossorigin href="/assets/index-abc.css">');
    expect(floor).toContain("d.dataset.js=''");
    expect(floor).toContain('<svg id="world-map"></svg>');
  });

  test('a page with no program to take out is an error, not a floor equal to the page', () => {
    expect(() => withoutProgram('<html><body><svg></svg></body></html>')).toThrow(/names no program/);
  });
});
