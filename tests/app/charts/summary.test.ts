import { describe, expect, it } from 'vitest';
import { chordMatrix } from '../../../src/app/charts/chordMatrix.ts';
import { differenceSeries } from '../../../src/app/charts/difference.ts';
import { measureSpans } from '../../../src/app/charts/measureSpans.ts';
import { memoryShares } from '../../../src/app/charts/stack.ts';
import {
  costEffectSummary,
  costSummary,
  crossBlocEffectSummary,
  crossBlocSummary,
  differenceSummary,
  divergenceEffectSummary,
  divergenceSummary,
  escalationSummary,
  memorySummary,
  tradeSummary,
} from '../../../src/app/charts/summary.ts';
import type { FirmInfo } from '../../../src/model/types.ts';
import { effectsOf, twinPointOf } from '../../../src/sim/effects.ts';
import { flows, record, tariff } from './fixtures.ts';

const noNaN = (text: string) => expect(text).not.toMatch(/NaN|undefined|Infinity/);

describe('costSummary', () => {
  it.each([
    { name: 'says no rounds have run', records: [], want: 'Supply-chain cost index: no rounds run yet.' },
    {
      name: 'states the starting value for one record',
      records: [record({ round: 0, label: 'Q3 2022', states: { CHN: 100.4 } })],
      want: 'Supply-chain cost index is 100.0 in Q3 2022; China highest at 100.4.',
    },
    {
      name: 'says the index rose, by when, and which state is highest',
      records: [
        record({ round: 0, label: 'Q3 2022' }),
        record({ round: 1, label: 'Q4 2022', global: 105.83, states: { EU: 108.14, CHN: 104 } }),
      ],
      want: 'Supply-chain cost index rose from 100.0 to 105.8 by Q4 2022; European Union highest at 108.1.',
    },
    {
      name: 'says the index fell',
      records: [record({ round: 0 }), record({ round: 1, global: 98.04, states: { USA: 101 } })],
      want: 'Supply-chain cost index fell from 100.0 to 98.0 by Round 1; United States highest at 101.0.',
    },
    {
      name: 'says the index held when it did not move',
      records: [record({ round: 0 }), record({ round: 1, global: 100.01 })],
      want: 'Supply-chain cost index held at 100.0 by Round 1; United States highest at 100.0.',
    },
    {
      name: 'skips a NaN final value and a NaN state',
      records: [
        record({ round: 0 }),
        record({ round: 1, global: 102 }),
        record({ round: 2, global: NaN, states: { USA: NaN, CHN: 103 } }),
      ],
      want: 'Supply-chain cost index rose from 100.0 to 102.0 by Round 1; China highest at 103.0.',
    },
  ])('$name', ({ records, want }) => {
    expect(costSummary(records)).toBe(want);
  });
});

describe('divergenceSummary', () => {
  it.each([
    { name: 'says no rounds have run', records: [], want: 'Standards divergence: no rounds run yet.' },
    {
      name: 'gives the divergence and the share of standard A in each main bloc',
      records: [
        record({ round: 0, label: 'Q3 2022', divergence: 0 }),
        record({ round: 8, label: 'Q3 2024', divergence: 0.412, standardShares: { US: 0.98, CN: 0.12 } }),
      ],
      want: 'Standards divergence rose from 0.00 to 0.41 by Q3 2024; standard A holds 98% of US-aligned and 12% of China-aligned output (0 = one shared standard, 1 = none in common).',
    },
    {
      name: 'leaves out bloc shares that are not numbers',
      records: [record({ round: 0, divergence: 0.1, standardShares: { US: NaN } })],
      want: 'Standards divergence is 0.10 in Round 0 (0 = one shared standard, 1 = none in common).',
    },
  ])('$name', ({ records, want }) => {
    expect(divergenceSummary(records)).toBe(want);
  });
});

describe('tradeSummary', () => {
  const base = record({ round: 0, label: 'Q3 2022', tradeFlows: flows(() => 1) });
  it.each([
    {
      name: 'says no rounds have run',
      records: [],
      round: 0,
      want: 'Trade between states: no rounds run yet.',
    },
    {
      name: 'gives the total at round 0 alone',
      records: [base],
      round: 0,
      want: 'Cross-border trade in Q3 2022 totals 42.0.',
    },
    {
      name: 'compares with round 0 and names the state whose trade moved most',
      records: [
        base,
        record({ round: 1, label: 'Q4 2022', tradeFlows: flows((from) => (from === 'CHN' ? 0.5 : 1)) }),
      ],
      round: 1,
      want: "Cross-border trade in Q4 2022 totals 39.0, 7.1% below Q3 2022; China's trade changed most (\u221225.0%).",
    },
    {
      name: 'says when trade is unchanged',
      records: [base, record({ round: 1, label: 'Q4 2022', tradeFlows: flows(() => 1) })],
      round: 1,
      want: 'Cross-border trade in Q4 2022 totals 42.0, unchanged from Q3 2022.',
    },
    {
      name: 'does not divide by an all-zero round 0',
      records: [record({ round: 0, tradeFlows: flows(() => 0) }), record({ round: 1, label: 'Q4 2022' })],
      round: 1,
      want: 'Cross-border trade in Q4 2022 totals 42.0.',
    },
  ])('$name', ({ records, round, want }) => {
    expect(tradeSummary(chordMatrix(records, round))).toBe(want);
  });
});

describe('memorySummary', () => {
  const firms: FirmInfo[] = [
    { id: 'samsung', name: 'Samsung', state: 'KOR', sector: 'memory', anchor: true, techLevel: 1 },
    { id: 'micron', name: 'Micron', state: 'USA', sector: 'memory', anchor: true, techLevel: 1 },
    { id: 'm-1', name: 'Maker 1', state: 'TWN', sector: 'memory', anchor: false, techLevel: 0.5 },
  ];
  it.each([
    { name: 'says no rounds have run', shares: [], want: 'Memory-chip market shares: no rounds run yet.' },
    {
      name: 'names the leader for one round',
      shares: [[0.5, 0.3, 0.2]],
      want: 'Memory-chip shares in Round 0: Samsung leads with 50.0%.',
    },
    {
      name: 'names the firm that moved most since round 0',
      shares: [
        [0.5, 0.3, 0.2],
        [0.55, 0.15, 0.3],
      ],
      want: 'Memory-chip shares in Round 1: Samsung leads with 55.0%; Micron moved most since Round 0, from 30.0% to 15.0%.',
    },
    {
      name: 'says when no share moved',
      shares: [
        [0.5, 0.3, 0.2],
        [0.5, 0.3, 0.2],
      ],
      want: 'Memory-chip shares in Round 1: Samsung leads with 50.0%; no share has moved since Round 0.',
    },
  ])('$name', ({ shares, want }) => {
    const records = shares.map((firmShare, round) => record({ round, firmShare }));
    expect(memorySummary(memoryShares(records, firms))).toBe(want);
  });

  it('does not name Others as the leader', () => {
    const records = [record({ round: 0, firmShare: [0.2, 0.1, 0.7] })];
    expect(memorySummary(memoryShares(records, firms))).toContain('Samsung leads');
  });
});

describe('escalationSummary', () => {
  it.each([
    { name: 'says no rounds have run', active: [], escalation: [], want: 'Escalation: no rounds run yet.' },
    {
      name: 'counts imposed and still-active measures',
      active: [[], [tariff('a')], [tariff('a'), tariff('b')], [tariff('b')]],
      escalation: [0, 0.5, 1, 0.75],
      want: 'By Round 3, 2 measures imposed, 1 still active; escalation intensity 0.75.',
    },
    {
      name: 'uses the singular for one measure',
      active: [[tariff('a')]],
      escalation: [NaN],
      want: 'By Round 0, 1 measure imposed, 1 still active; escalation intensity n/a.',
    },
  ])('$name', ({ active, escalation, want }) => {
    const records = active.map((measures, round) =>
      record({ round, measures, escalation: escalation[round] }),
    );
    expect(escalationSummary(measureSpans(records), records)).toBe(want);
  });
});

describe('differenceSummary', () => {
  const branch = (points: Array<[number, number]>) =>
    points.map(([global, divergence], round) => record({ round, label: `R${round}`, global, divergence }));
  const summarise = (base: Array<[number, number]>, whatIf: Array<[number, number]>) => {
    const b = branch(base);
    const w = branch(whatIf);
    return differenceSummary(
      differenceSeries(b, w, (r) => r.supplyChainCost.global),
      differenceSeries(b, w, (r) => r.standardsDivergence),
      'Main run',
      'No ban',
    );
  };
  it.each([
    {
      name: 'says when the branches share no round',
      base: [],
      whatIf: [],
      want: 'No rounds in common yet between No ban and Main run.',
    },
    {
      name: 'says which way each metric differs at the last shared round',
      base: [
        [100, 0],
        [103, 0.1],
        [104, 0.2],
      ] as Array<[number, number]>,
      whatIf: [
        [100, 0],
        [101.8, 0.15],
      ] as Array<[number, number]>,
      want: 'By R1, compared with Main run, No ban has a global cost index 1.2 points lower and a standards divergence 0.05 higher.',
    },
    {
      name: 'gives a small difference with more digits rather than calling it the same',
      base: [[100, 0.3]] as Array<[number, number]>,
      whatIf: [[99.967, 0.3004]] as Array<[number, number]>,
      want: 'By R0, compared with Main run, No ban has a global cost index 0.03 points lower and a standards divergence 0.0004 higher.',
    },
    {
      name: 'says when a metric is the same',
      base: [[100, 0.3]] as Array<[number, number]>,
      whatIf: [[100, 0.3]] as Array<[number, number]>,
      want: 'By R0, compared with Main run, No ban has the same global cost index and the same standards divergence.',
    },
  ])('$name', ({ base, whatIf, want }) => {
    const text = summarise(base, whatIf);
    expect(text).toBe(want);
    noNaN(text);
  });
});

describe('summaries of the effect of the measures', () => {
  const twin = [
    record({ round: 0 }),
    record({ round: 1, global: 98, states: { CHN: 97 }, crossBloc: 0.31 }),
  ].map(twinPointOf);
  const run = [
    record({ round: 0, label: 'Q3 2022' }),
    record({
      round: 1,
      label: 'Q4 2022',
      global: 99.2,
      states: { CHN: 101.5 },
      divergence: 0.05,
      crossBloc: 0.28,
    }),
  ];
  const effects = effectsOf(run, twin);

  it('says by how many points the measures moved the global index, and whose cost rose and fell the most', () => {
    expect(costEffectSummary(effects)).toBe(
      'In Q4 2022, measures have raised device makers’ input costs by 1.2 points above the same world without them; China’s rose the most (+4.5 points).',
    );
    // A fall larger than every rise is named as a fall, beside the largest rise (the "Hardest hit" tile's state).
    const mixed = effectsOf(
      [
        run[0]!,
        record({ round: 1, label: 'Q4 2022', global: 99.2, states: { CHN: 98.1, EU: 99.3, TWN: 88 } }),
      ],
      twin,
    );
    // (the twin's China at 97, every other state at 100)
    expect(costEffectSummary(mixed)).toMatch(
      /; China’s rose the most \(\+1\.1 points\), Taiwan’s fell the most \(−12\.0\)\.$/,
    );
    const falls = effectsOf(
      [run[0]!, record({ round: 1, label: 'Q4 2022', global: 97, states: { CHN: 95 } })],
      twin,
    );
    expect(costEffectSummary(falls)).toMatch(/; China’s fell the most \(−2\.0 points\)\.$/);
  });

  it('says the measures left costs alone where the run is its twin', () => {
    expect(costEffectSummary(effectsOf(run.slice(0, 1), twin))).toBe(
      'In Q3 2022, measures have left device makers’ input costs where they would be without them.',
    );
  });

  it('gives divergence and the cross-bloc share against the twin', () => {
    expect(divergenceEffectSummary(effects)).toMatch(
      /^In Q4 2022, standards divergence is \+0\.05 against the same world without measures/,
    );
    expect(crossBlocEffectSummary(effects)).toBe(
      'In Q4 2022, measures have cut trade across blocs by 3.0 percentage points of all trade against the same world without them.',
    );
    expect(crossBlocSummary(run)).toBe(
      'Trade across blocs fell from 30.0% to 28.0% of all trade by Q4 2022.',
    );
  });

  it('say the twin is still being computed rather than print NaN when there are no effects yet', () => {
    for (const text of [costEffectSummary([]), divergenceEffectSummary([]), crossBlocEffectSummary([])]) {
      expect(text).toContain('the same world without measures is still being computed');
      noNaN(text);
    }
    expect(crossBlocSummary([])).toBe('Trade across blocs: no rounds run yet.');
  });
});
