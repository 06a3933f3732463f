// The page's one inline script, run before the body is parsed so that the first paint is already the layout and
// theme the address asks for: embed (and pym.js's frame), theme, view and the embed's extra controls become
// attributes on <html>,
// which the stylesheet reads. Allowed by its hash in the Content-Security-Policy (see headers.ts).
import { createHash } from 'node:crypto';

export const BOOT_SCRIPT =
  "(function(d){d.dataset.js='';try{var q=new URLSearchParams(location.search),t=q.get('theme'),v=q.get('view'),c=q.get('controls');" +
  "if(t==='light'||t==='dark')d.dataset.theme=t;if(q.get('embed')==='1')d.dataset.embed='';if(q.has('childId'))d.dataset.pym='';" +
  "if(v==='table'||v==='article')d.dataset.view=v;if(c)d.dataset.controls=c.slice(0,80).split(',').join(' ')}catch(e){}})(document.documentElement)";

/** The CSP source that allows BOOT_SCRIPT, e.g. 'sha256-…'. */
export const BOOT_HASH = `'sha256-${createHash('sha256').update(BOOT_SCRIPT).digest('base64')}'`;
