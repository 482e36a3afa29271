// What each preset must show, stated as behaviour: these are the claims the preset picker makes to a class.

import { describe, expect, it } from 'vitest';
import { PRESET_IDS, PRESETS, presetScenario, type PresetId } from '../src/model/presets.ts';
import { runScenario, type Run } from '../src/model/run.ts';
import { reportScenario } from '../src/model/report.ts';
import { STATE_CODES, type StateCode } from '../src/model/types.ts';

const cache = new Map<PresetId, Run>();
function run(id: PresetId): Run {
  let r = cache.get(id);
  if (!r) {
    r = runScenario(presetScenario(id));
    cache.set(id, r);
  }
  return r;
}

const S = (c: StateCode) => STATE_CODES.indexOf(c);
function revenueFrom(r: Run, firm: string, state: StateCode, round: number): number {
  const i = r.firms.findIndex((f) => f.id === firm);
  return r.records[round].firmRevenue[i * STATE_CODES.length + S(state)];
}
const cost = (r: Run, round: number, who: 'global' | StateCode = 'global') =>
  r.records[round].supplyChainCost[who];
const last = (r: Run) => r.records.length - 1;
const roundOf = (r: Run, label: string) => r.records.findIndex((x) => x.label === label);

describe('every preset', () => {
  it.each(PRESET_IDS)('%s parses, says what it shows, and cites its sources', (id) => {
    const preset = PRESETS.find((p) => p.id === id)!;
    const scenario = presetScenario(id);
    expect(scenario.preset).toBe(id);
    expect(preset.summary.length).toBeGreaterThan(20);
    expect(preset.shows.length).toBeGreaterThan(0);
    expect(scenario.sources?.length ?? 0).toBeGreaterThan(0);
  });
});

describe('open-world', () => {
  it('has no measures, and costs never drift upward', () => {
    const r = run('open-world');
    for (const rec of r.records) expect(rec.activeMeasures).toBe(0);
    for (let t = 1; t <= last(r); t++) expect(cost(r, t)).toBeLessThanOrEqual(cost(r, t - 1) + 1e-9);
  });
});

/** The preset's scenario at another seed, with parameters changed where given. */
function atSeed(id: PresetId, seed: number, params: Record<string, number> = {}): Run {
  const s = presetScenario(id);
  return runScenario({ ...s, seed, params: { ...s.params, ...params } });
}
const SEEDS20 = Array.from({ length: 20 }, (_, i) => i);

describe('open-world, over 20 seeds', () => {
  it('keeps the standards split where it starts: D and China’s share of stack A end within 0.05 of round 0', () => {
    for (const seed of SEEDS20) {
      const r = atSeed('open-world', seed);
      const [first, end] = [r.records[0], r.records[last(r)]];
      expect(Math.abs(end.standardsDivergence - first.standardsDivergence), `seed ${seed}`).toBeLessThan(
        0.05,
      );
      expect(Math.abs(end.standardShares.CN - first.standardShares.CN), `seed ${seed}`).toBeLessThan(0.05);
    }
  });

  it('from an even start, each stack wins in some seeds', () => {
    const winsA = SEEDS20.map((seed) =>
      atSeed('open-world', seed, { initialStackB: 0.5, initialStackBAbroad: 0.5 }),
    ).filter((r) => r.records[last(r)].standardShares.global > 0.5).length;
    expect(winsA).toBeGreaterThan(0);
    expect(winsA).toBeLessThan(20);
  });
});

describe('tariff-war-2018', () => {
  it('follows the recorded average tariffs step by step', () => {
    const r = run('tariff-war-2018');
    const tariff = (label: string, pair: string) => r.records[roundOf(r, label)].averageTariff[pair];
    expect(tariff('Q1 2018', 'USA->CHN')).toBeCloseTo(0.03, 6);
    expect(tariff('Q3 2018', 'USA->CHN')).toBeCloseTo(0.12, 6);
    expect(tariff('Q3 2019', 'USA->CHN')).toBeCloseTo(0.21, 6);
    expect(tariff('Q1 2020', 'USA->CHN')).toBeCloseTo(0.193, 6);
    expect(tariff('Q1 2018', 'CHN->USA')).toBeCloseTo(0.08, 6);
    expect(tariff('Q3 2018', 'CHN->USA')).toBeCloseTo(0.183, 6);
    expect(tariff('Q3 2019', 'CHN->USA')).toBeCloseTo(0.211, 6);
  });

  it('raises both states’ buyers’ costs above the open world and shrinks cross-bloc trade', () => {
    const r = run('tariff-war-2018');
    const open = run('open-world');
    const t = roundOf(r, 'Q4 2019');
    expect(cost(r, t, 'USA')).toBeGreaterThan(cost(open, t, 'USA'));
    expect(cost(r, t, 'CHN')).toBeGreaterThan(cost(open, t, 'CHN'));
    expect(r.records[t].crossBlocTradeShare).toBeLessThan(r.records[0].crossBlocTradeShare);
  });
});

describe('micron-2023', () => {
  const r = () => run('micron-2023');

  it('starts no later than Q3 2022 and puts each step of the record in its own quarter', () => {
    const rec = r();
    expect(rec.records[0].label).toBe('Q3 2022');
    const when = (pattern: RegExp) =>
      rec.records.filter((x) => x.events.some((e) => pattern.test(e.text))).map((x) => x.label);
    expect(when(/USA restricts exports of lithography/)).toEqual(['Q4 2022']);
    expect(when(/Japan joins the USA/)).toEqual(['Q1 2023']);
    expect(when(/bars critical-infrastructure operators from buying Micron/)).toEqual(['Q2 2023']);
    expect(when(/China restricts exports of gallium and germanium to every foreign buyer/)).toEqual([
      'Q3 2023',
    ]);
  });

  it('cuts Micron’s revenue from China while Samsung’s and SK hynix’s rise', () => {
    const rec = r();
    const before = roundOf(rec, 'Q1 2023');
    const after = last(rec);
    expect(revenueFrom(rec, 'micron', 'CHN', after)).toBeLessThan(
      0.6 * revenueFrom(rec, 'micron', 'CHN', before),
    );
    expect(revenueFrom(rec, 'samsung', 'CHN', after)).toBeGreaterThan(
      revenueFrom(rec, 'samsung', 'CHN', before),
    );
    expect(revenueFrom(rec, 'sk-hynix', 'CHN', after)).toBeGreaterThan(
      revenueFrom(rec, 'sk-hynix', 'CHN', before),
    );
  });

  it('narrates the ban’s toll on Micron in the round it begins', () => {
    const rec = r();
    const ban = rec.records[roundOf(rec, 'Q2 2023')];
    expect(ban.events.map((e) => e.text).join('\n')).toMatch(
      /Micron has lost \d+(\.\d)?% of its revenue from China-headquartered buyers/,
    );
  });

  it('raises Chinese buyers’ costs more than US buyers’ once the tool controls bite', () => {
    const rec = r();
    const t = roundOf(rec, 'Q2 2023');
    expect(cost(rec, t, 'CHN')).toBeGreaterThan(cost(rec, t, 'USA'));
    expect(cost(rec, t)).toBeGreaterThan(100);
  });
});

describe('tit-for-tat-escalation', () => {
  it('turns one export control into a lasting exchange of measures', () => {
    const r = run('tit-for-tat-escalation');
    expect(r.records[2].activeMeasures).toBe(1);
    expect(r.records[last(r)].activeMeasures).toBeGreaterThan(5);
    const chinaActs = r.records
      .flatMap((x) => x.hostileActs)
      .filter((a) => a.from === 'CHN' && a.to === 'USA');
    expect(chinaActs.length).toBeGreaterThan(2);
    expect(cost(r, last(r))).toBeGreaterThan(cost(run('open-world'), last(r)) + 5);
  });

  it('stays at one measure when the same control meets passive states', () => {
    const scenario = presetScenario('tit-for-tat-escalation');
    scenario.states = { USA: { strategy: 'passive' }, CHN: { strategy: 'passive' } };
    scenario.params = { ...scenario.params, joinRate: 0 };
    const r = runScenario(scenario);
    expect(r.records[last(r)].activeMeasures).toBe(1);
  });
});

describe('small-yard', () => {
  it('costs the world far less than the two-blocs fence', () => {
    const small = run('small-yard');
    const blocs = run('two-blocs');
    const open = run('open-world');
    const t = 20;
    expect(cost(small, t) - cost(open, t)).toBeLessThan(3);
    expect(cost(blocs, t) - cost(open, t)).toBeGreaterThan(3 * Math.max(0.5, cost(small, t) - cost(open, t)));
    expect(small.records[t].standardsDivergence).toBeLessThan(0.2);
  });
});

describe('standards claims over 20 seeds', () => {
  const spread = (id: PresetId) =>
    SEEDS20.map((seed) => {
      const r = atSeed(id, seed);
      return { seed, first: r.records[0].standardsDivergence, end: r.records[last(r)].standardsDivergence };
    });

  it('small-yard: divergence does not rise by more than 0.05 from where it starts', () => {
    for (const { seed, first, end } of spread('small-yard'))
      expect(end - first, `seed ${seed}`).toBeLessThan(0.05);
  });

  it('two-blocs: divergence climbs above 0.9 by the last round', () => {
    for (const { seed, end } of spread('two-blocs')) expect(end, `seed ${seed}`).toBeGreaterThan(0.9);
  });

  it('detente: divergence stays within 0.05 of where it starts', () => {
    for (const { seed, first, end } of spread('detente'))
      expect(Math.abs(end - first), `seed ${seed}`).toBeLessThan(0.05);
  });
});

describe('two-blocs', () => {
  it('splits the technology stacks and cuts cross-bloc trade', () => {
    const r = run('two-blocs');
    expect(r.records[last(r)].standardsDivergence).toBeGreaterThan(0.6);
    expect(r.records[last(r)].crossBlocTradeShare).toBeLessThan(r.records[0].crossBlocTradeShare);
    expect(cost(r, last(r), 'CHN')).toBeGreaterThan(cost(run('open-world'), last(r), 'CHN') + 10);
  });
});

describe('detente', () => {
  it('escalates, then unwinds after the gesture: fewer measures and lower costs at the end than at the peak', () => {
    const r = run('detente');
    const peak = Math.max(...r.records.map((x) => x.activeMeasures));
    expect(peak).toBeGreaterThanOrEqual(5);
    expect(r.records[last(r)].activeMeasures).toBeLessThan(peak);
    const peakCost = Math.max(...r.records.slice(0, 12).map((x) => x.supplyChainCost.global));
    expect(cost(r, last(r))).toBeLessThan(peakCost);
  });
});

describe('tournament', () => {
  it('ranks all seven rotating strategies by their Axelrod scores', () => {
    const report = reportScenario(presetScenario('tournament'));
    const ranking = report.tournament!.ranking;
    expect(ranking).toHaveLength(7);
    expect(new Set(ranking.map((e) => e.strategy)).size).toBe(7);
    for (let i = 1; i < ranking.length; i++)
      expect(ranking[i - 1].score).toBeGreaterThanOrEqual(ranking[i].score);
    for (const e of ranking) {
      expect(e.score).toBeGreaterThanOrEqual(0);
      expect(e.score).toBeLessThanOrEqual(5);
    }
    // Someone must have been provoked and answered, or the scores would all be 3.
    expect(ranking[0].score).not.toBe(ranking[ranking.length - 1].score);
  });
});
