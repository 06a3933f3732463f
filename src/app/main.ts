// Entry point, kept small and loaded async: the page arrives rendered whole, and this starts the map's core as
// soon as the map is parsed (hover, tap and click answer from the first frame), then loads the rest of the
// program once the page is parsed and painted, to hydrate it.
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
import { attachMap } from './core';
import { createSession } from './session';

const root = document.documentElement;
/** The country whose own page this is (country/<alpha-3>/): the build marks it on the root element. */
const pageCountry = root.dataset.page && Object.hasOwn(facts.shapes, root.dataset.page) ? root.dataset.page : null;
const session = createSession(facts, window.location, pageCountry);

// This script is async: it may run while the page is still being parsed. The core starts in the first frame in
// which the map's frame is whole (its tooltip box comes last), so a pointer resting on the map is answered as
// the map is painted, without waiting for the panels, the legend and the notes below it to be parsed.
const parsing = () => document.readyState === 'loading';
// In frames only: a frame comes once the stylesheet is in, so the core never measures an unstyled page.
function attachWhenParsed(): void {
  if (!parsing() || attachMap(session, facts)) return;
  requestAnimationFrame(attachWhenParsed);
}

let started = false;
function startOnce(): void {
  if (started) return;
  started = true;
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

// Once the page is parsed, after the frame that paints it. Frames do not come in hidden tabs or some off-screen
// frames, where an embed below the fold must still start: then a timer starts it.
function scheduleStart(): void {
  requestAnimationFrame(() => setTimeout(startOnce, 0));
  setTimeout(startOnce, document.visibilityState === 'hidden' ? 0 : 500);
}

/** With the parsed page: the core, if no frame has started it yet (none come in hidden tabs), then the rest. */
function begin(): void {
  attachMap(session, facts);
  scheduleStart();
}
if (parsing()) {
  requestAnimationFrame(attachWhenParsed);
  document.addEventListener('DOMContentLoaded', begin, { once: true });
} else {
  begin();
}
