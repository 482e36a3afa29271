import { describe, expect, it } from 'vitest';
import { presetScenario } from '../../src/model/presets.ts';
import { runScenario } from '../../src/model/run.ts';
import { parseScenario, ScenarioError, type Scenario, type TimelineEntry } from '../../src/model/scenario.ts';
import type { Measure } from '../../src/model/types.ts';
import { putTimelineEntry } from '../../src/sim/edits.ts';
import { edit, startHistory, undo } from '../../src/sim/history.ts';
import {
  defaultMove,
  foreignFirms,
  humanStates,
  joinable,
  liftable,
  moveEntry,
  moveId,
  nextHold,
  scheduledFor,
  teamMoveRounds,
  teamNote,
  type MoveForm,
} from '../../src/app/humanMoves.ts';
import { newWorkspace } from '../../src/sim/workspace.ts';

/** micron-2023 with China played by a team */
function withHumanChina(): Scenario {
  const scenario = presetScenario('micron-2023');
  return { ...scenario, states: { ...scenario.states, CHN: { ...scenario.states.CHN, strategy: 'human' } } };
}

const move = (over: Partial<MoveForm>): MoveForm => ({ ...defaultMove('CHN'), ...over });

describe('human moves', () => {
  it('lists the states whose strategy is human, and none in a preset that has no team', () => {
    expect(humanStates(withHumanChina())).toEqual(['CHN']);
    expect(humanStates(presetScenario('micron-2023'))).toEqual([]);
  });

  it('a tariff move becomes an entry at the next round with a team id, rate and note, which the schema accepts', () => {
    const scenario = withHumanChina();
    const entry = moveEntry('CHN', 3, move({ kind: 'tariff', target: 'USA', ratePercent: '25' }), []);
    expect(entry).toEqual({
      round: 3,
      action: 'impose',
      measure: { kind: 'tariff', id: 'CHN-human-r3-tariff-USA', maker: 'CHN', target: 'USA', rate: 0.25 },
      note: teamNote('CHN'),
    });
    expect(() => parseScenario({ ...scenario, timeline: [...scenario.timeline, entry] })).not.toThrow();
  });

  it('a second move with the same aim gets a fresh id instead of replacing the first', () => {
    const first = moveEntry('USA', 5, move({ kind: 'tariff', target: 'CHN' }), [])!;
    const second = moveEntry('USA', 5, move({ kind: 'tariff', target: 'CHN' }), [first])!;
    expect(first.action === 'impose' && first.measure.id).toBe('USA-human-r5-tariff-CHN');
    expect(second.action === 'impose' && second.measure.id).toBe('USA-human-r5-tariff-CHN-2');
    expect(moveId('USA', 5, 'x', new Set(['USA-human-r5-x', 'USA-human-r5-x-2']))).toBe('USA-human-r5-x-3');
  });

  it('export controls, purchase bans and lifts become the matching timeline steps', () => {
    const control = moveEntry(
      'CHN',
      2,
      move({ kind: 'exportControl', target: 'JPN', sector: 'gallium' }),
      [],
    );
    expect(control).toMatchObject({
      action: 'impose',
      measure: { kind: 'exportControl', maker: 'CHN', target: 'JPN', sectors: ['gallium'], size: 1 },
    });
    const ban = moveEntry('CHN', 2, move({ kind: 'purchaseBan', firm: 'micron' }), []);
    expect(ban).toMatchObject({
      action: 'impose',
      measure: { kind: 'purchaseBan', id: 'CHN-human-r2-ban-micron', firm: 'micron', scope: 'cii' },
    });
    expect(moveEntry('CHN', 6, move({ kind: 'lift', measureId: 'cn-micron-cii-2023' }), [])).toEqual({
      round: 6,
      action: 'relax',
      measureId: 'cn-micron-cii-2023',
      note: teamNote('CHN'),
    });
  });

  it('"do nothing" adds no entry', () => {
    expect(moveEntry('CHN', 2, move({ kind: 'nothing' }), [])).toBeNull();
  });

  it.each([
    ['a tariff on itself', move({ kind: 'tariff', target: 'CHN' }), /^target:/],
    ['a tariff rate that is not a number', move({ kind: 'tariff', ratePercent: 'lots' }), /^rate:/],
    ['a zero tariff', move({ kind: 'tariff', ratePercent: '0' }), /^rate:/],
    ['a ban on one of its own firms', move({ kind: 'purchaseBan', firm: 'cxmt' }), /^firm:/],
    ['a lift with no measure chosen', move({ kind: 'lift', measureId: '' }), /^measure:/],
  ])('refuses %s with a message naming the field', (_name, form, message) => {
    expect(() => moveEntry('CHN', 2, form, [])).toThrow(ScenarioError);
    expect(() => moveEntry('CHN', 2, form, [])).toThrow(message);
  });

  it('offers only other states’ firms to ban', () => {
    const firms = foreignFirms('CHN');
    expect(firms.length).toBeGreaterThan(0);
    expect(firms.every((f) => f.state !== 'CHN')).toBe(true);
    expect(firms.map((f) => f.id)).toContain('micron');
  });

  it('lifts only the state’s own timeline measures in force, and not one already lifted that round', () => {
    const timeline = presetScenario('micron-2023').timeline;
    const inForce = timeline.flatMap((e) =>
      e.action === 'impose' && e.round <= 5 ? [e.measure as Measure] : [],
    );
    const ids = liftable(timeline, inForce, 'CHN', 6).map((m) => m.id);
    expect(ids).toEqual(['cn-memory-funds', 'cn-micron-cii-2023', 'cn-gallium-germanium-2023']);
    const lifted: TimelineEntry[] = [
      ...timeline,
      { round: 6, action: 'relax', measureId: 'cn-micron-cii-2023' },
    ];
    expect(liftable(lifted, inForce, 'CHN', 6).map((m) => m.id)).toEqual([
      'cn-memory-funds',
      'cn-gallium-germanium-2023',
    ]);
    const byStrategy = { ...inForce[0], id: 'CHN-tariff-USA-r4', maker: 'CHN' } as Measure;
    expect(liftable(timeline, [byStrategy], 'CHN', 6)).toEqual([]);
  });

  it('finds a state’s steps at a round, lifts included, and knows which of them the team made', () => {
    const timeline = presetScenario('micron-2023').timeline;
    const tariff = moveEntry('CHN', 3, move({ kind: 'tariff', target: 'USA' }), timeline)!;
    const lift = moveEntry('CHN', 3, move({ kind: 'lift', measureId: 'cn-micron-cii-2023' }), timeline)!;
    const all = [...timeline, tariff, lift];
    const steps = scheduledFor(all, 'CHN', 3).map(({ entry }) => entry);
    expect(steps).toContain(tariff);
    expect(steps).toContain(lift);
    expect(steps.some((e) => e.action === 'impose' && e.measure.id === 'cn-micron-cii-2023')).toBe(true);
    expect(scheduledFor(all, 'USA', 3)).toEqual([]);
    const moved = teamMoveRounds(all);
    expect(moved.has('CHN@3')).toBe(true);
    // the preset's own steps are not a team's moves
    expect(teamMoveRounds(timeline).size).toBe(0);
  });

  it('playing stops at the first round after the play head at which a team has not moved', () => {
    const moved = new Set(['CHN@3', 'CHN@4']);
    const has = (s: string, r: number) => moved.has(`${s}@${r}`);
    expect(nextHold(0, 12, ['CHN'], has)).toBe(1);
    expect(nextHold(1, 12, ['CHN'], has)).toBe(4);
    expect(nextHold(4, 12, ['CHN'], has)).toBe(5);
    // no hold at the last round, nor without teams, nor before a branch's first round
    expect(nextHold(11, 12, ['CHN'], has)).toBeNull();
    expect(nextHold(0, 12, [], has)).toBeNull();
    expect(nextHold(0, 12, ['CHN'], has, 8)).toBe(7);
    // with two teams it waits until both have moved
    expect(nextHold(1, 12, ['CHN', 'USA'], has)).toBe(2);
  });

  it('a move applied as one edit changes the run from its round on, and undo takes it back', () => {
    const scenario = { ...withHumanChina(), rounds: 4, firms: 150 };
    let history = startHistory(newWorkspace(scenario));
    const entry = moveEntry('CHN', 3, move({ kind: 'tariff', target: 'USA', ratePercent: '25' }), [])!;
    history = edit(history, 'move', putTimelineEntry(history.present, 'main', null, entry));
    const played = history.present.branches[0].scenario;
    expect(played.timeline).toContainEqual(entry);
    const before = runScenario(scenario).records;
    const after = runScenario(played).records;
    const text = (r: (typeof after)[number]) => r.events.map((e) => e.text).join('\n');
    expect(text(after[3])).toMatch(
      /China sets its tariff on .* from the USA to 25% — Move by the China team/,
    );
    expect(text(before[3])).not.toMatch(/China sets its tariff/);
    expect(after[2].supplyChainCost).toEqual(before[2].supplyChainCost);
    expect(after[3].averageTariff['CHN->USA']).toBeGreaterThan(before[3].averageTariff['CHN->USA']);
    history = undo(history);
    expect(history.present.branches[0].scenario.timeline).not.toContainEqual(entry);
  });

  it('"another measure" reads any kind through its own module: a control from a technology level, a subsidy', () => {
    const scenario = withHumanChina();
    const control = moveEntry(
      'CHN',
      4,
      move({
        kind: 'measure',
        measureKind: 'exportControl',
        fields: {
          ...defaultMove('CHN').fields,
          target: 'JPN',
          sectors: ['gallium'],
          sizePercent: '50',
          threshold: '0.7',
        },
      }),
      [],
    );
    expect(control).toMatchObject({
      round: 4,
      action: 'impose',
      measure: {
        kind: 'exportControl',
        id: 'CHN-human-r4-exportcontrol-jpn',
        maker: 'CHN',
        target: 'JPN',
        sectors: ['gallium'],
        size: 0.5,
        threshold: 0.7,
      },
      note: teamNote('CHN'),
    });
    const subsidy = moveEntry(
      'CHN',
      4,
      move({
        kind: 'measure',
        measureKind: 'subsidy',
        fields: { ...defaultMove('CHN').fields, sectors: ['memory'], ratePercent: '15' },
      }),
      [],
    );
    expect(subsidy).toMatchObject({ measure: { kind: 'subsidy', id: 'CHN-human-r4-subsidy', rate: 0.15 } });
    for (const entry of [control!, subsidy!])
      expect(() => parseScenario({ ...scenario, timeline: [...scenario.timeline, entry] })).not.toThrow();
    // the kind's own checks, with the field to fix
    expect(() =>
      moveEntry(
        'CHN',
        4,
        move({
          kind: 'measure',
          measureKind: 'subsidy',
          fields: { ...defaultMove('CHN').fields, sectors: [] },
        }),
        [],
      ),
    ).toThrow(/sectors: choose at least one sector/);
    expect(() =>
      moveEntry(
        'CHN',
        4,
        move({
          kind: 'measure',
          measureKind: 'tariff',
          fields: { ...defaultMove('CHN').fields, target: 'CHN' },
        }),
        [],
      ),
    ).toThrow(/target/);
  });

  it('a team joins an ally’s export control in force, never one aimed at itself or one it joined already', () => {
    const scenario = presetScenario('micron-2023');
    const run = runScenario({ ...scenario, firms: 150, rounds: 3 });
    const inForce = run.records[1].measures;
    const ids = (self: 'JPN' | 'CHN' | 'USA') =>
      joinable(scenario.timeline, inForce, self, 2).map((m) => m.id);
    expect(ids('JPN')).toContain('us-tools-2022');
    expect(ids('CHN')).toEqual([]);
    expect(ids('USA')).not.toContain('us-tools-2022');
    const joined = run.records[2].measures;
    expect(joinable(scenario.timeline, joined, 'JPN', 3).map((m) => m.id)).not.toContain('us-tools-2022');
    const entry = moveEntry('KOR', 2, move({ kind: 'join', joinId: 'us-tools-2022' }), []);
    expect(entry).toEqual({
      round: 2,
      action: 'join',
      measureId: 'us-tools-2022',
      state: 'KOR',
      note: teamNote('KOR'),
    });
    expect(() => parseScenario({ ...scenario, timeline: [...scenario.timeline, entry!] })).not.toThrow();
    expect(() => moveEntry('KOR', 2, move({ kind: 'join', joinId: '' }), [])).toThrow(
      /choose the control to join/,
    );
  });
});
