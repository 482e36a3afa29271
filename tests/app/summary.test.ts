import { describe, expect, it } from 'vitest';
import { presetScenario } from '../../src/model/presets.ts';
import { runScenario } from '../../src/model/run.ts';
import type { RoundRecord } from '../../src/model/types.ts';
import {
  changeSince,
  concernsFirm,
  divergenceWords,
  firmRevenueFrom,
  formatPercent,
  summarise,
} from '../../src/app/summary.ts';

describe('summary wording', () => {
  it.each([
    [105, 100, '5.0% higher than in Q3 2022'],
    [114.2, 100, '14.2% higher than in Q3 2022'],
    [95.5, 100, '4.5% lower than in Q3 2022'],
    [100.01, 100, 'the same as in Q3 2022'],
  ])('a change from %d to %d reads "%s"', (now, before, text) => {
    expect(changeSince(now, before, 'Q3 2022')).toBe(text);
  });

  it('never prints NaN: a change from zero or from a non-number is "not comparable"', () => {
    expect(changeSince(5, 0, 'Round 0')).toBe('not comparable with Round 0');
    expect(changeSince(NaN, 100, 'Round 0')).toBe('not comparable with Round 0');
  });

  it('gives every change one decimal, small or large, as the event log does', () => {
    expect(formatPercent(0.0523)).toBe('5.2%');
    expect(formatPercent(-0.1449)).toBe('14.5%');
    expect(formatPercent(-0.7104)).toBe('71.0%');
  });

  it.each([
    [0.02, 'share almost all'],
    [0.2, 'still share most'],
    [0.42, 'share little'],
    [0.9, 'separate technology stacks'],
  ])('divergence %d reads as "%s"', (d, words) => {
    expect(divergenceWords(d)).toContain(words);
  });

  it('the Micron preset concerns Micron; the open world does not', () => {
    expect(concernsFirm(presetScenario('micron-2023'), 'micron')).toBe(true);
    expect(concernsFirm(presetScenario('open-world'), 'micron')).toBe(false);
    expect(concernsFirm(presetScenario('two-blocs'), 'micron')).toBe(true);
  });
});

describe('summary of a run', () => {
  const scenario = presetScenario('micron-2023');
  const run = runScenario(scenario);
  const last = run.records.length - 1;

  it('round 0 says costs are where they started', () => {
    const lines = summarise(run.records, 0, run.firms, scenario);
    expect(lines.find((l) => l.id === 'cost')?.text).toBe(
      `Device makers’ input costs are the same as in ${run.records[0].label}.`,
    );
  });

  it('the last round states the cost change since round 0 in its direction', () => {
    const lines = summarise(run.records, last, run.firms, scenario);
    const cost = run.records[last].supplyChainCost.global;
    const text = lines.find((l) => l.id === 'cost')!.text;
    expect(text).toContain(cost > 100 ? 'higher than in Q3 2022' : 'lower than in Q3 2022');
    expect(text).toContain(formatPercent(cost / 100 - 1));
  });

  it('reports Micron’s revenue from China for the Micron preset, matching the records', () => {
    const lines = summarise(run.records, last, run.firms, scenario);
    const micron = lines.find((l) => l.id === 'micron');
    expect(micron).toBeDefined();
    const r = firmRevenueFrom(run.records[last], run.firms, 'micron', 'CHN');
    const r0 = firmRevenueFrom(run.records[0], run.firms, 'micron', 'CHN');
    expect(r0).toBeGreaterThan(0);
    expect(micron!.text).toContain(changeSince(r, r0, 'Q3 2022'));
  });

  it('no line shows NaN or undefined, whatever the round', () => {
    for (let t = 0; t <= last; t++) {
      for (const line of summarise(run.records, t, run.firms, scenario)) {
        expect(`${line.value} ${line.short} ${line.text}`).not.toMatch(/NaN|undefined|Infinity/);
        expect(line.value.startsWith(line.short) || line.value.endsWith(line.short.split(' ').at(-1)!)).toBe(
          true,
        );
      }
    }
  });

  it('the cross-bloc share reads with one decimal so that a small move never reads "up from 37% to 37%"', () => {
    const lines = summarise(run.records, last, run.firms, scenario);
    const text = lines.find((l) => l.id === 'crossBloc')!.text;
    const [now, before] = [...text.matchAll(/(\d+\.\d)%/g)].map((m) => Number(m[1]));
    expect(now).toBeCloseTo(run.records[last].crossBlocTradeShare * 100, 1);
    expect(before).toBeCloseTo(run.records[0].crossBlocTradeShare * 100, 1);
    const x = run.records[last].crossBlocTradeShare;
    const x0 = run.records[0].crossBlocTradeShare;
    // moves under a twentieth of a point read as no move
    expect(text).toContain(Math.abs(x - x0) < 0.0005 ? 'the same as in' : x < x0 ? 'down from' : 'up from');
  });

  it('an unchanged cross-bloc share reads "the same as in" the first round, without repeating the number', () => {
    const still = run.records.slice(0, 1);
    const text = summarise(still, 0, run.firms, scenario).find((l) => l.id === 'crossBloc')!.text;
    expect(text).toMatch(new RegExp(`of all trade, the same as in ${still[0].label}\\.$`));
    expect([...text.matchAll(/%/g)]).toHaveLength(1);
  });

  it('a round past the computed ones shows the last computed round', () => {
    const partial = run.records.slice(0, 3) as RoundRecord[];
    const lines = summarise(partial, 10, run.firms, scenario);
    expect(lines.find((l) => l.id === 'measures')?.value).toBe(String(partial[2].activeMeasures));
  });

  it('says nothing before round 0 exists', () => {
    expect(summarise([], 0, [], scenario)).toEqual([]);
  });
});
