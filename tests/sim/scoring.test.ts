import { describe, expect, it } from 'vitest';
import { presetScenario } from '../../src/model/presets.ts';
import { runScenario } from '../../src/model/run.ts';
import { twinOf } from '../../src/model/twin.ts';
import type { RoundRecord, StateCode } from '../../src/model/types.ts';
import { homeRevenueOf, postedTwinPoint } from '../../src/sim/effects.ts';
import {
  DEBRIEF_CSV_COLUMNS,
  DEFAULT_WEIGHTS,
  debriefCsv,
  debriefJson,
  hostileMeasuresOf,
  pointsOf,
  standings,
  teamScores,
  turningPoints,
  type TeamRound,
} from '../../src/sim/scoring.ts';

const small = () => ({ ...presetScenario('micron-2023'), firms: 150, rounds: 8 });

function played() {
  const run = runScenario(small());
  const twin = twinOf(run);
  return { run, twinPoints: twin.records.map((r) => postedTwinPoint(r, twin.firms)) };
}

const row = (round: number, points: number, total: number): TeamRound => ({
  round,
  label: `R${round}`,
  cost: 0,
  revenue: 0,
  hostile: 0,
  points,
  total,
});

describe('team scores', () => {
  it.each([
    ['a cost rise loses points', { cost: 2, revenue: 0, hostile: 0 }, -2],
    ['a revenue gain wins points', { cost: 0, revenue: 3, hostile: 0 }, 3],
    ['each hostile measure in force costs half a point by default', { cost: 0, revenue: 0, hostile: 4 }, -2],
    ['the parts add up', { cost: 1, revenue: -1, hostile: 2 }, -3],
  ])('%s', (_name, parts, expected) => {
    expect(pointsOf(parts, DEFAULT_WEIGHTS)).toBeCloseTo(expected, 12);
  });

  it('weights scale each part; weights of 0 score nothing', () => {
    const parts = { cost: 1, revenue: 2, hostile: 3 };
    expect(pointsOf(parts, { cost: 2, revenue: 1, escalation: 1 })).toBeCloseTo(-2 + 2 - 3, 12);
    expect(pointsOf(parts, { cost: 0, revenue: 0, escalation: 0 })).toBe(0);
  });

  it('reads each team’s cost and revenue against the twin, and totals the rounds from the first scored one', () => {
    const { run, twinPoints } = played();
    const scores = teamScores({
      records: run.records,
      twin: twinPoints,
      firms: run.firms,
      teams: ['CHN', 'USA'],
      weights: DEFAULT_WEIGHTS,
      from: 2,
      to: 8,
    });
    expect(scores.CHN.map((r) => r.round)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    const r5 = scores.CHN[3];
    expect(r5.cost).toBeCloseTo(run.records[5].supplyChainCost.CHN - twinPoints[5].supplyChainCost.CHN, 12);
    const rev = homeRevenueOf(run.records[5], run.firms).CHN;
    expect(r5.revenue).toBeCloseTo(100 * (rev / twinPoints[5].homeRevenue!.CHN - 1), 10);
    expect(r5.hostile).toBe(hostileMeasuresOf(run.records[5], 'CHN'));
    expect(r5.points).toBeCloseTo(pointsOf(r5, DEFAULT_WEIGHTS), 12);
    let total = 0;
    for (const r of scores.USA) {
      total += r.points;
      expect(r.total).toBeCloseTo(total, 10);
      expect(Number.isFinite(r.points)).toBe(true);
    }
    // the USA's controls of October 2022 are in force from the Micron preset's second round
    expect(scores.USA.at(-1)!.hostile).toBeGreaterThan(0);
  });

  it('a world without measures scores every team 0 each round', () => {
    const run = runScenario({ ...presetScenario('open-world'), firms: 150, rounds: 5 });
    const twin = twinOf(run);
    const scores = teamScores({
      records: run.records,
      twin: twin.records.map((r) => postedTwinPoint(r, twin.firms)),
      firms: run.firms,
      teams: ['EU'],
      weights: DEFAULT_WEIGHTS,
      from: 1,
      to: 5,
    });
    expect(scores.EU.map((r) => r.points)).toEqual([0, 0, 0, 0, 0]);
    expect(turningPoints(scores)).toEqual([]);
  });

  it('never gives NaN: a twin without revenue, or rounds not yet computed, score what is known', () => {
    const { run, twinPoints } = played();
    const bare = twinPoints.map(({ homeRevenue: _, ...p }) => p);
    const scores = teamScores({
      records: run.records.slice(0, 4),
      twin: bare,
      firms: run.firms,
      teams: ['CHN'],
      weights: DEFAULT_WEIGHTS,
      from: 1,
      to: 8,
    });
    expect(scores.CHN).toHaveLength(3);
    expect(scores.CHN.every((r) => r.revenue === 0 && Number.isFinite(r.total))).toBe(true);
  });

  it('the rounds that mattered most are those whose points moved most, summed over the teams', () => {
    const scores = {
      CHN: [row(1, 0, 0), row(2, -5, -5), row(3, -5, -10), row(4, 1, -9)],
      USA: [row(1, 1, 1), row(2, 1, 2), row(3, 3, 5), row(4, 3, 8)],
    } as Record<StateCode, TeamRound[]>;
    const points = turningPoints(scores, 3);
    expect(points.map((p) => p.round)).toEqual([4, 2, 3]);
    expect(points[0]).toMatchObject({ swing: 6, change: { CHN: 6, USA: 0 } });
    expect(points[2]).toMatchObject({ swing: 2, change: { CHN: 0, USA: 2 } });
  });

  it('standings rank by total, best first; equal totals share a rank', () => {
    const scores = {
      USA: [row(1, 1, 1)],
      CHN: [row(1, 3, 3)],
      JPN: [row(1, 1, 1)],
    } as Record<StateCode, TeamRound[]>;
    expect(standings(scores)).toEqual([
      { state: 'CHN', total: 3, rank: 1 },
      { state: 'USA', total: 1, rank: 2 },
      { state: 'JPN', total: 1, rank: 2 },
    ]);
  });

  it('the debrief exports parse: CSV rows with the decision beside the outcome, and JSON with every team', () => {
    const scores = { CHN: [row(1, -1.5, -1.5), row(2, 2, 0.5)] } as Record<StateCode, TeamRound[]>;
    const decisions = { CHN: { 1: '=HYPERLINK("x")', 2: 'Did nothing' } };
    const csv = debriefCsv(scores, decisions).trimEnd().split('\n');
    expect(csv[0]).toBe(DEBRIEF_CSV_COLUMNS.join(','));
    expect(csv[1]).toBe(`CHN,1,R1,"'=HYPERLINK(""x"")",0,0,0,-1.5,-1.5`);
    expect(csv[2]).toBe('CHN,2,R2,Did nothing,0,0,0,2,0.5');
    const json = JSON.parse(
      JSON.stringify(
        debriefJson(scores, decisions, {
          scenario: 'S',
          branch: 'Main run',
          seed: 1,
          fingerprint: null,
          weights: DEFAULT_WEIGHTS,
        }),
      ),
    );
    expect(json.teams[0].rounds[1]).toMatchObject({ round: 2, decision: 'Did nothing', total: 0.5 });
    expect(json.standings).toEqual([{ state: 'CHN', total: 0.5, rank: 1 }]);
  });

  it('does not modify its input', () => {
    const { run, twinPoints } = played();
    const records: RoundRecord[] = run.records;
    const before = JSON.stringify(twinPoints);
    const measures = JSON.stringify(records.map((r) => r.measures));
    teamScores({
      records,
      twin: twinPoints,
      firms: run.firms,
      teams: ['CHN'],
      weights: DEFAULT_WEIGHTS,
      from: 1,
      to: 8,
    });
    expect(JSON.stringify(twinPoints)).toBe(before);
    expect(JSON.stringify(records.map((r) => r.measures))).toBe(measures);
  });
});
