import { describe, expect, it } from 'vitest';
import {
  hostileActs,
  pickClosest,
  pickMirror,
  pickSparing,
  relaxations,
  responseMenu,
  STRATEGIES,
  TARIFF_STEPS,
  tradeView,
  type Candidate,
  type Intent,
} from '../../src/model/retaliation.ts';
import { createRng } from '../../src/model/rng.ts';
import { STRATEGY_IDS, type Measure, type Observation, type StrategyId } from '../../src/model/types.ts';
import { NS, stateIndex } from '../../src/model/world.ts';
import {
  candidate,
  control,
  expectUnchanged,
  fakeContext,
  firmIndex,
  observation,
  smallWorld,
  tariff,
  withMeasures,
  type FakeContextOptions,
} from './helpers.ts';

const MENU: Candidate[] = [
  candidate('USA', 'CHN', 'tariff', 1),
  candidate('USA', 'CHN', 'tariff', 2),
  candidate('USA', 'CHN', 'tariff', 4),
  candidate('USA', 'CHN', 'exportControl', 1.5),
  candidate('USA', 'CHN', 'exportControl', 3),
];

const OLD = tariff('USA', 'CHN', 0.1, 'old');
const NEW = tariff('USA', 'CHN', 0.2, 'new');

function decide(id: StrategyId, o: FakeContextOptions) {
  return STRATEGIES[id].decide(fakeContext({ menus: { CHN: MENU }, ...o }));
}

const imposed = (intents: Intent[]) => intents.flatMap((i) => (i.action === 'impose' ? [i.measure.id] : []));
const relaxed = (intents: Intent[]) => intents.flatMap((i) => (i.action === 'relax' ? [i.measureId] : []));
/** the moves alone, without their causes (tested on their own below) */
const moves = (intents: Intent[]) => intents.map(({ cause: _cause, ...move }) => move);

describe('STRATEGIES', () => {
  it('has one strategy per id, each under its own id, with a label and a description', () => {
    expect(Object.keys(STRATEGIES).sort()).toEqual([...STRATEGY_IDS].sort());
    for (const id of STRATEGY_IDS) {
      expect(STRATEGIES[id].id).toBe(id);
      expect(STRATEGIES[id].label.length).toBeGreaterThan(0);
      expect(STRATEGIES[id].description.length).toBeGreaterThan(0);
    }
  });
});

describe('hostileActs and relaxations', () => {
  it('keep the largest hostile act of each offender, and who relaxed', () => {
    const obs = [
      observation('CHN', 'tariff', 1),
      observation('CHN', 'exportControl', 3),
      observation('CHN', 'purchaseBan', 2),
      observation('EU', 'tariff', 5, 'relax'),
    ];
    const h = hostileActs(obs);
    expect([...h.keys()]).toEqual(['CHN']);
    expect(h.get('CHN')!.kind).toBe('exportControl');
    expect([...relaxations(obs)]).toEqual(['EU']);
  });
});

describe('pickClosest, pickMirror, pickSparing', () => {
  it.each([
    { wanted: 2, id: 'USA-tariff-CHN-2' },
    { wanted: 1.6, id: 'USA-exportControl-CHN-1.5' },
    { wanted: 100, id: 'USA-tariff-CHN-4' },
    { wanted: 0.01, id: 'USA-tariff-CHN-1' },
  ])('pickClosest finds the candidate closest in ratio to $wanted', ({ wanted, id }) => {
    expect(pickClosest(MENU, wanted)!.measure.id).toBe(id);
  });

  it('pickClosest measures closeness as a ratio, keeping the first of a tie', () => {
    // 1 and 4 are both a factor of 2 from 2.
    const menu = [candidate('USA', 'CHN', 'tariff', 1), candidate('USA', 'CHN', 'tariff', 4)];
    expect(pickClosest(menu, 2)!.intensity).toBe(1);
    expect(pickClosest([...menu].reverse(), 2)!.intensity).toBe(4);
    expect(pickClosest([], 2)).toBeUndefined();
  });

  it.each([
    { kind: 'exportControl', wanted: 2, id: 'USA-exportControl-CHN-1.5' },
    { kind: 'exportControl', wanted: 2.5, id: 'USA-exportControl-CHN-3' },
    { kind: 'tariff', wanted: 3.5, id: 'USA-tariff-CHN-4' },
    { kind: 'purchaseBan', wanted: 2, id: 'USA-tariff-CHN-2' },
  ] as const)('pickMirror answers a $kind of size $wanted with $id', ({ kind, wanted, id }) => {
    expect(pickMirror(MENU, kind, wanted)!.measure.id).toBe(id);
  });

  it('pickSparing picks the least self-harm per unit of intensity among moves of about the wanted size', () => {
    const menu = [
      candidate('USA', 'CHN', 'tariff', 3, 3),
      candidate('USA', 'CHN', 'purchaseBan', 2, 0.5),
      candidate('USA', 'CHN', 'exportControl', 4, 2),
      candidate('USA', 'CHN', 'entityListing', 10, 0),
      candidate('USA', 'CHN', 'tariff', 1, 0),
    ];
    expect(pickSparing(menu, 3)!.measure.kind).toBe('purchaseBan');
    // Nothing within half to one and a half times 40: the closest is taken.
    expect(pickSparing(menu, 40)!.intensity).toBe(10);
    expect(pickSparing([], 3)).toBeUndefined();
  });

  it('do not modify their input', () => {
    const menu = structuredClone(MENU);
    expectUnchanged([menu], () => {
      pickClosest(menu, 2);
      pickMirror(menu, 'tariff', 2);
      pickSparing(menu, 2);
    });
  });
});

describe('tit for tat', () => {
  it('mirrors the hostile act in kind and size', () => {
    const d = decide('titForTat', { observations: [observation('CHN', 'exportControl', 2)] });
    expect(imposed(d.intents)).toEqual(['USA-exportControl-CHN-1.5']);
    const t = decide('titForTat', { observations: [observation('CHN', 'tariff', 4)] });
    expect(imposed(t.intents)).toEqual(['USA-tariff-CHN-4']);
  });

  it('relaxes its newest measure against a state that relaxes', () => {
    const d = decide('titForTat', {
      observations: [observation('CHN', 'tariff', 1, 'relax')],
      active: { CHN: [OLD, NEW] },
    });
    expect(moves(d.intents)).toEqual([{ action: 'relax', measureId: 'new' }]);
  });

  it('answers a hostile act even when the same state also relaxed something', () => {
    const d = decide('titForTat', {
      observations: [observation('CHN', 'tariff', 1, 'relax'), observation('CHN', 'tariff', 2)],
      active: { CHN: [OLD] },
    });
    expect(imposed(d.intents)).toEqual(['USA-tariff-CHN-2']);
    expect(relaxed(d.intents)).toEqual([]);
  });

  it('does nothing in a quiet round, even with measures in force', () => {
    expect(decide('titForTat', { active: { CHN: [OLD] } }).intents).toEqual([]);
  });

  it('answers every offender, each from its own menu', () => {
    const d = decide('titForTat', {
      observations: [observation('CHN', 'tariff', 2), observation('EU', 'tariff', 1)],
      menus: { CHN: MENU, EU: [candidate('USA', 'EU', 'tariff', 0.9)] },
    });
    expect(imposed(d.intents).sort()).toEqual(['USA-tariff-CHN-2', 'USA-tariff-EU-0.9']);
  });
});

describe('generous tit for tat', () => {
  function forgivenShare(q: number, opts: FakeContextOptions, seeds = 3000): number {
    let forgiven = 0;
    for (let seed = 0; seed < seeds; seed++) {
      const d = decide('generousTitForTat', { ...opts, config: { forgiveness: q }, rng: createRng(seed) });
      if (imposed(d.intents).length === 0 && relaxed(d.intents).length === 0) forgiven++;
    }
    return forgiven / seeds;
  }

  it('forgives a hostile act with probability q over many seeds', () => {
    const share = forgivenShare(1 / 3, { observations: [observation('CHN', 'tariff', 2)] });
    expect(share).toBeGreaterThan(0.3);
    expect(share).toBeLessThan(0.37);
  });

  it('always answers with q = 0, in kind and size, and never with q = 1', () => {
    expect(forgivenShare(0, { observations: [observation('CHN', 'tariff', 2)] }, 50)).toBe(0);
    expect(forgivenShare(1, { observations: [observation('CHN', 'tariff', 2)] }, 50)).toBe(1);
    const d = decide('generousTitForTat', {
      observations: [observation('CHN', 'exportControl', 2)],
      config: { forgiveness: 0 },
    });
    expect(imposed(d.intents)).toEqual(['USA-exportControl-CHN-1.5']);
  });

  it('after a quiet round, relaxes its newest measure with probability q', () => {
    let relaxes = 0;
    const seeds = 3000;
    for (let seed = 0; seed < seeds; seed++) {
      const d = decide('generousTitForTat', { active: { CHN: [OLD, NEW] }, rng: createRng(seed) });
      if (relaxed(d.intents)[0] === 'new') relaxes++;
    }
    expect(relaxes / seeds).toBeGreaterThan(0.3);
    expect(relaxes / seeds).toBeLessThan(0.37);
  });
});

describe('proportional', () => {
  it('picks the candidate with the least self-harm per intensity near a share of the harm', () => {
    const menu = [
      candidate('USA', 'CHN', 'tariff', 3, 3),
      candidate('USA', 'CHN', 'purchaseBan', 2, 0.5),
      candidate('USA', 'CHN', 'exportControl', 4, 2),
      candidate('USA', 'CHN', 'entityListing', 10, 0),
    ];
    // 0.75 of a harm of 4 is 3: moves of 1.5 to 4.5 are near enough; the ban spares the most.
    const d = decide('proportional', {
      observations: [observation('CHN', 'tariff', 4)],
      menus: { CHN: menu },
      params: { proportionalShare: 0.75 },
    });
    expect(moves(d.intents)).toEqual([{ action: 'impose', measure: menu[1]!.measure }]);
  });

  it('answers a smaller harm with a smaller move', () => {
    const menu = [candidate('USA', 'CHN', 'tariff', 1, 0.5), candidate('USA', 'CHN', 'tariff', 8, 0.5)];
    const small = decide('proportional', {
      observations: [observation('CHN', 'tariff', 1.2)],
      menus: { CHN: menu },
    });
    const large = decide('proportional', {
      observations: [observation('CHN', 'tariff', 10)],
      menus: { CHN: menu },
    });
    expect(imposed(small.intents)).toEqual(['USA-tariff-CHN-1']);
    expect(imposed(large.intents)).toEqual(['USA-tariff-CHN-8']);
  });
});

describe('escalator', () => {
  it('answers larger than the harm, near escalationFactor times it', () => {
    const menu = [1, 2.5, 3.2, 6].map((x) => candidate('USA', 'CHN', 'tariff', x));
    const d = decide('escalator', {
      observations: [observation('CHN', 'exportControl', 2)],
      menus: { CHN: menu },
      params: { escalationFactor: 1.5 },
    });
    expect(imposed(d.intents)).toEqual(['USA-tariff-CHN-3.2']);
  });

  it('never answers smaller while a larger move exists', () => {
    const menu = [1.9, 2.1].map((x) => candidate('USA', 'CHN', 'tariff', x));
    const d = decide('escalator', { observations: [observation('CHN', 'tariff', 2)], menus: { CHN: menu } });
    expect(imposed(d.intents)).toEqual(['USA-tariff-CHN-2.1']);
  });

  it('relaxes when the other relaxes', () => {
    const d = decide('escalator', {
      observations: [observation('CHN', 'tariff', 2, 'relax')],
      active: { CHN: [OLD, NEW] },
    });
    expect(relaxed(d.intents)).toEqual(['new']);
  });
});

describe('grim trigger', () => {
  const menu = [
    candidate('USA', 'CHN', 'tariff', 1),
    candidate('USA', 'CHN', 'tariff', 5),
    candidate('USA', 'CHN', 'exportControl', 3),
    candidate('USA', 'CHN', 'exportControl', 4),
    candidate('USA', 'CHN', 'purchaseBan', 2),
    candidate('USA', 'CHN', 'entityListing', 0.5),
  ];

  it('fires once: its largest move of each of three kinds, and remembers the offender', () => {
    const d = decide('grimTrigger', {
      observations: [observation('CHN', 'tariff', 0.1)],
      menus: { CHN: menu },
    });
    expect(imposed(d.intents)).toEqual([
      'USA-tariff-CHN-5',
      'USA-exportControl-CHN-4',
      'USA-purchaseBan-CHN-2',
    ]);
    expect(d.memory.grim).toEqual(['CHN']);
    const again = decide('grimTrigger', {
      observations: [observation('CHN', 'tariff', 3)],
      menus: { CHN: menu },
      memory: d.memory,
    });
    expect(again.intents).toEqual([]);
    expect(again.memory.grim).toEqual(['CHN']);
  });

  it('never relaxes, even when the other relaxes', () => {
    const d = decide('grimTrigger', {
      observations: [observation('CHN', 'tariff', 1, 'relax')],
      active: { CHN: [OLD] },
      memory: { grim: ['CHN'], imposedLast: {} },
    });
    expect(d.intents).toEqual([]);
  });

  it('never acts first', () => {
    expect(decide('grimTrigger', { active: { CHN: [OLD] } }).intents).toEqual([]);
  });

  it('does not change the memory it was given', () => {
    const memory = { grim: [], imposedLast: {} };
    expectUnchanged([memory], () =>
      decide('grimTrigger', { observations: [observation('CHN', 'tariff', 1)], memory }),
    );
  });
});

describe('win-stay, lose-shift', () => {
  it('switches to hostile after being hit while at peace', () => {
    const d = decide('winStayLoseShift', { observations: [observation('CHN', 'tariff', 2)] });
    expect(imposed(d.intents)).toEqual(['USA-tariff-CHN-2']);
    expect(d.memory.imposedLast.CHN).toBe(true);
    expect(d.memory.imposedLast.EU).toBe(false);
  });

  it('stays hostile (with its smallest move) when it was not hit', () => {
    const d = decide('winStayLoseShift', { memory: { grim: [], imposedLast: { CHN: true } } });
    expect(imposed(d.intents)).toEqual(['USA-tariff-CHN-1']);
    expect(d.memory.imposedLast.CHN).toBe(true);
  });

  it('switches to peace, relaxing its newest measure, when hit while hostile', () => {
    const d = decide('winStayLoseShift', {
      observations: [observation('CHN', 'tariff', 2)],
      active: { CHN: [OLD, NEW] },
      memory: { grim: [], imposedLast: { CHN: true } },
    });
    expect(moves(d.intents)).toEqual([{ action: 'relax', measureId: 'new' }]);
    expect(d.memory.imposedLast.CHN).toBe(false);
  });

  it('stays at peace when not hit', () => {
    const d = decide('winStayLoseShift', { active: { CHN: [OLD] } });
    expect(d.intents).toEqual([]);
  });
});

describe.each(['passive', 'scripted', 'human'] as const)('%s', (id) => {
  it('does nothing, whatever it sees, and keeps its memory', () => {
    const memory = { grim: [], imposedLast: {} };
    const d = decide(id, {
      observations: [observation('CHN', 'exportControl', 5), observation('EU', 'tariff', 1, 'relax')],
      active: { CHN: [OLD], EU: [NEW] },
      memory,
    });
    expect(d.intents).toEqual([]);
    expect(d.memory).toBe(memory);
  });
});

describe('every strategy', () => {
  it.each([...STRATEGY_IDS])('%s does not modify its input', (id) => {
    const observations = [observation('CHN', 'tariff', 2), observation('EU', 'tariff', 1, 'relax')];
    const memory = { grim: [], imposedLast: { CHN: true } };
    const active: Record<string, Measure[]> = { CHN: [OLD], EU: [NEW] };
    const menu = structuredClone(MENU);
    expectUnchanged([observations, memory, active, menu], () =>
      decide(id, { observations, memory, active, menus: { CHN: menu } }),
    );
  });
});

describe('the cause every strategy gives', () => {
  /** China's act of the round before, as seen: an export control on lithography tools */
  const CONTROL = {
    ...observation('CHN', 'exportControl', 2),
    measureId: 'CHN-control-USA',
    sectors: ['lithography' as const],
  };
  const MISREAD = { ...observation('CHN', 'tariff', 4), misperceived: true, misread: 'larger' as const };
  const PHANTOM = { ...observation('CHN', 'tariff', 0.5), misperceived: true, misread: 'invented' as const };
  const LIFTED = { ...observation('CHN', 'tariff', 1, 'relax'), measureId: 'CHN-tariff-USA' };
  const ROUND = 6;

  it.each([
    { id: 'titForTat', sees: [CONTROL], rule: 'mirror', act: CONTROL },
    { id: 'titForTat', sees: [MISREAD], rule: 'mirror', act: MISREAD },
    { id: 'titForTat', sees: [LIFTED], active: [OLD, NEW], rule: 'relaxInReturn', act: LIFTED },
    { id: 'generousTitForTat', sees: [CONTROL], q: 0, rule: 'mirror', act: CONTROL },
    { id: 'generousTitForTat', sees: [LIFTED], q: 0, active: [NEW], rule: 'relaxInReturn', act: LIFTED },
    { id: 'proportional', sees: [CONTROL], rule: 'share', act: CONTROL, sized: true },
    { id: 'escalator', sees: [PHANTOM], rule: 'escalate', act: PHANTOM, sized: true },
    { id: 'escalator', sees: [LIFTED], active: [NEW], rule: 'relaxInReturn', act: LIFTED },
    { id: 'grimTrigger', sees: [CONTROL], rule: 'grimTrigger', act: CONTROL },
    { id: 'winStayLoseShift', sees: [CONTROL], rule: 'shift', act: CONTROL },
    { id: 'winStayLoseShift', sees: [MISREAD], hostile: true, active: [NEW], rule: 'shift', act: MISREAD },
  ] as const)(
    '$id names the rule $rule and the act it answers, as it saw it',
    ({ id, sees, rule, act, ...o }) => {
      const d = decide(id, {
        round: ROUND,
        observations: [...sees],
        active: { CHN: [...('active' in o ? (o.active ?? []) : [])] },
        config: { forgiveness: 'q' in o ? o.q : 1 / 3 },
        memory: { grim: [], imposedLast: 'hostile' in o ? { CHN: true } : {} },
      });
      expect(d.intents.length).toBeGreaterThan(0);
      for (const { cause } of d.intents) {
        expect(cause).toMatchObject({
          source: 'strategy',
          strategy: id,
          rule,
          act: { ...act, round: ROUND - 1 },
        });
        expect(cause.ratio !== undefined).toBe('sized' in o);
      }
    },
  );

  it('the escalator and proportional say how large their answer is beside the harm they saw', () => {
    const menu = [1, 2.5, 3.2, 6].map((x) => candidate('USA', 'CHN', 'tariff', x));
    const up = decide('escalator', { observations: [observation('CHN', 'tariff', 2)], menus: { CHN: menu } });
    expect(up.intents[0]!.cause.ratio).toBeCloseTo(3.2 / 2, 12);
    const share = decide('proportional', {
      observations: [observation('CHN', 'tariff', 4)],
      menus: { CHN: menu },
    });
    // 2.5 and 3.2 are both near 0.75 of 4 and spare as much; the first is kept.
    expect(share.intents[0]!.cause.ratio).toBeCloseTo(2.5 / 4, 12);
  });

  it('generous tit for tat says whom it forgives and after how many quiet rounds', () => {
    const d = decide('generousTitForTat', {
      active: { CHN: [NEW] },
      config: { forgiveness: 1 },
      memory: { grim: [], imposedLast: {}, quiet: { CHN: 1 } },
    });
    expect(d.intents).toHaveLength(1);
    expect(d.intents[0]!.cause).toMatchObject({ rule: 'forgive', toward: 'CHN', quietRounds: 2 });
    expect(d.intents[0]!.cause.act).toBeUndefined();
  });

  it('generous tit for tat counts quiet rounds from the last hostile act it saw, and draws no more numbers for it', () => {
    const quiet = (observations: Observation[], before?: number) =>
      decide('generousTitForTat', {
        observations,
        memory: { grim: [], imposedLast: {}, ...(before !== undefined ? { quiet: { CHN: before } } : {}) },
      }).memory.quiet?.CHN;
    expect(quiet([])).toBe(1);
    expect(quiet([], 3)).toBe(4);
    expect(quiet([LIFTED], 3)).toBe(4);
    expect(quiet([CONTROL], 3)).toBe(0);
    // The count is memory only: the same seed gives the same draws whatever the count was.
    const draw = (before: number) => {
      const rng = createRng(5);
      decide('generousTitForTat', {
        active: { CHN: [NEW] },
        rng,
        memory: { grim: [], imposedLast: {}, quiet: { CHN: before } },
      });
      return rng.next();
    };
    expect(draw(0)).toBe(draw(9));
  });

  it('win-stay-lose-shift names whom it stays hostile to after a good round', () => {
    const d = decide('winStayLoseShift', { memory: { grim: [], imposedLast: { CHN: true } } });
    expect(d.intents[0]!.cause).toMatchObject({ strategy: 'winStayLoseShift', rule: 'stay', toward: 'CHN' });
    expect(d.intents[0]!.cause.act).toBeUndefined();
  });
});

describe('responseMenu', () => {
  const world = smallWorld();
  const view = tradeView(world);
  const menu = responseMenu(world, view, 'CHN', 'USA', 3);
  const of = (kind: Measure['kind']) => menu.filter((c) => c.measure.kind === kind);

  it('offers only the maker’s moves against the offender, each of positive size and self-harm', () => {
    expect(menu.length).toBeGreaterThan(0);
    for (const c of menu) {
      expect(c.measure.maker).toBe('CHN');
      expect(c.intensity).toBeGreaterThan(0);
      expect(c.selfHarm).toBeGreaterThanOrEqual(0);
      if (c.measure.kind === 'tariff' || c.measure.kind === 'exportControl')
        expect(c.measure.target).toBe('USA');
    }
  });

  it('offers each tariff step, sized in proportion to its rate', () => {
    const tariffs = of('tariff');
    expect(tariffs.map((c) => (c.measure.kind === 'tariff' ? c.measure.rate : 0))).toEqual(TARIFF_STEPS);
    const perRate = tariffs.map((c) => c.intensity / (c.measure.kind === 'tariff' ? c.measure.rate : 1));
    for (const x of perRate) expect(x).toBeCloseTo(perRate[0]!, 9);
  });

  it('offers export controls of single sectors the offender buys from it', () => {
    const controls = of('exportControl');
    expect(controls.length).toBeGreaterThan(0);
    for (const c of controls)
      if (c.measure.kind === 'exportControl') expect(c.measure.sectors).toHaveLength(1);
  });

  it('offers a CII ban on Micron, and bans and listings only of the offender’s anchor firms', () => {
    const bans = of('purchaseBan');
    expect(bans.map((c) => (c.measure.kind === 'purchaseBan' ? c.measure.firm : ''))).toContain('micron');
    for (const c of [...bans, ...of('entityListing')]) {
      const firmId =
        c.measure.kind === 'purchaseBan' || c.measure.kind === 'entityListing' ? c.measure.firm : '';
      const firm = world.base.firms.find((f) => f.id === firmId)!;
      expect(firm.anchor).toBe(true);
      expect(firm.state).toBe('USA');
    }
    for (const c of bans) if (c.measure.kind === 'purchaseBan') expect(c.measure.scope).toBe('cii');
  });

  it('sizes a CII ban by what the firm sells to the critical sectors: all of a telecom maker’s sales, none of a phone maker’s', () => {
    const firmBan = (firm: string) =>
      menu.find((c) => c.measure.kind === 'purchaseBan' && c.measure.firm === firm);
    expect(world.base.states.CHN.ciiShare).toBe(1);
    expect(firmBan('apple')).toBeUndefined();
    const cisco = firmIndex(world, 'cisco');
    const sales = world.revenue[cisco * NS + stateIndex.CHN]!;
    expect(sales).toBeGreaterThan(0);
    expect(firmBan('cisco')!.intensity).toBeCloseTo((sales * 100) / world.base.trade0, 9);
  });

  it('leaves out moves already in force, and raises a tariff from its current rate', () => {
    const current: Measure[] = [
      tariff('CHN', 'USA', 0.1, 'CHN-tariff-USA'),
      control('CHN', 'USA', ['gallium']),
      { kind: 'purchaseBan', id: 'b', maker: 'CHN', firm: 'micron', scope: 'cii' },
    ];
    const w = withMeasures(world, current);
    const m = responseMenu(w, view, 'CHN', 'USA', 3);
    expect(
      m.filter((c) => c.measure.kind === 'tariff').map((c) => (c.measure as { rate: number }).rate),
    ).toEqual(TARIFF_STEPS.map((s) => 0.1 + s));
    expect(m.some((c) => c.measure.kind === 'exportControl' && c.measure.sectors.includes('gallium'))).toBe(
      false,
    );
    expect(m.some((c) => c.measure.kind === 'purchaseBan' && c.measure.firm === 'micron')).toBe(false);
  });

  it('does not modify its input', () => {
    expectUnchanged([world, view], () => responseMenu(world, view, 'USA', 'CHN', 2));
  });
});
