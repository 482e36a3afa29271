import { describe, expect, it } from 'vitest';
import { advance, startRun, type Run } from '../../src/model/run.ts';
import { startTwin, twinScenario } from '../../src/model/twin.ts';
import { parseScenario, type ScenarioInput } from '../../src/model/scenario.ts';
import { ciiShareOf, stateIndex, type World } from '../../src/model/world.ts';
import { NS } from '../../src/model/world.ts';
import type { Measure } from '../../src/model/types.ts';
import { ScenarioError } from '../../src/model/errors.ts';
import { SECTORS } from '../../src/model/calibration.ts';

// A world of 400 firms with no demand growth: with nothing new happening, round 1 then sells what round 0 sold.
const BASE = {
  version: 1,
  name: 'starting world',
  seed: 11,
  rounds: 3,
  firms: 400,
  params: { demandGrowth: 0 },
};

function runWith(measures: Measure[], round = 0, extra: Partial<ScenarioInput> = {}): Run {
  return startRun(
    parseScenario({
      ...BASE,
      ...extra,
      timeline: measures.map((measure) => ({ round, action: 'impose', measure })),
    }),
  );
}

const BAN_ALL: Measure = { kind: 'purchaseBan', id: 'b', maker: 'USA', firm: 'huawei', scope: 'all' };
const BAN_CII: Measure = { kind: 'purchaseBan', id: 'b', maker: 'USA', firm: 'huawei', scope: 'cii' };
const LISTING: Measure = { kind: 'entityListing', id: 'l', maker: 'USA', firm: 'huawei' };
const CONTROL: Measure = {
  kind: 'exportControl',
  id: 'c',
  maker: 'USA',
  target: 'CHN',
  sectors: ['logic', 'lithography'],
  threshold: 0.7,
  size: 1,
};
const TARIFF: Measure = { kind: 'tariff', id: 't', maker: 'USA', target: 'CHN', rate: 0.25 };

const huawei = (w: World) => w.base.firmIndex.get('huawei')!;
const revenueFrom = (w: World, firm: number, state: keyof typeof stateIndex) =>
  w.revenue[firm * NS + stateIndex[state]]!;

/** The largest relative gap between two arrays, over entries above `floor` in the first. */
function worstGap(a: ArrayLike<number>, b: ArrayLike<number>, floor = 1e-5): number {
  let worst = 0;
  for (let i = 0; i < a.length; i++)
    if (Math.abs(a[i]!) > floor) worst = Math.max(worst, Math.abs(b[i]! / a[i]! - 1));
  return worst;
}

/** Each firm's sales to each state as a share of all its sales (F x NS). */
function salesMix(w: World): Float64Array {
  const mix = new Float64Array(w.revenue.length);
  for (let j = 0; j < w.base.nFirms; j++) {
    let sum = 0;
    for (let c = 0; c < NS; c++) sum += w.revenue[j * NS + c]!;
    for (let c = 0; c < NS; c++) mix[j * NS + c] = sum > 0 ? w.revenue[j * NS + c]! / sum : 0;
  }
  return mix;
}

describe('measures in force in the starting world (round 0)', () => {
  it.each([
    ['a purchase ban on all buyers', [BAN_ALL]],
    ['a critical-infrastructure purchase ban', [BAN_CII]],
    ['an entity listing', [LISTING]],
    ['an export control with a threshold', [CONTROL]],
    ['a tariff with a ban beside it', [TARIFF, BAN_ALL]],
  ])(
    '%s leaves round 1 where round 0 was when nothing new happens: no share, output or market moves',
    (_, measures) => {
      const run = runWith(measures);
      const w0 = run.world;
      expect(w0.access?.links.slotClosed.includes(1), 'the measures close links at round 0').toBe(true);
      advance(run);
      const w1 = run.world;
      expect(
        worstGap(w0.linkShare, w1.linkShare, 1e-9),
        'every buyer’s share of every supplier',
      ).toBeLessThan(1e-9);
      expect(Math.max(...w1.slotUnqualified), 'no demand cut off and waiting to re-qualify').toBe(0);
      expect(worstGap(w0.output.subarray(0, w0.base.nFirms), w1.output), 'every firm’s output').toBeLessThan(
        1e-9,
      );
      // sales in value move with learning's prices; where each firm sells does not
      expect(
        worstGap(salesMix(w0), salesMix(w1)),
        'every firm’s sales to each state, as a share of its sales',
      ).toBeLessThan(1e-9);
    },
  );

  it('the banned firm sells nothing to the banned buyers at round 0, and its world output is as calibrated', () => {
    const open = runWith([]).world;
    const banned = runWith([BAN_ALL]).world;
    const h = huawei(open);
    expect(revenueFrom(open, h, 'USA'), 'Huawei sells to US buyers in the open world').toBeGreaterThan(1);
    expect(revenueFrom(banned, h, 'USA')).toBe(0);
    // every firm keeps its calibrated output; Huawei's US sales went to the buyers it may still sell to
    expect(worstGap(open.output, banned.output)).toBeLessThan(1e-9);
    for (const c of ['CHN', 'EU', 'ROW'] as const)
      expect(revenueFrom(banned, h, c), `Huawei sells more in ${c}`).toBeGreaterThan(revenueFrom(open, h, c));
  });

  it('a critical-infrastructure ban at round 0 takes only the CII share of the banned buyers from the firm', () => {
    const run = runWith([BAN_CII]);
    const w = run.world;
    const h = huawei(w);
    const phi = ciiShareOf(w.base, 'USA');
    expect(phi).toBeGreaterThan(0);
    expect(phi).toBeLessThan(1);
    // In the US buyers' slot for telecom equipment, Huawei's share is its unbanned choice (the settled weight) in
    // the non-CII part of demand only.
    let checked = 0;
    for (let s = 0; s < w.base.slotNode.length; s++) {
      if (w.base.nodeState[w.base.slotNode[s]!] !== stateIndex.USA) continue;
      for (let l = w.base.slotStart[s]!, end = l + w.base.slotLen[s]!; l < end; l++) {
        if (w.base.linkSupplier[l] !== h) continue;
        expect(w.base.linkShare0[l]).toBeCloseTo((1 - phi) * w.base.linkBase[l]!, 12);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(revenueFrom(w, h, 'USA')).toBeGreaterThan(0);
    expect(worstGap(runWith([]).world.output, w.output)).toBeLessThan(1e-9);
  });

  it('a CII ban at round 0 cuts no firm off from a partner it had: the stack choice sees no one cut off', () => {
    const w = runWith([BAN_CII]).world;
    const h = huawei(w);
    expect(w.access?.blocked, 'the closures are kept with the world').toBeDefined();
    expect(Math.max(...w.access!.blocked!.sell), 'no sales cut off').toBe(0);
    expect(Math.max(...w.access!.blocked!.buy), 'no purchases cut off').toBe(0);
    // the same ban from round 1 cuts Huawei off from the CII share of its US sales
    const later = runWith([BAN_CII], 1);
    advance(later);
    const cut = later.world.access!.blocked!.sell[h * NS + stateIndex.USA]!;
    expect(cut).toBeGreaterThan(0.5 * ciiShareOf(w.base, 'USA'));
    expect(cut).toBeLessThanOrEqual(1);
    // and a full ban added at round 1 to the round-0 CII ban cuts off all that was left: Huawei's remaining US sales
    const both = runWith([BAN_CII, { ...BAN_ALL, id: 'b2' }]);
    expect(both.world.access!.blocked!.sell[h * NS + stateIndex.USA]).toBe(0);
    const then = startRun(
      parseScenario({
        ...BASE,
        timeline: [
          { round: 0, action: 'impose', measure: BAN_CII },
          { round: 1, action: 'impose', measure: { ...BAN_ALL, id: 'b2' } },
        ],
      }),
    );
    advance(then);
    expect(then.world.access!.blocked!.sell[h * NS + stateIndex.USA]).toBeCloseTo(1, 9);
  });

  it('the same ban dated round 1 moves the banned firm’s sales at round 1', () => {
    const run = runWith([BAN_ALL], 1);
    const h = huawei(run.world);
    const before = revenueFrom(run.world, h, 'USA');
    expect(before).toBeGreaterThan(1);
    advance(run);
    expect(revenueFrom(run.world, h, 'USA')).toBeLessThan(before * 0.01);
    expect(
      run.world.slotUnqualified.some((x) => x > 0),
      'cut-off demand waits to re-qualify',
    ).toBe(true);
  });

  it.each([
    ['a purchase ban on all buyers', BAN_ALL],
    ['a critical-infrastructure purchase ban', BAN_CII],
    ['an entity listing', LISTING],
    ['an export control with a threshold', CONTROL],
  ])('%s dated round 1 instead moves shares and outputs at round 1', (_, measure) => {
    const run = runWith([measure], 1);
    const w0 = run.world;
    advance(run);
    expect(worstGap(w0.linkShare, run.world.linkShare, 1e-9)).toBeGreaterThan(0.01);
    expect(worstGap(w0.output.subarray(0, w0.base.nFirms), run.world.output)).toBeGreaterThan(0.001);
  });

  it('a tariff at round 0 still leaves the shares as drawn and is read into the preference weights', () => {
    const open = runWith([]).world;
    const taxed = runWith([TARIFF]).world;
    expect(Array.from(taxed.base.linkShare0)).toEqual(Array.from(open.base.linkShare0));
    expect(taxed.base.linkTariff0.some((t) => t === 0.25)).toBe(true);
    expect(Array.from(taxed.base.linkBase)).not.toEqual(Array.from(open.base.linkBase));
    expect(taxed.access, 'a tariff closes no link').toBeUndefined();
  });

  it('counts a round-0 ban’s intensity against the trade it would bear on without it, and says it is in force', () => {
    const run = runWith([TARIFF, BAN_ALL], 0, { start: { year: 2019, quarter: 1 } });
    expect(run.world.meta.b.intensity).toBeGreaterThan(0);
    expect(run.world.meta.b.imposedRound).toBe(0);
    expect(run.records[0].events[0].text).toBe(
      'Q1 2019: The calibrated starting world: 400 firms in seven states, 1 tariff and 1 other measure already in force.',
    );
    expect(runWith([BAN_ALL]).records[0].events[0].text).toMatch(/1 measure already in force\.$/);
  });

  it('the twin keeps a round-0 ban, and started from the run’s world plays as one built afresh', () => {
    const s = parseScenario({
      ...BASE,
      timeline: [
        { round: 0, action: 'impose', measure: BAN_CII },
        { round: 1, action: 'impose', measure: LISTING },
      ],
    });
    const twin = startTwin(startRun(s));
    const fresh = startRun(twinScenario(s));
    expect(twinScenario(s).timeline).toEqual([s.timeline[0]]);
    for (let r = 0; r < 2; r++) {
      advance(twin);
      advance(fresh);
    }
    expect(Array.from(twin.world.linkShare)).toEqual(Array.from(fresh.world.linkShare));
    expect(Array.from(twin.world.output)).toEqual(Array.from(fresh.world.output));
    expect(revenueFrom(twin.world, huawei(twin.world), 'USA')).toBeGreaterThan(0);
  });

  it('does not change the scenario it is given', () => {
    const s = parseScenario({ ...BASE, timeline: [{ round: 0, action: 'impose', measure: BAN_ALL }] });
    const copy = structuredClone(s);
    startRun(s);
    expect(s).toEqual(copy);
  });
});

describe('a starting world no settling can make', () => {
  // Every state but China bars its buyers from China's gallium refiners, who make four-fifths of the world's gallium:
  // whatever their weight, the buyers left to them (China's) take about a third of what they make.
  const everywhere: Measure[] = (['USA', 'EU', 'JPN', 'KOR', 'TWN', 'ROW'] as const).map((maker) => ({
    kind: 'purchaseBan',
    id: `ban-${maker}`,
    maker,
    firm: 'cn-gallium',
    scope: 'all',
  }));

  it('is refused with a message naming the firm and the most it could sell', () => {
    let refused: unknown;
    try {
      runWith(everywhere);
    } catch (e) {
      refused = e;
    }
    expect(refused).toBeInstanceOf(ScenarioError);
    const problem = (refused as ScenarioError).problem;
    expect(problem?.kind).toBe('round-zero-unsellable');
    if (problem?.kind !== 'round-zero-unsellable') return;
    expect(problem.firm).toBe('cn-gallium');
    expect(problem.percent).toBeGreaterThan(10);
    expect(problem.percent).toBeLessThan(60);
    expect((refused as ScenarioError).message).toMatch(
      /^timeline: .*"cn-gallium".*impose one of those measures from round 1$/,
    );
  });

  it('while the same bans from round 1 run, and one state’s ban at round 0 settles', () => {
    expect(() => runWith(everywhere, 1)).not.toThrow();
    expect(() => runWith(everywhere.slice(0, 1))).not.toThrow();
  });
});

describe('a closure in force at round 0 that leaves some demand no permitted supplier', () => {
  // The USA bars its critical-infrastructure operators from every supplier its buyers of telecom equipment have: that
  // part of their demand (the US CII share) is bought around the bans at the workaround premium, and the observed
  // round-0 price already includes the premium, as a tariff in force is in the round-0 price.
  const open = runWith([]);
  const base = open.world.base;
  const telecom = base.slotNode.findIndex(
    (b, s) =>
      b >= base.nFirms &&
      base.nodeState[b] === stateIndex.USA &&
      SECTORS[base.slotSector[s]!]!.id === 'telecom',
  );
  const suppliers = Array.from(
    { length: base.slotLen[telecom]! },
    (_, n) => base.firms[base.linkSupplier[base.slotStart[telecom]! + n]!]!.id,
  );
  const bans: Measure[] = suppliers.map((firm, i) => ({
    kind: 'purchaseBan',
    id: `ban-${i}`,
    maker: 'USA',
    firm,
    scope: 'cii',
  }));
  const node = base.slotNode[telecom]!;

  it('counts the CII share of that demand as blocked from the start, and its price does not jump at round 1', () => {
    expect(suppliers.length).toBeGreaterThan(3);
    const blocked = runWith(bans);
    expect(blocked.world.base.slotBlocked0[telecom]).toBeCloseTo(ciiShareOf(blocked.world.base, 'USA'), 12);
    expect(blocked.world.finalPrice[node]).toBe(1);
    // nothing new happens: the price moves at round 1 only as the open world's does (learning), not by the premium
    advance(open);
    advance(blocked);
    expect(Math.abs(blocked.world.finalPrice[node]! / open.world.finalPrice[node]! - 1)).toBeLessThan(1e-9);
  });

  it('while the same bans from round 1 raise that price at round 1 by the premium on the blocked part', () => {
    const later = runWith(bans, 1);
    advance(later);
    const premium = later.world.base.params.blockedPremium * ciiShareOf(later.world.base, 'USA');
    expect(later.world.finalPrice[node]! / open.world.finalPrice[node]!).toBeGreaterThan(1 + premium * 0.9);
  });
});
