import { describe, expect, it } from 'vitest';
import { PAYOFFS } from '../../src/model/retaliation.ts';
import { runScenario } from '../../src/model/run.ts';
import { resolveScenario } from '../../src/model/scenario.ts';
import {
  dilemmaProblem,
  evolve,
  hostileStances,
  rescoreTournament,
  scoreOf,
  mirrorScenario,
  rotationScenario,
  roundPayoffs,
  runTournament,
  type PairScore,
} from '../../src/model/tournament.ts';
import {
  STATE_CODES,
  type Measure,
  type RoundRecord,
  type StateCode,
  type StrategyId,
} from '../../src/model/types.ts';
import { ban, control, expectUnchanged, impose, scenario, smallWorld, tariff } from './helpers.ts';

const SEVEN: StrategyId[] = [
  'titForTat',
  'generousTitForTat',
  'proportional',
  'escalator',
  'grimTrigger',
  'winStayLoseShift',
  'passive',
];
const CLASSROOM = scenario({
  rounds: 4,
  noise: 0.1,
  states: Object.fromEntries(STATE_CODES.map((c, i) => [c, { strategy: SEVEN[i] }])),
  timeline: [impose(1, tariff('USA', 'CHN', 0.1)), impose(1, tariff('EU', 'KOR', 0.1))],
});
const firms = smallWorld().base.firms;
const at = (stances: Uint8Array, from: StateCode, to: StateCode) =>
  stances[STATE_CODES.indexOf(from) * 7 + STATE_CODES.indexOf(to)];

function record(measures: Measure[]): RoundRecord {
  return { measures } as unknown as RoundRecord;
}

describe('rotationScenario', () => {
  it.each([0, 1, 3, 6])('rotation %i gives state i the strategy of state i + r', (r) => {
    const rotated = resolveScenario(rotationScenario(CLASSROOM, r)).states;
    STATE_CODES.forEach((c, i) => expect(rotated[c].strategy).toBe(SEVEN[(i + r) % 7]));
  });

  it('seven rotations give every strategy every state once', () => {
    for (const c of STATE_CODES) {
      const played = Array.from(
        { length: 7 },
        (_, r) => resolveScenario(rotationScenario(CLASSROOM, r)).states[c].strategy,
      );
      expect(new Set(played).size).toBe(7);
    }
  });

  it('keeps everything else about the states', () => {
    const s = scenario({ states: { EU: { strategy: 'escalator', alignment: 0.1 } } });
    expect(rotationScenario(s, 1).states.EU).toMatchObject({ alignment: 0.1, strategy: 'passive' });
  });

  it('does not modify its input', () => {
    const s = structuredClone(CLASSROOM);
    expectUnchanged([s], () => rotationScenario(s, 2));
  });
});

describe('hostileStances', () => {
  it('marks a tariff from its maker to its target only', () => {
    const h = hostileStances([tariff('USA', 'CHN', 0.1)], firms);
    expect(at(h, 'USA', 'CHN')).toBe(1);
    expect(h.reduce((a, b) => a + b, 0)).toBe(1);
  });

  it('marks a ban or listing against the home state of the firm', () => {
    const h = hostileStances(
      [ban('CHN', 'micron'), { kind: 'entityListing', id: 'l', maker: 'USA', firm: 'huawei' }],
      firms,
    );
    expect(at(h, 'CHN', 'USA')).toBe(1);
    expect(at(h, 'USA', 'CHN')).toBe(1);
    expect(h.reduce((a, b) => a + b, 0)).toBe(2);
  });

  it('marks an export control for its maker and every joined state, to ALL as to every other state', () => {
    const joined = hostileStances([control('USA', 'CHN', ['logic'], { joined: ['JPN', 'EU'] })], firms);
    for (const from of ['USA', 'JPN', 'EU'] as const) expect(at(joined, from, 'CHN')).toBe(1);
    expect(joined.reduce((a, b) => a + b, 0)).toBe(3);
    const all = hostileStances([control('CHN', 'ALL', ['gallium'])], firms);
    expect(all.reduce((a, b) => a + b, 0)).toBe(6);
    expect(at(all, 'CHN', 'CHN')).toBe(0);
    const firm = hostileStances([control('USA', 'huawei', ['logic'])], firms);
    expect(at(firm, 'USA', 'CHN')).toBe(1);
  });

  it('does not count subsidies or mandates', () => {
    const h = hostileStances(
      [
        { kind: 'subsidy', id: 's', maker: 'CHN', sectors: ['logic'], rate: 0.3 },
        { kind: 'standardMandate', id: 'm', maker: 'CHN', standard: 'B', strength: 2 },
      ],
      firms,
    );
    expect(h.every((x) => x === 0)).toBe(true);
  });
});

describe('roundPayoffs', () => {
  const { T, R, P, S } = PAYOFFS;

  it('uses Axelrod’s payoffs 5, 3, 1, 0', () => {
    expect([T, R, P, S]).toEqual([5, 3, 1, 0]);
  });

  it.each([
    { name: 'peace everywhere: R against all six', measures: [], usa: 6 * 3, chn: 6 * 3, eu: 6 * 3 },
    {
      name: 'the USA hits China alone: T for the USA, S for China',
      measures: [tariff('USA', 'CHN', 0.1)],
      usa: 5 + 5 * 3,
      chn: 0 + 5 * 3,
      eu: 6 * 3,
    },
    {
      name: 'mutual hostility: P for both',
      measures: [tariff('USA', 'CHN', 0.1), ban('CHN', 'micron')],
      usa: 1 + 5 * 3,
      chn: 1 + 5 * 3,
      eu: 6 * 3,
    },
    {
      name: 'China controls gallium to all: T against each, S for every other',
      measures: [control('CHN', 'ALL', ['gallium'])],
      usa: 0 + 5 * 3,
      chn: 6 * 5,
      eu: 0 + 5 * 3,
    },
  ])('$name', ({ measures, usa, chn, eu }) => {
    const p = roundPayoffs(record(measures), firms);
    expect(p[0]).toBe(usa);
    expect(p[1]).toBe(chn);
    expect(p[2]).toBe(eu);
  });
});

describe('runTournament', () => {
  const { result, runs } = runTournament(CLASSROOM);

  it('ranks all seven strategies once each, best first, with scores between 0 and 5', () => {
    expect(result.ranking.map((e) => e.strategy).sort()).toEqual([...SEVEN].sort());
    for (let i = 1; i < result.ranking.length; i++)
      expect(result.ranking[i]!.score).toBeLessThanOrEqual(result.ranking[i - 1]!.score);
    for (const e of result.ranking) {
      expect(e.score).toBeGreaterThanOrEqual(0);
      expect(e.score).toBeLessThanOrEqual(5);
    }
  });

  it('plays one run per rotation and records who played what', () => {
    expect(runs).toHaveLength(7);
    expect(result.rotations).toHaveLength(7);
    result.rotations.forEach((r, k) => STATE_CODES.forEach((c, i) => expect(r[c]).toBe(SEVEN[(i + k) % 7])));
  });

  it('scores a strategy as its mean payoff per opponent and round', () => {
    // Recompute the passive strategy's score from the runs.
    let sum = 0;
    let n = 0;
    runs.forEach((run, k) => {
      const i = STATE_CODES.findIndex((c) => result.rotations[k]![c] === 'passive');
      for (const rec of run.records.slice(1)) {
        sum += roundPayoffs(rec, run.firms)[i]!;
        n += 6;
      }
    });
    expect(result.ranking.find((e) => e.strategy === 'passive')!.score).toBeCloseTo(sum / n, 12);
  });

  it('plays fewer rotations when asked', () => {
    expect(runTournament(CLASSROOM, 2).runs).toHaveLength(2);
  });

  it('scores every ordered pair of habits, and a habit’s score is the mean over its six opponents', () => {
    expect(result.pairs).toHaveLength(7 * 7);
    for (const e of result.ranking) {
      const mine = result.pairs.filter((p) => p.strategy === e.strategy && p.opponent !== e.strategy);
      expect(new Set(mine.map((p) => p.opponent)).size).toBe(6);
      expect(mine.reduce((a, p) => a + p.score, 0) / 6).toBeCloseTo(e.score, 12);
    }
  });

  it('scores a habit against itself from a run where every state plays it, outside the ranking', () => {
    const { result: without, runs: plain } = runTournament(CLASSROOM, 7, false);
    expect(plain).toHaveLength(7);
    expect(without.ranking).toEqual(result.ranking);
    expect(without.pairs.some((p) => p.strategy === p.opponent)).toBe(false);
    // the passive habit never imposes anything after the opening ring is lifted or kept: against itself it scores the
    // same as the mirror run's payoffs say
    const mirror = runScenario(mirrorScenario(CLASSROOM, 'passive'));
    let sum = 0;
    for (const rec of mirror.records.slice(1))
      sum += roundPayoffs(rec, mirror.firms).reduce((a, b) => a + b, 0);
    const self = result.pairs.find((p) => p.strategy === 'passive' && p.opponent === 'passive')!;
    expect(self.score).toBeCloseTo(sum / ((mirror.records.length - 1) * 42), 12);
  });

  it('keeps the outcomes behind every score: they count each opponent and round once and give the score back', () => {
    const rounds = runs[0]!.records.length - 1;
    for (const e of result.ranking) {
      const n = e.counts.R + e.counts.T + e.counts.P + e.counts.S;
      expect(n).toBe(7 * rounds * 6);
      expect(scoreOf(e.counts)).toBe(e.score);
    }
    for (const p of result.pairs) {
      expect(scoreOf(p.counts)).toBe(p.score);
      // what one habit met as temptation its opponent met as sucker, in the same rounds
      const back = result.pairs.find((q) => q.strategy === p.opponent && q.opponent === p.strategy)!;
      if (p.strategy !== p.opponent) {
        expect(p.counts.T).toBe(back.counts.S);
        expect(p.counts.R).toBe(back.counts.R);
      }
    }
  });

  it('scored again with Axelrod’s payoffs, gives the same ranking, pairs and evolution', () => {
    const again = rescoreTournament(result, PAYOFFS);
    expect(again.ranking).toEqual(result.ranking);
    expect(again.pairs).toEqual(result.pairs);
    expect(again.evolution).toEqual(
      evolve(
        result.ranking.map((e) => e.strategy),
        result.pairs,
      ),
    );
  });

  it('scored with other payoffs, ranks the same runs by what each outcome is now worth', () => {
    const cynical = { T: 5, R: 1.2, P: 1.1, S: 0 };
    const again = rescoreTournament(result, cynical);
    for (const e of again.ranking) expect(e.score).toBeCloseTo(scoreOf(e.counts, cynical), 12);
    for (let i = 1; i < again.ranking.length; i++)
      expect(again.ranking[i]!.score).toBeLessThanOrEqual(again.ranking[i - 1]!.score);
    expect(again.ranking.map((e) => e.score)).not.toEqual(result.ranking.map((e) => e.score));
    // when every outcome is worth the same, every habit scores it and none spreads
    const flat = rescoreTournament(result, { T: 2, R: 2, P: 2, S: 2 });
    for (const e of flat.ranking) expect(e.score).toBeCloseTo(2, 12);
    for (const share of Object.values(flat.evolution.at(-1)!.shares)) expect(share).toBeCloseTo(1 / 7, 12);
  });

  it('gives two habits that met payoffs adding up to 2 (both hostile) to 6 (neither) per round', () => {
    for (const p of result.pairs) {
      const back = result.pairs.find((q) => q.strategy === p.opponent && q.opponent === p.strategy)!;
      expect(p.score + back.score).toBeGreaterThanOrEqual(2 - 1e-12);
      expect(p.score + back.score).toBeLessThanOrEqual(6 + 1e-12);
    }
  });
});

describe('dilemmaProblem', () => {
  it.each([
    [{ T: 5, R: 3, P: 1, S: 0 }, null],
    [{ T: 3, R: 5, P: 1, S: 0 }, /temptation > reward > punishment > sucker/],
    [{ T: 7, R: 3, P: 1, S: 0 }, /twice the reward/],
    [{ T: 5, R: 3, P: Number.NaN, S: 0 }, /must be a number/],
  ] as const)('says whether %o is a prisoner’s dilemma', (payoffs, problem) => {
    const said = dilemmaProblem(payoffs);
    if (problem === null) expect(said).toBeNull();
    else expect(said).toMatch(problem);
  });
});

describe('evolve (Axelrod’s ecological tournament)', () => {
  const pair = (strategy: StrategyId, opponent: StrategyId, score: number): PairScore => ({
    strategy,
    opponent,
    score,
    counts: { R: 0, T: 0, P: 0, S: 0 },
  });

  it('keeps the shares summing to 1 in every generation of the classroom tournament', () => {
    const { result } = runTournament(CLASSROOM, 2);
    const generations = evolve(
      result.ranking.map((e) => e.strategy),
      result.pairs,
    );
    expect(generations).toHaveLength(51);
    for (const g of generations) {
      const total = Object.values(g.shares).reduce((a, b) => a + b!, 0);
      expect(total).toBeCloseTo(1, 12);
      for (const v of Object.values(g.shares)) expect(v).toBeGreaterThanOrEqual(0);
    }
  });

  it('starts from equal shares and lets a habit that exploits the other take over', () => {
    const g = evolve(
      ['escalator', 'passive'],
      [pair('escalator', 'passive', 5), pair('passive', 'escalator', 0)],
      3,
    );
    expect(g[0].shares).toEqual({ escalator: 0.5, passive: 0.5 });
    expect(g[1].shares.escalator).toBe(1);
    expect(g[3].shares.passive).toBe(0);
  });

  it('lets the exploiter grow on its prey, then die out, while cooperators hold', () => {
    // the escalator beats the passive habit, but against tit for tat and against itself it only gets the punishment
    const g = evolve(
      ['titForTat', 'escalator', 'passive'],
      [
        pair('titForTat', 'passive', 3),
        pair('passive', 'titForTat', 3),
        pair('titForTat', 'escalator', 1),
        pair('escalator', 'titForTat', 1),
        pair('escalator', 'passive', 5),
        pair('passive', 'escalator', 0),
        pair('titForTat', 'titForTat', 3),
        pair('passive', 'passive', 3),
        pair('escalator', 'escalator', 1),
      ],
      200,
    );
    const mid = g[3].shares;
    expect(mid.escalator!).toBeGreaterThan(1 / 3);
    const end = g.at(-1)!.shares;
    // tit for tat outgrows the habit that exploited the passive ones; the passive habit is left where the escalator
    // left it, as nobody exploits it any more
    expect(end.escalator!).toBeLessThan(0.01);
    expect(end.titForTat!).toBeGreaterThan(end.passive! * 2);
  });

  it('leaves the shares alone when every pair scores the same', () => {
    const all: StrategyId[] = ['titForTat', 'grimTrigger', 'passive'];
    const pairs = all.flatMap((a) => all.filter((b) => b !== a).map((b) => pair(a, b, 3)));
    for (const gen of evolve(all, pairs, 10))
      for (const v of Object.values(gen.shares)) expect(v).toBeCloseTo(1 / 3, 12);
  });
});
