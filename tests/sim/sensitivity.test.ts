import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PoolCancelled, runPool, type BatchWorker } from '../../src/app/ensemble/pool.ts';
import { sensitivityText } from '../../src/cli/sensitivity.ts';
import { PARAM_SPECS, type ParamKey } from '../../src/model/params.ts';
import { presetScenario } from '../../src/model/presets.ts';
import { parseScenario } from '../../src/model/scenario.ts';
import { createBatchRunner, type FromBatch, type ToBatch } from '../../src/sim/batch.ts';
import { ensembleSeeds, outcomeById, playSeed, valueAt } from '../../src/sim/ensemble.ts';
import {
  parseSweepSpec,
  sensitivityPlan,
  SensitivityError,
  stepsOf,
  sweepAxis,
  sweepCsv,
  sweepOf,
  sweepPlan,
  tornadoCsv,
  tornadoOf,
  withFirms,
} from '../../src/sim/sensitivity.ts';

const micron = parseScenario({ ...presetScenario('micron-2023'), firms: 100, rounds: 5 });
const world = { root: micron, schedule: [] };
const seeds = ensembleSeeds(micron.seed, 3);
const KEYS: ParamKey[] = ['elasticityScale', 'shortagePremium', 'escalationFactor', 'initialStackBAbroad'];
const costCHN = outcomeById('cost.CHN')!;

const plan = sensitivityPlan(world, seeds, KEYS);
const played = plan.tasks.map(playSeed);

/** Workers played in this process, answering on later macrotasks, as pool.test.ts has them. */
function inProcessWorker(): BatchWorker {
  let live = true;
  const worker: BatchWorker = {
    onmessage: null,
    onerror: null,
    postMessage(msg: ToBatch) {
      const receive = createBatchRunner((out: FromBatch) =>
        setTimeout(() => live && worker.onmessage?.({ data: out } as MessageEvent<FromBatch>)),
      );
      setTimeout(() => live && receive(structuredClone(msg)));
    },
    terminate() {
      live = false;
    },
  };
  return worker;
}

describe('the sensitivity plan', () => {
  it('plays the base and each end of each parameter on the same seeds, reusing the base for an end it already has', () => {
    // initialStackBAbroad defaults to 0, its low end: that end is the base itself
    expect(plan.variants.find((v) => v.key === 'initialStackBAbroad' && v.end === 'low')?.offset).toBe(0);
    expect(plan.tasks).toHaveLength(seeds.length * (1 + 2 * KEYS.length - 1));
    for (const v of plan.variants) {
      const block = plan.tasks.slice(v.offset, v.offset + seeds.length);
      expect(block.map((t) => t.seed)).toEqual(seeds);
      const spec = PARAM_SPECS.find((p) => p.key === v.key)!;
      const range = spec.tornado ?? { low: spec.min, high: spec.max };
      expect(v.value).toBe(v.end === 'low' ? range.low : range.high);
      if (v.offset > 0) expect(block[0].root.params[v.key]).toBe(v.value);
      expect(block.every((t) => t.finalOnly)).toBe(true);
    }
  });

  it('does not modify the world it is given', () => {
    const before = structuredClone(micron);
    sensitivityPlan(world, seeds);
    expect(micron).toEqual(before);
  });

  it('changes a parameter in every takeover of a branch too, and the world size everywhere', () => {
    const branch = { root: micron, schedule: [{ fromRound: 2, scenario: micron }] };
    const p = sensitivityPlan(withFirms(branch, 200), seeds, ['shortagePremium']);
    const high = p.tasks[p.variants[1].offset];
    expect(high.root.params.shortagePremium).toBe(1);
    expect(high.schedule[0].scenario.params.shortagePremium).toBe(1);
    expect(high.root.firms).toBe(200);
    expect(high.schedule[0].scenario.firms).toBe(200);
  });
});

describe('the tornado', () => {
  const tornado = tornadoOf(plan, played, costCHN, 'effect');

  it('gives each end the per-seed change against the base at the same seed', () => {
    const row = tornado.rows.find((r) => r.key === 'shortagePremium')!;
    const high = plan.variants.find((v) => v.key === 'shortagePremium' && v.end === 'high')!;
    const last = (k: number) => played[k].run.length - 1;
    const changes = seeds
      .map(
        (_, k) =>
          valueAt(played[high.offset + k], costCHN, 'effect', last(high.offset + k)) -
          valueAt(played[k], costCHN, 'effect', last(k)),
      )
      .sort((a, b) => a - b);
    expect(row.high.change?.p50).toBeCloseTo(changes[1], 12);
    expect(row.high.change?.n).toBe(3);
    expect(row.basis).toBe('assumption');
    expect(tornado.rows.find((r) => r.key === 'elasticityScale')?.basis).toBe('sourced');
    // an end that is the base changes nothing
    const abroad = tornado.rows.find((r) => r.key === 'initialStackBAbroad')!;
    expect(abroad.low.change?.p50).toBe(0);
    expect(abroad.startOnly).toBe(true);
  });

  it('ranks by swing, the length of both median bars from zero, largest first', () => {
    const swings = tornado.rows.map((r) => r.swing);
    expect([...swings].sort((a, b) => b - a)).toEqual(swings);
    for (const r of tornado.rows) {
      const a = r.low.change?.p50 ?? 0;
      const b = r.high.change?.p50 ?? 0;
      expect(r.swing).toBeCloseTo(Math.max(0, a, b) - Math.min(0, a, b), 12);
    }
    // nobody in the Micron preset plays the escalator, and a world-wide stack-B start moves no cost in 5 rounds:
    // both swing 0 and keep their order in PARAM_KEYS
    expect(tornado.rows.slice(-2).map((r) => [r.key, r.swing])).toEqual([
      ['escalationFactor', 0],
      ['initialStackBAbroad', 0],
    ]);
  });

  it('keeps its order for fixed seeds: played again, the same ranking and numbers', () => {
    const again = tornadoOf(plan, sensitivityPlan(world, seeds, KEYS).tasks.map(playSeed), costCHN, 'effect');
    expect(again.rows.map((r) => r.key)).toEqual(tornado.rows.map((r) => r.key));
    expect(tornadoCsv(again)).toBe(tornadoCsv(tornado));
  });

  it('reads the same results for another outcome without playing them again', () => {
    const global = tornadoOf(plan, played, outcomeById('cost.global')!, 'effect');
    expect(global.outcome.id).toBe('cost.global');
    expect(global.rows).toHaveLength(KEYS.length);
  });

  it('is the same played on the worker pool as the CLI prints, to the last digit', async () => {
    const results = await runPool(plan.tasks, { createWorker: inProcessWorker, size: 2 });
    const app = tornadoCsv(tornadoOf(plan, results, costCHN, 'effect'));
    const cli = sensitivityText(
      { scenario: micron },
      {
        mode: 'sensitivity',
        sweeps: [],
        outcome: 'cost.CHN',
        reading: 'effect',
        runs: 3,
        parameters: KEYS,
        format: 'csv',
      },
    );
    expect(app).toBe(cli);
    expect(app.split('\n')[0]).toMatch(
      /^rank,key,label,unit,basis,start_only,outcome,reading,seeds,base_p50/,
    );
  });

  it('can be cancelled on the pool', async () => {
    const stop = new AbortController();
    const running = runPool(plan.tasks, {
      createWorker: inProcessWorker,
      size: 2,
      signal: stop.signal,
      onProgress: (done) => done === 2 && stop.abort(),
    });
    await expect(running).rejects.toBeInstanceOf(PoolCancelled);
  });
});

describe('sweeps', () => {
  it('spaces FROM to TO in STEPS values, both ends included', () => {
    expect(stepsOf(0.25, 3, 6)).toEqual([0.25, 0.8, 1.35, 1.9, 2.45, 3]);
    expect(stepsOf(0, 0.3, 4)).toEqual([0, 0.1, 0.2, 0.3]);
    expect(parseSweepSpec('elasticityScale=0.25:3:6')).toEqual({
      path: 'elasticityScale',
      from: 0.25,
      to: 3,
      steps: 6,
    });
    expect(() => parseSweepSpec('elasticityScale=0.25:3')).toThrow(SensitivityError);
  });

  it('refuses a path that is not a number field, a value outside the range, or a bad step count', () => {
    expect(() => sweepAxis(world, 'elasticityScale', 0.1, 3, 4)).toThrow(/runs from 0.25 to 3/);
    expect(() => sweepAxis(world, 'name', 0, 1, 3)).toThrow(/not a number field/);
    expect(() => sweepAxis(world, 'seed', 0, 1, 3)).toThrow(/seed cannot be swept/);
    expect(() => sweepAxis(world, 'noise', 0, 0.9, 3)).toThrow(/not allowed/);
    expect(() => sweepAxis(world, '__proto__.x', 0, 1, 3)).toThrow(/not a field/);
    expect(() => sweepAxis(world, 'noise', 0, 0.1, 1)).toThrow(/2 to 50 steps/);
    expect(sweepAxis(world, 'params.joinRate', 0, 1, 3).label).toBe('Ally join rate');
  });

  it('plays each value (or pair, first axis slowest) on the seeds and gives the outcome’s band at each', () => {
    const a = sweepAxis(world, 'shortagePremium', 0.1, 1.1, 3);
    const b = sweepAxis(world, 'noise', 0, 0.1, 2);
    const grid = sweepPlan(world, [a, b], seeds.slice(0, 2));
    expect(grid.cells).toEqual([
      [0.1, 0],
      [0.1, 0.1],
      [0.6, 0],
      [0.6, 0.1],
      [1.1, 0],
      [1.1, 0.1],
    ]);
    expect(grid.tasks).toHaveLength(12);
    expect(grid.tasks[2].root.params.shortagePremium).toBe(0.1);
    expect(grid.tasks[2].root.noise).toBe(0.1);
    const line = sweepPlan(world, [a], seeds);
    const sweep = sweepOf(line, line.tasks.map(playSeed), costCHN, 'effect');
    expect(sweep.cells.map((c) => c.band?.n)).toEqual([3, 3, 3]);
    for (const c of sweep.cells) {
      expect(c.band!.p5).toBeLessThanOrEqual(c.band!.p50);
      expect(c.band!.p50).toBeLessThanOrEqual(c.band!.p95);
    }
    const csv = sweepCsv(sweep).trimEnd().split('\n');
    expect(csv[0]).toBe('outcome,reading,params.shortagePremium,seeds,p5,p25,p50,p75,p95');
    expect(csv).toHaveLength(4);
    expect(csv[1]).toMatch(/^cost\.CHN,effect,0\.1,3,/);
    expect(sweepCsv(sweep)).not.toMatch(/NaN/);
  });
});

describe('sourced parameters', () => {
  it('every parameter says whether its default is sourced, and none that calls itself an assumption is sourced', () => {
    for (const spec of PARAM_SPECS) {
      expect(['sourced', 'assumption']).toContain(spec.basis);
      if (/^assumption/i.test(spec.source)) expect(spec.basis).toBe('assumption');
    }
  });

  it('are the ones the rulebook names as sourced', () => {
    const rulebook = readFileSync(new URL('../../docs/model.md', import.meta.url), 'utf8');
    const sentence = /The sourced ones are ([^;]+);/.exec(rulebook.replace(/\s+/g, ' '))?.[1] ?? '';
    const named = [...sentence.matchAll(/`(\w+)`/g)].map((m) => m[1]).sort();
    expect(named).toEqual(
      PARAM_SPECS.filter((p) => p.basis === 'sourced')
        .map((p) => p.key)
        .sort(),
    );
  });
});
