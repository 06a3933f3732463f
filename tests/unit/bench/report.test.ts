import { describe, expect, test } from 'vitest';
import type { LighthouseScores } from '../../../bench/lighthouse';
import type { Sample } from '../../../bench/measure';
import { FLOOR_LABEL, ratioSpread, resultsTable, verdict, type RoundPair } from '../../../bench/report';

function sample(values: Partial<Sample>): Sample {
  return {
    kib: 100,
    paintMs: 300,
    nextFrameMs: 320,
    answeredMs: 850,
    interactiveMs: 900,
    movePx: 0,
    phoneMovePx: 0,
    longestTaskMs: 0,
    hoverMs: 10,
    clickMs: 20,
    filterMs: 5,
    heapMiB: 2,
    idleMs: 6,
    notes: [],
    ...values,
  };
}

function scores(values: Partial<LighthouseScores>): LighthouseScores {
  return {
    performance: 97,
    accessibility: 100,
    bestPractices: 100,
    seo: 100,
    tbtMs: 60,
    fcpMs: 900,
    lcpMs: 1200,
    cls: 0,
    maxFidMs: 90,
    ...values,
  };
}

/** The table row that starts with `label`, as its cells. */
function row(table: string, label: string): string[] {
  const line = table.split('\n').find((text) => text.startsWith(`| ${label} |`));
  if (!line) throw new Error(`no row ${label}`);
  return line.split('|').slice(1, -1).map((cell) => cell.trim());
}

describe('bench report', () => {
  const reference = [sample({ hoverMs: 20 }), sample({ hoverMs: 10 }), sample({ hoverMs: 40 })];
  const project = [sample({ hoverMs: 18 }), sample({ hoverMs: 12 }), sample({ hoverMs: 18 })];
  const pairs: RoundPair[] = project.map((mine, index) => [mine, reference[index] as Sample]);

  test('the spread column gives the lowest and highest ratio of the rounds, each round paired with itself', () => {
    // Rounds: 18/20 = 0.90, 12/10 = 1.20, 18/40 = 0.45.
    expect(ratioSpread(pairs, 'hoverMs')).toBe('0.45–1.20');
    expect(ratioSpread([], 'hoverMs')).toBe('n/a');
  });

  test('the verdict is on the ratio of medians, with the spread beside it', () => {
    const cells = row(resultsTable(project, reference, pairs), 'main-thread ms per hover');
    // Medians 18 and 20: 0.90, a pass, although one round was over.
    expect(cells).toEqual(['main-thread ms per hover', '18.00', '20.00', '0.90', '0.45–1.20', 'ratio ≤ 1.00', 'PASS']);
  });

  test('a project slower than the reference fails, and one never measured is NOT RUN', () => {
    const slow = resultsTable([sample({ clickMs: 30 })], [sample({ clickMs: 20 })]);
    expect(row(slow, 'main-thread ms per click').at(-1)).toBe('FAIL');
    expect(row(resultsTable([], reference), 'main-thread ms per click').at(-1)).toBe('NOT RUN');
  });

  test('first answered hover passes at half the reference or less, judged on the ratio of medians', () => {
    const label = 'ms to first answered hover (pointer resting on China)';
    const referenceLoads = [sample({ answeredMs: 2000 }), sample({ answeredMs: 2200 }), sample({ answeredMs: 1800 })];
    const fast = resultsTable([sample({ answeredMs: 1000 })], referenceLoads);
    expect(row(fast, label).slice(1)).toEqual(['1000', '2000', '0.50', 'n/a', 'ratio ≤ 0.50', 'PASS']);
    expect(row(resultsTable([sample({ answeredMs: 1100 })], referenceLoads), label).at(-1)).toBe('FAIL');
  });

  test('map movement is judged in pixels even though the reference, which never moves, gives no ratio', () => {
    const still = resultsTable([sample({ movePx: 0 }), sample({ movePx: 0 }), sample({ movePx: 243 })], reference);
    const desktop = row(still, 'px the map moves after first paint, 1280×900');
    // One load in three moved: the median is 0 and passes, and the ratio 0/0 is shown as n/a.
    expect(desktop.slice(1)).toEqual(['0.00', '0.00', 'n/a', 'n/a', '≤ 0 px', 'PASS']);
    const moved = resultsTable([sample({ phoneMovePx: 346.4 })], reference);
    expect(row(moved, 'px the map moves after first paint, 390×844 phone').at(-1)).toBe('FAIL');
    expect(row(moved, 'px the map moves after first paint, 390×844 phone')[1]).toBe('346.40');
  });

  test('bytes are judged against 140 KiB alone, and the longest task is printed without a verdict', () => {
    const heavy = resultsTable([sample({ kib: 141, longestTaskMs: 160 })], [sample({ kib: 400, longestTaskMs: 650 })]);
    expect(row(heavy, 'KiB transferred until interactive (gzip)').at(-1)).toBe('FAIL');
    expect(row(resultsTable([sample({ kib: 139.6 })], [sample({ kib: 100 })]), 'KiB transferred until interactive (gzip)').at(-1)).toBe(
      'PASS',
    );
    expect(row(heavy, 'ms of the longest task during load (0: none ≥ 50 ms)').slice(1)).toEqual(['160', '650', '0.25', 'n/a', '—', '—']);
  });

  test('verdicts: a ratio target needs a measured, non-zero reference; an absolute one needs only the project', () => {
    const ratio = { text: 'ratio ≤ 1.00', met: (_p: number, r: number) => r <= 1 };
    const pixels = { text: '≤ 0 px', absolute: true, met: (p: number) => p <= 0 };
    expect(verdict(ratio, 5, 0)).toBe('NOT RUN');
    expect(verdict(ratio, 5, NaN)).toBe('NOT RUN');
    expect(verdict(ratio, 5, 10)).toBe('PASS');
    expect(verdict(pixels, 0, NaN)).toBe('PASS');
    expect(verdict(pixels, 0.5, 0)).toBe('FAIL');
    expect(verdict(pixels, NaN, 0)).toBe('NOT RUN');
    expect(verdict(null, 1, 1)).toBe('—');
  });

  test('Lighthouse rows give the median of the runs and hold the project to 95, 100 ms of blocking and 100s', () => {
    const lighthouse = {
      project: [scores({ performance: 93, tbtMs: 140 }), scores({ performance: 96 }), scores({ performance: 98, seo: 92 })],
      reference: [scores({ performance: 71, tbtMs: 900 })],
    };
    const table = resultsTable(project, reference, pairs, lighthouse);
    expect(row(table, 'Lighthouse mobile performance').slice(1)).toEqual(['96', '71', '1.35', '—', '≥ 95', 'PASS']);
    // Medians of 100, 100 and 92.
    expect(row(table, 'Lighthouse SEO').slice(-2)).toEqual(['100', 'PASS']);
    expect(row(table, 'Lighthouse total blocking time, ms').slice(1, 3)).toEqual(['60', '900']);
    expect(row(table, 'Lighthouse total blocking time, ms').at(-1)).toBe('PASS');
    const poor = resultsTable(project, reference, pairs, { project: [scores({ accessibility: 98, tbtMs: 101 })], reference: [] });
    expect(row(poor, 'Lighthouse accessibility').at(-1)).toBe('FAIL');
    expect(row(poor, 'Lighthouse total blocking time, ms').at(-1)).toBe('FAIL');
    expect(row(poor, 'Lighthouse accessibility')[2]).toBe('n/a');
  });

  test('a skipped Lighthouse says so in every one of its rows; a project Lighthouse could not run is NOT RUN', () => {
    const skipped = resultsTable(project, reference, pairs, { skipped: 'BENCH_LIGHTHOUSE=0' });
    expect(row(skipped, 'Lighthouse mobile performance').at(-1)).toBe('SKIPPED (BENCH_LIGHTHOUSE=0)');
    expect(skipped.split('\n').filter((line) => line.startsWith('| Lighthouse'))).toHaveLength(9);
    expect(skipped.split('\n').filter((line) => line.includes('SKIPPED'))).toHaveLength(9);
    const failed = resultsTable(project, reference, pairs, { project: [], reference: [scores({})] });
    expect(row(failed, 'Lighthouse mobile performance').at(-1)).toBe('NOT RUN');
    expect(resultsTable(project, reference, pairs)).not.toContain('Lighthouse');
  });

  test('the floor row follows the paint row: its median paint against the reference, with no verdict of its own', () => {
    const paints = [sample({ paintMs: 1000 }), sample({ paintMs: 1200 }), sample({ paintMs: 800 })];
    const floor = [
      { paintMs: 380, referencePaintMs: 1000 },
      { paintMs: 300, referencePaintMs: 1200 },
      { paintMs: 500, referencePaintMs: null },
    ];
    const lines = resultsTable([sample({ paintMs: 450 })], paints, [], undefined, floor).split('\n');
    const at = lines.findIndex((line) => line.startsWith(`| ${FLOOR_LABEL} |`));
    expect(lines[at - 1]).toMatch(/^\| ms to map painted \|/);
    // Median 380 against the reference's median 1000; rounds 0.38 and 0.25 (the third has no reference load).
    expect(row(lines.join('\n'), FLOOR_LABEL).slice(1)).toEqual(['380', '1000', '0.38', '0.25–0.38', '—', '—']);
    expect(resultsTable([sample({})], paints)).not.toContain(FLOOR_LABEL);
  });
});
