// Entry point, kept small: the page arrives rendered whole (the boot script answers the map until the core runs),
// and this starts the map's core (hover, tap and click), then loads the rest of the program after the first paint
// to hydrate.
import '../styles/tokens.css';
import '../styles/app.css';
import '../styles/toolbar.css';
import '../styles/map.css';
import '../styles/panel.css';
// After the map's and the panels' rules, which they adapt to a frame and to a page without JavaScript.
import '../styles/embed.css';
import '../styles/static.css';
// After map.css: a category's fill outranks the plain land of the same specificity.
import '../styles/categories.css';
import '../styles/labels.css';
import '../styles/share.css';
import '../styles/table.css';
import '../styles/article.css';
import { facts } from 'virtual:map-facts';
import { keepEarlyMessages } from '../embed/early';
import { attachMap } from './core';
import { createSession } from './session';

// In a frame, what the host posts before the embed listens (after hydration) is kept for it.
keepEarlyMessages();

const root = document.documentElement;
/** The country whose own page this is (country/<alpha-3>/): the build marks it on the root element. */
const pageCountry = root.dataset.page && Object.hasOwn(facts.shapes, root.dataset.page) ? root.dataset.page : null;
const session = createSession(facts, window.location, pageCountry);
// The core starts in a task of its own, after what the browser has already queued (the frame that paints the map
// and the tasks that follow it): until then the boot script names a country under the pointer and keeps a tap.
let attached = false;
function attachOnce(): void {
  if (attached) return;
  attached = true;
  attachMap(session, facts);
}
setTimeout(attachOnce, 0);

let started = false;
function startOnce(): void {
  if (started) return;
  started = true;
  attachOnce();
  import('./start').then(
    (program) => program.start(session, pageCountry),
    () => {
      // The program did not load (a flaky network, a deploy in progress): the page reads as it does without
      // JavaScript, with the table of every country's quotes, and says so.
      delete root.dataset.js;
      const note = document.createElement('p');
      note.className = 'failure';
      note.setAttribute('role', 'alert');
      note.textContent = 'The interactive map did not load. Reload the page to try again.';
      document.querySelector('.app')?.prepend(note);
    },
  );
}

// After the frame that paints the map. Frames do not come in hidden tabs or some off-screen frames, where an
// embed below the fold must still start: then a timer starts it.
requestAnimationFrame(() => setTimeout(startOnce, 0));
setTimeout(startOnce, document.visibilityState === 'hidden' ? 0 : 500);
