// Turns the samples of both pages into medians, ratios and a markdown table with a verdict per target.
import { readFileSync } from 'node:fs';
import { arch, availableParallelism, cpus, release, type } from 'node:os';
import type { Sample } from './measure';
import { median } from './median';

type Metric = Exclude<keyof Sample, 'notes'>;

interface Row {
  metric: Metric;
  label: string;
  decimals: number;
  /** What the issue asks of the project; null for rows shown only for context. */
  target: { text: string; met: (project: number, ratio: number) => boolean } | null;
}

const ROWS: readonly Row[] = [
  {
    metric: 'kib',
    label: 'KiB transferred until interactive (gzip)',
    decimals: 1,
    target: { text: '≤ 140 KiB and ratio ≤ 0.59', met: (project, ratio) => project <= 140 && ratio <= 0.59 },
  },
  { metric: 'paintMs', label: 'ms to map painted', decimals: 0, target: { text: 'ratio ≤ 0.35', met: (_p, ratio) => ratio <= 0.35 } },
  { metric: 'nextFrameMs', label: 'ms to the next frame after that', decimals: 0, target: null },
  { metric: 'interactiveMs', label: 'ms to interactive', decimals: 0, target: null },
  { metric: 'hoverMs', label: 'main-thread ms per hover', decimals: 2, target: { text: 'ratio ≤ 1.00', met: (_p, ratio) => ratio <= 1 } },
  { metric: 'clickMs', label: 'main-thread ms per click', decimals: 2, target: { text: 'ratio ≤ 1.00', met: (_p, ratio) => ratio <= 1 } },
  {
    metric: 'filterMs',
    label: 'main-thread ms per filter toggle',
    decimals: 2,
    target: { text: 'ratio ≤ 1.00', met: (_p, ratio) => ratio <= 1 },
  },
  { metric: 'idleMs', label: 'main-thread ms of measuring alone (subtracted above)', decimals: 2, target: null },
  { metric: 'heapMiB', label: 'MiB of JS heap after load and GC', decimals: 2, target: { text: 'ratio ≤ 1.00', met: (_p, ratio) => ratio <= 1 } },
];

const format = (value: number, decimals: number) => (Number.isFinite(value) ? value.toFixed(decimals) : 'n/a');

/** One round's two loads, measured one after the other, so their ratio shares the machine's mood of the moment. */
export type RoundPair = readonly [project: Sample, reference: Sample];

/** The lowest and highest of the per-round ratios, as "0.85–1.20": how far one round can be off the median. */
export function ratioSpread(pairs: readonly RoundPair[], metric: Metric, decimals = 2): string {
  const ratios = pairs.map(([mine, theirs]) => mine[metric] / theirs[metric]).filter(Number.isFinite);
  if (!ratios.length) return 'n/a';
  return `${format(Math.min(...ratios), decimals)}–${format(Math.max(...ratios), decimals)}`;
}

/**
 * The results table; `project` is empty when the project could not be measured, and every verdict says so.
 * The verdict is on the ratio of medians; `pairs` (the rounds in which both pages loaded) adds the spread of
 * the per-round ratios beside it, so a reader can see how close to its target a verdict is.
 */
export function resultsTable(project: readonly Sample[], reference: readonly Sample[], pairs: readonly RoundPair[] = []): string {
  const lines = [
    '| Measure (median) | Project | Reference | Ratio | Ratio, lowest–highest round | Target | Result |',
    '|---|--:|--:|--:|--:|---|---|',
  ];
  for (const row of ROWS) {
    const mine = median(project.map((sample) => sample[row.metric]));
    const theirs = median(reference.map((sample) => sample[row.metric]));
    const ratio = mine / theirs;
    const verdict = !row.target ? '—' : !Number.isFinite(ratio) ? 'NOT RUN' : row.target.met(mine, ratio) ? 'PASS' : 'FAIL';
    const cells = [
      row.label,
      format(mine, row.decimals),
      format(theirs, row.decimals),
      format(ratio, 2),
      ratioSpread(pairs, row.metric),
      row.target?.text ?? '—',
      verdict,
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
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
}

/** What a reader needs to compare these numbers with their own run. */
export function machineInfo(settings: RunSettings): string {
  const os = [distribution(), `${type()} ${release()} ${arch()}`].filter(Boolean).join(', ');
  return [
    `- Date: ${new Date().toISOString()}`,
    `- OS: ${os}`,
    `- CPU: ${cpus()[0]?.model ?? 'unknown'}, ${availableParallelism()} cores`,
    `- Chromium: ${settings.chromium} (headless, ${settings.throttle}x CPU throttling, 1280×900 viewport)`,
    `- Node: ${process.version}`,
    `- Rounds: ${settings.rounds}, each interaction repeated ${settings.repeats} times per round`,
  ].join('\n');
}
