// The boot script's part for the map (src/map/beforeProgram.ts): names on hover and a kept tap before the core
// starts, then nothing once it has; and the script as the build inlines it.
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { bootScript, earlyView, inlineCall, scriptHash } from '../../scripts/boot';
import { KEPT_TAP_ATTRIBUTE, MAP_WHOLE_ATTRIBUTE, answerBeforeProgram, revealWhenWhole, takeKeptTap } from '../../src/map/beforeProgram';

const MAP = `
  <div class="map-frame">
    <div class="map-canvas">
      <svg id="world-map" viewBox="0 0 5000 2434">
        <rect class="ocean" width="5000" height="2434"></rect>
        <g class="zoom-layer"><g class="countries">
          <path data-key="156" data-country="156" data-name="China" d="M0 0h10v10z"></path>
          <path data-key="kosovo" data-name="Kosovo" d="M20 0h10v10z"></path>
        </g></g>
      </svg>
    </div>
    <div role="tooltip" id="map-tooltip" class="tooltip" hidden=""></div>
  </div>`;

const tooltip = () => document.getElementById('map-tooltip') as HTMLElement;
const shape = (key: string) => document.querySelector(`[data-key="${key}"]`) as Element;
const fire = (target: Element, type: string, init: MouseEventInit & { pointerType?: string } = {}) => {
  const event = new MouseEvent(type, { bubbles: true, clientX: 40, clientY: 30, ...init });
  if (init.pointerType) Object.defineProperty(event, 'pointerType', { value: init.pointerType });
  target.dispatchEvent(event);
};

describe('before the program arrives', () => {
  beforeAll(() => {
    // Once per document, as the boot script does.
    answerBeforeProgram(document);
  });
  afterEach(() => {
    document.body.innerHTML = '';
    document.documentElement.removeAttribute(KEPT_TAP_ATTRIBUTE);
    delete document.documentElement.dataset.core;
  });

  test('a mouse over a country shows its name in the tooltip, and off every country the name goes', () => {
    document.body.innerHTML = MAP;
    fire(shape('156'), 'pointerover');
    expect(tooltip().hidden).toBe(false);
    expect(tooltip().textContent).toBe('China');
    expect(tooltip().style.transform).toMatch(/^translate\(\d+px, \d+px\)$/);
    // A shape without an atlas id is named too (it carries no stance).
    fire(shape('kosovo'), 'pointermove');
    expect(tooltip().textContent).toBe('Kosovo');
    fire(shape('kosovo'), 'pointerout');
    expect(tooltip().hidden).toBe(true);
    fire(document.querySelector('.ocean') as Element, 'pointermove');
    expect(tooltip().hidden).toBe(true);
  });

  test('a finger moving across the map names nothing: it answers on its tap', () => {
    document.body.innerHTML = MAP;
    fire(shape('156'), 'pointerover', { pointerType: 'touch' });
    expect(tooltip().hidden).toBe(true);
  });

  test('a click on the map is kept as a point in the frame; a click elsewhere is not', () => {
    document.body.innerHTML = `${MAP}<button type="button">Elsewhere</button>`;
    fire(document.querySelector('button') as Element, 'click');
    expect(document.documentElement.hasAttribute(KEPT_TAP_ATTRIBUTE)).toBe(false);
    fire(document.querySelector('.ocean') as Element, 'click', { clientX: 12.25, clientY: 7 });
    // jsdom lays nothing out: the frame's box is at 0, 0.
    expect(takeKeptTap(document)).toEqual({ x: 12.3, y: 7 });
    expect(document.documentElement.hasAttribute(KEPT_TAP_ATTRIBUTE), 'taken once').toBe(false);
  });

  test('once the core has started, the listeners stand down', () => {
    document.body.innerHTML = MAP;
    document.documentElement.dataset.core = '';
    fire(shape('156'), 'pointerover');
    fire(shape('156'), 'click');
    expect(tooltip().hidden).toBe(true);
    expect(document.documentElement.hasAttribute(KEPT_TAP_ATTRIBUTE)).toBe(false);
  });
});

describe('a kept tap', () => {
  test.each(['', '12', '1 2 3', 'a b', '1e400 2', 'Infinity 0', '<b>1</b> 2'])('"%s" is no point', (value) => {
    document.documentElement.setAttribute(KEPT_TAP_ATTRIBUTE, value);
    expect(takeKeptTap(document)).toBeNull();
    expect(document.documentElement.hasAttribute(KEPT_TAP_ATTRIBUTE)).toBe(false);
  });
});

describe('the boot script the build inlines', () => {
  const facts = { phoneRegion: { k: 11.42, x: 3100, y: 800 }, width: 5000, height: 2434 };

  test('is self-contained, minified script that runs on a page without throwing', () => {
    const script = bootScript(facts);
    expect(script).not.toMatch(/\b(import|require|export|__name)\b/);
    expect(script).not.toContain('\n');
    expect(script).not.toContain('</script');
    document.body.innerHTML = MAP;
    expect(() => new Function(script)()).not.toThrow();
    expect(scriptHash(script)).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
  });

  test('gives the phone the core’s own start: its region, in a square frame up to 599 px wide', () => {
    const view = earlyView(facts);
    expect(view.phoneRegion).toEqual(facts.phoneRegion);
    expect(view.phoneQuery).toBe('(max-width: 599px)');
    expect(inlineCall((doc: Document, n: number) => void doc.title.repeat(n), 2)).toMatch(/\(document,2\)$/);
  });
});

describe('the map shown once its markup is whole', () => {
  /** A document still being parsed, with the boot script's part that shows the map. */
  function loading() {
    const doc = document.implementation.createHTMLDocument('');
    let state: DocumentReadyState = 'loading';
    Object.defineProperty(doc, 'readyState', { get: () => state, configurable: true });
    revealWhenWhole(doc);
    const whole = () => doc.documentElement.hasAttribute(MAP_WHOLE_ATTRIBUTE);
    // Mutation observers answer after the parser's chunk, as a microtask.
    const parse = async (markup: string) => {
      doc.body.insertAdjacentHTML('beforeend', markup);
      await Promise.resolve();
    };
    const parsed = () => {
      state = 'interactive';
      doc.dispatchEvent(new Event('DOMContentLoaded'));
    };
    return { doc, whole, parse, parsed };
  }

  test('not while the map is being parsed; at once when what follows it, the panels\' deck, begins', async () => {
    const { whole, parse } = loading();
    await parse('<header><h1>Headline</h1></header><div class="map-frame"><div class="map-canvas"><svg id="world-map">');
    await parse('<g class="zoom-layer"><path data-key="156"></path></g>');
    expect(whole(), 'shapes without their labels and outlines').toBe(false);
    await parse('<svg class="map-overlay"><g class="overlay-layer"></g></svg><div class="zoom-controls"></div>');
    expect(whole(), 'the map without its zoom buttons').toBe(false);
    await parse('<div class="deck">');
    expect(whole()).toBe(true);
  });

  test('a page whose map never completes shows what it has once it is parsed', async () => {
    const { whole, parse, parsed } = loading();
    await parse('<div class="map-canvas"><svg id="world-map"><g class="zoom-layer"></g></svg></div>');
    expect(whole()).toBe(false);
    parsed();
    expect(whole()).toBe(true);
  });
});
