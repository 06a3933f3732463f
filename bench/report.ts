// Turns the samples of both pages into medians, ratios and a markdown table with a verdict per target.
import { readFileSync } from 'node:fs';
import { arch, availableParallelism, cpus, release, type } from 'node:os';
import type { LighthouseScores } from './lighthouse';
import type { Sample } from './measure';
import { median } from './median';

type Metric = Exclude<keyof Sample, 'notes'>;

/** What the issue asks of the project: of its own value (absolute) or of its ratio to the reference. */
export interface Target {
  text: string;
  /** Judged on the project's value alone, so a reference of 0 (no ratio) does not stop a verdict. */
  absolute?: boolean;
  met: (project: number, ratio: number) => boolean;
}

interface Row<Key extends string> {
  metric: Key;
  label: string;
  decimals: number;
  /** null for rows shown only for context. */
  target: Target | null;
}

const ratioAtMost = (limit: number): Target => ({ text: `ratio ≤ ${limit.toFixed(2)}`, met: (_p, ratio) => ratio <= limit });
const atMost = (limit: number, unit: string): Target => ({ text: `≤ ${limit}${unit}`, absolute: true, met: (project) => project <= limit });
const atLeast = (limit: number): Target => ({ text: limit === 100 ? '100' : `≥ ${limit}`, absolute: true, met: (project) => project >= limit });

export const ROWS: readonly Row<Metric>[] = [
  { metric: 'kib', label: 'KiB transferred until interactive (gzip)', decimals: 1, target: atMost(140, ' KiB') },
  { metric: 'paintMs', label: 'ms to map painted', decimals: 0, target: ratioAtMost(0.35) },
  { metric: 'nextFrameMs', label: 'ms to the next frame after that', decimals: 0, target: null },
  { metric: 'answeredMs', label: 'ms to first answered hover (pointer resting on China)', decimals: 0, target: ratioAtMost(0.5) },
  { metric: 'interactiveMs', label: 'ms to interactive (answered and loaded)', decimals: 0, target: null },
  { metric: 'movePx', label: 'px the map moves after first paint, 1280×900', decimals: 2, target: atMost(0, ' px') },
  { metric: 'phoneMovePx', label: 'px the map moves after first paint, 390×844 phone', decimals: 2, target: atMost(0, ' px') },
  { metric: 'longestTaskMs', label: 'ms of the longest task during load (0: none ≥ 50 ms)', decimals: 0, target: null },
  { metric: 'hoverMs', label: 'main-thread ms per hover', decimals: 2, target: ratioAtMost(1) },
  { metric: 'clickMs', label: 'main-thread ms per click', decimals: 2, target: ratioAtMost(1) },
  { metric: 'filterMs', label: 'main-thread ms per filter toggle', decimals: 2, target: ratioAtMost(1) },
  { metric: 'idleMs', label: 'main-thread ms of measuring alone (subtracted above)', decimals: 2, target: null },
  { metric: 'heapMiB', label: 'MiB of JS heap after load and GC', decimals: 2, target: ratioAtMost(1) },
];

export const LIGHTHOUSE_ROWS: readonly Row<keyof LighthouseScores>[] = [
  { metric: 'performance', label: 'Lighthouse mobile performance', decimals: 0, target: atLeast(95) },
  { metric: 'accessibility', label: 'Lighthouse accessibility', decimals: 0, target: atLeast(100) },
  { metric: 'bestPractices', label: 'Lighthouse best practices', decimals: 0, target: atLeast(100) },
  { metric: 'seo', label: 'Lighthouse SEO', decimals: 0, target: atLeast(100) },
  { metric: 'tbtMs', label: 'Lighthouse total blocking time, ms', decimals: 0, target: atMost(100, ' ms') },
  { metric: 'fcpMs', label: 'Lighthouse first contentful paint, ms', decimals: 0, target: null },
  { metric: 'lcpMs', label: 'Lighthouse largest contentful paint, ms', decimals: 0, target: null },
  { metric: 'cls', label: 'Lighthouse cumulative layout shift', decimals: 3, target: null },
  { metric: 'maxFidMs', label: 'Lighthouse max potential FID, ms', decimals: 0, target: null },
];

const format = (value: number, decimals: number) => (Number.isFinite(value) ? value.toFixed(decimals) : 'n/a');

/**
 * PASS or FAIL for one row's medians; NOT RUN when the project was not measured, or when a ratio target has no
 * ratio (the reference was not measured, or is 0).
 */
export function verdict(target: Target | null, project: number, reference: number): string {
  if (!target) return '—';
  const ratio = project / reference;
  if (!Number.isFinite(project) || (!target.absolute && !Number.isFinite(ratio))) return 'NOT RUN';
  return target.met(project, ratio) ? 'PASS' : 'FAIL';
}

/** One round's two loads, measured one after the other, so their ratio shares the machine's mood of the moment. */
export type RoundPair = readonly [project: Sample, reference: Sample];

/** The lowest and highest of the per-round ratios, as "0.85–1.20": how far one round can be off the median. */
export function ratioSpread(pairs: readonly RoundPair[], metric: Metric, decimals = 2): string {
  return spreadOf(pairs.map(([mine, theirs]) => mine[metric] / theirs[metric]), decimals);
}

/** The lowest and highest of some per-round ratios (those that are numbers), or n/a. */
function spreadOf(ratios: readonly number[], decimals = 2): string {
  const finite = ratios.filter(Number.isFinite);
  if (!finite.length) return 'n/a';
  return `${format(Math.min(...finite), decimals)}–${format(Math.max(...finite), decimals)}`;
}

/** What the Lighthouse rows show: each page's runs, or why there are none. */
export type LighthouseOutcome =
  | { project: readonly LighthouseScores[]; reference: readonly LighthouseScores[] }
  | { skipped: string };

function tableRow<Key extends string>(
  row: Row<Key>,
  project: readonly Record<Key, number>[],
  reference: readonly Record<Key, number>[],
  spread: string,
): string {
  const mine = median(project.map((sample) => sample[row.metric]));
  const theirs = median(reference.map((sample) => sample[row.metric]));
  const cells = [
    row.label,
    format(mine, row.decimals),
    format(theirs, row.decimals),
    format(mine / theirs, 2),
    spread,
    row.target?.text ?? '—',
    verdict(row.target, mine, theirs),
  ];
  return `| ${cells.join(' | ')} |`;
}

/**
 * The results table; `project` is empty when the project could not be measured, and every verdict says so.
 * The verdict is on the ratio of medians; `pairs` (the rounds in which both pages loaded) adds the spread of
 * the per-round ratios beside it, so a reader can see how close to its target a verdict is. Lighthouse rows
 * follow when `lighthouse` is given, each the median of its runs.
 */
export function resultsTable(
  project: readonly Sample[],
  reference: readonly Sample[],
  pairs: readonly RoundPair[] = [],
  lighthouse?: LighthouseOutcome,
  floor?: readonly FloorRound[],
): string {
  const lines = [
    '| Measure (median) | Project | Reference | Ratio | Ratio, lowest–highest round | Target | Result |',
    '|---|--:|--:|--:|--:|---|---|',
  ];
  for (const row of ROWS) {
    lines.push(tableRow(row, project, reference, ratioSpread(pairs, row.metric)));
    if (row.metric === 'paintMs' && floor?.length) lines.push(floorRow(floor, reference));
  }
  if (lighthouse && 'skipped' in lighthouse) {
    for (const row of LIGHTHOUSE_ROWS) {
      lines.push(`| ${[row.label, '—', '—', '—', '—', row.target?.text ?? '—', `SKIPPED (${lighthouse.skipped})`].join(' | ')} |`);
    }
  } else if (lighthouse) {
    for (const row of LIGHTHOUSE_ROWS) lines.push(tableRow(row, lighthouse.project, lighthouse.reference, '—'));
  }
  return lines.join('\n');
}

/** One round's load of the floor page (run.ts), with the reference's paint from the same round when it loaded. */
export interface FloorRound {
  paintMs: number;
  referencePaintMs: number | null;
}

export const FLOOR_LABEL = 'ms to map painted by the same page without its program (floor)';

/**
 * Context for the paint target: the project's page with its program taken out paints as soon as the project's
 * markup and stylesheet allow. Its Project cell is that page's median paint; its ratio is to the reference's.
 */
function floorRow(floor: readonly FloorRound[], reference: readonly Sample[]): string {
  const mine = median(floor.map((round) => round.paintMs));
  const theirs = median(reference.map((sample) => sample.paintMs));
  // A round whose reference failed to load has no ratio (null becomes 0, and x / 0 is not finite).
  const spread = spreadOf(floor.map((round) => round.paintMs / (round.referencePaintMs ?? 0)));
  return `| ${[FLOOR_LABEL, format(mine, 0), format(theirs, 0), format(mine / theirs, 2), spread, '—', '—'].join(' | ')} |`;
}

/** Every load's numbers, for judging the spread behind a median. */
export function roundsTable(label: string, samples: readonly Sample[]): string {
  const lines = [`| ${label}, round | ${ROWS.map((row) => row.metric).join(' | ')} |`, `|---${'|--:'.repeat(ROWS.length)}|`];
  samples.forEach((sample, index) => {
    lines.push(`| ${index + 1} | ${ROWS.map((row) => format(sample[row.metric], row.decimals)).join(' | ')} |`);
  });
  return lines.join('\n');
}

function distribution(): string {
  try {
    return /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? '';
  } catch {
    return '';
  }
}

export interface RunSettings {
  rounds: number;
  repeats: number;
  throttle: number;
  chromium: string;
  lighthouseRuns: number;
}

/** What a reader needs to compare these numbers with their own run. */
export function machineInfo(settings: RunSettings): string {
  const os = [distribution(), `${type()} ${release()} ${arch()}`].filter(Boolean).join(', ');
  return [
    `- Date: ${new Date().toISOString()}`,
    `- OS: ${os}`,
    `- CPU: ${cpus()[0]?.model ?? 'unknown'}, ${availableParallelism()} cores`,
    `- Chromium: ${settings.chromium} (headless, ${settings.throttle}x CPU throttling, 1280×900 viewport; 390×844 for the phone row)`,
    `- Node: ${process.version}`,
    `- Rounds: ${settings.rounds}, each interaction repeated ${settings.repeats} times per round`,
    `- Lighthouse: ${settings.lighthouseRuns ? `12.2.3, mobile preset (simulated slow 4G, 4x CPU), ${settings.lighthouseRuns} run(s) per page, median` : 'skipped'}`,
  ].join('\n');
}
