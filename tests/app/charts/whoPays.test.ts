import { describe, expect, it } from 'vitest';
import { firmOutcomes, stateCosts, type BranchAtRound } from '../../../src/app/charts/whoPays.ts';
import { presetScenario } from '../../../src/model/presets.ts';
import { parseScenario } from '../../../src/model/scenario.ts';
import { advance, finalRound, startRun, type Run } from '../../../src/model/run.ts';
import { twinOf } from '../../../src/model/twin.ts';
import { BAND_OUTCOMES, ensembleSeeds, playSeed } from '../../../src/sim/ensemble.ts';
import { bandTable } from '../../../src/sim/ensembleReport.ts';
import { twinPointOf } from '../../../src/sim/effects.ts';
import { deepFreeze } from '../../sim/arbitraries.ts';

const micron = parseScenario({ ...presetScenario('micron-2023'), firms: 100, rounds: 6 });
const without = (kind: string) => ({
  ...micron,
  timeline: micron.timeline.filter((e) => !(e.action === 'impose' && e.measure.kind === kind)),
});
const schedules = {
  ban: [],
  noBan: [{ fromRound: 1, scenario: without('purchaseBan') }],
  noControls: [{ fromRound: 1, scenario: without('exportControl') }],
};

function played(schedule: (typeof schedules)[keyof typeof schedules]): Run {
  const run = startRun(micron, schedule);
  while (run.world.round < finalRound(run)) advance(run);
  return run;
}
const runs = {
  ban: played(schedules.ban),
  noBan: played(schedules.noBan),
  noControls: played(schedules.noControls),
};
const twins = { ban: twinOf(runs.ban), noBan: twinOf(runs.noBan), noControls: twinOf(runs.noControls) };

/** One branch at a round; frozen (but for the record's typed arrays, which cannot be), so nothing may change it. */
function branch(name: keyof typeof runs, round: number): BranchAtRound {
  return Object.freeze({
    name,
    record: Object.freeze({ ...runs[name].records[round] }),
    twin: deepFreeze(twinPointOf(twins[name].records[round])),
    firms: deepFreeze(structuredClone(runs[name].firms)),
  });
}

describe('who pays, branch by branch', () => {
  it('reads each state’s cost against each compared branch and against each branch’s own twin', () => {
    const round = 5;
    const rows = stateCosts(branch('ban', round), [branch('noBan', round), branch('noControls', round)]);
    expect(rows.map((r) => r.key)).toEqual(['global', 'USA', 'CHN', 'EU', 'JPN', 'KOR', 'TWN', 'ROW']);
    const china = rows.find((r) => r.key === 'CHN')!;
    const cost = (name: keyof typeof runs) => runs[name].records[round].supplyChainCost.CHN;
    expect(china.label).toBe('China');
    expect(china.onView).toBe(cost('ban'));
    expect(china.compared[0].value).toBe(cost('noBan'));
    expect(china.compared[0].difference).toBeCloseTo(cost('ban') - cost('noBan'), 12);
    expect(china.compared[1].difference).toBeCloseTo(cost('ban') - cost('noControls'), 12);
    expect(china.compared[1].effect).toBeCloseTo(
      cost('noControls') - twins.noControls.records[round].supplyChainCost.CHN,
      12,
    );
    // the ban raises China's own buyers' cost: the branch on view costs China more than the one without the ban
    expect(china.compared[0].difference).toBeGreaterThan(0);
    // the two compared branches differ from the one on view in different ways
    expect(china.compared[0].difference).not.toBeCloseTo(china.compared[1].difference, 6);
    for (const r of rows) for (const c of r.compared) expect(Number.isFinite(c.difference)).toBe(true);
  });

  it('takes the band of the per-seed differences at the round read, when both branches were played', () => {
    const seeds = ensembleSeeds(micron.seed, 10);
    const play = (schedule: (typeof schedules)[keyof typeof schedules]) =>
      seeds.map((seed) => playSeed({ root: micron, schedule, seed, firms: false }));
    const table = bandTable(play(schedules.ban), BAND_OUTCOMES, play(schedules.noBan));
    const raw = Object.fromEntries(Object.entries(table).map(([id, r]) => [id, r.raw]));
    const rows = stateCosts(
      branch('ban', 4),
      [branch('noBan', 4), branch('noControls', 4)],
      [raw, undefined],
    );
    const china = rows.find((r) => r.key === 'CHN')!;
    expect(china.compared[0].paired).toEqual(table['cost.CHN'].raw.find((b) => b.round === 4));
    expect(china.compared[0].paired!.n).toBe(10);
    expect(china.compared[1].paired).toBeUndefined();
  });

  it('says n/a (NaN), not a wrong number, for a branch that has not reached the round', () => {
    const late = { ...branch('noBan', 3), record: undefined, twin: undefined };
    const [world] = stateCosts(branch('ban', 3), [late]);
    expect(world.compared[0].difference).toBeNaN();
    expect(world.compared[0].effect).toBeNaN();
    expect(Number.isFinite(world.onViewEffect)).toBe(true);
  });

  it('lists each anchor firm’s revenue and share, the firm the ban moves most first', () => {
    const round = 6;
    const firms = firmOutcomes(branch('ban', round), [branch('noBan', round)]);
    expect(firms.length).toBe(runs.ban.firms.filter((f) => f.anchor).length);
    const micronRow = firms.find((f) => f.id === 'micron')!;
    const i = runs.ban.firms.findIndex((f) => f.id === 'micron');
    const revenue = (name: keyof typeof runs) =>
      Array.from(runs[name].records[round].firmRevenue.slice(i * 7, i * 7 + 7)).reduce((a, b) => a + b, 0);
    expect(micronRow.revenue).toBeCloseTo(revenue('ban'), 12);
    expect(micronRow.compared[0].revenueChange).toBeCloseTo(100 * (revenue('ban') / revenue('noBan') - 1), 9);
    expect(micronRow.compared[0].revenueChange).toBeLessThan(0);
    expect(micronRow.compared[0].shareChange).toBeCloseTo(
      100 * (runs.ban.records[round].firmShare[i] - runs.noBan.records[round].firmShare[i]),
      9,
    );
    // sorted by the largest move in revenue between the branches
    const moves = firms.map((f) => Math.abs(f.compared[0].revenueChange));
    expect(moves).toEqual([...moves].sort((a, b) => b - a));
  });
});
