import { describe, expect, it } from 'vitest';
import { measureSpans } from '../../../src/app/charts/measureSpans.ts';
import type { Measure } from '../../../src/model/types.ts';
import { record, tariff } from './fixtures.ts';

const ban: Measure = { kind: 'purchaseBan', id: 'ban', maker: 'CHN', firm: 'micron', scope: 'cii' };

/** records from a list of the measures active in each round */
const run = (active: Measure[][]) => active.map((measures, round) => record({ round, measures }));

describe('measureSpans', () => {
  it.each([
    { name: 'gives no rows for no records', active: [], want: [] },
    { name: 'gives no rows when nothing was ever imposed', active: [[], [], []], want: [] },
    {
      name: 'leaves a measure active in the last round open',
      active: [[], [tariff('t')], [tariff('t')]],
      want: [{ id: 't', spans: [{ start: 1, end: null }] }],
    },
    {
      name: 'ends a measure at the first round it is no longer active',
      active: [[tariff('t')], [tariff('t')], []],
      want: [{ id: 't', spans: [{ start: 0, end: 2 }] }],
    },
    {
      name: 'gives a relaxed and re-imposed measure two spans on one row',
      active: [[tariff('t')], [], [tariff('t')]],
      want: [
        {
          id: 't',
          spans: [
            { start: 0, end: 1 },
            { start: 2, end: null },
          ],
        },
      ],
    },
    {
      name: 'orders rows by the round each measure first became active',
      active: [[], [ban], [ban, tariff('t')]],
      want: [
        { id: 'ban', spans: [{ start: 1, end: null }] },
        { id: 't', spans: [{ start: 2, end: null }] },
      ],
    },
    {
      name: 'counts a measure listed twice in one round once',
      active: [[tariff('t'), tariff('t')]],
      want: [{ id: 't', spans: [{ start: 0, end: null }] }],
    },
    {
      name: 'handles a single record',
      active: [[ban]],
      want: [{ id: 'ban', spans: [{ start: 0, end: null }] }],
    },
  ])('$name', ({ active, want }) => {
    expect(measureSpans(run(active)).map(({ id, spans }) => ({ id, spans }))).toEqual(want);
  });

  it('keeps the measure as last seen, so a re-imposed tariff shows its new rate', () => {
    const rows = measureSpans(run([[tariff('t', 0.1)], [tariff('t', 0.25)]]));
    expect(rows[0].measure).toMatchObject({ kind: 'tariff', rate: 0.25 });
  });

  it('does not modify its input', () => {
    const records = run([[tariff('t')], []]);
    const before = JSON.stringify(records.map((r) => r.measures));
    measureSpans(records);
    expect(JSON.stringify(records.map((r) => r.measures))).toBe(before);
  });
});
