// The only script the bench adds to a page: it notes when the map's paths exist, are painted, and can be used.

/** Milliseconds since navigation start; -1 until it happens. */
export interface Marks {
  /** At least MIN_PATHS paths are in the DOM. */
  pathsAt: number;
  /**
   * The frame holding the paths has been painted: a task queued from that frame's animation-frame callback
   * runs once the frame's style, layout and paint are done.
   */
  paintedAt: number;
  /**
   * The next animation frame after that one: what this probe measured until 2026-11-25. It also counts any
   * task that runs between the two frames, such as a program started once the map is on screen.
   */
  nextFrameAt: number;
  /** The page's own "ready for a reader" selector matched. */
  interactiveAt: number;
}

export interface ProbeWindow {
  __benchMarks?: Marks;
}

/**
 * Installed with addInitScript before any page script runs, the same on both pages. Only anonymous arrows inside:
 * tsx wraps named functions in a `__name` helper that the page, which gets this function's source, lacks.
 */
export function installProbe({ interactiveSelector, minPaths }: { interactiveSelector: string; minPaths: number }): void {
  const marks: Marks = { pathsAt: -1, paintedAt: -1, nextFrameAt: -1, interactiveAt: -1 };
  (window as ProbeWindow).__benchMarks = marks;
  new MutationObserver((_records, observer) => {
    if (marks.pathsAt < 0 && document.querySelectorAll('svg path').length >= minPaths) {
      marks.pathsAt = performance.now();
      requestAnimationFrame(() => {
        // Queued now, so it runs before any task the page itself queues from this frame.
        setTimeout(() => {
          marks.paintedAt = performance.now();
        }, 0);
        requestAnimationFrame(() => {
          marks.nextFrameAt = performance.now();
        });
      });
    }
    if (marks.interactiveAt < 0 && document.querySelector(interactiveSelector)) marks.interactiveAt = performance.now();
    if (marks.pathsAt >= 0 && marks.interactiveAt >= 0) observer.disconnect();
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['role'] });
}
