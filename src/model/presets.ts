// The eight presets: ready-made scenarios, each saying what it shows and where its inputs come from. Historical presets
// start from a calendar quarter so that their rounds carry dates; the others count rounds.

import { parseScenario, type Scenario, type ScenarioInput } from './scenario.ts';
import { STATE_CODES, type SectorId, type StateCode } from './types.ts';

export const PRESET_IDS = [
  'open-world',
  'tariff-war-2018',
  'micron-2023',
  'tit-for-tat-escalation',
  'small-yard',
  'two-blocs',
  'detente',
  'tournament',
] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export interface Preset {
  id: PresetId;
  title: string;
  /** one or two sentences for the preset picker: what a class will see */
  summary: string;
  /** what to look for, for the teacher's notes */
  shows: string[];
  scenario: ScenarioInput;
}

const EQUIPMENT: SectorId[] = ['lithography', 'process'];
const CHIPS: SectorId[] = ['memory', 'logic'];
const DEFAULT_SEED = 2023;
const DEFAULT_FIRMS = 400;

const openWorld: Preset = {
  id: 'open-world',
  title: 'Open world',
  summary: 'No measures at all: the baseline every other run is compared with.',
  shows: [
    'Costs drift down as firms learn (Wright’s law); they never drift up without a measure or a shock.',
    'Standards stay where they start: the starting split is an equilibrium, so China’s firms on stack B (tied to a home ecosystem) stay there, and the rest stay on stack A.',
    'From an even start (set both initial stack-B shares to 0.5) one stack wins by increasing returns, and which one is chance.',
  ],
  scenario: {
    version: 1,
    preset: 'open-world',
    name: 'Open world',
    description:
      'The calibrated world of 2022 with no tariffs, controls, bans or subsidies, and every state passive.',
    seed: DEFAULT_SEED,
    rounds: 40,
    firms: DEFAULT_FIRMS,
    sources: [
      'Calibration table of the rulebook (docs/model.md): market shares from TrendForce and company reports.',
    ],
  },
};

const tariffWar: Preset = {
  id: 'tariff-war-2018',
  title: 'The 2018-19 tariff war',
  summary:
    'The United States and China raise average tariffs on each other’s goods step by step, as they did from January 2018 to February 2020.',
  shows: [
    'Tariffs are passed through to buyers: the cost index of each state’s device makers rises with each step that raises its own tariff by a point or more, and falls when that tariff is cut.',
    'Trade between the two blocs shrinks as buyers move to suppliers in third states.',
    'The average tariff series follow the published figures from their pre-war levels: USA on China 3.0% -> 12.0% -> 18.3% -> 21.0% -> 19.3%; China on the USA 8.0% -> 18.3% -> 16.5% -> 20.7% -> 21.1% -> 20.3%.',
  ],
  scenario: {
    version: 1,
    preset: 'tariff-war-2018',
    name: 'The 2018-19 tariff war',
    description:
      'Average US tariffs on Chinese goods and Chinese tariffs on US goods, at the dates Bown (PIIE) records. The starting world (Q4 2017) already has the pre-war average (mostly most-favoured-nation) rates, 3.0% and 8.0%, and is calibrated to them, so the war is read against them and not against free trade. Both states follow the record (scripted).',
    seed: DEFAULT_SEED,
    rounds: 16,
    firms: DEFAULT_FIRMS,
    start: { year: 2017, quarter: 4 },
    states: { USA: { strategy: 'scripted' }, CHN: { strategy: 'scripted' } },
    params: { joinRate: 0 },
    timeline: [
      tariff(0, 'USA', 'CHN', 0.03, 'Before the war: average US tariff on Chinese goods, 3.0%'),
      tariff(0, 'CHN', 'USA', 0.08, 'Before the war: average Chinese tariff on US goods, 8.0%'),
      tariff(3, 'USA', 'CHN', 0.12, 'September 2018: after the lists of July, August and September, 12.0%'),
      tariff(3, 'CHN', 'USA', 0.183, 'September 2018: China’s retaliation, 18.3%'),
      tariff(5, 'CHN', 'USA', 0.165, 'January 2019: China suspends its extra tariffs on US cars, 16.5%'),
      tariff(6, 'USA', 'CHN', 0.183, 'May-June 2019: list 3 goes from 10% to 25%, 18.3%'),
      tariff(6, 'CHN', 'USA', 0.207, 'June 2019: China raises its September 2018 rates, 20.7%'),
      tariff(7, 'USA', 'CHN', 0.21, 'September 2019: list 4A, 21.0%'),
      tariff(7, 'CHN', 'USA', 0.211, 'September 2019: China’s retaliation, 21.1%'),
      tariff(9, 'USA', 'CHN', 0.193, 'February 2020: the Phase One deal halves the list 4A rate, 19.3%'),
      tariff(9, 'CHN', 'USA', 0.203, 'February 2020: China halves its September 2019 rates, 20.3%'),
    ],
    sources: [
      'Chad P. Bown, "US-China Trade War Tariffs: An Up-to-Date Chart", Peterson Institute for International Economics (average tariff rates by date).',
      'Amiti, Redding and Weinstein (2019); Fajgelbaum et al. (2020): tariffs passed through almost fully to importers’ prices.',
    ],
  },
};

const micron: Preset = {
  id: 'micron-2023',
  title: 'Chip controls and the Micron ban, 2022-23',
  summary:
    'The October 2022 US controls on chip-making tools, Japan and the Netherlands joining, China’s May 2023 ban on Micron for critical-infrastructure operators, and China’s gallium and germanium controls of August 2023.',
  shows: [
    'The ban takes away at once what Micron sold to China’s server and telecom-equipment makers, who supply the critical-infrastructure operators: about 45% of its revenue from China (its filing said about half), and as much two years on; phone and car makers buy from Micron as before, and Samsung’s and SK hynix’s revenue from China rises (every run, against the same run without the ban).',
    'Chinese chip makers at the leading edge pay more for tools they can no longer buy from the US, Japan and the Netherlands; mature tools keep selling.',
    'China’s memory makers, backed by state funds and helped by the ban, gain market share (from about 3.3% of the memory market to about 4.1% by Q3 2024, 3.9% to 4.3% across the seeds, against about 5% in the trackers).',
    'The gallium and germanium controls raise costs for device makers in every state, China’s own buyers less than the USA’s and the EU’s (its refiners still sell at home). The effect on screen is of all the measures together; to see these controls’ own, compare with a branch from Q3 2023 without them.',
  ],
  scenario: {
    version: 1,
    preset: 'micron-2023',
    name: 'Chip controls and the Micron ban, 2022-23',
    description:
      'Each step of the record falls in its own quarter. Q4 2022: the US controls of 7 October 2022 on tools for advanced chips and on advanced computing chips, and YMTC on the US Entity List (15 December); from then on, state funds pay a fifth of China’s memory makers’ own costs (an assumption standing for the Big Fund and state capital). Q1 2023: Japan (announced 31 March) and the Netherlands (announced 8 March) join the tool controls; they took effect on 23 July and 1 September 2023. Q2 2023: China bars critical-infrastructure operators from buying Micron (decision of 21 May 2023). Q3 2023: China requires licences for gallium and germanium exports (announced 3 July, effective 1 August 2023). Q4 2024: China bans gallium and germanium exports to the USA (3 December 2024). States follow the record (scripted); allies join only where the record says so.',
    seed: DEFAULT_SEED,
    rounds: 12,
    firms: DEFAULT_FIRMS,
    start: { year: 2022, quarter: 3 },
    states: {
      USA: { strategy: 'scripted' },
      CHN: { strategy: 'scripted' },
      EU: { strategy: 'scripted' },
      JPN: { strategy: 'scripted' },
      KOR: { strategy: 'scripted' },
      TWN: { strategy: 'scripted' },
      ROW: { strategy: 'scripted' },
    },
    params: { joinRate: 0 },
    timeline: [
      {
        round: 1,
        action: 'impose',
        measure: {
          kind: 'exportControl',
          id: 'us-tools-2022',
          maker: 'USA',
          target: 'CHN',
          sectors: EQUIPMENT,
          threshold: 0.7,
          size: 1,
        },
        note: '7 October 2022: tools for logic at 16/14 nm and below, DRAM at 18 nm half-pitch and below, NAND of 128 layers and more',
      },
      {
        round: 1,
        action: 'impose',
        measure: {
          kind: 'exportControl',
          id: 'us-advanced-computing-2022',
          maker: 'USA',
          target: 'CHN',
          sectors: ['logic'],
          threshold: 0.85,
          size: 1,
        },
        note: '7 October 2022: advanced computing chips',
      },
      {
        round: 1,
        action: 'impose',
        measure: { kind: 'entityListing', id: 'us-ymtc-2022', maker: 'USA', firm: 'ymtc' },
        note: '15 December 2022: the USA adds YMTC to the Entity List',
      },
      {
        round: 1,
        action: 'impose',
        measure: { kind: 'subsidy', id: 'cn-memory-funds', maker: 'CHN', sectors: ['memory'], rate: 0.2 },
        note: 'State funds back China’s memory makers (the Big Fund’s second phase from 2019, new capital for YMTC and CXMT in 2023): assumed to pay a fifth of their own costs',
      },
      {
        round: 2,
        action: 'join',
        measureId: 'us-tools-2022',
        state: 'JPN',
        note: 'Japan announces its tool controls, 31 March 2023',
      },
      {
        round: 2,
        action: 'join',
        measureId: 'us-tools-2022',
        state: 'EU',
        note: 'The Netherlands announces its tool controls, 8 March 2023',
      },
      {
        round: 3,
        action: 'impose',
        measure: {
          kind: 'purchaseBan',
          id: 'cn-micron-cii-2023',
          maker: 'CHN',
          firm: 'micron',
          scope: 'cii',
        },
        note: '21 May 2023: CAC decision after the review announced on 31 March 2023',
      },
      {
        round: 4,
        action: 'impose',
        measure: {
          kind: 'exportControl',
          id: 'cn-gallium-germanium-2023',
          maker: 'CHN',
          target: 'ALL',
          sectors: ['gallium', 'germanium'],
          threshold: 0,
          size: 0.75,
        },
        note: '1 August 2023: export licences for gallium and germanium; three quarters of covered exports refused (customs: none in August 2023, gallium 73% and germanium 87% below a year before in November)',
      },
      {
        round: 9,
        action: 'impose',
        measure: {
          kind: 'exportControl',
          id: 'cn-gallium-germanium-usa-2024',
          maker: 'CHN',
          target: 'USA',
          sectors: ['gallium', 'germanium'],
          threshold: 0,
          size: 1,
        },
        note: '3 December 2024: China bans gallium and germanium exports to the USA',
      },
    ],
    sources: [
      'US Bureau of Industry and Security, interim final rule of 7 October 2022; Entity List additions of 15 December 2022 (YMTC).',
      'China Integrated Circuit Industry Investment Fund (the Big Fund), second phase from 2019; reported state capital for YMTC and CXMT in 2023. The subsidy rate (a fifth of own costs) is an assumption.',
      'METI (Japan), controls on 23 items of chip-making equipment, announced 31 March 2023, effective 23 July 2023.',
      'Government of the Netherlands, controls on advanced chip-making equipment, announced 8 March 2023, effective 1 September 2023.',
      'Cyberspace Administration of China, decision on Micron of 21 May 2023 (review announced 31 March 2023).',
      'Micron Technology, Form 8-K, June 2023: about a quarter of revenue from China- and Hong Kong-headquartered buyers, about half of that at risk.',
      'Reuters, 17 October 2025 (as reported by Tom’s Hardware and others): Micron stops supplying server chips to data centres in mainland China, its server business there never having recovered from the ban; it goes on selling to car and phone makers in China.',
      'MOFCOM announcements of 3 July 2023 (gallium and germanium licences, effective 1 August 2023) and 3 December 2024 (ban on exports to the USA).',
      'TrendForce DRAM (4Q22) and NAND (1Q24) market shares.',
    ],
  },
};

const titForTatEscalation: Preset = {
  id: 'tit-for-tat-escalation',
  title: 'Escalation from one export control',
  summary:
    'The USA imposes one export control on China; both states mirror every hostile act they see, and now and then misread one.',
  shows: [
    'Tit for tat between two states echoes even without noise: each answer is read as a new act and answered in turn, for 20 rounds and more in every run.',
    'Neither state ever lifts a measure, so the feud lasts to the end, with noise or without.',
    'Misperception (noise) adds acts nobody took: states answer tariffs that were never imposed, and the event log says they misread them. Set noise to 0 and compare at the same seed: with noise the run ends with higher costs for China’s buyers and worldwide, and with more measures in force and higher tariffs, in most runs (20, 20, 18 and most of 20 seeds).',
    'Costs end above the open world’s for the USA’s buyers in most runs, and China’s rise far more (over three times as much) in most runs.',
  ],
  scenario: {
    version: 1,
    preset: 'tit-for-tat-escalation',
    name: 'Escalation from one export control',
    description:
      'One US export control on chip-making tools to China in round 2; the USA and China follow tit for tat, other states stay passive but may join controls. Tit for tat alone keeps the exchange going: every answer is a new act to answer. Noise of 5% means some acts are seen larger, smaller, or where none was taken, and each misreading is answered too.',
    seed: DEFAULT_SEED,
    rounds: 40,
    firms: DEFAULT_FIRMS,
    noise: 0.05,
    states: { USA: { strategy: 'titForTat' }, CHN: { strategy: 'titForTat' } },
    timeline: [
      {
        round: 2,
        action: 'impose',
        measure: {
          kind: 'exportControl',
          id: 'us-tools',
          maker: 'USA',
          target: 'CHN',
          sectors: EQUIPMENT,
          threshold: 0.7,
          size: 1,
        },
        note: 'The opening move: controls on advanced chip-making tools',
      },
    ],
    sources: ['Axelrod (1984), The Evolution of Cooperation: tit for tat and its echo effect under noise.'],
  },
};

const smallYard: Preset = {
  id: 'small-yard',
  title: 'Small yard, high fence',
  summary:
    'Narrow controls on the most advanced chip-making tools only, joined by allies; nobody retaliates.',
  shows: [
    'A narrow control costs the world little: the cost index moves by hundredths of a point against the twin, because it bites only on the few Chinese fabs at the leading edge.',
    'Standards do not split further: narrow controls cut few trade links between standards-bearing firms, so divergence stays where it starts.',
    'Compare with two-blocs to see what a wide fence costs: its welfare losses for China and the USA are many times larger.',
  ],
  scenario: {
    version: 1,
    preset: 'small-yard',
    name: 'Small yard, high fence',
    description:
      'The USA controls only leading-edge lithography and etch/deposition tools (technology level 0.85 and above) to China; aligned states may join after a lag. China does not answer.',
    seed: DEFAULT_SEED,
    rounds: 40,
    firms: DEFAULT_FIRMS,
    timeline: [
      {
        round: 2,
        action: 'impose',
        measure: {
          kind: 'exportControl',
          id: 'us-leading-edge-tools',
          maker: 'USA',
          target: 'CHN',
          sectors: EQUIPMENT,
          threshold: 0.85,
          size: 1,
        },
        note: 'Leading-edge tools only',
      },
    ],
    sources: [
      '"Small yard, high fence": US National Security Adviser Jake Sullivan, 2022-23 speeches on targeted technology controls.',
    ],
  },
};

const twoBlocs: Preset = {
  id: 'two-blocs',
  title: 'Two blocs',
  summary:
    'Comprehensive controls on chips and tools between the blocs, home subsidies, and each bloc mandating its own technology stack.',
  shows: [
    'Standards divergence climbs toward 1 as firms on each side adopt their bloc’s stack.',
    'Costs jump most for the bloc cut off from the leading suppliers, for several years; home suppliers then build capacity and catch up, and by the end China’s cost is back within twenty points of the twin’s and every other state’s within a few (tools bought dear in the shortage stay in fabs’ costs for years, and China’s firms no longer learn from the rivals they are cut off from).',
    'Welfare counts what buyers pay and what taxpayers pay: both blocs end poorer than their no-measures twin, whatever the cost index says.',
    'The USA’s chips and tools stop reaching China (its allies’ too, where they join); devices still cross, so cross-bloc trade falls below the twin’s but does not collapse.',
  ],
  scenario: {
    version: 1,
    preset: 'two-blocs',
    name: 'Two blocs',
    description:
      'In round 2 the USA controls all chips and chip-making tools to China and its allies may join; China controls gallium and germanium to the USA and bars its critical-infrastructure buyers from the leading US chip makers. Both subsidise their chip industries and mandate their own stack (A for the USA, B for China) from round 3.',
    seed: DEFAULT_SEED,
    rounds: 40,
    firms: DEFAULT_FIRMS,
    states: { USA: { subsidyBudget: 0.1 }, CHN: { subsidyBudget: 0.15 } },
    timeline: [
      {
        round: 2,
        action: 'impose',
        measure: {
          kind: 'exportControl',
          id: 'us-chips-and-tools',
          maker: 'USA',
          target: 'CHN',
          sectors: [...EQUIPMENT, ...CHIPS],
          threshold: 0,
          size: 1,
        },
      },
      {
        round: 2,
        action: 'impose',
        measure: {
          kind: 'exportControl',
          id: 'cn-materials',
          maker: 'CHN',
          target: 'USA',
          sectors: ['gallium', 'germanium'],
          threshold: 0,
          size: 1,
        },
      },
      ...['micron', 'intel', 'western-digital'].map((firm) => ({
        round: 2,
        action: 'impose' as const,
        measure: {
          kind: 'purchaseBan' as const,
          id: `cn-ban-${firm}`,
          maker: 'CHN' as const,
          firm,
          scope: 'cii' as const,
        },
      })),
      {
        round: 3,
        action: 'impose',
        measure: { kind: 'subsidy', id: 'us-chips-subsidy', maker: 'USA', sectors: CHIPS, rate: 0.08 },
        note: 'CHIPS and Science Act: $52.7bn, with the 25% investment credit (about $24bn) about $77bn over ten years; 8% of US chip makers’ own costs comes to about $82bn over the 40 quarters',
      },
      {
        round: 3,
        action: 'impose',
        measure: {
          kind: 'subsidy',
          id: 'cn-chips-subsidy',
          maker: 'CHN',
          sectors: [...CHIPS, ...EQUIPMENT],
          rate: 0.15,
        },
        note: 'The Big Fund and local funds: about $150bn from 2015 to 2022 (Bruegel); 15% of Chinese chip and tool makers’ own costs comes to about $216bn over the 40 quarters',
      },
      {
        round: 3,
        action: 'impose',
        measure: { kind: 'standardMandate', id: 'us-stack-a', maker: 'USA', standard: 'A', strength: 1.5 },
      },
      {
        round: 3,
        action: 'impose',
        measure: { kind: 'standardMandate', id: 'cn-stack-b', maker: 'CHN', standard: 'B', strength: 1.5 },
      },
    ],
    sources: [
      'CNIPA (2022): 5G standard-essential patent families by origin, China 39.9%, US 34.6%: the basis of a credible second stack.',
      'CHIPS and Science Act (2022): $52.7bn of appropriations; CBO’s estimate of the 25% advanced manufacturing investment credit, about $24bn over 2022-31.',
      'García-Herrero and Weil (2022), “Lessons for Europe from China’s quest for semiconductor self-reliance”, Bruegel Policy Contribution 19/2022: about $150bn of Chinese state support since 2015. The rates are set so that 40 quarters of subsidy come to these sums, counting the world’s chip sales as about $600bn a year (SIA, 2022: $574bn).',
    ],
  },
};

const detente: Preset = {
  id: 'detente',
  title: 'Detente',
  summary:
    'Two years of escalation between the USA and China, then one gesture: both states are generous and forgive.',
  shows: [
    'Generous tit for tat answers the gesture and relaxes its own measures after quiet rounds: the escalation unwinds, and by the end every measure has been lifted, in every run.',
    'Costs fall back almost all the way: a little stays for a while (under half a point on China’s cost index against the same world without measures), because buyers who moved to other suppliers come back over several quarters.',
    'Standards stay where they start: the tariffs, tool controls and ban close few links between standards-bearing firms and no state mandates a stack (compare two-blocs, where the stacks split for good).',
  ],
  scenario: {
    version: 1,
    preset: 'detente',
    name: 'Detente',
    description:
      'Both states follow generous tit for tat throughout: they answer hostile acts but forgive a third of them, and after a quiet round relax one of their measures with the same probability. On top of their own answers, rounds 1-8 add a scripted escalation of tariffs and controls. In round 10 the USA lifts its tariff as a gesture.',
    seed: DEFAULT_SEED,
    rounds: 40,
    firms: DEFAULT_FIRMS,
    states: {
      USA: { strategy: 'generousTitForTat', forgiveness: 1 / 3 },
      CHN: { strategy: 'generousTitForTat', forgiveness: 1 / 3 },
    },
    params: { joinRate: 0 },
    timeline: [
      tariff(1, 'USA', 'CHN', 0.1, 'Escalation: a 10% tariff'),
      tariff(2, 'CHN', 'USA', 0.1, 'Escalation: China answers in kind'),
      {
        round: 4,
        action: 'impose',
        measure: {
          kind: 'exportControl',
          id: 'us-tools',
          maker: 'USA',
          target: 'CHN',
          sectors: EQUIPMENT,
          threshold: 0.7,
          size: 1,
        },
      },
      {
        round: 5,
        action: 'impose',
        measure: { kind: 'purchaseBan', id: 'cn-ban-micron', maker: 'CHN', firm: 'micron', scope: 'cii' },
      },
      tariff(6, 'USA', 'CHN', 0.25, 'Escalation: the tariff rises to 25%'),
      tariff(7, 'CHN', 'USA', 0.25, 'Escalation: China answers in kind'),
      {
        round: 8,
        action: 'impose',
        measure: {
          kind: 'exportControl',
          id: 'cn-materials',
          maker: 'CHN',
          target: 'USA',
          sectors: ['gallium', 'germanium'],
          threshold: 0,
          size: 1,
        },
      },
      {
        round: 10,
        action: 'relax',
        measureId: 'USA-tariff-CHN',
        note: 'The gesture: the USA lifts its tariff',
      },
    ],
    sources: ['Nowak and Sigmund (1992): generous tit for tat forgives with q = 1/3 at payoffs 5, 3, 1, 0.'],
  },
};

const tournament: Preset = {
  id: 'tournament',
  title: 'Strategy tournament',
  summary:
    'Seven habits of retaliation play each other, rotated over the seven states so that no habit gets the biggest state every time. Who scores best?',
  shows: [
    'Scores use Axelrod’s payoffs: 3 each when neither side has a hostile measure in force against the other, 1 each when both do, 5 and 0 when only one does.',
    'Under noise, forgiving strategies (generous tit for tat, win-stay-lose-shift) tend to beat grim trigger and the escalator.',
    'Raise the noise and watch the ranking change.',
  ],
  scenario: {
    version: 1,
    preset: 'tournament',
    name: 'Strategy tournament',
    description:
      'Round 1 opens with a ring of provocations: each state puts a 5% tariff on the next (USA on China, China on the EU, ... the rest of the world on the USA); after that every state follows its strategy. In rotation r, the state in position i plays the strategy in position (i + r) mod 7. With 10% noise some acts are misread. The series shown is the first rotation; the ranking averages all seven.',
    seed: DEFAULT_SEED,
    rounds: 24,
    firms: 200,
    noise: 0.1,
    states: {
      USA: { strategy: 'titForTat' },
      CHN: { strategy: 'generousTitForTat' },
      EU: { strategy: 'proportional' },
      JPN: { strategy: 'escalator' },
      KOR: { strategy: 'grimTrigger' },
      TWN: { strategy: 'winStayLoseShift' },
      ROW: { strategy: 'passive' },
    },
    params: { joinRate: 0 },
    timeline: STATE_CODES.map((maker, i) =>
      tariff(1, maker, STATE_CODES[(i + 1) % STATE_CODES.length], 0.05, 'The opening ring of provocations'),
    ),
    tournament: { rotations: 7 },
    sources: [
      'Axelrod (1984), The Evolution of Cooperation: payoffs T, R, P, S = 5, 3, 1, 0.',
      'Nowak and Sigmund (1992); Nowak and Sigmund (1993) on win-stay, lose-shift.',
    ],
  },
};

function tariff(round: number, maker: StateCode, target: StateCode, rate: number, note: string) {
  return {
    round,
    action: 'impose' as const,
    measure: { kind: 'tariff' as const, id: `${maker}-tariff-${target}`, maker, target, rate },
    note,
  };
}

export const PRESETS: readonly Preset[] = [
  openWorld,
  tariffWar,
  micron,
  titForTatEscalation,
  smallYard,
  twoBlocs,
  detente,
  tournament,
];

export function isPresetId(id: string): id is PresetId {
  return (PRESET_IDS as readonly string[]).includes(id);
}

export function presetById(id: PresetId): Preset {
  return PRESETS.find((p) => p.id === id)!;
}

/** The preset's scenario, checked and with its defaults filled in. */
export function presetScenario(id: PresetId): Scenario {
  return parseScenario(structuredClone(presetById(id).scenario));
}
