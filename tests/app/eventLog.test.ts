import { describe, expect, it } from 'vitest';
import { EVENT_GROUPS, logLines, withoutLabel } from '../../src/app/eventLog.ts';
import type { EventEntry, RoundRecord, StateCode } from '../../src/model/types.ts';
import { STATE_CODES } from '../../src/model/types.ts';

const ev = (round: number, text: string, states: StateCode[]): EventEntry => ({
  round,
  text,
  states,
  kind: 'measure',
});
const rec = (round: number, events: EventEntry[]) =>
  ({ round, label: `R${round}`, events }) as unknown as RoundRecord;

const records = [
  rec(0, [ev(0, 'start', [])]),
  rec(1, [ev(1, 'us acts', ['USA', 'CHN'])]),
  rec(2, [ev(2, 'japan joins', ['JPN']), ev(2, 'china answers', ['CHN'])]),
  rec(3, [ev(3, 'later', ['USA'])]),
];
const all = new Set(STATE_CODES);

describe('event log', () => {
  it('lists events up to the play head, newest round first', () => {
    const { lines } = logLines(records, 2, { states: all }, 100);
    expect(lines.map((l) => l.text)).toEqual(['japan joins', 'china answers', 'us acts', 'start']);
    expect(lines[0].label).toBe('R2');
  });

  it('shows only events that concern a picked state, and always the world-wide ones', () => {
    const { lines } = logLines(records, 3, { states: new Set<StateCode>(['JPN']) }, 100);
    expect(lines.map((l) => l.text)).toEqual(['japan joins', 'start']);
  });

  it('draws at most the limit and counts the rest', () => {
    const { lines, more } = logLines(records, 3, { states: all }, 2);
    expect(lines.map((l) => l.text)).toEqual(['later', 'japan joins']);
    expect(more).toBe(3);
  });

  it('gives every line a key unique within the log', () => {
    const { lines } = logLines(records, 3, { states: all }, 100);
    expect(new Set(lines.map((l) => l.key)).size).toBe(lines.length);
  });

  it('shows the round label once: the label the engine puts before an event’s text is taken off', () => {
    const labelled = [rec(0, [ev(0, 'R0: The starting world', [])])];
    expect(logLines(labelled, 0, { states: all }, 10).lines[0].body).toBe('The starting world');
    expect(withoutLabel('Q2 2023: China acts', 'Q2 2023')).toBe('China acts');
    expect(withoutLabel('China acts in Q2 2023: again', 'Q2 2023')).toBe('China acts in Q2 2023: again');
  });

  it('copes with a play head beyond the computed rounds and with no rounds', () => {
    expect(logLines(records, 99, { states: all }, 100).lines[0].text).toBe('later');
    expect(logLines([], 5, { states: all }, 100)).toEqual({ lines: [], more: 0 });
  });

  const kinded = (round: number, text: string, kind: EventEntry['kind'], states: StateCode[] = ['CHN']) => ({
    round,
    text,
    states,
    kind,
  });
  const busy = [
    rec(0, [kinded(0, 'start', 'summary', [])]),
    rec(1, [
      kinded(1, 'usa controls', 'measure', ['USA', 'CHN']),
      kinded(1, 'memory makers switch', 'standards'),
      kinded(1, 'phone makers switch', 'standards'),
      kinded(1, 'micron loses', 'market', ['CHN', 'USA']),
      kinded(1, 'pc makers switch', 'standards', ['KOR']),
    ]),
    rec(2, [kinded(2, 'one switch', 'standards'), kinded(2, 'costs up', 'summary', [])]),
  ];

  it('folds a round’s stack switches into one line where the first of them was, and counts them', () => {
    const { lines } = logLines(busy, 2, { states: all }, 100);
    expect(lines.map((l) => l.body)).toEqual([
      'one switch',
      'costs up',
      'usa controls',
      'Firms switch stacks in 3 places',
      'micron loses',
      'start',
    ]);
    expect(lines[3]).toMatchObject({ folded: 3, round: 1, key: '1-fold' });
  });

  it('opens a round’s switches when the reader unfolds it, and shows them all when folding is off', () => {
    const opened = logLines(busy, 1, { states: all, unfolded: new Set([1]) }, 100).lines;
    expect(opened.filter((l) => l.kind === 'standards').map((l) => l.body)).toEqual([
      'memory makers switch',
      'phone makers switch',
      'pc makers switch',
    ]);
    expect(opened.some((l) => l.folded)).toBe(false);
    const unfoldedAll = logLines(busy, 2, { states: all, fold: false }, 100).lines;
    expect(unfoldedAll.filter((l) => l.kind === 'standards')).toHaveLength(4);
  });

  it('counts only the switches of the picked states in a folded line', () => {
    const { lines } = logLines(busy, 1, { states: new Set<StateCode>(['CHN', 'USA']) }, 100);
    expect(lines.find((l) => l.folded)?.body).toBe('Firms switch stacks in 2 places');
  });

  it('shows only the kinds of event picked', () => {
    const acts = logLines(busy, 2, { states: all, groups: new Set(['acts'] as const) }, 100).lines;
    expect(acts.map((l) => l.body)).toEqual(['usa controls']);
    const world = logLines(busy, 2, { states: all, groups: new Set(['world', 'firms'] as const) }, 100).lines;
    expect(world.map((l) => l.body)).toEqual(['costs up', 'micron loses', 'start']);
  });

  it('puts every kind of event in exactly one group of the filter', () => {
    const kinds = EVENT_GROUPS.flatMap((g) => [...g.kinds]);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect([...kinds].sort()).toEqual([
      'alliance',
      'bloc',
      'market',
      'measure',
      'relax',
      'standards',
      'summary',
    ]);
  });
});
