// The map's markup as the build writes it: markers and labels with their public hooks.
import { describe, expect, test } from 'vitest';
import { buildArticleMap } from '../../../scripts/mapBuild';

const built = buildArticleMap();
if (!built.ok) throw new Error(built.errors.join('\n'));
const { markup } = built;

describe('mapMarkup', () => {
  test('markers keep data-marker and data-category, sit where the facts target them, with a leader line each', () => {
    const markers = [...markup.matchAll(/<circle data-marker="([^"]+)" data-category="([^"]+)" cx="([^"]+)" cy="([^"]+)"/g)];
    expect(markers.map((m) => m[1]).sort()).toEqual(['048', '275', '422']);
    expect(markers.map((m) => m[2])).not.toContain('none');
    for (const [, key, , cx, cy] of markers) {
      expect(built.facts.tiny).toContainEqual({ key, centre: [Number(cx), Number(cy)] });
    }
    expect(markup).toMatch(/<g class="leaders" pointer-events="none">(<line [^>]+\/>){3}<\/g>/);
  });

  test('labels are hidden from screen readers and from the pointer, and carry their level', () => {
    expect(markup).toContain('<g class="map-labels" aria-hidden="true" pointer-events="none">');
    expect(markup).toMatch(/<g class="map-label" data-label="364" data-level="\d"><text x="\d+" y="\d+">Iran<\/text><\/g>/);
    expect(markup).toMatch(/<g class="map-callout" data-label="376" data-level="1"><line [^>]+\/><text [^>]+>Israel<\/text><\/g>/);
  });
});
