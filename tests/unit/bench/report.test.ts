import { describe, expect, test } from 'vitest';
import type { Sample } from '../../../bench/measure';
import { ratioSpread, resultsTable, type RoundPair } from '../../../bench/report';

function sample(values: Partial<Sample>): Sample {
  return {
    kib: 100,
    paintMs: 300,
    nextFrameMs: 320,
    interactiveMs: 900,
    hoverMs: 10,
    clickMs: 20,
    filterMs: 5,
    heapMiB: 2,
    idleMs: 6,
    notes: [],
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
});
