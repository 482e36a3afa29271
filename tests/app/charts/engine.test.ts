// The helpers on a real run of the engine: invariants that must hold whatever the model's numbers are.

import { beforeAll, describe, expect, it } from 'vitest';
import { chordLayout } from '../../../src/app/charts/chordLayout.ts';
import { chordMatrix } from '../../../src/app/charts/chordMatrix.ts';
import { measureSpans } from '../../../src/app/charts/measureSpans.ts';
import { memoryShares, NAMED_MEMORY_FIRMS, OTHERS_KEY } from '../../../src/app/charts/stack.ts';
import {
  costSummary,
  divergenceSummary,
  escalationSummary,
  memorySummary,
  tradeSummary,
} from '../../../src/app/charts/summary.ts';
import { presetScenario } from '../../../src/model/presets.ts';
import { runScenario, type Run } from '../../../src/model/run.ts';

let run: Run;

beforeAll(() => {
  run = runScenario(presetScenario('micron-2023'));
});

describe('chart helpers on the chip-controls preset', () => {
  it('names every listed memory maker the engine builds, and the rest as Others', () => {
    const { keys } = memoryShares(run.records, run.firms);
    expect(keys.map((k) => k.key)).toEqual([...NAMED_MEMORY_FIRMS, OTHERS_KEY]);
  });

  it('stacks memory shares to 1 in every round', () => {
    const { rows } = memoryShares(run.records, run.firms);
    expect(rows).toHaveLength(run.records.length);
    for (const row of rows) expect(Object.values(row.shares).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it('gives a drawable chord layout with finite angles at every round', () => {
    for (const record of run.records) {
      const view = chordMatrix(run.records, record.round)!;
      expect(view.round).toBe(record.round);
      const layout = chordLayout(view.matrix);
      expect(layout).not.toBeNull();
      for (const g of layout!.groups)
        expect(Number.isFinite(g.startAngle) && Number.isFinite(g.endAngle)).toBe(true);
    }
  });

  it('puts every measure active in a round inside one of its spans', () => {
    const rows = new Map(measureSpans(run.records).map((r) => [r.id, r]));
    expect(rows.size).toBeGreaterThan(0);
    for (const record of run.records) {
      for (const m of record.measures) {
        const spans = rows.get(m.id)!.spans;
        expect(spans.some((s) => s.start <= record.round && (s.end === null || record.round < s.end))).toBe(
          true,
        );
      }
    }
  });

  it('writes summaries without NaN', () => {
    const texts = [
      costSummary(run.records),
      divergenceSummary(run.records),
      tradeSummary(chordMatrix(run.records, run.records.length - 1)),
      memorySummary(memoryShares(run.records, run.firms)),
      escalationSummary(measureSpans(run.records), run.records),
    ];
    for (const t of texts) expect(t).not.toMatch(/NaN|undefined|Infinity/);
  });
});
