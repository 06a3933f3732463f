// The only script the bench adds to a page: it notes when the map is painted, when it first answers the pointer,
// how far it moves after its first paint, and the longest task of the load.

/** Milliseconds since navigation start; -1 until it happens. */
export interface Marks {
  /** At least minPaths paths are in the DOM. */
  pathsAt: number;
  /**
   * The first frame holding the paths and showing the map has been painted: a task queued from that frame's
   * animation-frame callback runs once the frame's style, layout and paint are done.
   */
  paintedAt: number;
  /**
   * The next animation frame after that one: what this probe measured until 2026-11-25. It also counts any
   * task that runs between the two frames, such as a program started once the map is on screen.
   */
  nextFrameAt: number;
  /** The frame that first shows the page's answer to the pointer resting on the map has been painted. */
  answeredAt: number;
  /** The map's box in the first frame in which it had a size (viewport CSS px); null until then. */
  firstBox: Box | null;
  /** The map's box in the latest frame seen (until the probe stopped). */
  lastBox: Box | null;
  /** The largest change of any side of the map's box from firstBox, over every frame until the probe stopped. */
  movePx: number;
  /** The longest task the Long Tasks API reported (only tasks of 50 ms or more are reported); 0 if none. */
  longestTaskMs: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * What counts as the page answering the pointer: an element matching `selector` that is visible, holds `text`
 * when given, and whose computed `style.property` is `style.value` when given (a CSS :hover answer shows only
 * in style).
 */
export interface AnswerCheck {
  selector: string;
  text?: string;
  style?: { property: string; value: string };
}

export interface ProbeOptions {
  minPaths: number;
  /** The map's <svg>, whose box is followed from its first paint. */
  mapSelector: string;
  answer: AnswerCheck | null;
}

export interface ProbeWindow {
  __benchMarks?: Marks;
  /** Ends the probe's frame loop and observers, so they cost nothing while interactions are measured. */
  __benchStop?: () => void;
}

/**
 * Installed with addInitScript before any page script runs, the same on both pages. The page gets only this
 * function's source, so it uses nothing from this module's scope (measure.ts gives it the `__name` that tsx adds).
 */
export function installProbe({ minPaths, mapSelector, answer }: ProbeOptions): void {
  const marks: Marks = {
    pathsAt: -1,
    paintedAt: -1,
    nextFrameAt: -1,
    answeredAt: -1,
    firstBox: null,
    lastBox: null,
    movePx: 0,
    longestTaskMs: 0,
  };
  const probe = window as ProbeWindow;
  probe.__benchMarks = marks;
  let stopped = false;
  let seen = false;

  const boxOf = (): Box | null => {
    const map = document.querySelector(mapSelector);
    if (!map) return null;
    const rect = map.getBoundingClientRect();
    return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
  };
  const answered = (): boolean => {
    if (!answer) return false;
    // Any match will do: a page may keep more than one tooltip (an early one and the program's, say).
    return [...document.querySelectorAll(answer.selector)].some(
      (element) =>
        !(element as HTMLElement).hidden &&
        element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
        (answer.text === undefined || (element.textContent ?? '').includes(answer.text)) &&
        (!answer.style || getComputedStyle(element).getPropertyValue(answer.style.property) === answer.style.value),
    );
  };
  // Runs in every frame's animation-frame callbacks, so what it sees is what that frame paints.
  const everyFrame = () => {
    if (stopped) return;
    const box = boxOf();
    // The first frame in which the map takes up room is the one it is first painted in.
    if (box && !marks.firstBox && box.width > 0 && box.height > 0) marks.firstBox = box;
    if (box && marks.firstBox) {
      marks.lastBox = box;
      const dx = Math.abs(box.x - marks.firstBox.x);
      const dy = Math.abs(box.y - marks.firstBox.y);
      const dw = Math.abs(box.width - marks.firstBox.width);
      const dh = Math.abs(box.height - marks.firstBox.height);
      marks.movePx = Math.max(marks.movePx, dx, dy, dw, dh);
    }
    if (!seen && answered()) {
      seen = true;
      setTimeout(() => {
        marks.answeredAt = performance.now();
      }, 0);
    }
    requestAnimationFrame(everyFrame);
  };
  requestAnimationFrame(everyFrame);

  const tasks = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) marks.longestTaskMs = Math.max(marks.longestTaskMs, entry.duration);
  });
  tasks.observe({ type: 'longtask', buffered: true });

  // The map counts as painted in the first frame that holds its paths and shows it: a page may keep a map that is
  // still being parsed out of sight (the project does, until its markup is whole).
  const shown = () => document.querySelector(mapSelector)?.checkVisibility({ visibilityProperty: true }) === true;
  const untilShown = () => {
    if (stopped) return;
    if (!shown()) {
      requestAnimationFrame(untilShown);
      return;
    }
    // Queued from this frame's callbacks, so it runs once the frame is painted, before any task the page itself
    // queues from this frame.
    setTimeout(() => {
      marks.paintedAt = performance.now();
    }, 0);
    requestAnimationFrame(() => {
      marks.nextFrameAt = performance.now();
    });
  };
  const paths = new MutationObserver((_records, observer) => {
    if (document.querySelectorAll('svg path').length < minPaths) return;
    observer.disconnect();
    marks.pathsAt = performance.now();
    requestAnimationFrame(untilShown);
  });
  paths.observe(document, { childList: true, subtree: true });

  probe.__benchStop = () => {
    stopped = true;
    paths.disconnect();
    tasks.disconnect();
  };
}
