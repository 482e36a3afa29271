import { describe, expect, it } from 'vitest';
import { presetScenario } from '../../src/model/presets.ts';
import { ScenarioError, type Scenario, type TimelineEntry } from '../../src/model/scenario.ts';
import { checkScenario, createBranch, setStrategy } from '../../src/sim/edits.ts';
import { edit, startHistory, undo, type History } from '../../src/sim/history.ts';
import { parseWorkspace } from '../../src/sim/files/validate.ts';
import { decodeWorkspace, encodeWorkspace } from '../../src/sim/files/link.ts';
import { DEFAULT_WEIGHTS } from '../../src/sim/scoring.ts';
import {
  hideMove,
  revealMoves,
  sessionRound,
  setWeights,
  skipTeam,
  teamPlayOf,
  teamStatus,
  weightsOf,
} from '../../src/sim/teamPlay.ts';
import { newWorkspace, type Workspace } from '../../src/sim/workspace.ts';
import { humanStates, sessionRoundOf, teamMoved, teamNote, decisionsOf } from '../../src/app/humanMoves.ts';
import { CHINESE_EVENTS } from '../../src/app/i18n/events.zh-CN.ts';
import { zhCN } from '../../src/app/i18n/zh-CN.ts';

/** micron-2023 with China, the USA and Japan played by teams */
function teamScenario(): Scenario {
  const s = presetScenario('micron-2023');
  const states = { ...s.states };
  for (const c of ['CHN', 'USA', 'JPN'] as const) states[c] = { ...states[c], strategy: 'human' };
  return { ...s, states };
}

const start = () => startHistory(newWorkspace(teamScenario()));
const main = (h: History<Workspace>) => h.present.branches[0];
const check = (scenario: Scenario) => (timeline: TimelineEntry[]) =>
  checkScenario({ ...scenario, timeline }).timeline;

const tariff = (state: 'CHN' | 'USA' | 'JPN', round: number, target: 'USA' | 'CHN'): TimelineEntry => ({
  round,
  action: 'impose',
  measure: {
    kind: 'tariff',
    id: `${state}-human-r${round}-tariff-${target}`,
    maker: state,
    target,
    rate: 0.25,
  },
  note: teamNote(state),
});

/** every team in for `round`: China a tariff, the USA nothing, Japan skipped by the facilitator */
function allIn(h: History<Workspace>, round: number): History<Workspace> {
  const s = main(h).scenario;
  h = edit(h, 'c', hideMove(h.present, 'main', 'CHN', round, tariff('CHN', round, 'USA'), check(s)));
  h = edit(h, 'u', hideMove(h.present, 'main', 'USA', round, null, check(s)));
  return edit(h, 'j', skipTeam(h.present, 'main', 'JPN', round));
}

describe('hot-seat team play in the workspace', () => {
  it('a hidden move stays out of the timeline, so the run and its fingerprint do not change until the reveal', () => {
    let h = start();
    const before = main(h).scenario;
    h = edit(h, 'c', hideMove(h.present, 'main', 'CHN', 1, tariff('CHN', 1, 'USA'), check(before)));
    expect(main(h).scenario).toBe(before);
    const status = teamStatus(main(h), humanStates(before), 1, teamMoved(before.timeline));
    expect(status).toEqual({ USA: 'waiting', CHN: 'hidden', JPN: 'waiting' });
  });

  it('the session stays at a round until every team has settled the next one; a hidden move is not settled', () => {
    let h = start();
    expect(sessionRoundOf(main(h))).toBe(0);
    h = allIn(h, 1);
    expect(sessionRoundOf(main(h))).toBe(0);
    h = edit(h, 'reveal', revealMoves(h.present, 'main', 1, check(main(h).scenario)));
    expect(sessionRoundOf(main(h))).toBe(1);
  });

  it('the reveal puts every move in the timeline at once and stores "do nothing" and "skipped" as choices', () => {
    let h = allIn(start(), 1);
    h = edit(h, 'reveal', revealMoves(h.present, 'main', 1, check(main(h).scenario)));
    const b = main(h);
    expect(b.scenario.timeline.filter((e) => e.note === teamNote('CHN'))).toEqual([tariff('CHN', 1, 'USA')]);
    expect(teamPlayOf(b).hidden).toEqual([]);
    expect(teamPlayOf(b).choices).toEqual(
      expect.arrayContaining([
        { state: 'USA', round: 1, choice: 'nothing' },
        { state: 'JPN', round: 1, choice: 'skipped' },
      ]),
    );
    expect(teamStatus(b, ['CHN', 'USA', 'JPN'], 1, teamMoved(b.scenario.timeline))).toEqual({
      CHN: 'moved',
      USA: 'nothing',
      JPN: 'skipped',
    });
    expect(decisionsOf(b, ['CHN', 'USA', 'JPN'])).toEqual({
      CHN: { 1: expect.stringMatching(/China.*tariff/i) },
      USA: { 1: 'Did nothing' },
      JPN: { 1: 'Skipped by the facilitator' },
    });
    // and in Chinese, as the team panel and the debrief show them on a page in Chinese
    expect(decisionsOf(b, ['CHN', 'USA', 'JPN'], CHINESE_EVENTS, zhCN.hotSeat)).toEqual({
      CHN: { 1: expect.stringMatching(/^中国对来自美国的所有商品征收\d+(\.\d)?%的关税$/) },
      USA: { 1: '什么也没做' },
      JPN: { 1: '被主持人跳过' },
    });
  });

  it('undo takes the reveal back whole: the moves are hidden again and the session is back at its round', () => {
    let h = allIn(start(), 1);
    const hidden = h.present;
    h = edit(h, 'reveal', revealMoves(h.present, 'main', 1, check(main(h).scenario)));
    h = undo(h);
    expect(h.present).toEqual(hidden);
    expect(sessionRoundOf(main(h))).toBe(0);
  });

  it('a move the scenario cannot take is refused while the team is at its form, and nothing is stored', () => {
    const h = start();
    const s = main(h).scenario;
    const lift: TimelineEntry = {
      round: 1,
      action: 'relax',
      measureId: 'no-such-measure',
      note: teamNote('CHN'),
    };
    expect(() => hideMove(h.present, 'main', 'CHN', 1, lift, check(s))).toThrow(ScenarioError);
    // a move dated another round, or another state's measure, is refused too
    expect(() => hideMove(h.present, 'main', 'CHN', 2, tariff('CHN', 1, 'USA'), check(s))).toThrow(/round 2/);
    expect(() => hideMove(h.present, 'main', 'CHN', 1, tariff('USA', 1, 'CHN'), check(s))).toThrow(/own/);
  });

  it('a second move of a team for the same round replaces its first; skipping drops it', () => {
    let h = start();
    const s = main(h).scenario;
    h = edit(h, 'c', hideMove(h.present, 'main', 'CHN', 1, tariff('CHN', 1, 'USA'), check(s)));
    h = edit(h, 'c2', hideMove(h.present, 'main', 'CHN', 1, null, check(s)));
    expect(teamPlayOf(main(h)).hidden).toEqual([{ state: 'CHN', round: 1, entry: null }]);
    h = edit(h, 'skip', skipTeam(h.present, 'main', 'CHN', 1));
    expect(teamPlayOf(main(h)).hidden).toEqual([]);
    expect(teamPlayOf(main(h)).choices).toEqual([{ state: 'CHN', round: 1, choice: 'skipped' }]);
  });

  it('choices, hidden moves and weights survive a link and a reload (the file schema) and keep the round', () => {
    let h = allIn(start(), 1);
    h = edit(h, 'reveal', revealMoves(h.present, 'main', 1, check(main(h).scenario)));
    h = edit(h, 'c', hideMove(h.present, 'main', 'CHN', 2, null, check(main(h).scenario)));
    h = edit(h, 'w', setWeights(h.present, 'main', { cost: 2, revenue: 0.5, escalation: 1 }));
    const stored = parseWorkspace(JSON.parse(JSON.stringify(h.present)));
    expect(stored.ok && stored.value).toEqual(h.present);
    // a link writes the format that holds team play, 2, and gives back the same work under it
    const linked = decodeWorkspace(encodeWorkspace(h.present));
    expect(linked.ok && linked.workspace).toEqual({ ...h.present, version: 2 });
    expect(sessionRoundOf(main(h))).toBe(1);
    expect(weightsOf(main(h))).toEqual({ cost: 2, revenue: 0.5, escalation: 1 });
  });

  it('a workspace without team play is written as before, and weights default', () => {
    const ws = newWorkspace(teamScenario());
    expect('team' in ws.branches[0]).toBe(false);
    expect(weightsOf(ws.branches[0])).toEqual(DEFAULT_WEIGHTS);
    expect(() => setWeights(ws, 'main', { cost: -1, revenue: 1, escalation: 1 })).toThrow(ScenarioError);
  });

  it('a branch takes its parent’s team play with its timeline', () => {
    let h = allIn(start(), 1);
    h = edit(h, 'reveal', revealMoves(h.present, 'main', 1, check(main(h).scenario)));
    h = edit(h, 'b', createBranch(h.present, 'What if', 2).recipe);
    expect(h.present.branches[1].team).toEqual(main(h).team);
    // the branch decides from its own first round: rounds before it are its parent's
    expect(sessionRoundOf(h.present.branches[1])).toBe(1);
  });

  it('a team that joins a session under way is waited for from the next round, not from the start', () => {
    let h = allIn(start(), 1);
    h = edit(h, 'reveal', revealMoves(h.present, 'main', 1, check(main(h).scenario)));
    h = allIn(h, 2);
    h = edit(h, 'reveal', revealMoves(h.present, 'main', 2, check(main(h).scenario)));
    expect(sessionRoundOf(main(h))).toBe(2);
    // Korea becomes a team at round 2: the session stays at round 2 and waits for Korea too
    h = edit(h, 'korea', setStrategy('main', 'KOR', 'human'));
    expect(sessionRoundOf(main(h))).toBe(2);
    expect(
      teamStatus(main(h), humanStates(main(h).scenario), 3, teamMoved(main(h).scenario.timeline)).KOR,
    ).toBe('waiting');
    // a team that was there is still waited for where it has a gap (its move removed from the timeline)
    const timeline = main(h).scenario.timeline.filter((e) => !(e.round === 2 && e.note === teamNote('CHN')));
    const gap = { ...main(h), scenario: { ...main(h).scenario, timeline } };
    expect(sessionRoundOf(gap)).toBe(1);
    // undo Korea and the reveal of round 2: the session is back at round 1, its moves hidden again
    expect(sessionRoundOf(undo(undo(h)).present.branches[0])).toBe(1);
  });

  it('the session ends when every round is settled, and there is no session without teams', () => {
    const moved = () => true;
    expect(sessionRound(main(start()), ['CHN'], moved)).toBeNull();
    expect(sessionRound(main(start()), [], () => false)).toBeNull();
  });

  it('does not modify its input', () => {
    const h = allIn(start(), 1);
    const before = JSON.stringify(h.present);
    revealMoves(h.present, 'main', 1, check(main(h).scenario));
    hideMove(h.present, 'main', 'JPN', 1, null, check(main(h).scenario));
    expect(JSON.stringify(h.present)).toBe(before);
  });
});
