// The link and embed code an editor copies: the view survives, and nothing in it can break out of its place.
import { describe, expect, test } from 'vitest';
import { embedUrl, iframeSnippet, pageUrl, pymSnippet, PYM_SCRIPT_PLACEHOLDER } from '../../../src/embed/snippets';

const view = 'https://maps.example/iran/?country=RUS&show=ally,severed';
const title = 'Map: who backs Iran, and who cut ties';

/** The value of `name="…"` in the first tag of `html`, as a browser would read it. */
function attribute(html: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(html)?.[1];
}

describe('embedUrl and pageUrl', () => {
  test('embedUrl keeps the view and adds embed=1', () => {
    expect(embedUrl(view)).toBe('https://maps.example/iran/?country=RUS&show=ally,severed&embed=1');
  });

  test("drops the parameters pym.js added for its host, and doesn't repeat embed", () => {
    const framed = `${view}&embed=1&initialWidth=800&childId=map&parentTitle=Host&parentUrl=https%3A%2F%2Fhost.example%2F`;
    expect(embedUrl(framed)).toBe('https://maps.example/iran/?country=RUS&show=ally,severed&embed=1');
    expect(pageUrl(framed)).toBe(view);
  });

  test('pageUrl leaves a plain view alone', () => {
    expect(pageUrl(view)).toBe(view);
    expect(pageUrl('https://maps.example/')).toBe('https://maps.example/');
  });
});

describe('iframeSnippet', () => {
  const snippet = iframeSnippet(view, title);

  test('is one iframe with the title, full width, a starting height, lazy loading and embed=1', () => {
    expect(snippet).toMatch(/^<iframe [^<>]*><\/iframe>$/);
    expect(attribute(snippet, 'title')).toBe(title);
    expect(attribute(snippet, 'width')).toBe('100%');
    expect(Number(attribute(snippet, 'height'))).toBeGreaterThanOrEqual(400);
    expect(attribute(snippet, 'loading')).toBe('lazy');
    expect(attribute(snippet, 'src')?.replace(/&amp;/g, '&')).toBe(embedUrl(view));
  });

  test('a title with quotes or markup stays inside its attribute', () => {
    const html = iframeSnippet(view, `"><script>alert(1)</script><a title='x`);
    expect(html).not.toContain('<script');
    expect(html.match(/"/g)?.length).toBe(2 * 7); // seven attributes, each value quoted once
    expect(attribute(html, 'title')).toBe('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;a title=&#39;x');
  });

  test('an address with quotes or < stays inside src', () => {
    for (const url of [`https://maps.example/?q="><script>alert(1)</script>`, `not a url "><script>x</script>`]) {
      const html = iframeSnippet(url, title);
      expect(html).not.toContain('<script');
      expect(html.match(/</g)?.length).toBe(2);
      expect(html.match(/"/g)?.length).toBe(2 * 7);
    }
  });
});

describe('pymSnippet', () => {
  const snippet = pymSnippet(view, title);

  test('creates a container, loads pym.js from the placeholder and starts a Parent on the embed address', () => {
    expect(snippet).toContain('<div id="article-map"></div>');
    expect(snippet).toContain(`<script src="${PYM_SCRIPT_PLACEHOLDER}"></script>`);
    expect(snippet).toContain(`new pym.Parent("article-map", ${JSON.stringify(embedUrl(view))}, { title: ${JSON.stringify(title)} });`);
    expect(snippet).toMatch(/host your own copy/);
    expect(snippet).not.toMatch(/https?:\/\/(?!maps\.example)/); // no third-party CDN
  });

  test('a title or address cannot close the script element', () => {
    const html = pymSnippet('https://maps.example/?x=</script><script>alert(1)//', '</script><!--');
    expect(html.match(/<\/script>/g)?.length).toBe(2);
    expect(html.match(/<!--/g)?.length).toBe(1); // the editor's note only
    const script = /<script>(.*)<\/script>$/.exec(html)?.[1] ?? '';
    // Still the same strings once JavaScript reads them.
    const args = /^new pym\.Parent\((.*)\);$/.exec(script)?.[1] ?? '';
    const [, address, options] = /^"article-map", ("(?:[^"\\]|\\.)*"), \{ title: ("(?:[^"\\]|\\.)*") \}$/.exec(args) ?? [];
    expect(JSON.parse(address ?? 'null')).toBe(embedUrl('https://maps.example/?x=</script><script>alert(1)//'));
    expect(JSON.parse(options ?? 'null')).toBe('</script><!--');
  });
});
