import { describe, expect, it } from 'vitest';
import {
  actNoun,
  actor,
  capitalise,
  describeCause,
  describeCost,
  describeJoin,
  describeMeasure,
  describeRelax,
  describePurchaseLoss,
  describeRevenueLoss,
  sectorNoun,
  type NameBook,
} from '../../src/model/narrate.ts';
import type { CauseAct, EventCause, Measure } from '../../src/model/types.ts';
import { presetScenario } from '../../src/model/presets.ts';
import { runScenario } from '../../src/model/run.ts';
import { control, expectUnchanged, smallWorld, tariff } from './helpers.ts';

const world = smallWorld();
const names: NameBook = {
  firmName: (id) => world.base.firms.find((f) => f.id === id)?.name ?? id,
};

const MICRON_BAN: Measure = { kind: 'purchaseBan', id: 'b', maker: 'CHN', firm: 'micron', scope: 'cii' };

describe('describeMeasure', () => {
  it('a CII ban on Micron by China names critical-infrastructure operators and Micron', () => {
    const text = describeMeasure(MICRON_BAN, names);
    expect(text).toContain('critical-infrastructure');
    expect(text).toContain('Micron');
    expect(text).toBe('China bars critical-infrastructure operators from buying Micron');
  });

  it.each([
    { m: { ...MICRON_BAN, scope: 'all' } as Measure, text: 'China bars all its buyers from buying Micron' },
    {
      m: { ...tariff('USA', 'CHN', 0.25), sectors: ['memory', 'logic'] } as Measure,
      text: 'the USA sets its tariff on memory chips (DRAM and NAND) and logic chips from China to 25%',
    },
    { m: tariff('CHN', 'USA', 0.183), text: 'China sets its tariff on all goods from the USA to 18.3%' },
    {
      m: control('USA', 'CHN', ['lithography', 'process']),
      text: 'the USA restricts exports of lithography tools and etch and deposition tools to China',
    },
    {
      m: control('CHN', 'ALL', ['gallium', 'germanium'], { size: 0.5 }),
      text: 'China restricts exports of gallium and germanium to every foreign buyer (denying 50% of licences)',
    },
    {
      m: control('USA', 'huawei', ['logic'], { threshold: 0.8 }),
      text: 'the USA restricts exports of logic chips at technology level 0.8 and above to Huawei',
    },
    {
      m: { kind: 'entityListing', id: 'l', maker: 'USA', firm: 'huawei' } as Measure,
      text: 'the USA adds Huawei to its entity list: its firms may no longer sell to it',
    },
    {
      m: { kind: 'subsidy', id: 's', maker: 'EU', sectors: ['logic'], rate: 0.2 } as Measure,
      text: 'the EU subsidises its logic chips makers (20% of their own costs)',
    },
    {
      m: { kind: 'standardMandate', id: 'm', maker: 'CHN', standard: 'B', strength: 1 } as Measure,
      text: 'China tells its firms to build on stack B',
    },
  ])('reads "$text"', ({ m, text }) => {
    expect(describeMeasure(m, names)).toBe(text);
  });

  it('says "raises" or "lowers" when a tariff replaces one at another rate', () => {
    const low = tariff('USA', 'CHN', 0.1);
    const high = tariff('USA', 'CHN', 0.25);
    expect(describeMeasure(high, names, low)).toMatch(/^the USA raises its tariff .* to 25%$/);
    expect(describeMeasure(low, names, high)).toMatch(/^the USA lowers its tariff .* to 10%$/);
  });

  it('does not modify its input', () => {
    const m = control('USA', 'CHN', ['logic'], { threshold: 0.5, size: 0.7 });
    expectUnchanged([m], () => describeMeasure(m, names));
  });
});

describe('describeRelax', () => {
  it.each([
    { m: MICRON_BAN, text: 'China lets critical-infrastructure operators buy Micron again' },
    { m: { ...MICRON_BAN, scope: 'all' } as Measure, text: 'China lets its buyers buy Micron again' },
    { m: tariff('USA', 'CHN', 0.1), text: 'the USA removes its 10% tariff on all goods from China' },
    {
      m: control('USA', 'CHN', ['logic']),
      text: 'the USA lifts its controls on exports of logic chips to China',
    },
    {
      m: { kind: 'entityListing', id: 'l', maker: 'USA', firm: 'huawei' } as Measure,
      text: 'the USA takes Huawei off its entity list',
    },
    {
      m: { kind: 'subsidy', id: 's', maker: 'EU', sectors: ['logic'], rate: 0.2 } as Measure,
      text: 'the EU ends its subsidy to its logic chips makers',
    },
    {
      m: { kind: 'standardMandate', id: 'm', maker: 'CHN', standard: 'B', strength: 1 } as Measure,
      text: 'China drops its stack B mandate',
    },
  ])('reads "$text"', ({ m, text }) => {
    expect(describeRelax(m, names)).toBe(text);
  });
});

describe('describeJoin', () => {
  it('names the joining state, the maker and what it joins', () => {
    expect(describeJoin('JPN', control('USA', 'CHN', ['lithography']), names)).toBe(
      'Japan joins the USA in its controls on lithography tools to China',
    );
  });
});

describe('describeRevenueLoss', () => {
  it.each([
    { before: 100, after: 52, text: 'Micron has lost 48% of its revenue from China-headquartered buyers' },
    { before: 100, after: 110, text: "Micron's revenue from China-headquartered buyers is up 10%" },
    { before: 100, after: 100.2, text: "Micron's revenue from China-headquartered buyers is unchanged" },
    { before: 0, after: 5, text: "Micron's revenue from China-headquartered buyers is unchanged" },
  ])('$before -> $after reads "$text"', ({ before, after, text }) => {
    expect(describeRevenueLoss('Micron', 'CHN', before, after)).toBe(text);
  });
});

describe('describePurchaseLoss', () => {
  it.each([
    {
      before: 0.3,
      after: 0,
      since: false,
      text: 'YMTC no longer buys from United States-headquartered suppliers',
    },
    {
      before: 0.3,
      after: 0,
      since: true,
      text: 'YMTC now buys nothing from United States-headquartered suppliers',
    },
    {
      before: 0.3,
      after: 0.18,
      since: false,
      text: 'YMTC takes 40% less of its inputs from United States-headquartered suppliers',
    },
    {
      before: 0.3,
      after: 0.18,
      since: true,
      text: 'YMTC takes 40% less of its inputs from United States-headquartered suppliers than before the measure',
    },
    {
      before: 0.3,
      after: 0.33,
      since: false,
      text: 'YMTC takes 10% more of its inputs from United States-headquartered suppliers',
    },
    {
      before: 0.3,
      after: 0.3,
      since: true,
      text: 'YMTC takes as much of its inputs from United States-headquartered suppliers as before the measure',
    },
    {
      before: 0,
      after: 0,
      since: false,
      text: 'YMTC takes as much of its inputs from United States-headquartered suppliers as before',
    },
  ])('$before -> $after (since: $since) reads "$text"', ({ before, after, since, text }) => {
    expect(describePurchaseLoss('YMTC', 'USA', before, after, since)).toBe(text);
  });

  it("follows an entity listing by the listed firm's purchases from the listing state (micron-2023's YMTC)", () => {
    const run = runScenario(presetScenario('micron-2023'));
    const lines = run.records.flatMap((r) => r.events.map((e) => e.text));
    expect(lines).toContain('Q4 2022: YMTC no longer buys from United States-headquartered suppliers');
    expect(lines.some((l) => /YMTC.*revenue/.test(l))).toBe(false);
  });
});

describe('describeCost', () => {
  it.each([
    { index: 100, text: 'devices’ input costs are where they started' },
    { index: 100.4, text: 'devices’ input costs are where they started' },
    {
      index: 112.3,
      text: 'devices’ input costs are 12.3% above round 0 (learning included; what measures did is the gap to the same world without them)',
    },
    {
      index: 95,
      text: 'devices’ input costs are 5% below round 0 (learning included; what measures did is the gap to the same world without them)',
    },
  ])('index $index reads "$text"', ({ index, text }) => {
    expect(describeCost(index)).toBe(text);
  });
});

describe('sectorNoun', () => {
  it.each([
    ['memory', 'memory chips (DRAM and NAND)'],
    ['phones', 'phones and PCs'],
    ['process', 'etch and deposition tools'],
    ['cars', 'cars (electronics)'],
  ] as const)('%s reads "%s" inside a sentence', (k, text) => {
    expect(sectorNoun(k)).toBe(text);
  });
});

describe('actor and capitalise', () => {
  it('names states as actors and capitalises the first letter only', () => {
    expect(actor('ROW')).toBe('the rest of the world');
    expect(capitalise(actor('USA'))).toBe('The USA');
    expect(capitalise('')).toBe('');
  });
});

describe('describeCause', () => {
  const label = (round: number) =>
    ['Q3 2022', 'Q4 2022', 'Q1 2023', 'Q2 2023', 'Q3 2023'][round] ?? `Round ${round}`;
  const control: CauseAct = {
    from: 'USA',
    kind: 'exportControl',
    action: 'impose',
    intensity: 2,
    misperceived: false,
    measureId: 'us-tools',
    sectors: ['lithography'],
    round: 1,
  };
  const tariffFrom = (from: 'USA' | 'CHN', round: number): CauseAct => ({
    from,
    kind: 'tariff',
    action: 'impose',
    intensity: 1,
    misperceived: false,
    measureId: `${from}-tariff`,
    round,
  });
  const by = (strategy: EventCause['strategy'], rule: EventCause['rule'], extra: Partial<EventCause> = {}) =>
    ({ source: 'strategy', strategy, rule, ...extra }) as EventCause;

  it.each([
    { cause: { source: 'timeline', rule: 'script' }, text: 'as the timeline scripts' },
    {
      cause: { source: 'timeline', rule: 'script', note: '21 May 2023: CAC decision' },
      text: '21 May 2023: CAC decision',
    },
    { cause: { source: 'human', rule: 'team' }, text: 'the team playing China chooses it' },
    {
      cause: { source: 'human', rule: 'team', note: 'Move by the China team' },
      text: 'Move by the China team',
    },
    {
      cause: { source: 'alliance', rule: 'joinAlly', ally: 'USA', since: 1 },
      text: "an ally, following the USA's control in force since Q4 2022",
    },
    {
      cause: by('titForTat', 'mirror', { act: control }),
      text: "tit for tat: in answer to the USA's control on lithography tools (Q4 2022)",
    },
    {
      cause: by('generousTitForTat', 'mirror', { act: control }),
      text: "generous tit for tat, not forgiving this time: in answer to the USA's control on lithography tools (Q4 2022)",
    },
    {
      cause: by('titForTat', 'mirror', { act: { ...control, misperceived: true, misread: 'larger' } }),
      text: "tit for tat: in answer to the USA's control on lithography tools (Q4 2022), which it misreads as one size larger",
    },
    {
      cause: by('titForTat', 'mirror', {
        act: { ...tariffFrom('USA', 2), misperceived: true, misread: 'smaller' },
      }),
      text: "tit for tat: in answer to the USA's tariff (Q1 2023), which it misreads as one size smaller",
    },
    {
      cause: by('titForTat', 'mirror', {
        act: {
          from: 'USA',
          kind: 'tariff',
          action: 'impose',
          intensity: 0.5,
          misperceived: true,
          misread: 'invented',
          round: 2,
        },
      }),
      text: 'tit for tat: in answer to a tariff from the USA (Q1 2023) that it misreads: none was imposed',
    },
    {
      cause: by('proportional', 'share', { act: control, ratio: 0.74 }),
      text: "proportional, sparing its own industry: answers 0.7 times the harm of the USA's control on lithography tools (Q4 2022)",
    },
    {
      cause: by('escalator', 'escalate', { act: tariffFrom('CHN', 2), ratio: 1.5 }),
      text: "escalates: answers 1.5 times the harm of China's tariff (Q1 2023)",
    },
    {
      cause: by('grimTrigger', 'grimTrigger', { act: tariffFrom('USA', 3) }),
      text: "grim trigger: never forgives the USA's tariff (Q2 2023)",
    },
    {
      cause: by('titForTat', 'relaxInReturn', { act: { ...tariffFrom('CHN', 3), action: 'relax' } }),
      text: 'tit for tat: in return for China lifting its tariff (Q2 2023)',
    },
    {
      cause: by('generousTitForTat', 'forgive', { toward: 'USA', quietRounds: 2 }),
      text: 'generous tit for tat: forgives the USA after two quiet rounds',
    },
    {
      cause: by('generousTitForTat', 'forgive', { toward: 'USA', quietRounds: 1 }),
      text: 'generous tit for tat: forgives the USA after one quiet round',
    },
    {
      cause: by('winStayLoseShift', 'shift', { act: tariffFrom('USA', 4) }),
      text: "win-stay-lose-shift: shifts after a bad round, hit by the USA's tariff (Q3 2023)",
    },
    {
      cause: by('winStayLoseShift', 'stay', { toward: 'USA' }),
      text: 'win-stay-lose-shift: stays hostile to the USA after a good round',
    },
  ] as { cause: EventCause; text: string }[])('$cause.rule reads "$text"', ({ cause, text }) => {
    expect(describeCause(cause, 'CHN', names, label)).toBe(text);
  });

  it('does not modify its input', () => {
    const cause = by('titForTat', 'mirror', { act: control });
    expectUnchanged([cause], () => describeCause(cause, 'CHN', names, label));
  });
});

describe('actNoun', () => {
  it.each([
    { act: { kind: 'tariff' }, text: 'tariff' },
    { act: { kind: 'tariff', sectors: ['memory'] }, text: 'tariff on memory chips (DRAM and NAND)' },
    {
      act: { kind: 'exportControl', sectors: ['gallium', 'germanium'] },
      text: 'control on gallium and germanium',
    },
    { act: { kind: 'purchaseBan', firm: 'micron' }, text: 'ban on Micron' },
    { act: { kind: 'entityListing', firm: 'huawei' }, text: 'listing of Huawei' },
  ] as { act: Parameters<typeof actNoun>[0]; text: string }[])(
    'names a $act.kind "$text"',
    ({ act, text }) => {
      expect(actNoun(act, names)).toBe(text);
    },
  );
});
