// `npm run bench`: the production build and a plain-D3 reference map, measured side by side in throttled Chromium.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../scripts/chromium';
import { serve, type Served } from '../scripts/serve';
import { measure, type MeasureOptions, type Sample, type Subject } from './measure';
import { buildReference, type ReferenceBuild } from './reference';
import { machineInfo, resultsTable, roundsTable, type RoundPair } from './report';

// BENCH_DIST measures another build (an older one, say) in place of this checkout's dist/.
const DIST = process.env.BENCH_DIST || new URL('../dist/', import.meta.url).pathname;
const RESULTS = new URL('./results/', import.meta.url).pathname;
// Large countries, so the pointer lands well inside them on both maps.
const COUNTRIES = ['643', '076', '036', '156', '124'] as const;
// One failed load is reported and the page measured again next round; a second means it is broken, not unlucky.
const MAX_FAILURES = 2;

/** A positive whole number from the environment, or the default (with a warning) when it is missing or odd. */
function setting(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (Number.isInteger(value) && value > 0) return value;
  console.warn(`${name}=${raw} is not a positive whole number; using ${fallback}`);
  return fallback;
}

const rounds = setting('BENCH_ROUNDS', 5);
const options: MeasureOptions = {
  throttle: setting('BENCH_THROTTLE', 4),
  // Even, so the filter toggles back to where it started.
  repeats: setting('BENCH_REPEATS', 10),
  countries: COUNTRIES,
};


const summary = (sample: Sample) =>
  `${sample.kib.toFixed(0)} KiB, painted ${sample.paintMs.toFixed(0)} ms, interactive ${sample.interactiveMs.toFixed(0)} ms, ` +
  `hover ${sample.hoverMs.toFixed(2)} / click ${sample.clickMs.toFixed(2)} / filter ${sample.filterMs.toFixed(2)} ms, ` +
  `heap ${sample.heapMiB.toFixed(2)} MiB (measuring alone ${sample.idleMs.toFixed(2)} ms)`;

const servers: Served[] = [];
let reference: ReferenceBuild | undefined;
let browser: Browser | undefined;
try {
  const hasDist = existsSync(join(DIST, 'index.html'));
  if (!hasDist) console.warn(`\n⚠️  No production build at ${DIST}: measuring the reference only. Run npm run build first.\n`);

  reference = await buildReference();
  const referenceSite = await serve({ root: reference.dir });
  servers.push(referenceSite);
  const subjects: Subject[] = [
    { label: 'reference', url: `${referenceSite.origin}/`, interactiveSelector: 'svg path[data-country]' },
  ];
  if (hasDist) {
    const projectSite = await serve({ root: DIST });
    servers.push(projectSite);
    subjects.push({ label: 'project', url: `${projectSite.origin}/`, interactiveSelector: '.map-frame svg path[role="button"]' });
  }

  browser = await launchChromium();
  const chromiumVersion = browser.version();
  const samples = new Map<string, Sample[]>(subjects.map((subject) => [subject.label, []]));
  const pairs: RoundPair[] = [];
  const failures = new Map<string, string[]>();
  console.log(`Chromium ${chromiumVersion}, ${rounds} rounds, ${options.throttle}x CPU throttling`);

  // Round 0 warms up Chromium, the disk cache and the servers, and is thrown away.
  for (let round = 0; round <= rounds; round++) {
    // Alternate who goes first, so a machine that warms up or slows down over the run favours neither page.
    const order = round % 2 ? subjects : [...subjects].reverse();
    const thisRound = new Map<string, Sample>();
    for (const subject of order) {
      if ((failures.get(subject.label)?.length ?? 0) >= MAX_FAILURES) continue;
      try {
        const sample = await measure(browser, subject, round ? options : { ...options, repeats: 2 });
        const name = round ? `round ${round}/${rounds}` : 'warm-up  ';
        if (round) samples.get(subject.label)?.push(sample);
        thisRound.set(subject.label, sample);
        console.log(`${name} ${subject.label.padEnd(9)} ${summary(sample)}`);
        for (const note of sample.notes) console.warn(`  ${note}`);
      } catch (error) {
        const reason = error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
        // The reference is the yardstick: without it nothing can be compared.
        if (subject.label === 'reference') throw error;
        const failed = [...(failures.get(subject.label) ?? []), `round ${round}: ${reason}`];
        failures.set(subject.label, failed);
        const giveUp = failed.length >= MAX_FAILURES;
        console.warn(`round ${round}/${rounds} ${subject.label}: FAILED${giveUp ? ', skipping it from now on' : ''}: ${reason}`);
      }
    }
    const mine = thisRound.get('project');
    const theirs = thisRound.get('reference');
    if (round && mine && theirs) pairs.push([mine, theirs]);
  }

  const projectSamples = samples.get('project') ?? [];
  const referenceSamples = samples.get('reference') ?? [];
  const table = resultsTable(projectSamples, referenceSamples, pairs);
  const problems = [
    !hasDist && `The project was not measured: no build at dist/ (run \`npm run build\`).`,
    ...[...failures].flatMap(([label, reasons]) => reasons.map((reason) => `The ${label} failed, ${reason}`)),
  ].filter((line): line is string => typeof line === 'string');

  console.log(`\n${table}\n`);
  for (const problem of problems) console.warn(`⚠️  ${problem}`);

  const info = machineInfo({ rounds, repeats: options.repeats, throttle: options.throttle, chromium: chromiumVersion });
  const markdown = [
    '## Benchmark: the project against a plain-D3 reference map',
    '',
    table,
    '',
    ...problems.map((problem) => `> ⚠️ ${problem}\n`),
    info,
    '',
    'Ratio is project ÷ reference; each cell is the median over rounds, and the verdict is on the ratio of medians. The',
    'lowest–highest column is the ratio within each round (the two pages loaded one after the other): on a shared machine',
    'it shows how far a single round strays, and so how near its target a verdict is. Main-thread ms is Chromium’s TaskDuration from the',
    'action to the second animation frame after it and the idle moment that follows (so idle-time work is counted), the',
    'median over the repeats of one load, less the same measurement taken with no action. Painted is when a task queued',
    'from the frame that first holds the map runs, after that frame is painted. Bytes are every response (headers',
    'included) that finished before the map was interactive.',
    '',
    '### Every round',
    '',
    roundsTable('Project', projectSamples),
    '',
    roundsTable('Reference', referenceSamples),
    '',
  ].join('\n');
  await mkdir(RESULTS, { recursive: true });
  await writeFile(`${RESULTS}latest.md`, markdown);
  console.log(`wrote ${RESULTS}latest.md`);
} finally {
  await browser?.close();
  await Promise.all(servers.map((site) => site.close()));
  await reference?.remove();
}
