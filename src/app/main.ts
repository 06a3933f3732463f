// Entry point, kept tiny: the map arrives drawn in index.html, so the browser paints it first and only then
// runs the program (React and the rest), which the build also names in a modulepreload link so it is already
// fetched and compiled by then.
import '../styles/tokens.css';
import '../styles/categories.css';
import '../styles/app.css';

let started = false;
function startOnce(): void {
  if (started) return;
  started = true;
  import('./start').then(
    (program) => program.start(),
    () => {
      // The program did not load (a flaky network, a deploy in progress): the drawn map stays, and says so.
      const note = document.createElement('p');
      note.className = 'failure';
      note.setAttribute('role', 'alert');
      note.textContent = 'The interactive map did not load. Reload the page to try again.';
      document.getElementById('root')?.append(note);
    },
  );
}

// After the frame that paints the map. Frames do not come in hidden tabs or some off-screen frames, where an
// embed below the fold must still start: then a timer starts it.
requestAnimationFrame(() => setTimeout(startOnce, 0));
setTimeout(startOnce, document.visibilityState === 'hidden' ? 0 : 500);
