import { describe, expect, it } from 'vitest';
import { logLines, withoutLabel } from '../../src/app/eventLog.ts';
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
    const { lines } = logLines(records, 2, all, 100);
    expect(lines.map((l) => l.text)).toEqual(['japan joins', 'china answers', 'us acts', 'start']);
    expect(lines[0].label).toBe('R2');
  });

  it('shows only events that concern a picked state, and always the world-wide ones', () => {
    const { lines } = logLines(records, 3, new Set<StateCode>(['JPN']), 100);
    expect(lines.map((l) => l.text)).toEqual(['japan joins', 'start']);
  });

  it('draws at most the limit and counts the rest', () => {
    const { lines, more } = logLines(records, 3, all, 2);
    expect(lines.map((l) => l.text)).toEqual(['later', 'japan joins']);
    expect(more).toBe(3);
  });

  it('gives every line a key unique within the log', () => {
    const { lines } = logLines(records, 3, all, 100);
    expect(new Set(lines.map((l) => l.key)).size).toBe(lines.length);
  });

  it('shows the round label once: the label the engine puts before an event’s text is taken off', () => {
    const labelled = [rec(0, [ev(0, 'R0: The starting world', [])])];
    expect(logLines(labelled, 0, all, 10).lines[0].body).toBe('The starting world');
    expect(withoutLabel('Q2 2023: China acts', 'Q2 2023')).toBe('China acts');
    expect(withoutLabel('China acts in Q2 2023: again', 'Q2 2023')).toBe('China acts in Q2 2023: again');
  });

  it('copes with a play head beyond the computed rounds and with no rounds', () => {
    expect(logLines(records, 99, all, 100).lines[0].text).toBe('later');
    expect(logLines([], 5, all, 100)).toEqual({ lines: [], more: 0 });
  });
});
