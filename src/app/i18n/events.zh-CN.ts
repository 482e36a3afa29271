// 回合日志的中文措辞：由事件携带的数据（措施、原因、数字）重新组句，名称取自 zh-CN.ts 目录。
// The round log's events in Simplified Chinese, said again from each event's data (events.ts); names of states, firms,
// sectors and strategies come from the zh-CN catalog, numbers are written the Chinese way (Intl).

import {
  MEASURES,
  specOf,
  type Measure,
  type MeasureKind,
  type ZhWords,
} from '../../model/measures/index.ts';
import type { NameBook } from '../../model/narrate.ts';
import type {
  Bloc,
  CauseAct,
  EventCause,
  EventEntry,
  EventFacts,
  SectorId,
  StandardId,
  StateCode,
  StrategyId,
} from '../../model/types.ts';
import { teamNote } from '../../sim/teamPlay.ts';
import type { EventPhrasebook } from './events.ts';
import { zhCN } from './zh-CN.ts';

const LOCALE = 'zh-CN';
const percentFormat = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 1 });
const countFormat = new Intl.NumberFormat(LOCALE);
const ratioFormat = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** 0.251 -> "25.1%", rounded as the English is (words.ts percent) */
export function percent(x: number): string {
  return percentFormat.format(Math.round(x * 1000) / 1000);
}

const SMALL_NUMBERS = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];

/** "两" before a measure word (两家, 两个回合), digits from 11 on, as the English spells numbers up to ten */
function count(n: number): string {
  return SMALL_NUMBERS[n] ?? countFormat.format(n);
}

const state = (code: StateCode) => zhCN.states[code];

/** an anchor firm's Chinese name, else the name the run gives it (a generated firm's id) */
function firm(id: string, names: NameBook): string {
  return (zhCN.firms as Record<string, string | undefined>)[id] ?? names.firmName(id);
}

function sectors(list: readonly SectorId[] | undefined): string {
  if (!list || list.length === 0) return '所有商品';
  return zhCN.list(list.map((k) => zhCN.sectors[k]));
}

/** whom an export control targets: a state, every foreign buyer, or a firm */
function target(code: string, names: NameBook): string {
  if (code === 'ALL') return '所有外国买家';
  return code in zhCN.states ? state(code as StateCode) : firm(code, names);
}

const STACKS: Record<StandardId, string> = { A: '技术栈A', B: '技术栈B' };

const BLOCS: Record<Bloc, string> = { US: '美国阵营', CN: '中国阵营', NA: '不结盟国家' };

/** The Chinese names a kind's Chinese sentences ask for (measures/spec.ts ZhWords); the sentences are its module's. */
const ZH: ZhWords = {
  state,
  sectors,
  sectorList: (list) => list.map((k) => zhCN.sectors[k]).join('、'),
  target,
  firm,
  labelStart: (m) => `${zhCN.statesShort[m.maker]}${zhCN.kinds[m.kind as MeasureKind]}`,
  labelTarget(code, firmName) {
    if (code === 'ALL') return '所有外国买家';
    if (code in zhCN.statesShort) return zhCN.statesShort[code as StateCode];
    return (zhCN.firms as Record<string, string | undefined>)[code] ?? firmName(code);
  },
  percent,
  number: (x) => countFormat.format(x),
  stack: (id) => STACKS[id],
};

/** How a kind of measure reads in Chinese: its module's sentences (spec.ts zh), given the Chinese names. */
interface MeasureWords<M extends Measure> {
  describe(m: M, names: NameBook, replacing?: Measure): string;
  describeRelax(m: M, names: NameBook): string;
  joinedAs?(m: M, names: NameBook): string;
  label(m: M, firmName: (id: string) => string): string;
}

/** A kind's Chinese sentences, typed for its measure (as measures/index.ts specOf). */
function wordsOf<M extends Measure>(m: M): MeasureWords<M> {
  const zh = specOf(m).zh;
  const joinedAs = zh.joinedAs;
  return {
    describe: (x, names, replacing) => zh.describe(x, ZH, names, replacing),
    describeRelax: (x, names) => zh.describeRelax(x, ZH, names),
    joinedAs: joinedAs && ((x, names) => joinedAs(x, ZH, names)),
    label: (x, firmName) => zh.label(x, ZH, firmName),
  };
}

function join(who: StateCode, m: Measure, names: NameBook): string {
  const what = wordsOf(m).joinedAs?.(m, names) ?? zhCN.kinds[m.kind];
  return `${state(who)}追随${state(m.maker)}，一同实施${what}`;
}

/** an act named by its kind and what it covers: "对光刻设备的出口管制", "对美光的采购禁令" */
export function actNoun(act: Pick<CauseAct, 'kind' | 'sectors' | 'firm'>, names: NameBook): string {
  return MEASURES[act.kind].zh.noun(act, ZH, names);
}

function revenue(f: Extract<EventFacts, { what: 'revenue' }>, names: NameBook): string {
  const change = f.before > 0 ? f.after / f.before - 1 : 0;
  const from = `${firm(f.firm, names)}来自总部位于${state(f.maker)}的买家的收入`;
  const since = f.since ? '自措施实施以来，' : '';
  if (change <= -0.005) return `${since}${from}减少了${percent(-change)}`;
  if (change >= 0.005) return `${since}${from}增加了${percent(change)}`;
  return `${since}${from}没有变化`;
}

function purchases(f: Extract<EventFacts, { what: 'purchases' }>, names: NameBook): string {
  const change = f.before > 0 ? f.after / f.before - 1 : 0;
  const who = firm(f.firm, names);
  const where = `总部位于${state(f.maker)}的供应商`;
  if (f.before > 0 && change <= -0.995)
    return f.since ? `${who}现在不从${where}采购` : `${who}已不再从${where}采购`;
  const since = f.since ? '与措施实施前相比，' : '';
  if (change <= -0.005) return `${since}${who}来自${where}的投入所占比重减少了${percent(-change)}`;
  if (change >= 0.005) return `${since}${who}来自${where}的投入所占比重增加了${percent(change)}`;
  return `${since}${who}来自${where}的投入所占比重没有变化`;
}

function switches(f: Extract<EventFacts, { what: 'switch' }>, names: NameBook): string {
  const named = f.anchors.map((id) => firm(id, names));
  const to = `转向${STACKS[f.stack]}`;
  if (named.length === f.count) return `${named.join('和')}${to}`;
  const among = named.length > 0 ? `（其中包括${named.join('、')}）` : '';
  return `${state(f.state)}的${count(f.count)}家${zhCN.sectors[f.sector]}生产企业${among}${to}`;
}

/** Learning and growth move the raw index too (as narrate.ts says in English). */
const RAW_INDEX_NOTE = '已计入学习效应；措施的作用要看与没有这些措施的同一世界之间的差距';

function cost(index: number): string {
  const change = index / 100 - 1;
  if (Math.abs(change) < 0.005) return '终端设备的投入成本与起点持平';
  return change > 0
    ? `终端设备的投入成本比第0回合高${percent(change)}（${RAW_INDEX_NOTE}）`
    : `终端设备的投入成本比第0回合低${percent(-change)}（${RAW_INDEX_NOTE}）`;
}

function facts(f: EventFacts, names: NameBook): string {
  switch (f.what) {
    case 'start': {
      const closures = f.closures ?? 0;
      const inForce =
        closures === 0
          ? f.tariffs === 0
            ? '尚无任何措施生效'
            : `已有${countFormat.format(f.tariffs)}项关税生效`
          : f.tariffs === 0
            ? `已有${countFormat.format(closures)}项措施生效`
            : `已有${countFormat.format(f.tariffs)}项关税和${countFormat.format(closures)}项其他措施生效`;
      return `校准后的起始世界：七个国家和地区共${countFormat.format(f.firms)}家企业，${inForce}。`;
    }
    case 'impose':
      return wordsOf(f.measure).describe(f.measure, names, f.previous);
    case 'relax':
      return wordsOf(f.measure).describeRelax(f.measure, names);
    case 'join':
      return join(f.state, f.measure, names);
    case 'bloc':
      return `${state(f.state)}从${BLOCS[f.from]}转入${BLOCS[f.to]}`;
    case 'revenue':
      return revenue(f, names);
    case 'purchases':
      return purchases(f, names);
    case 'switch':
      return switches(f, names);
    case 'cost':
      return cost(f.index);
  }
}

/** "美国的关税", "美国对光刻设备的出口管制": a state's act, without a second 的 where the noun has one */
function whose(code: StateCode | '它', noun: string): string {
  const who = code === '它' ? code : state(code);
  return noun.startsWith('对') ? `${who}${noun}` : `${who}的${noun}`;
}

/** "美国对光刻设备的出口管制（2022年第4季度）", and how the state misread it where noise changed it */
function describeAct(act: CauseAct, names: NameBook, label: (round: number) => string): string {
  const when = label(act.round);
  const noun = actNoun(act, names);
  if (act.misread === 'invented')
    return `一项被它误以为来自${state(act.from)}的${noun}（${when}，实际上并不存在）`;
  const seen = whose(act.from, noun);
  if (act.misread === 'larger') return `${seen}（${when}，它误以为力度大了一级）`;
  if (act.misread === 'smaller') return `${seen}（${when}，它误以为力度小了一级）`;
  return `${seen}（${when}）`;
}

/** "1.5倍" */
function times(ratio: number | undefined): string {
  return `${ratioFormat.format(Math.round((ratio ?? 1) * 10) / 10)}倍`;
}

/**
 * Notes the presets' timelines give their moves, in Chinese. A note someone wrote in their own timeline is theirs and
 * shows as written.
 */
export const PRESET_NOTES: Readonly<Record<string, string>> = {
  'Before the war: average US tariff on Chinese goods, 3.0%': '贸易战之前：美国对中国商品的平均关税为3.0%',
  'Before the war: average Chinese tariff on US goods, 8.0%': '贸易战之前：中国对美国商品的平均关税为8.0%',
  'September 2018: after the lists of July, August and September, 12.0%':
    '2018年9月：在7月、8月和9月的清单之后，达到12.0%',
  'September 2018: China’s retaliation, 18.3%': '2018年9月：中国的反制，18.3%',
  'January 2019: China suspends its extra tariffs on US cars, 16.5%':
    '2019年1月：中国暂停对美国汽车加征的关税，16.5%',
  'May-June 2019: list 3 goes from 10% to 25%, 18.3%': '2019年5至6月：清单3的税率从10%提高到25%，达到18.3%',
  'June 2019: China raises its September 2018 rates, 20.7%':
    '2019年6月：中国提高其2018年9月的税率，达到20.7%',
  'September 2019: list 4A, 21.0%': '2019年9月：清单4A，21.0%',
  'September 2019: China’s retaliation, 21.1%': '2019年9月：中国的反制，21.1%',
  'February 2020: the Phase One deal halves the list 4A rate, 19.3%':
    '2020年2月：第一阶段协议把清单4A的税率减半，19.3%',
  'February 2020: China halves its September 2019 rates, 20.3%':
    '2020年2月：中国把2019年9月的税率减半，20.3%',
  '7 October 2022: tools for logic at 16/14 nm and below, DRAM at 18 nm half-pitch and below, NAND of 128 layers and more':
    '2022年10月7日：用于16/14纳米及以下逻辑芯片、18纳米半间距及以下DRAM、128层及以上NAND的设备',
  '7 October 2022: advanced computing chips': '2022年10月7日：先进计算芯片',
  '15 December 2022: the USA adds YMTC to the Entity List': '2022年12月15日：美国把长江存储列入实体清单',
  'State funds back China’s memory makers (the Big Fund’s second phase from 2019, new capital for YMTC and CXMT in 2023): assumed to pay a fifth of their own costs':
    '国家资金支持中国的存储芯片企业（2019年起的大基金二期，2023年向长江存储和长鑫存储注资）：假定承担其自身成本的五分之一',
  'Japan announces its tool controls, 31 March 2023': '日本宣布其设备出口管制，2023年3月31日',
  'The Netherlands announces its tool controls, 8 March 2023': '荷兰宣布其设备出口管制，2023年3月8日',
  '21 May 2023: CAC decision after the review announced on 31 March 2023':
    '2023年5月21日：国家网信办在2023年3月31日宣布审查之后作出的决定',
  '1 August 2023: export licences for gallium and germanium; three quarters of covered exports refused (customs: none in August 2023, gallium 73% and germanium 87% below a year before in November)':
    '2023年8月1日：镓和锗出口须获许可；四分之三的受管制出口被拒（海关数据：2023年8月为零，11月镓比上年同期低73%，锗低87%）',
  '3 December 2024: China bans gallium and germanium exports to the USA':
    '2024年12月3日：中国禁止向美国出口镓和锗',
  'The opening move: controls on advanced chip-making tools': '第一步：管制先进芯片制造设备',
  'Leading-edge tools only': '仅限最先进的设备',
  'CHIPS and Science Act: $52.7bn, with the 25% investment credit (about $24bn) about $77bn over ten years; 8% of US chip makers’ own costs comes to about $82bn over the 40 quarters':
    '《芯片与科学法案》：527亿美元，加上25%的投资税收抵免（约240亿美元），十年共约770亿美元；承担美国芯片企业自身成本的8%，40个季度合计约820亿美元',
  'The Big Fund and local funds: about $150bn from 2015 to 2022 (Bruegel); 15% of Chinese chip and tool makers’ own costs comes to about $216bn over the 40 quarters':
    '大基金和地方基金：2015至2022年约1500亿美元（布鲁盖尔研究所）；承担中国芯片和设备企业自身成本的15%，40个季度合计约2160亿美元',
  'Escalation: a 10% tariff': '升级：10%的关税',
  'Escalation: China answers in kind': '升级：中国以同样方式回应',
  'Escalation: the tariff rises to 25%': '升级：关税提高到25%',
  'The gesture: the USA lifts its tariff': '示好：美国取消关税',
  'The opening ring of provocations': '第一轮挑衅',
};

function note(text: string | undefined): string | undefined {
  return text === undefined ? undefined : (PRESET_NOTES[text] ?? text);
}

function cause(c: EventCause, self: StateCode, names: NameBook, label: (round: number) => string): string {
  const strategy = zhCN.strategies[c.strategy ?? 'scripted'].label;
  const act = c.act ? describeAct(c.act, names, label) : '它看到的一项行动';
  const toward = c.toward ? state(c.toward) : '对方';
  switch (c.rule) {
    case 'script':
      return note(c.note) ?? '按时间线的安排';
    case 'team':
      return c.note === undefined || c.note === teamNote(self)
        ? `由操控${state(self)}的小组作出这一选择`
        : note(c.note)!;
    case 'joinAlly':
      return `作为盟友，追随${c.ally ? state(c.ally) : '其盟友'}自${label(c.since ?? 0)}起实施的管制`;
    case 'mirror':
      return c.strategy === 'generousTitForTat'
        ? `${strategy}，这次没有宽恕：回应${act}`
        : `${strategy}：回应${act}`;
    case 'share':
      return `${strategy}，同时保护本国产业：回应的力度是${act}所造成损害的${times(c.ratio)}`;
    case 'escalate':
      return `升级：回应的力度是${act}所造成损害的${times(c.ratio)}`;
    case 'grimTrigger':
      return `冷酷触发：永不原谅${act}`;
    case 'relaxInReturn':
      return c.act
        ? `${strategy}：回报${state(c.act.from)}解除了${whose('它', actNoun(c.act, names))}（${label(c.act.round)}）`
        : `${strategy}：回报对方的放松`;
    case 'forgive':
      return `${strategy}：${toward}连续${count(c.quietRounds ?? 1)}个回合保持平静，于是宽恕了它`;
    case 'shift':
      return `${strategy}：上一回合结果不好，受到${act}的打击，于是改变做法`;
    case 'stay':
      return `${strategy}：上一回合结果不错，继续对${toward}保持敌对`;
  }
}

/** "“以牙还牙”（美国）": a habit named by its name, with the state that plays it in this run */
function playing(habits: Readonly<Record<StateCode, StrategyId>>, who: StateCode): string {
  return `“${zhCN.strategies[habits[who]]?.label ?? habits[who]}”（${state(who)}）`;
}

/** A tournament's line naming the habits that act (as tournament.ts habitSentence does in English). */
function habit(
  event: Pick<EventEntry, 'states' | 'cause'>,
  habits: Readonly<Record<StateCode, StrategyId>>,
  names: NameBook,
): string | null {
  const c = event.cause;
  const self = event.states[0];
  if (!c || c.source !== 'strategy' || !self) return null;
  const me = playing(habits, self);
  const act = c.act;
  const them = act ? playing(habits, act.from) : c.toward ? playing(habits, c.toward) : '另一种策略';
  const noun = act ? actNoun(act, names) : '行动';
  const what =
    act?.misread === 'invented'
      ? `一项它以为来自${them}的${noun}（其实并没有）`
      : `${them}${noun.startsWith('对') ? '' : '的'}${noun}`;
  switch (c.rule) {
    case 'mirror':
      return c.strategy === 'generousTitForTat'
        ? `${me}这次没有宽恕，回应了${what}`
        : `${me}以同样的方式回应${what}`;
    case 'share':
      return `${me}按所受损害的一部分回应${what}`;
    case 'escalate':
      return `${me}以更大的行动回应${what}`;
    case 'grimTrigger':
      return `${me}永不原谅${what}`;
    case 'relaxInReturn':
      return act ? `${me}解除一项措施，因为${them}解除了${whose('它', noun)}` : `${me}解除一项措施作为回报`;
    case 'forgive':
      return `${me}在${them}连续${count(c.quietRounds ?? 1)}个回合保持平静之后宽恕了它`;
    case 'shift':
      return `${me}在结果不好的回合之后改变做法，因为受到${what}的打击`;
    case 'stay':
      return `${me}在结果不错的回合之后继续对${them}保持敌对`;
    default:
      return null;
  }
}

export const CHINESE_EVENTS: EventPhrasebook = {
  facts,
  cause,
  because: (act, why) => `${act}——${why}`,
  unknownMeasure: (relax, id) => `${relax ? '解除' : '加入'}措施 ${id}`,
  measureLabel: (m, firmName) => wordsOf(m).label(m, firmName),
  habit,
};
