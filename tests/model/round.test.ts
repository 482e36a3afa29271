import { describe, expect, it } from 'vitest';
import { stepRound } from '../../src/model/round.ts';
import { advance, startRun, type Run } from '../../src/model/run.ts';
import type { Measure, TimelineEntry } from '../../src/model/types.ts';
import type { ScenarioInput } from '../../src/model/scenario.ts';
import {
  ban,
  control,
  criticalSlot,
  expectUnchanged,
  firmIndex,
  impose,
  linksTo,
  scenario,
  smallRun,
  snapshot,
  tariff,
} from './helpers.ts';

function runRounds(input: Partial<ScenarioInput>, rounds: number): Run {
  const run = startRun(scenario({ rounds, ...input }));
  while (run.world.round < rounds) advance(run);
  return run;
}

/** Everything a run computes, with the order measures were listed in taken out. */
function outcome(run: Run) {
  const w = run.world;
  return snapshot({
    linkShare: w.linkShare,
    unitCost: w.unitCost,
    output: w.output,
    standard: w.standard,
    alignment: w.alignment,
    measures: [...w.measures].sort((a, b) => a.id.localeCompare(b.id)),
    costs: run.records.map((r) => r.supplyChainCost),
    divergence: run.records.map((r) => r.standardsDivergence),
    events: run.records.map((r) => r.events.map((e) => e.text).sort()),
  });
}

describe('stepRound', () => {
  it('everyone decides before anyone acts: two simultaneous tariffs give the same run in either order', () => {
    const a = impose(1, tariff('USA', 'CHN', 0.25));
    const b = impose(1, tariff('CHN', 'USA', 0.25));
    const states = { USA: { strategy: 'titForTat' }, CHN: { strategy: 'titForTat' } } as const;
    const ab = runRounds({ timeline: [a, b], states }, 4);
    const ba = runRounds({ timeline: [b, a], states }, 4);
    expect(outcome(ab)).toEqual(outcome(ba));
  });

  // Each control draws its allies from its own stream, so the order of simultaneous controls cannot matter.
  it('everyone decides before anyone acts: two simultaneous export controls, with allies free to join, give the same run in either order', () => {
    const a = impose(1, control('USA', 'CHN', ['lithography']));
    const b = impose(1, control('CHN', 'USA', ['gallium']));
    const input: Partial<ScenarioInput> = {
      params: { joinRate: 0.5, joinLag: 0 },
      states: { ROW: { alignment: -0.8 } },
    };
    const ab = runRounds({ ...input, timeline: [a, b] }, 6);
    const ba = runRounds({ ...input, timeline: [b, a] }, 6);
    expect(outcome(ab)).toEqual(outcome(ba));
  });

  it('a state answers a hostile act in the next round, not the one it happened in', () => {
    const run = runRounds(
      { timeline: [impose(1, tariff('CHN', 'USA', 0.1))], states: { USA: { strategy: 'titForTat' } } },
      2,
    );
    expect(run.records[1]!.hostileActs).toEqual([{ from: 'CHN', to: 'USA', kind: 'tariff' }]);
    expect(run.records[2]!.hostileActs).toEqual([{ from: 'USA', to: 'CHN', kind: 'tariff' }]);
  });

  it('a purchase ban moves critical-infrastructure demand off the banned firm within one round', () => {
    const states = { CHN: { ciiShare: 0.4 } };
    const open = runRounds({ states }, 1);
    const banned = runRounds({ states, timeline: [impose(1, ban('CHN', 'micron', 'cii'))] }, 1);
    const micron = firmIndex(open.world, 'micron');
    const phi = open.world.base.states.CHN.ciiShare;
    const links = linksTo(open.world, micron, 'CHN').filter(({ slot }) => criticalSlot(open.world, slot));
    expect(links.length).toBeGreaterThan(0);
    for (const { link } of links)
      expect(banned.world.linkShare[link]).toBeCloseTo((1 - phi) * open.world.linkShare[link]!, 12);
    for (const { link } of linksTo(open.world, micron, 'USA'))
      expect(banned.world.linkShare[link]).toBeCloseTo(open.world.linkShare[link]!, 12);
    const fromChina = (r: Run) => r.world.revenue[micron * 7 + 1]!;
    // Only critical buyers lose access: less than the CII share of Micron's China revenue goes, but some does.
    expect(fromChina(banned)).toBeLessThan(fromChina(open) * 0.95);
    expect(fromChina(banned)).toBeGreaterThan(fromChina(open) * (1 - phi));
    const texts = banned.records[1]!.events.map((e) => e.text).join('\n');
    expect(texts).toMatch(/critical-infrastructure operators from buying Micron/);
  });

  it('a state played by hand does nothing of its own accord: its team’s moves are timeline entries', () => {
    const run = smallRun({ states: { CHN: { strategy: 'human' } } });
    expect(stepRound(run.world, run.context, run.rng).world.measures).toEqual([]);
    const move: Measure = tariff('CHN', 'USA', 0.25, 'team-move');
    const played = smallRun({ states: { CHN: { strategy: 'human' } }, timeline: [impose(1, move)] });
    const { world, record } = stepRound(played.world, played.context, played.rng);
    expect(world.measures).toEqual([move]);
    expect(world.meta['team-move']!.source).toBe('human');
    expect(record.hostileActs).toEqual([{ from: 'CHN', to: 'USA', kind: 'tariff' }]);
  });

  it('a relaxed measure is gone the next round, and the narrative says so', () => {
    const t = tariff('USA', 'CHN', 0.2, 't');
    const timeline: TimelineEntry[] = [impose(1, t), { round: 2, action: 'relax', measureId: 't' }];
    const run = runRounds({ timeline }, 2);
    expect(run.records[1]!.measures).toEqual([t]);
    expect(run.records[2]!.measures).toEqual([]);
    expect(
      run.records[2]!.events.some((e) => e.kind === 'relax' && /removes its 20% tariff/.test(e.text)),
    ).toBe(true);
  });

  it('an ally joins an export control once the lag has passed', () => {
    const run = runRounds(
      {
        params: { joinRate: 1, joinLag: 1 },
        states: { JPN: { alignment: 1 } },
        timeline: [impose(1, control('USA', 'CHN', ['lithography'], { id: 'tools' }))],
      },
      2,
    );
    const joined = (r: number) => run.records[r]!.measures.find((m) => m.id === 'tools');
    expect(joined(1)).not.toHaveProperty('joined');
    expect(joined(2)).toMatchObject({ joined: expect.arrayContaining(['JPN']) });
    expect(run.records[2]!.events.some((e) => e.kind === 'alliance' && e.text.includes('Japan joins'))).toBe(
      true,
    );
  });

  it('gives the same next world for the same world and inputs', () => {
    const run = smallRun({
      noise: 0.3,
      states: { USA: { strategy: 'escalator' }, CHN: { strategy: 'titForTat' } },
    });
    advance(run);
    const a = stepRound(run.world, run.context, run.rng);
    const b = stepRound(run.world, run.context, run.rng);
    expect(snapshot(a)).toEqual(snapshot(b));
  });

  it('does not modify its input', () => {
    const run = smallRun({
      timeline: [impose(1, control('USA', 'CHN', ['logic'])), impose(1, ban('CHN', 'micron'))],
      states: { USA: { strategy: 'titForTat' }, CHN: { strategy: 'grimTrigger' } },
    });
    advance(run);
    const { world, context } = run;
    expectUnchanged([world, context.scenario], () => stepRound(world, context, run.rng));
  });

  it('writes the next world over a spare world’s arrays with the same numbers as into new ones', () => {
    const run = smallRun({
      timeline: [impose(2, control('USA', 'CHN', ['logic'])), impose(3, ban('CHN', 'micron', 'cii'))],
      states: { USA: { strategy: 'titForTat' }, CHN: { strategy: 'titForTat' } },
    });
    advance(run);
    advance(run);
    const spare = run.world;
    advance(run);
    const { world, context } = run;
    const plain = stepRound(world, context, run.rng);
    let reused = plain;
    expectUnchanged([world, context.scenario], () => (reused = stepRound(world, context, run.rng, spare)));
    expect(snapshot(reused)).toEqual(snapshot(plain));
    expect(reused.world.linkShare).toBe(spare.linkShare);
    expect(reused.world.revenue).toBe(spare.revenue);
    expect(reused.world.standard).not.toBe(spare.standard);
  });

  it('played for its outcomes alone, makes the same next world and headline numbers, without words or selfHarm', () => {
    const run = smallRun({ timeline: [impose(3, ban('CHN', 'micron', 'cii'))] });
    advance(run);
    advance(run);
    const full = stepRound(run.world, run.context, run.rng);
    const outcomesOnly = { firms: false };
    const lean = stepRound(run.world, { ...run.context, outcomesOnly }, run.rng);
    const { inputCostNoOwn: a, ...fullWorld } = full.world;
    const { inputCostNoOwn: b, ...leanWorld } = lean.world;
    expect(snapshot(leanWorld)).toEqual(snapshot(fullWorld));
    expect(b).toEqual(lean.world.inputCost);
    expect(a).not.toEqual(full.world.inputCost);
    for (const key of [
      'supplyChainCost',
      'standardsDivergence',
      'crossBlocTradeShare',
      'realIncome',
    ] as const)
      expect(lean.record[key]).toEqual(full.record[key]);
    expect(full.record.events.length).toBeGreaterThan(0);
    expect(lean.record.events).toEqual([]);
    expect(full.record.selfHarm.CHN).toBeGreaterThan(0);
    expect(lean.record.selfHarm.CHN).toBe(0);
    expect(lean.record.firmRevenue.length).toBe(0);
  });

  it('hands a run the world it left as storage for the next step, never the round-0 world', () => {
    const run = smallRun({ timeline: [impose(2, control('USA', 'CHN', ['logic']))] });
    advance(run);
    expect(run.spare).toBeUndefined();
    const first = run.world;
    advance(run);
    expect(run.spare).toBe(first);
    advance(run);
    expect(run.world.unitCost).toBe(first.unitCost);
  });
});
