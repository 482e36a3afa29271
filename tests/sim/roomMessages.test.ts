import { describe, expect, it } from 'vitest';
import { presetScenario } from '../../src/model/presets.ts';
import type { TimelineEntry } from '../../src/model/scenario.ts';
import {
  MAX_MOVE_CHARS,
  publicWorkspace,
  readAck,
  readSession,
  readTeamMove,
  sessionText,
  teamMoveText,
} from '../../src/sim/roomMessages.ts';
import { newWorkspace, type Workspace } from '../../src/sim/workspace.ts';

const tariff: TimelineEntry = {
  round: 2,
  action: 'impose',
  measure: { kind: 'tariff', id: 'USA-human-r2-tariff-CHN', maker: 'USA', target: 'CHN', rate: 0.125 },
  note: 'Move by the United States team',
};

function withHidden(): Workspace {
  const ws = newWorkspace(presetScenario('micron-2023'));
  const main = ws.branches[0];
  return {
    ...ws,
    branches: [
      {
        ...main,
        team: {
          choices: [],
          hidden: [
            { state: 'USA', round: 2, entry: tariff },
            { state: 'CHN', round: 2, entry: null },
          ],
        },
      },
    ],
  };
}

describe("a team's move as the facilitator reads it", () => {
  it('a move of the workspace format for the team itself is accepted', () => {
    const read = readTeamMove(teamMoveText({ state: 'USA', round: 2, entry: tariff }), 'USA');
    expect(read).toEqual({ ok: true, value: { state: 'USA', round: 2, entry: tariff } });
  });

  it.each([
    ['not text', 42, /not a move \(not text\)/],
    ['not JSON', '{"state": "USA",', /the text ends too early|unexpected/],
    ['the wrong shape', JSON.stringify({ state: 'USA', round: 2, entry: { action: 'launch' } }), /entry/],
    ['an unknown field', JSON.stringify({ state: 'USA', round: 2, entry: null, score: 100 }), /score/],
    ['a round out of range', JSON.stringify({ state: 'USA', round: 0, entry: null }), /round/],
    ['a move for another team', JSON.stringify({ state: 'CHN', round: 2, entry: null }), /a move for China/],
    ['oversize', `"${'x'.repeat(MAX_MOVE_CHARS)}"`, /KB, and a move is at most 16\.0 KB/],
    [
      'a __proto__ key',
      '{"__proto__": {"polluted": true}, "state": "USA", "round": 2, "entry": null}',
      /__proto__/,
    ],
  ])('%s is refused, with a sentence naming the team', (_what, raw, reason) => {
    const read = readTeamMove(raw, 'USA');
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.message).toMatch(/^A message from the United States team's laptop was refused: /);
    expect(read.message).toMatch(reason);
  });
});

describe("the facilitator's session", () => {
  it('keeps who is in and drops what they chose; does not modify its input', () => {
    const ws = withHidden();
    const before = JSON.stringify(ws);
    const shown = publicWorkspace(ws);
    expect(shown.branches[0].team?.hidden).toEqual([
      { state: 'USA', round: 2, entry: null },
      { state: 'CHN', round: 2, entry: null },
    ]);
    expect(JSON.stringify(ws)).toBe(before);
  });

  it('reads back as a share link does, without the hidden moves', () => {
    const text = sessionText(withHidden(), 1, '688ff08ce31615ce');
    expect(text.ok).toBe(true);
    if (!text.ok) return;
    expect(text.value).not.toContain('0.125');
    const read = readSession(text.value);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.shown).toBe(1);
    expect(read.value.fingerprint).toBe('688ff08ce31615ce');
    expect(JSON.stringify(read.value.workspace)).not.toContain('USA-human-r2');
  });

  it.each([
    ['not text', 7],
    ['forged text', 'forged'],
    ['a damaged workspace', JSON.stringify({ v: 1, workspace: '1.eNqrVg', shown: 0, fingerprint: null })],
    ['a newer session', JSON.stringify({ v: 2, workspace: '1.x', shown: 0, fingerprint: null })],
    ['markup for a fingerprint', JSON.stringify({ v: 1, workspace: '1.x', shown: 0, fingerprint: '<b>' })],
  ])('%s is refused with a sentence, never thrown', (_what, raw) => {
    const read = readSession(raw);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toMatch(/^The facilitator's session could not be read/);
  });

  it("an answer that is not the facilitator's format is ignored", () => {
    expect(readAck(JSON.stringify({ round: 2, status: 'in', move: 'x', message: '' }))?.status).toBe('in');
    expect(readAck(JSON.stringify({ round: 2, status: 'won', move: 'x', message: '' }))).toBeNull();
    expect(readAck({})).toBeNull();
  });
});
