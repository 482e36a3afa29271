import { describe, expect, it } from 'vitest';
import { seriesOf } from '../../src/model/report.ts';
import { advance, finalRound, rebase, runScenario, startRun } from '../../src/model/run.ts';
import { ScenarioError, type Scenario } from '../../src/model/scenario.ts';
import { twinOf } from '../../src/model/twin.ts';
import { expectUnchanged, firmIndex, impose, scenario, snapshot, tariff, control } from './helpers.ts';

const PARENT = scenario({
  seed: 11,
  rounds: 8,
  states: { USA: { strategy: 'titForTat' }, CHN: { strategy: 'titForTat' } },
  noise: 0.1,
  timeline: [impose(2, tariff('USA', 'CHN', 0.1))],
});

/** the parent with an extra move from a round on */
function branchWith(extra: Partial<Scenario>): Scenario {
  return { ...structuredClone(PARENT), ...extra };
}

describe('runScenario', () => {
  it.each([1, 3, 8])('keeps rounds + 1 records for %i rounds, numbered from 0', (rounds) => {
    const run = runScenario(scenario({ rounds }));
    expect(run.records).toHaveLength(rounds + 1);
    expect(run.records.map((r) => r.round)).toEqual(Array.from({ length: rounds + 1 }, (_, i) => i));
    expect(run.world.round).toBe(rounds);
  });

  it('starts from an index of 100 with the starting world described', () => {
    const run = runScenario(scenario({ rounds: 1 }));
    expect(run.records[0]!.supplyChainCost.global).toBeCloseTo(100, 12);
    expect(run.records[0]!.events[0]!.text).toMatch(/100 firms/);
  });

  it('calls back once per record, round 0 included', () => {
    const seen: number[] = [];
    runScenario(scenario({ rounds: 3 }), (r) => seen.push(r.round));
    expect(seen).toEqual([0, 1, 2, 3]);
  });

  it('gives the same records for the same scenario, and advancing by hand gives the same run', () => {
    const a = runScenario(PARENT);
    const b = startRun(PARENT);
    while (b.world.round < PARENT.rounds) advance(b);
    expect(snapshot(b.records)).toEqual(snapshot(a.records));
    expect(snapshot(runScenario(PARENT).records)).toEqual(snapshot(a.records));
  });

  it('does not modify its input', () => {
    const s = structuredClone(PARENT);
    expectUnchanged([s], () => runScenario(s));
  });
});

describe('schedules and rebase', () => {
  const parent = runScenario(PARENT);
  const at = 5;
  const branch = branchWith({
    timeline: [...PARENT.timeline, impose(at, control('CHN', 'USA', ['gallium', 'germanium']))],
  });
  const branched = runScenario(PARENT, undefined, [{ fromRound: at, scenario: branch }]);

  it('a branch from round r shares every round before r with its parent exactly', () => {
    expect(seriesOf(branched).slice(0, at)).toEqual(seriesOf(parent).slice(0, at));
    expect(snapshot(branched.records.slice(0, at))).toEqual(snapshot(parent.records.slice(0, at)));
  });

  it('a branch differs from round r on when its change matters', () => {
    for (let r = at; r <= PARENT.rounds; r++)
      expect(branched.records[r]!.supplyChainCost.USA, `round ${r}`).not.toBe(
        parent.records[r]!.supplyChainCost.USA,
      );
    expect(branched.records[at]!.measures.length).toBeGreaterThan(parent.records[at]!.measures.length);
  });

  it('a branch that only adds a later move is the run of the changed scenario', () => {
    expect(seriesOf(branched)).toEqual(seriesOf(runScenario(branch)));
  });

  it('a branch that changes a parameter takes it up from its round and leaves earlier rounds alone', () => {
    const dear = branchWith({ params: { shortagePremium: 2, scarcityMarkup: 3 } });
    const run = runScenario(PARENT, undefined, [{ fromRound: 3, scenario: dear }]);
    expect(seriesOf(run).slice(0, 3)).toEqual(seriesOf(parent).slice(0, 3));
    expect(run.world.base.params.scarcityMarkup).toBe(3);
  });

  it('a branch keeps the parameters that only shape the starting world', () => {
    const run = startRun(PARENT, [{ fromRound: 3, scenario: branchWith({ params: { homeBias: 4 } }) }]);
    while (run.world.round < 4) advance(run);
    expect(run.world.base.params.homeBias).toBe(1.5);
    expect(run.scenario.params).toEqual({ homeBias: 4 });
  });

  it('a branch that changes the seed or the number of firms is refused', () => {
    expect(() => startRun(PARENT, [{ fromRound: 3, scenario: branchWith({ seed: 12 }) }])).toThrow(
      ScenarioError,
    );
    expect(() => startRun(PARENT, [{ fromRound: 3, scenario: branchWith({ firms: 120 }) }])).toThrow(
      ScenarioError,
    );
  });

  it('a schedule from round 1 or earlier simply replaces the scenario, seed included', () => {
    const other = scenario({ seed: 99, rounds: 3 });
    const run = runScenario(PARENT, undefined, [{ fromRound: 1, scenario: other }]);
    expect(run.records).toHaveLength(4);
    expect(seriesOf(run)).toEqual(seriesOf(runScenario(other)));
  });

  it('runs to the round count of the last scenario in the schedule', () => {
    const longer = branchWith({ rounds: 10 });
    const run = startRun(PARENT, [{ fromRound: 4, scenario: longer }]);
    expect(finalRound(run)).toBe(10);
    expect(runScenario(PARENT, undefined, [{ fromRound: 4, scenario: longer }]).records).toHaveLength(11);
  });

  it('rebase hands the run to the new scenario without touching the world’s history', () => {
    const run = startRun(PARENT);
    advance(run);
    advance(run);
    const before = snapshot(run.records);
    const worldBefore = run.world;
    rebase(run, branchWith({ states: { EU: { alignment: -0.9 } } }));
    expect(snapshot(run.records)).toEqual(before);
    expect(run.world.round).toBe(2);
    expect(run.world.alignment[2]).toBe(-0.9);
    expect(worldBefore.alignment[2]).not.toBe(-0.9);
    expect(run.context.scenario).toBe(run.scenario);
  });
});

describe('a listed firm’s research stock (World.research)', () => {
  // The USA lists SMIC from round 1 and takes it off the list at round 5; every state is passive, so no one else is listed.
  const LISTED = scenario({
    seed: 11,
    rounds: 8,
    params: { listedResearch: 0.6 },
    timeline: [
      impose(1, { kind: 'entityListing', id: 'us-smic', maker: 'USA', firm: 'smic' }),
      { round: 5, action: 'relax', measureId: 'us-smic' },
    ],
  });
  const stocks: number[] = [];
  const run = startRun(LISTED);
  const smic = firmIndex(run.world, 'smic');
  while (run.world.round < finalRound(run)) {
    advance(run);
    stocks.push(run.world.research[smic]!);
  }

  it('grows while the firm is listed, then stays as it was, and no firm that is not listed has one', () => {
    // rounds 1-4 listed, 5-8 not
    for (let t = 1; t < 4; t++) expect(stocks[t]).toBeGreaterThan(stocks[t - 1]!);
    expect(stocks[0]).toBeGreaterThan(0);
    for (let t = 4; t < 8; t++) expect(stocks[t]).toBe(stocks[3]);
    for (let j = 0; j < run.world.base.nFirms; j++) if (j !== smic) expect(run.world.research[j]).toBe(0);
  });

  it('the twin, which lists no firm, has none', () => {
    expect(twinOf(run).world.research.every((r) => r === 0)).toBe(true);
  });

  it('a branch carries it over: one that changes nothing plays the same stock, one at 0 keeps what was gained', () => {
    const same = runScenario(LISTED, undefined, [{ fromRound: 3, scenario: LISTED }]);
    expect(same.world.research).toEqual(run.world.research);
    const stopped = startRun(LISTED, [
      { fromRound: 3, scenario: { ...LISTED, params: { listedResearch: 0 } } },
    ]);
    while (stopped.world.round < finalRound(stopped)) advance(stopped);
    expect(stopped.world.research[smic]).toBe(stocks[1]);
    expect(stopped.world.research[smic]).toBeGreaterThan(0);
  });
});
