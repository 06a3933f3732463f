// The page's one inline script, run before the body is parsed. Allowed by its hash in the Content-Security-Policy
// (headers.ts). In order:
// - the settings: embed (and pym.js's frame), theme, view and the embed's extra controls become attributes on
//   <html>, which the stylesheet reads, so that the first paint is already the layout and theme asked for;
// - the map's first answers (src/map/beforeProgram.ts): a country's name on hover and a kept click or tap, from
//   the moment the map is drawn until the program's core takes over;
// - the map's first view as the core would show it, from its first paint: a phone's region, and markers and labels
//   sized for the map's drawn width;
// - the map shown once its markup is whole, never a part of it.
import { createHash } from 'node:crypto';
import { minifySync } from 'vite';
import { PHONE_QUERY } from '../src/app/session';
import type { MapFacts } from '../src/geo/facts';
import { LEVEL_BASE, LEVELS } from '../src/geo/labels';
import { answerBeforeProgram, revealWhenWhole, showViewEarly, type EarlyView } from '../src/map/beforeProgram';
import { decodePath, ringsBox } from '../src/geo/rings';
import { MARKER_PX, viewFitting, whollyInView } from '../src/map/scale';
import type { Zoom } from '../src/state/view';
import { countryShape } from './site/focus';

const SETTINGS =
  "(function(d){d.dataset.js='';try{var q=new URLSearchParams(location.search),t=q.get('theme'),v=q.get('view'),c=q.get('controls');" +
  "if(t==='light'||t==='dark')d.dataset.theme=t;if(q.get('embed')==='1')d.dataset.embed='';if(q.has('childId'))d.dataset.pym='';" +
  "if(v==='table'||v==='article')d.dataset.view=v;if(c)d.dataset.controls=c.slice(0,80).split(',').join(' ')}catch(e){}})(document.documentElement)";

/**
 * A call of a self-contained function (its source as the loader compiled it to JavaScript) on `document` and
 * `argument` (as JSON), minified.
 */
export function inlineCall<T>(fn: (doc: Document, argument: T) => void, argument?: T): string {
  const call = `(${fn.toString()})(document${argument === undefined ? '' : `,${JSON.stringify(argument)}`});`;
  const { code, errors } = minifySync('inline.js', call, { compress: true, mangle: true });
  if (errors.length) throw new Error(`could not minify ${fn.name}: ${errors.map((error) => error.message).join('; ')}`);
  return code.trim().replace(/;$/, '');
}

/** The map's first view, from the same facts and code as the core's (session.ts startZoom, scale.ts). */
export function earlyView(facts: Pick<MapFacts, 'phoneRegion' | 'width' | 'height'>): EarlyView {
  return {
    phoneQuery: PHONE_QUERY,
    phoneRegion: facts.phoneRegion,
    width: facts.width,
    height: facts.height,
    markerPx: MARKER_PX,
    levelBase: LEVEL_BASE,
    levels: LEVELS,
  };
}

/**
 * On a country's own page, the phone's first view: the view the core moves to so that the country is wholly in
 * view (core.ts keepInView, from the region in the square frame), or null where the region already shows it.
 */
export function countryPhoneView(facts: Pick<MapFacts, 'phoneRegion' | 'width'>, markup: string, key: string): Zoom | null {
  if (!markup.includes(`<path data-key="${key}"`)) return null;
  const [x0, y0, x1, y1] = ringsBox(decodePath(countryShape(markup, key).d));
  const units = { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
  return whollyInView(units, facts.phoneRegion, 1, facts.width) ? null : viewFitting(units, facts.phoneRegion.k, 1, facts.width);
}

/** The boot script for a map drawn from `facts`. */
export function bootScript(facts: Pick<MapFacts, 'phoneRegion' | 'width' | 'height'>): string {
  return [SETTINGS, inlineCall(answerBeforeProgram), inlineCall(showViewEarly, earlyView(facts)), inlineCall(revealWhenWhole)].join(';');
}

/** The CSP source that allows an inline script, e.g. 'sha256-…'. */
export function scriptHash(script: string): string {
  return `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
}
