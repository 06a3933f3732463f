// Loads one page in a fresh, CPU-throttled browser context with the pointer resting on China and measures bytes,
// paint, the first answer to the pointer, the map's movement, the longest task, interactions and heap; then loads
// it once more at phone size for the map's movement there.
import type { Browser, BrowserContextOptions, CDPSession, Page } from 'playwright-core';
import { median } from './median';
import { installProbe, type AnswerCheck, type Marks, type ProbeOptions, type ProbeWindow } from './probe';

/** A page under test: where it is, where its map is, and what it shows when it answers the pointer over China. */
export interface Subject {
  label: string;
  url: string;
  /** The map's <svg>, whose box must not move after its first paint. */
  mapSelector: string;
  /** The page's answer to a pointer resting on China (see RESTING_COUNTRY). */
  answer: AnswerCheck;
}

/** The country the pointer rests on while a page loads: world-atlas id 156, China, large on both maps. */
export const RESTING_COUNTRY = '156';

export interface MeasureOptions {
  /** CPU slowdown factor for Emulation.setCPUThrottlingRate. */
  throttle: number;
  /** How many times each interaction is repeated in one load. */
  repeats: number;
  /** world-atlas ids of large countries to hover and click, visited in turn. */
  countries: readonly string[];
}

/** One load of one page. */
export interface Sample {
  kib: number;
  paintMs: number;
  /** The first animation frame after the painted one (the probe's older, later mark). */
  nextFrameMs: number;
  /** The first painted frame that answers the pointer resting on China. */
  answeredMs: number;
  /** The later of the load event's end and answeredMs: the page has its program and answers. */
  interactiveMs: number;
  /** The largest change of the map's position or size after its first paint, over every frame of the load. */
  movePx: number;
  /** The same at 390×844, in a phone-sized load of its own. */
  phoneMovePx: number;
  /** The longest task of the load (until the page is idle after interactive), when any reached 50 ms. */
  longestTaskMs: number;
  /** Main-thread ms per interaction: the median over the repeats of this load, less idleMs. */
  hoverMs: number;
  clickMs: number;
  filterMs: number;
  heapMiB: number;
  /** Main-thread ms the measurement itself costs: the same procedure with no action. */
  idleMs: number;
  /** Anything a reader of the numbers should know: responses left out of the byte count, a scroll. */
  notes: string[];
}

const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 };
// A phone's layout (narrow viewport, touch, the meta viewport honoured) without the cost of drawing at 3x.
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true };
// A resting hand still nudges the pointer: one pixel every 50 ms keeps it inside China and gives both pages pointer
// events to answer, instead of leaving it to when (and whether) Chromium re-hit-tests a pointer that never moved.
const NUDGE_MS = 50;
const MIN_PATHS = 200;
// Generous: the pages are ready in a few seconds even throttled, and a stuck page must not eat the time budget.
const LOAD_TIMEOUT_MS = 30_000;
const FILTER_BUTTON = /Backs Iran/;

export interface Point {
  x: number;
  y: number;
}

// Two animation frames (the first runs before the next paint, the second after it), then the page's next idle
// moment, so work a page puts off until it is idle (writing the address, say) is counted with the action that
// caused it. Sent as raw CDP, not page.evaluate, because Playwright's evaluate machinery costs the throttled
// main thread several ms itself.
const SETTLED =
  'new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(() => done(), { timeout: 1000 }))))';

function settle(cdp: CDPSession): Promise<unknown> {
  return cdp.send('Runtime.evaluate', { expression: SETTLED, awaitPromise: true });
}

/** Main-thread busy time so far, in ms: Chromium's TaskDuration sums every task the renderer ran. */
async function taskMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const task = metrics.find((metric) => metric.name === 'TaskDuration');
  if (!task) throw new Error('Performance.getMetrics reported no TaskDuration');
  return task.value * 1000;
}

/**
 * Main-thread ms spent by one action, the frames it causes and the idle work it leaves, plus the fixed cost of
 * measuring (two frames, an idle callback and a metrics call), which the no-op measurement finds so it can be
 * subtracted. The page settles first.
 */
async function mainThreadMs(cdp: CDPSession, action: () => Promise<void>): Promise<number> {
  await settle(cdp);
  const before = await taskMs(cdp);
  await action();
  await settle(cdp);
  return (await taskMs(cdp)) - before;
}

/** A visible point inside a country's shape; its box centre misses for shapes like Canada's or Chile's. */
async function pointIn(page: Page, country: string): Promise<Point> {
  const point = await page.evaluate((id) => {
    const shape = document.querySelector(`svg path[data-country="${id}"]`);
    if (!shape) return null;
    const box = shape.getBoundingClientRect();
    const centre = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    // Spiral out from the centre on a grid until the hit test lands on this shape.
    for (let ring = 0; ring <= 8; ring++) {
      for (let dx = -ring; dx <= ring; dx++) {
        for (let dy = -ring; dy <= ring; dy++) {
          if (Math.max(Math.abs(dx), Math.abs(dy)) !== ring) continue;
          const x = centre.x + (dx * box.width) / 18;
          const y = centre.y + (dy * box.height) / 18;
          if (x < 0 || y < 0 || x >= window.innerWidth || y >= window.innerHeight) continue;
          if (document.elementFromPoint(x, y) === shape) return { x, y };
        }
      }
    }
    return centre;
  }, country);
  if (!point) throw new Error(`no svg path[data-country="${country}"] on the page`);
  return point;
}

/** Runs one interaction `repeats` times and returns the median main-thread ms of a run. */
async function perInteraction(repeats: number, run: (index: number) => Promise<number>): Promise<number> {
  const runs: number[] = [];
  for (let index = 0; index < repeats; index++) runs.push(await run(index));
  return median(runs);
}

/** Sums what the network delivered (compressed, with headers) for every response that ended before `until`. */
async function bytesUntil(page: Page, delivered: Map<string, number>, until: number): Promise<{ bytes: number; unplaced: string[] }> {
  const ends = await page.evaluate(() =>
    [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map((entry) => ({
      url: entry.name,
      end: (entry as PerformanceResourceTiming).responseEnd,
    })),
  );
  // Network events and the page's own clock are matched by URL; the page's clock decides "before interactive".
  const endByUrl = new Map(ends.map((entry) => [entry.url, entry.end]));
  let bytes = 0;
  const unplaced: string[] = [];
  for (const [url, size] of delivered) {
    const end = endByUrl.get(url);
    if (end === undefined) unplaced.push(url);
    else if (end <= until) bytes += size;
  }
  return { bytes, unplaced };
}

/** Where the pointer rests on China: found once per page, unthrottled, in the page's settled layout. */
export async function restingPoint(browser: Browser, subject: Subject): Promise<Point> {
  const context = await browser.newContext(DESKTOP);
  try {
    const page = await context.newPage();
    await page.goto(subject.url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    await page.waitForSelector(`svg path[data-country="${RESTING_COUNTRY}"]`, { timeout: LOAD_TIMEOUT_MS });
    await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
    return await pointIn(page, RESTING_COUNTRY);
  } finally {
    await context.close();
  }
}

/** Moves the pointer to `point` and nudges it by a pixel every NUDGE_MS until stopped. */
async function restPointer(page: Page, point: Point): Promise<{ stop: () => Promise<void> }> {
  await page.mouse.move(point.x, point.y);
  let resting = true;
  const nudging = (async () => {
    for (let step = 1; resting; step++) {
      // A move sent while the page navigates can fail; the next one lands.
      await page.mouse.move(point.x + (step % 2), point.y).catch(() => undefined);
      await new Promise((done) => setTimeout(done, NUDGE_MS));
    }
  })();
  return {
    stop: async () => {
      resting = false;
      await nudging;
    },
  };
}

/** A fresh context and page: cache off, CPU throttled, the probe installed before any page script. */
async function openPage(browser: Browser, contextOptions: BrowserContextOptions, options: MeasureOptions, probe: ProbeOptions) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.throttle });
  // tsx names the probe's inner functions with a `__name` helper that exists only in Node; the page gets a no-op.
  await page.addInitScript({ content: 'globalThis.__name ??= (target) => target;' });
  await page.addInitScript(installProbe, probe);
  return { context, page, cdp };
}

type TimeMark = 'paintedAt' | 'nextFrameAt' | 'answeredAt';

/** Waits until the probe has every mark in `ready`, with how far the page got in the error when it never does. */
async function waitForMarks(page: Page, ready: readonly TimeMark[], errors: readonly string[]): Promise<void> {
  try {
    // A function, not a string: the project's CSP forbids eval, and Playwright evaluates strings with it.
    await page.waitForFunction(
      (names) => {
        const marks = (window as ProbeWindow).__benchMarks;
        return marks !== undefined && names.every((name) => marks[name] >= 0);
      },
      ready,
      { polling: 250, timeout: LOAD_TIMEOUT_MS },
    );
  } catch (error) {
    // Say how far the page got, so "timeout" can be told apart from "never drew" or "never answered".
    const reached = await page.evaluate(() => JSON.stringify((window as ProbeWindow).__benchMarks)).catch(() => 'unknown');
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
    throw new Error(`${reason}; marks ${reached}; page errors: ${errors.join(' | ') || 'none'}`, { cause: error });
  }
}

/** Stops the probe once the page is idle and returns its marks. */
async function finalMarks(page: Page, cdp: CDPSession): Promise<Marks> {
  await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
  await settle(cdp);
  return page.evaluate(() => {
    const probe = window as ProbeWindow;
    probe.__benchStop?.();
    return probe.__benchMarks as Marks;
  });
}

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/**
 * The probe's marks of one load with nothing to answer (no answer is awaited), the pointer resting at `rest`
 * when given: the phone load's movement, and the floor's paint (run.ts).
 */
async function loadMarks(
  browser: Browser,
  contextOptions: BrowserContextOptions,
  subject: Pick<Subject, 'url' | 'mapSelector'>,
  options: MeasureOptions,
  rest?: Point,
): Promise<Marks> {
  const { context, page, cdp } = await openPage(browser, contextOptions, options, { minPaths: MIN_PATHS, mapSelector: subject.mapSelector, answer: null });
  try {
    const errors = collectErrors(page);
    const pointer = rest ? await restPointer(page, rest) : null;
    try {
      await page.goto(subject.url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
      await waitForMarks(page, ['paintedAt', 'nextFrameAt'], errors);
      return await finalMarks(page, cdp);
    } finally {
      await pointer?.stop();
    }
  } finally {
    await context.close();
  }
}

/** The map's movement after its first paint in a phone-sized load. */
async function phoneMovement(browser: Browser, subject: Subject, options: MeasureOptions): Promise<number> {
  return (await loadMarks(browser, PHONE, subject, options)).movePx;
}

/**
 * Only when the map is painted, loaded as `measure` loads a page (desktop size, throttled, the pointer resting
 * and nudged): for a page that has no program to answer the pointer, such as the floor (see run.ts).
 */
export async function measurePaint(browser: Browser, subject: Pick<Subject, 'url' | 'mapSelector'>, options: MeasureOptions, rest: Point): Promise<number> {
  return (await loadMarks(browser, DESKTOP, subject, options, rest)).paintedAt;
}

export async function measure(browser: Browser, subject: Subject, options: MeasureOptions, rest: Point): Promise<Sample> {
  const { context, page, cdp } = await openPage(browser, DESKTOP, options, {
    minPaths: MIN_PATHS,
    mapSelector: subject.mapSelector,
    answer: subject.answer,
  });
  let sample: Omit<Sample, 'phoneMovePx'>;
  try {
    const urls = new Map<string, string>();
    const delivered = new Map<string, number>();
    cdp.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, event.request.url));
    cdp.on('Network.loadingFinished', (event) => {
      const url = urls.get(event.requestId);
      if (url) delivered.set(url, (delivered.get(url) ?? 0) + event.encodedDataLength);
    });
    await cdp.send('Performance.enable');
    const errors = collectErrors(page);

    // The pointer is over China's place before the page exists, as a reader's is when the page opens under it.
    const pointer = await restPointer(page, rest);
    let marks: Marks;
    try {
      await page.goto(subject.url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
      await waitForMarks(page, ['paintedAt', 'nextFrameAt', 'answeredAt'], errors);
      // Late requests (a lazily loaded search index, say) still finish, so the byte count can see they came after.
      marks = await finalMarks(page, cdp);
    } finally {
      await pointer.stop();
    }
    const loadEnd = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
    const interactiveMs = Math.max(marks.answeredAt, loadEnd);
    const { bytes, unplaced } = await bytesUntil(page, delivered, interactiveMs);
    const notes = unplaced.map((url) => `not counted, no timing entry: ${url}`);

    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    await cdp.send('HeapProfiler.disable');

    const { countries, repeats } = options;
    // Where to hover is worked out before any measuring, not just before each hover: finding a point asks the
    // browser to hit-test it, and Chromium caches its latest answers, so a pointer then moved to that point skips
    // part of the hit test a reader's pointer costs (in traces of the reference, two thirds of it).
    const hoverPoints: Point[] = [];
    for (const country of countries) hoverPoints.push(await pointIn(page, country));
    const idleMs = await perInteraction(repeats, () => mainThreadMs(cdp, async () => undefined));
    const hoverMs = await perInteraction(repeats, async (index) => {
      const point = hoverPoints[index % hoverPoints.length] as Point;
      return mainThreadMs(cdp, () => page.mouse.move(point.x, point.y));
    });
    // The pointer is already over the target, so a click's cost does not include the hover's.
    const clickMs = await perInteraction(repeats, async (index) => {
      const point = await pointIn(page, countries[index % countries.length] as string);
      await page.mouse.move(point.x, point.y);
      return mainThreadMs(cdp, () => page.mouse.click(point.x, point.y));
    });
    const filter = page.getByRole('button', { name: FILTER_BUTTON }).first();
    const scrollBefore = await page.evaluate(() => window.scrollY);
    // A reader scrolls to a legend below the fold; what the toggle then repaints is what stays in view.
    await filter.scrollIntoViewIfNeeded();
    const scrolled = (await page.evaluate(() => window.scrollY)) - scrollBefore;
    if (scrolled) notes.push(`scrolled ${scrolled} px to reach the filter button`);
    const button = await filter.boundingBox();
    if (!button) throw new Error(`no visible button named ${FILTER_BUTTON}`);
    const centre = { x: button.x + button.width / 2, y: button.y + button.height / 2 };
    await page.mouse.move(centre.x, centre.y);
    const filterMs = await perInteraction(repeats, () => mainThreadMs(cdp, () => page.mouse.click(centre.x, centre.y)));

    sample = {
      kib: bytes / 1024,
      paintMs: marks.paintedAt,
      nextFrameMs: marks.nextFrameAt,
      answeredMs: marks.answeredAt,
      interactiveMs,
      movePx: marks.movePx,
      longestTaskMs: marks.longestTaskMs,
      hoverMs: hoverMs - idleMs,
      clickMs: clickMs - idleMs,
      filterMs: filterMs - idleMs,
      heapMiB: heap.usedSize / 2 ** 20,
      idleMs,
      notes,
    };
  } finally {
    await context.close();
  }
  return { ...sample, phoneMovePx: await phoneMovement(browser, subject, options) };
}
