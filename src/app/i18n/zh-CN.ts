// 简体中文消息目录：与 en.ts 同形（类型即英文目录的类型），每个键、每个参数一一对应。
// The Simplified Chinese catalog: the same keys and values as en.ts, which is its type.

import type { Messages } from './en.ts';
import { PARAMS } from './params.zh-CN.ts';
import { PRESET_TEXTS } from './presets.zh-CN.ts';
import { LESSON_TEXTS } from './lessons.zh-CN.ts';
import { MEASURES, MEASURE_KINDS } from '../../model/measures/index.ts';
import type { MeasureKind, StateCode } from '../../model/types.ts';
import type { SensitivityProblem } from '../../sim/sensitivity.ts';
import { bytesZh, fileProblemZh, linkProblemZh, reasonZh, scenarioProblemZh } from './checks.zh-CN.ts';
import type { FileProblem, Reason } from '../../sim/files/validate.ts';
import type { LinkProblem } from '../../sim/files/link.ts';
import { readScenarioProblem, type ScenarioProblem } from '../../model/errors.ts';
import type { MoveProblem } from '../../sim/roomMessages.ts';

/** the score weights' short names, for the undo label of a weight changed */
const WEIGHT_NAMES: Record<string, string> = { cost: '成本', revenue: '企业收入', escalation: '升级' };

const STATES: Record<StateCode, string> = {
  USA: '美国',
  CHN: '中国',
  EU: '欧盟',
  JPN: '日本',
  KOR: '韩国',
  TWN: '中国台湾',
  ROW: '世界其他地区',
};

/** what a branch or the measures do to a cost, in the ensemble's sentences (the same words for one and many) */
const BAND_VERBS = {
  unchanged: (owner: string, within: string) => `使${owner}的成本保持不变（相差在${within}点以内）`,
  adds: (owner: string, range: string) => `使${owner}的成本增加${range}`,
  lowers: (owner: string, range: string) => `使${owner}的成本降低${range}`,
  changes: (owner: string, lo: string, hi: string) =>
    `使${owner}的成本变动${lo}至${hi}点（有的运行上升，有的下降）`,
};

/** the outcomes' own units (src/sim/ensemble.ts OUTCOMES), as the sensitivity view shows them */
const OUTCOME_UNITS: Record<string, string> = {
  'index (round 0 = 100)': '指数（第 0 回合 = 100）',
  '0-1': '0-1',
  'share of all trade, 0-1': '占全部贸易的份额（0-1）',
  '% of real income without the measures': '占没有措施时实际收入的百分比',
  'index points over the twin, worst round so far': '高于没有措施的同一世界的指数点，至今最差的一回合',
  'revenue (round 0 world = 1 per sector)': '收入（第 0 回合每个行业全球 = 1）',
  'share of its sector, 0-1': '占本行业的份额（0-1）',
};

export const zhCN: Messages = {
  language: {
    label: '语言',
    notLoaded: (name: string) => `无法加载${name}，页面仍为中文。请检查网络连接后重新选择。`,
  },
  time: {
    quarter: (quarter: number, year: number) => `${year}年第${quarter}季度`,
    round: (round: number) => `第${round}回合`,
  },
  states: STATES,
  list: (items: readonly string[]) =>
    items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join('、')}和${items.at(-1)}`,
  app: {
    title: '脱钩实验室',
    tagline: '一轮轮限制与报复：代价几何，技术阵营又会分离多远。',
    skip: '跳到图表',
    undo: '↶ 撤销',
    redo: '↷ 重做',
    undoTitle: (what: string) => `撤销：${what}`,
    redoTitle: (what: string) => `重做：${what}`,
    nothingToUndo: '没有可撤销的操作',
    nothingToRedo: '没有可重做的操作',
    openLinkLabel: '打开分享链接',
    openFileLabel: (name: string) => `打开文件 ${name}`,
    openSavedLabel: (name: string) => `打开已保存的情景 ${name}`,
    teamMoveLabel: (state: StateCode, round: number) =>
      `${STATES[state]}小组第 ${round} 轮的行动（隐藏，来自其笔记本电脑）`,
    hotSeatMoveLabel: (state: StateCode, round: number) => `${STATES[state]}小组第 ${round} 轮的行动（隐藏）`,
    revealLabel: (round: number) => `公开各小组第 ${round} 轮的行动`,
    skipLabel: (state: StateCode, round: number) => `第 ${round} 轮跳过${STATES[state]}小组`,
    weightLabel: (key: string, value: number) => `计分权重：${WEIGHT_NAMES[key] ?? key} ${value}`,
    howToUse: '使用说明',
    rulebook: '规则手册',
    rulebookTitle: '规则手册（英文）：每个机制、参数及其来源，以及数字背后的校准（在新标签页中打开）',
    lessons: '课程',
    lessonItem: (title: string, minutes: number) => `${title}（${minutes}分钟）`,
    present: '演示',
    exitPresent: '退出演示',
    presentTitle: '投影用的大图表和大字号，隐藏侧栏（P）',
    exitPresentTitle: '回到完整的模拟器（P 或 Esc）',
    parts: '模拟器的各部分',
    whatToShow: '显示内容',
    panes: { charts: '运行与图表', settings: '设置', log: '事件日志' },
    settingsAside: '情景设置',
    logAside: '事件日志',
    helpAndLogAside: '使用说明与事件日志',
    drop: '将情景或工作区文件（.json）拖放到此处即可打开',
    chartFailed: '此图表无法绘制。你的情景和分支均已保留。',
    appFailed: '显示模拟器时出错。你的情景和分支均已保留。',
    resetView: '重置视图',
    largeTitle: '运行一个大型工作区？',
    largeConfirm: '打开并运行',
    large: (what: string, firms: string, rounds: number, runs: number, takes: string) =>
      `${what}要运行${firms}家企业、共${rounds}个回合${
        runs > 1 ? `，同时运行${runs}次（当前分支及与之比较的分支）` : ''
      }。在学校笔记本这样的电脑上约需${takes}，其间页面可能变慢。在你做出选择之前，当前的工作保持不变。`,
    largerTitle: '扩大模拟世界？',
    largerConfirm: '修改并运行',
    larger: (
      firms: string,
      rounds: number,
      runs: number,
      takes: string,
      firmsBefore: string,
      roundsBefore: number,
    ) =>
      `${firms}家企业、共${rounds}个回合${
        runs > 1 ? `，同时运行${runs}次（当前分支及与之比较的分支）` : ''
      }，在学校笔记本这样的电脑上约需${takes}，其间页面可能变慢。选择“取消”则保持${firmsBefore}家企业、${roundsBefore}个回合。`,
  },
  dialog: {
    cancel: '取消',
  },
  run: {
    region: '运行控制',
    reset: '↺ 重置',
    resetLabel: '重置到第0回合',
    resetTitle: '重置（Home）',
    back: '◀ 后退',
    backLabel: '后退一个回合',
    backTitle: '后退（左方向键）',
    play: '▶ 播放',
    pause: '⏸ 暂停',
    playLabel: '播放',
    pauseLabel: '暂停',
    playTitle: '播放或暂停（空格键）',
    next: '前进 ▶',
    nextLabel: '前进一个回合',
    nextTitle: '前进（右方向键）',
    speed: '速度',
    topSpeed: '最快',
    perSecond: (n: number) => `每秒${n}个回合`,
    round: '回合',
    roundOf: (round: number, total: number) => `第${round}回合，共${total}回合`,
    held: (round: number, presenting: boolean) =>
      `播放在此等待各队提交第${round}回合的行动${presenting ? '：请退出演示模式（P）再传递设备。' : '。'}`,
    // the worker says why in English; a sentence of the model's own checks is said in Chinese
    stopped: (error: string) => {
      const problem = readScenarioProblem(error);
      return `运行已中止：${problem ? scenarioProblemZh(problem) : error}`;
    },
    done: (total: number) => `全部${total}个回合已算完。`,
    fingerprinting: '正在计算本次运行的指纹…',
    computing: (round: number, total: number) => `正在计算第${round}回合（共${total}回合）…`,
  },
  summary: {
    heading: '本回合',
    inWords: '文字说明',
    fingerprint: '运行指纹：',
    version: (v: number) => `（第${v}版）`,
    whenComplete: '运行完成后显示',
    computing: '正在计算…',
    helpEffect: '每个数字都是措施的效果：本次运行与没有这些措施、种子和运气都相同的世界相比。',
    helpRaw: '每个数字都是原始指数，以起始回合为基准；只有家庭实际收入始终与没有这些措施的同一世界相比。',
    helpFingerprint:
      '相同的情景和种子，在这里和命令行工具中得到相同的指纹。大型世界（企业数 × 回合数超过 200,000）使用第 2 版指纹，计算更快。',
  },
  summaryWords: {
    twinComputing: '没有措施的同一世界仍在计算中。',
    noEffectAtStart: (round: string) => `${round}是起始回合，措施尚未产生任何效果：所有效果均为0。`,
    noEffect: (start: string) =>
      `自${start}以来没有采取任何措施，所以本次运行与没有措施的世界相同：所有效果均为0。`,
    points: (value: string) => `${value}点`,
    costUnchanged: (whose: string) => `措施没有改变${whose}的投入成本：与没有这些措施时相同`,
    costRaised: (whose: string, points: string) =>
      `措施使${whose}的投入成本比没有这些措施的同一世界高出${points}点`,
    costLowered: (whose: string, points: string) =>
      `措施使${whose}的投入成本比没有这些措施的同一世界低${points}点`,
    costWithWithout: (sentence: string, withThem: string, without: string) =>
      `${sentence}（有措施时指数为${withThem}，没有措施时为${without}；1 点相当于起始时终端设备制造商每单位产品投入成本的百分之一）。`,
    sentence: (text: string) => `${text}。`,
    deviceMakers: '终端设备制造商',
    owner: STATES,
    divergenceAsWithout: (d: string, words: string) =>
      `技术标准分化度为${d}，与没有措施的同一世界相同：${words}。`,
    divergenceUnchanged: (d: string, words: string) =>
      `措施没有改变两大阵营技术标准的分化程度（分化度${d}：${words}）。`,
    divergenceFurther: (d: string, by: string, without: string) =>
      `措施使两大阵营的技术标准进一步分化：分化度为${d}，比没有这些措施的同一世界高${by}（${without}）。`,
    divergenceCloser: (d: string, by: string, without: string) =>
      `措施使两大阵营的技术标准保持得更接近：分化度为${d}，比没有这些措施的同一世界低${by}（${without}）。`,
    inDivergence: (value: string) => `分化度${value}`,
    tradeAsWithout: (share: string) => `两大阵营之间的贸易占全部贸易的${share}，与没有措施的同一世界相同。`,
    tradeUnchanged: (share: string) => `措施没有改变两大阵营之间的贸易占比（占全部贸易的${share}）。`,
    tradeCut: (share: string, by: string, without: string) =>
      `措施使两大阵营之间的贸易降至全部贸易的${share}，比没有这些措施的同一世界低${by}个百分点（${without}）。`,
    tradeRaised: (share: string, by: string, without: string) =>
      `措施使两大阵营之间的贸易升至全部贸易的${share}，比没有这些措施的同一世界高${by}个百分点（${without}）。`,
    pointsOfTrade: (value: string) => `贸易占比${value}个百分点`,
    pts: (value: string) => `${value}个百分点`,
    indexPts: (value: string) => `${value}点`,
    notComparable: (start: string) => `无法与${start}比较`,
    same: (start: string) => `与${start}相同`,
    higher: (change: string, start: string) => `比${start}高${change}`,
    lower: (change: string, start: string) => `比${start}低${change}`,
    indexValue: (value: string, start: string) => `${value}（指数，${start} = 100）`,
    costSince: (change: string) => `终端设备制造商的投入成本${change}。`,
    hardestHit: (state: string, change: string) =>
      `${state}的终端设备制造商受打击最重：其投入成本${change}。`,
    divergenceValue: (d: string) => `${d}（0 = 同一技术栈，1 = 两个技术栈）`,
    divergenceSince: (d: string, words: string, d0: string, start: string) =>
      `技术标准分化度${d}：${words}（${start}为${d0}）。`,
    notAvailable: '暂无数据',
    shareAlmostAll: '两大阵营几乎共用全部技术栈',
    shareMost: '两大阵营仍共用大部分技术栈',
    shareLittle: '两大阵营共用的技术栈已经不多',
    separate: '两大阵营各用各的技术栈',
    downFrom: (share: string, start: string) => `低于${start}的${share}`,
    upFrom: (share: string, start: string) => `高于${start}的${share}`,
    ofTrade: (share: string) => `占贸易的${share}`,
    tradeSince: (share: string, since: string) => `两大阵营之间的贸易占全部贸易的${share}，${since}。`,
    noneWorseOffValue: '0.0% 没有国家受损',
    noneWorseOff: '与没有这些措施的同一世界相比，没有哪个国家的家庭处境变差。',
    worstOff: (owner: string, loss: string) =>
      `与没有这些措施的同一世界相比，${owner}的家庭能买到的设备少了${loss}%（已计入关税收入和补贴）。`,
    noMeasures: '目前没有生效的措施。',
    measuresInForce: (n: number, escalation: string) =>
      `${n}项措施正在生效；升级强度为${escalation}（现行敌对措施按其覆盖的贸易加权，以起始世界国家间贸易的百分比计；“措施”视图绘有此曲线）。`,
    micronRevenue: (change: string) => `美光来自总部位于中国的买家的收入${change}。`,
    micronRevenueTwin: (kept: string) =>
      `美光来自总部位于中国的买家的收入是没有这些措施的同一世界中的 ${kept}%。`,
  },
  checks: {
    reason: (reason: Reason) => reasonZh(reason),
    file: (fileProblem: FileProblem) => fileProblemZh(fileProblem),
    link: (linkProblem: LinkProblem) => linkProblemZh(linkProblem),
    scenario: (modelProblem: ScenarioProblem) => scenarioProblemZh(modelProblem),
    sentence: (reason: Reason) => {
      const text = reasonZh(reason);
      return text.endsWith('。') ? text : `${text}。`;
    },
  },
  notices: {
    dismiss: '关闭',
    dismissMore: '此消息',
    fromLink: '链接中的工作区',
    savedScenario: (name: string) => `已保存的情景“${name}”`,
    opened: (what: string) => `已打开${what}。撤销可以恢复你之前的工作。`,
    openedKept: (what: string, name: string) =>
      `已打开${what}。你之前的工作已保存在“已保存的情景”中，名为“${name}”，撤销也可以恢复它。`,
    notOpened: (what: string) => `没有打开${what}。你的工作区没有改变。`,
    reset: '一切已重置为默认情景。撤销可以恢复你的各个分支。',
    unavailable:
      '浏览器存储已关闭或在这里不可用，所以关闭此标签页后你的工作不会保留。请把它导出为文件来保存。',
    full: '浏览器存储已满，所以这次更改没有保存。请删除一些已保存的情景，或把你的工作导出为文件。',
    otherTab: (name: string) =>
      `脱钩实验室在此浏览器的另一个标签页中也已打开，那个标签页保存了它自己的工作。此标签页也保留自己的工作：另一个标签页的工作保存在“已保存的情景”中，名为“${name}”，所以两者都不会丢失。`,
    otherTabNotKept:
      '脱钩实验室在此浏览器的另一个标签页中也已打开，那个标签页保存了它自己的工作，而存储空间不够同时保留两者：此标签页的更改不会自动保存。请把你的工作导出为文件来保存。',
    otherTabSeen: (name: string) =>
      `脱钩实验室在此浏览器的另一个标签页中也已打开，那个标签页刚刚保存了它自己的工作。两个标签页不共享编辑：此标签页保留自己的工作，另一个标签页的工作会在此标签页下次保存时保存在“已保存的情景”中，名为“${name}”，所以两者都不会丢失。`,
    tooLargeToKeep: (size: string, most: string) =>
      `这个工作区太大，无法保存在浏览器中（${size}；上限为 ${most}）。请把它导出为文件来保存。`,
    unreadableAutosave: (detail: string, name: string) =>
      `此浏览器中自动保存的工作无法读取，所以应用重新开始：${detail}它按原样保存在“已保存的情景”中，名为“${name}”，你可以在那里把它导出为文件。`,
    unreadableNotKept: (detail: string) =>
      `此浏览器中自动保存的工作无法读取：${detail}没有空间把它另存起来，所以此标签页不会自动保存，以免改动它。请把你的工作导出为文件来保存。`,
    tooManySaved: (most: number) => `已经有 ${most} 个已保存的情景，这是上限。请删除一个，再保存新的。`,
    unreadableEntries: (n: number) =>
      `此浏览器中有 ${n} 个已保存的条目无法被这个版本读取。它们按原样保留：可以把它们导出为文件，在更新的版本中打开，或者删除它们。`,
    gone: '这个已保存的情景已经不在浏览器的存储中了。',
    autosaveUpdated: '你自动保存的工作是由旧版本的 Decoupling Lab 保存的，已更新为当前格式。',
    nameNeeded: '已保存的情景需要一个名称。',
    nameTooLong: (most: number, length: number) => `名称最多 ${most} 个字符；这个名称有 ${length} 个。`,
    linkUnreadAtStart: (detail: string, restored: boolean) =>
      `${detail}Decoupling Lab 改为打开了${restored ? '你自动保存的工作' : '默认情景'}。`,
    linkUpdated: '这个链接是由旧版本的 Decoupling Lab 保存的，已更新为当前格式。',
    fileTooLarge: (name: string, size: string, most: string) =>
      `没有打开${name}：这个文件太大（${size}；上限为 ${most}）。你的工作区没有改变。`,
    fileUnreadable: (name: string) => `无法读取${name}。你的工作区没有改变。`,
    fileRefused: (name: string, detail: string) => `没有打开${name}。${detail}你的工作区没有改变。`,
    linkRefused: (detail: string) => `没有打开链接中的工作区。${detail}你的工作区没有改变。`,
    savedUnread: (detail: string) => `无法读取这个已保存的情景：${detail}请把它导出为文件来保存。`,
    notSavedScenario: '它不是已保存的情景。',
    savedNewer: (reason: string) =>
      `这份已保存的工作是由更新版本的 Decoupling Lab 保存的（英文说明：${reason}）。请把它导出为文件，在新版中打开。`,
    savedUnreadable: (reason: string | null) =>
      `这个版本的 Decoupling Lab 无法读取它${reason === null ? '' : `（英文说明：${reason}）`}。请把它导出为文件来保存。`,
    cannotRename: '无法读取这个已保存的情景，所以不能重命名。',
    nameTaken: (name: string) => `已经有一个已保存的情景叫“${name}”。`,
    openedNotKept: (what: string, detail: string) =>
      `已打开${what}，但你之前的工作无法保存在“已保存的情景”中：${detail}在此标签页关闭之前，撤销可以恢复它；把它导出为文件即可保存。`,
  },
  reading: {
    group: '数字的读法',
    effect: '与没有措施的同一世界相比',
    raw: '原始指数',
    headlineOnly: '此处：只改变主要数字',
    notHere: {
      memory:
        '存储芯片市场显示各厂商的原始市场份额，不与没有措施的同一世界相比，因此在这里这个选择只改变顶部的主要数字。在成本与标准、跨阵营贸易和敏感性分析视图中，它还会改变图表。',
      measures:
        '措施视图显示每个回合采取了什么措施，而不是与没有措施的同一世界相比的数值，因此在这里这个选择只改变顶部的主要数字。在成本与标准、跨阵营贸易和敏感性分析视图中，它还会改变图表。',
      difference:
        '假设分析图显示一个分支减去另一个分支，各按其实际运行，因此在这里这个选择只改变顶部的主要数字。在成本与标准、跨阵营贸易和敏感性分析视图中，它还会改变图表。',
      tournament:
        '锦标赛显示它自己的得分，因此在这里这个选择只改变顶部的主要数字。在成本与标准、跨阵营贸易和敏感性分析视图中，它还会改变图表。',
    },
  },
  howTo: {
    heading: '如何使用脱钩实验室',
    pick: '选择情景',
    pickWhere: (narrow: boolean) => (narrow ? '（在“设置”标签页中）' : '（在左侧的“情景”面板中）'),
    pickRest: '。默认打开2022—23年的芯片管制与美光禁令；“观察要点”列出了全班应当注意的现象。',
    play: '按“播放”',
    playRest:
      '（或空格键）。每个回合代表一个季度。用方向键逐回合前进或后退，用 Home 和 End 跳到开头或结尾，也可以拖动回合滑块；图表和事件日志会随之更新。',
    read: '阅读本回合',
    readRest: '（在图表上方）：成本、技术标准、贸易和家庭，都与没有这些措施的同一世界相比；',
    inWords: '文字说明',
    readWords: '用文字说明措施的作用，',
    rawIndex: '原始指数',
    readIndex: '则显示指数本身。点击',
    logWhere: (narrow: boolean) => (narrow ? '“事件日志”标签页' : '日志'),
    readEnd: '中的事件可跳到它发生的回合。',
    whatIf: '提出“假如……？”',
    whatIfStart: '：停在某个回合，按',
    branchHere: '从这里分支',
    whatIfMiddle: '，在新分支中修改时间线、策略或参数，然后在',
    compareWith: '与之比较',
    whatIfEnd: '中选择基线，并打开',
    difference: '假设差异',
    stop: '。',
    undo: '每项修改都可以撤销（Ctrl+Z，Mac 上为 Cmd+Z）和重做（Shift+Ctrl+Z）。',
    presentStart: '使用投影仪时，按',
    present: '演示',
    presentEnd: '（或 P）：侧栏隐藏，图表和本回合的数字以大字号占满屏幕。按 P 或 Esc 恢复侧栏。',
    sure: '把握有多大？',
    sureRest: '“运行 N 个种子”用多个种子运行同一世界并画出分散范围；“同时改变假设”把假设也纳入其中。',
    lessons: '课程',
    lessonsRest: '（在页首）带全班完成三个问题：先预测，再看运行结果。',
    gotIt: '知道了',
  },
  numberField: {
    slider: (label: string) => `${label}（滑块）`,
    range: (min: string, max: string, unit: string) => `范围：${min}至${max}${unit ? ` ${unit}` : ''}`,
    kept: (shown: string) => `保留${shown}。`,
    enter: (range: string) => `请输入${range}之间的数字。`,
    enterWhole: (range: string) => `请输入${range}之间的整数。`,
    outOfRange: (range: string) => `超出范围：请输入${range}之间的数字。`,
    rangeText: (min: string, max: string, unit: string) => `${min}至${max}${unit ? ` ${unit}` : ''}`,
  },
  scenario: {
    heading: '情景',
    editingBranch: '你正在编辑分支',
    branchCounts: (round: number) => `。它的修改从第${round}回合起生效；之前的回合沿用它所分出的那次运行。`,
    preset: '预设情景',
    custom: '自定义情景',
    presetHelp: '载入预设会替换所有分支；撤销可以恢复。',
    lookFor: '观察要点',
    settingsShown: '显示的设置',
    simple: (n: number) => `简易，供课堂使用（${n}项设置）`,
    all: (n: number) => `全部（${n}个参数，各附单位和来源）`,
    run: '运行：种子、时长和规模',
    seed: '种子',
    newSeed: '新种子',
    newSeedEdit: (seed: number) => `新种子 ${seed}`,
    seedEdit: (seed: number) => `种子 ${seed}`,
    seedHelp: '相同的种子在任何屏幕上都得到相同的运行。种子、回合数和企业数适用于所有分支。',
    rounds: '回合数',
    quarters: '个季度',
    roundsEdit: (n: number) => `回合数 ${n}`,
    roundsLong: (years: string) =>
      `即${years}年。超过十年后，请把运行结果理解为：在没有新发明、也没有新决定的情况下这些机制会带来什么，而不是预测。`,
    firms: '企业数',
    firmsUnit: '家企业',
    firmsEdit: (n: number) => `企业数 ${n}`,
    firmsHelp: '企业越多，曲线越平滑，计算也越久。',
    noise: '误判噪声',
    share: '比例',
    noiseEdit: (v: number) => `噪声 ${v}`,
    noiseHelp: '一国误读另一国行动的概率：把它看得更大、更小，或把不存在的行动当真。',
    forClass: '课堂设置',
    forClassHelp: '一节课会调整的几项设置。其余参数保持默认值；在上方选择“全部”即可看到它们。',
    paramEdit: (label: string, v: number) => `${label} ${v}`,
    groups: {
      world: { title: '世界参数', help: '2022年的起始世界如何构建。' },
      trade: { title: '贸易参数', help: '买家、供应商和价格如何对措施作出反应。' },
      standards: { title: '技术标准参数', help: '企业如何在技术栈A和技术栈B之间选择。' },
      behaviour: { title: '行为参数', help: '各国如何回应彼此、如何加入盟友。' },
    },
    startOnly: '只影响起始世界：此分支保留其运行开始时的取值。',
    source: (source: string) => `来源：${source}`,
    strategies: '各国的策略',
    strategiesHelp: '各国如何回应它所察觉到的敌对行动。“按脚本”的国家只执行时间线上的安排。',
    strategyEdit: (state: string, strategy: string) => `${state}采用${strategy}`,
  },
  log: {
    heading: '事件日志',
    byState: (n: number, of: number) => `按国家筛选（${n}/${of}）`,
    statesShown: '显示哪些国家的事件',
    byKind: (n: number, of: number) => `按类型筛选（${n}/${of}）`,
    kindsShown: '显示哪些类型的事件',
    groups: {
      acts: '国家行动（措施、解除、盟友加入）',
      firms: '企业与市场（销售的得与失）',
      standards: '技术标准（企业切换技术栈）',
      world: '阵营与成本',
    },
    fold: '折叠企业切换技术栈的事件',
    foldHelp: '每回合一行；展开即可看到每次切换。',
    events: '事件，最新的在前',
    folded: (n: number) => `${n === 1 ? '一处' : `${n}处`}有企业切换技术栈`,
    showThem: (body: string) => `${body}：展开查看`,
    thisRound: '\u00a0· 本回合',
    older: (n: number) => `再显示${n}条较早的事件`,
    stacks:
      '技术栈A是大多数企业遵循的技术标准（共用、美国主导）；技术栈B是中国自己的。当贸易伙伴、强制标准或被切断的贸易使另一套技术栈更划算时，企业就会转换。',
    baseline:
      '日志中企业的损失或收益，是与同一次运行中措施实施前一回合相比；顶部数字和图表则与没有这些措施的同一世界相比，因此两者可能不同。',
    baselineRaw: '日志中企业的损失或收益，是与同一次运行中措施实施前一回合相比；顶部数字则与起始回合相比。',
  },
  charts: {
    heading: '图表',
    view: '图表视图',
    views: {
      costs: '成本与技术标准',
      trade: '贸易流',
      memory: '存储芯片市场',
      measures: '措施',
      difference: '假设差异',
      tournament: '锦标赛',
      sensitivity: '敏感性',
    },
    noMeasures: '本次运行尚未采取任何措施，因此它与没有措施的世界相同：所有效果都为0。选择',
    noMeasuresRaw: '原始指数',
    noMeasuresEnd: '即可查看指数本身。',
    startingWorld: '正在计算起始世界…',
    compareHeading: '比较不同的未来',
    compare1: '差异图显示一个假设分支减去其基线的结果。做法：把播放头移到某个回合，按',
    compareBranch: '从这里分支',
    compare2: '，在新分支中修改措施、策略或参数，然后在',
    compareWith: '与之比较',
    compare3: '中选择基线。在',
    alsoCompare: '同时比较',
    compare4: '中最多还可以再加入三个分支；届时每个国家的成本和每家企业的收入都会与每个分支逐一对照。',
  },
  card: {
    hideTable: '隐藏数据表',
    showTable: '以表格显示数据',
    svgTitle: '将此图表下载为 SVG 图片',
    svg: '下载 SVG',
    pngTitle: '将此图表下载为 PNG 图片',
    png: '下载 PNG',
    nothingDrawn: (title: string) => `“${title}”还没有可下载的内容。请先按播放。`,
    downloaded: (file: string) => `已下载 ${file}。`,
    notSaved: (title: string, ext: string, error: string) => `“${title}”无法保存为 ${ext}：${error}。`,
  },
  statesShort: {
    USA: '美国',
    CHN: '中国',
    EU: '欧盟',
    JPN: '日本',
    KOR: '韩国',
    TWN: '台湾',
    ROW: '其他',
  },
  blocs: {
    US: '美国阵营',
    CN: '中国阵营',
    NA: '不结盟国家',
  },
  blocsShort: { US: '美方阵营', CN: '中方阵营', NA: '不结盟' },
  chart: {
    pressPlay: '按播放开始运行',
    waitingTwin: '没有措施的同一世界仍在计算中',
    allHidden: '所有序列都已隐藏：请在上方选择一个',
    noValues: '无数值',
    dashes: ['虚线', '点划线', '短虚线', '双点划线'],
    solid: '实线',
    bandColumns: { median: '中位数', mid50: '50%的运行', mid90: '90%的运行' },
    stop: '。',
    roundHeader: '回合',
    noBands: (what: string) => `${what}：尚无区间。`,
    bandSummary: (what: string, seeds: number, at: string, median: string, range: string) =>
      `${what}（${seeds}个种子），${at}：中位数${median}，90%的运行落在${range}。`,
    median: (label: string) => `${label}，中位数`,
    ninety: (label: string) => `${label}，90%的运行`,
    ofBranch: (label: string, branch: string, median: boolean) =>
      `${label}（${branch}）${median ? '，中位数' : ''}`,
    byRound: (what: string, branch: string) => `${what}，按回合${branch ? `，${branch}` : ''}`,
    byRoundComma: (what: string, branch: string) => `${what}，按回合${branch ? `，${branch}` : ''}`,
    solidNote: (name: string) => `实线：当前分支“${name}”。`,
    bandNote: (seeds: number) => `线：${seeds}个种子的中位数；深色阴影：居中50%的运行；浅色阴影：90%的运行。`,
    lineNote: (seeds: number) => `线：${seeds}个种子的中位数；深色阴影：居中50%的运行；浅色阴影：90%的运行。`,
  },
  cost: {
    title: '供应链成本指数',
    global: '全球',
    descriptionEffect:
      '按买方国家计算的单位设备产出投入成本：高于（+）或低于（−）没有措施的同一世界的指数点数。',
    descriptionRaw: '按买方国家计算的单位设备产出投入成本；100 = 起始回合。',
    summaryEffect: '措施对全球供应链成本的效果',
    summaryRaw: '全球供应链成本指数',
    legend: '显示的成本序列',
    unitEffect: '与没有措施的同一世界相比的指数点数',
    unitRaw: '投入成本指数（第0回合 = 100）',
    plotEffect: '措施的成本效果',
    plotRaw: '成本指数',
    medianOf: (seeds: number) => `，${seeds}个种子的中位数`,
    readsEffect: '措施对供应链成本指数的效果：高于（+）或低于（−）没有措施的同一世界的指数点数',
    readsRaw: '供应链成本指数（100 = 起始回合）',
    readsBands: (seeds: number) => `，${seeds}个种子的中位数和90%的运行`,
  },
  divergence: {
    title: '技术标准分化',
    divergence: '标准分化度',
    divergenceShort: '分化度',
    shareOfA: (bloc: string) => `标准A的份额，${bloc}`,
    effect: '措施的效果',
    withMeasures: '有措施时的标准分化度',
    withoutMeasures: '没有措施时的标准分化度',
    bandsEffect: '与没有措施的同一世界相比，措施使各阵营的技术标准多分化了多少',
    bandsRaw: '各阵营技术标准的分化程度（0—1）',
    descriptionEffect: '与没有措施的同一世界相比，措施使各阵营的技术标准多分化了多少。',
    descriptionRaw: '各阵营技术标准的分化程度。虚线：各阵营承载标准的产出中标准A所占的份额（0—1）。',
    legend: '显示的标准序列',
    unitEffect: '与没有措施的同一世界相比的分化度',
    unitRaw: '0 = 共用一个标准，1 = 毫无共同之处',
    plotEffect: '措施对标准分化的效果',
    captionBands: (label: string, seeds: number) => `${label}，${seeds}个种子的中位数和区间`,
    captionEffect: '有无措施时的标准分化度，以及措施的效果',
    captionRaw: '标准分化度与标准A的份额',
  },
  divergenceMore: {
    effectLine: '标准分化度，措施的效果',
    effectShort: '效果',
  },
  runCost: {
    about: (duration: string, memory: string) => `${duration}、${memory}内存`,
    fewSeconds: '几秒钟',
    seconds: (n: number) => `${n}秒`,
    minutes: (n: number) => `${n}分钟`,
    hours: (n: number) => `${n}小时`,
  },
  crossBloc: {
    title: '跨阵营贸易',
    effectLine: '跨阵营贸易，措施的效果',
    effect: '效果',
    share: '份额',
    withMeasures: '跨阵营贸易的份额（有措施）',
    without: '没有措施',
    effectPoints: '措施的效果（百分点）',
    descriptionEffect:
      '美国阵营与中国阵营之间的贸易占全部贸易的份额：高于（+）或低于（−）没有措施的同一世界的百分点数。',
    descriptionRaw: '美国阵营与中国阵营之间的贸易占全部贸易的份额（%）。',
    legend: '显示的跨阵营序列',
    unitEffect: '与没有措施的同一世界相比的百分点',
    unitRaw: '占全部贸易的百分比',
    captionBands: (label: string, seeds: number) => `${label}，${seeds}个种子的中位数和区间`,
    captionRaw: '有无措施时的跨阵营贸易',
  },
  trade: {
    title: (when: string) => `国家间贸易${when ? `，${when}` : ''}`,
    noTradeAtStart: '第0回合无贸易',
    exports: '出口',
    imports: '进口',
    changeSince: (when: string) => `自${when}以来的贸易变化`,
    sellsBuys: (state: string) => `与${state}：卖出 / 买入`,
    pair: (a: string, b: string, when: string) => `${a}与${b}，${when}`,
    to: (a: string, b: string) => `${a}→${b}`,
    toColumn: (state: string) => `出口至${state}`,
    fromRow: (state: string) => `来自${state}`,
    domestic: '国内',
    base: (when: string) => `进出口总额，${when}`,
    roundZero: '第0回合',
    changeSinceStart: '自第0回合以来的变化',
    legend: '显示的国家',
    noTradeAt: (when: string) => `${when}没有可显示的跨境贸易。`,
    hint: '弧长：出口额。两国之间的彩带取向对方卖得更多的一方的颜色。',
    changesTitle: (when: string) => `自${when}以来各国贸易的变化`,
    flowsCaption: (when: string, branch: string) =>
      `${when}${branch ? `，${branch}` : ''}的贸易流（行为出口方，列为进口方）`,
    exporter: '出口方',
    changesCaption: (when: string, base: string) => `${when}各国的跨境贸易及其自${base}以来的变化`,
    state: '国家',
    noRounds: '尚未运行任何回合。',
  },
  firms: {
    'cn-gallium': '中国镓精炼企业',
    'jp-gallium': '日本镓精炼企业',
    'eu-gallium': '欧洲镓精炼企业',
    'cn-germanium': '中国锗精炼企业',
    umicore: '优美科',
    'us-germanium': '美国锗精炼企业',
    'shin-etsu': '信越化学',
    sumco: '胜高',
    globalwafers: '环球晶圆',
    siltronic: '世创',
    'sk-siltron': 'SK Siltron',
    nsig: '沪硅产业',
    asml: '阿斯麦',
    nikon: '尼康',
    canon: '佳能',
    smee: '上海微电子',
    'applied-materials': '应用材料',
    'lam-research': '泛林集团',
    'tokyo-electron': '东京电子',
    'asm-international': 'ASM国际',
    naura: '北方华创',
    amec: '中微公司',
    samsung: '三星',
    'sk-hynix': 'SK海力士',
    micron: '美光',
    kioxia: '铠侠',
    'western-digital': '西部数据',
    ymtc: '长江存储',
    cxmt: '长鑫存储',
    tsmc: '台积电',
    intel: '英特尔',
    'samsung-foundry': '三星晶圆代工',
    smic: '中芯国际',
    globalfoundries: '格芯',
    umc: '联华电子',
    infineon: '英飞凌',
    huawei: '华为',
    ericsson: '爱立信',
    nokia: '诺基亚',
    zte: '中兴通讯',
    cisco: '思科',
    'samsung-networks': '三星网络',
    dell: '戴尔',
    hpe: '慧与',
    inspur: '浪潮',
    lenovo: '联想',
    supermicro: '超微电脑',
    foxconn: '富士康（服务器代工）',
    apple: '苹果',
    'samsung-electronics': '三星电子（终端设备）',
    xiaomi: '小米',
    oppo: 'OPPO',
    vivo: 'vivo',
    sony: '索尼',
    toyota: '丰田',
    volkswagen: '大众',
    byd: '比亚迪',
    hyundai: '现代汽车',
    'general-motors': '通用汽车',
    tesla: '特斯拉',
  },
  memory: {
    title: '存储芯片市场份额',
    others: '其他',
    thisBranch: '本分支',
    minus: (mine: string, other: string) => `${mine}减${other}（百分点）`,
    stackNote: (branch: string, others: string) =>
      `堆积图显示的是${branch}；其下的表格把每家厂商的份额与${others}进行比较。`,
    branchOnView: '当前分支',
    legend: '显示的存储芯片厂商',
    unit: '存储芯片销售额份额',
    allHidden: '所有厂商都已隐藏：请在上方选择一个',
    byRound: (branch: string) => `各回合的存储芯片份额${branch ? `，${branch}` : ''}`,
    byBranchCaption: (when: string) => `${when}的存储芯片份额，逐个分支比较（销售额份额；差值为百分点）`,
    maker: '厂商',
    tableCaption: (branch: string) => `各回合的存储芯片市场份额${branch ? `，${branch}` : ''}`,
  },
  /** each measure kind's Chinese name, from its module (src/model/measures/) */
  kinds: Object.fromEntries(MEASURE_KINDS.map((k) => [k, MEASURES[k].names['zh-CN']])) as Record<
    MeasureKind,
    string
  >,
  escalation: {
    title: '现行措施与冲突升级',
    intensity: '升级强度',
    noneInForce: '没有现行措施',
    moreInForce: (n: number) => `另有${n}项现行措施`,
    inForceCount: (n: number) => `${n}项现行措施`,
    valuetext: (when: string, intensity: string, active: readonly string[]) =>
      `${when}：升级强度${intensity}；${active.length === 0 ? '没有现行措施' : `现行措施：${active.join('；')}`}`,
    kind: '类型',
    from: '生效于',
    until: '截止',
    stillInForce: '仍在实施',
    ended: (when: string) => `${when}（已结束）`,
    measuresInForce: '现行措施数',
    legend: '显示的措施类型',
    unit: '升级强度（现行措施的加权值）',
    noMeasures: '尚未实施任何措施',
    allHidden: '所有类型都已隐藏：请在上方选择一个',
    byRound: (branch: string) => `各回合的现行措施${branch ? `，${branch}` : ''}`,
    showingAll: (n: number) => `显示全部${n}项措施。`,
    showingRecent: (shown: number, n: number) => `显示${n}项措施中最近实施的${shown}项。`,
    showAll: (n: number) => `显示全部${n}项措施`,
    caption: (branch: string) => `现行措施${branch ? `，${branch}` : ''}`,
    measure: '措施',
    intensityCaption: (branch: string) => `各回合的升级强度${branch ? `，${branch}` : ''}`,
  },
  difference: {
    cost: '全球成本指数',
    costUnit: '指数点数，假设分支减基线',
    divergence: '标准分化度',
    divergenceUnit: '分化度（0—1），假设分支减基线',
    lineMinus: (label: string, whatIf: string, baseline: string) => `${label}，${whatIf}减${baseline}`,
    legendMinus: (whatIf: string, baseline: string, dash: string) => `${whatIf}减${baseline}（${dash}）`,
    costWhatIf: '成本指数，假设分支',
    costBaseline: '成本指数，基线',
    costOf: (branch: string) => `成本指数，${branch}`,
    costDifference: (of: string) => `成本指数，差值${of ? `（${of}）` : ''}`,
    divergenceWhatIf: '分化度，假设分支',
    divergenceBaseline: '分化度，基线',
    divergenceOf: (branch: string) => `分化度，${branch}`,
    divergenceDifference: (of: string) => `分化度，差值${of ? `（${of}）` : ''}`,
    pairedSummary: (whatIf: string, baseline: string) => `全球成本指数，${whatIf}减${baseline}，按种子配对`,
    pairedColumn: (label: string, baseline: string, column: string) =>
      `${label}${baseline ? `（对比${baseline}）` : ''}：${column}`,
    baselinesHidden: '所有基线都已隐藏：请在上方选择一个',
    noCommonRounds: '尚无共同的回合',
    title: (single: boolean, whatIf: string, baselines: string) =>
      `假设分支减${single ? '基线' : '各基线'}：${whatIf}减${baselines}`,
    pairedNote: (seeds: number) =>
      `每个种子的差值，按种子配对。线：${seeds}个种子的中位数；深色阴影：居中50%的运行；浅色阴影：90%的运行。`,
    manyNote: '每条基线一条线，各有颜色和线型；高于零表示当前分支更高。',
    legend: '显示的差值',
    costShort: '成本',
    divergenceShort: '分化度',
    plotLabel: (label: string) => `${label}，假设分支减基线，按回合`,
    bothHidden: '两种差值都已隐藏：请在上方选择一个。',
    caption: (whatIf: string, baselines: string, single: boolean, seeds: number | null) =>
      `${whatIf}（假设分支）对比${baselines}（${single ? '基线' : '各基线'}）${
        seeds !== null ? `，按种子配对的差值，共${seeds}个种子` : ''
      }，按回合`,
  },
  sectors: {
    gallium: '镓',
    germanium: '锗',
    wafers: '硅晶圆',
    lithography: '光刻设备',
    process: '刻蚀与沉积设备',
    memory: '存储芯片（DRAM和NAND）',
    logic: '逻辑芯片',
    telecom: '电信设备',
    servers: '服务器',
    phones: '手机和个人电脑',
    cars: '汽车（电子）',
  },
  whoPays: {
    world: '全球',
    roundFallback: (round: number) => `第${round}回合`,
    points: (v: string) => `${v}个百分点`,
    effectOfView: (branch: string) => `${branch}：其措施的效果（点数）`,
    minusPoints: (mine: string, other: string, oneRun: boolean) =>
      `${mine}减${other}（点数）${oneRun ? '（单次运行）' : ''}`,
    minusSeeds: (mine: string, other: string, seeds: number) =>
      `${mine}减${other}，${seeds}个种子：中位数（90%的运行）`,
    effectOf: (branch: string) => `${branch}：其措施的效果（点数）`,
    share: (branch: string) => `市场份额，${branch}`,
    revenue: (mine: string, other: string) => `收入，${mine}对比${other}，变化百分比`,
    shareMinus: (mine: string, other: string) => `市场份额，${mine}减${other}（百分点）`,
    firm: (name: string, sector: string) => `${name}（${sector}）`,
    title: (when: string) => `谁在买单（${when}）：逐个分支看每个国家和企业`,
    waiting: (when: string) => `等待各次运行算到${when}…`,
    note: '成本以供应链指数点数计（第0回合 = 100）。“A减B”大于零：当前分支让该国付出更多成本。“其措施的效果”：一个分支与没有措施的同一世界相比。',
    pairedNote: (seeds: number) => `共${seeds}个种子，每个差值都按种子配对。`,
    statesCaption: (when: string, mine: string, others: string) =>
      `${when}各国的供应链成本：${mine}对比${others}`,
    state: '国家',
    firmsCaption: (when: string) =>
      `${when}的主要企业，收入在各分支间变化最大的排在前面（单次运行；多种子运行只统计国家）`,
    firmHeader: '企业',
    showFirst: (n: number) => `只显示变化最大的${n}家`,
    showAll: (n: number) => `显示全部${n}家主要企业`,
  },
  workBar: {
    region: '分享、保存和导出',
    copyLink: '复制链接',
    copied: '链接已复制。任何人打开它都会看到这个工作区和同一次运行。',
    copyByHand: '请从下面的输入框复制链接（Ctrl+C 或 Cmd+C）。',
    downloaded: (file: string) => `已下载 ${file}。`,
    tooLarge: (file: string, size: string, max: string) =>
      `${file} 大小为 ${size}，超过脱钩实验室能打开的 ${max}，因此无法按原样再次打开。请删除一些分支或措施后重新导出，以得到可以打开的文件。`,
    preparing: '正在准备运行数据…',
    downloadedRun: (file: string, fingerprint: string) => `已下载 ${file}（指纹 ${fingerprint}）。`,
    runFailed: (error: string) => `无法生成运行数据：${error}。`,
    saved: '已保存的情景…',
    openFile: '打开文件…',
    fileLabel: '要打开的情景或工作区文件',
    export: '导出',
    scenarioJson: '情景（JSON）',
    workspaceJson: '含所有分支的工作区（JSON）',
    runCsv: '运行数据（CSV）',
    runJson: '运行数据（JSON，与命令行输出相同，含效果）',
    runEveryFirm: '含每家企业的运行数据（JSON；世界越大文件越大）',
    report: '运行报告',
    resetAll: '全部重置…',
    link: '此工作区的链接',
    resetTitle: '全部重置？',
    resetConfirm: '全部重置',
    resetText:
      '所有分支和修改都将被默认情景取代。已保存的情景保留不变。撤销（Ctrl+Z 或 Cmd+Z）可以找回你的工作。',
  },
  branches: {
    region: '分支',
    mainName: '主运行',
    newName: (when: string) => `假如……（从${when}起）`,
    branchEdit: (name: string, round: number) => `在第${round}回合分出分支“${name}”`,
    renameEdit: (name: string) => `重命名为“${name}”`,
    chooseFirst: '请先在“与之比较”中选择一个分支。',
    atMost: (n: number) => `最多只能有${n}个分支与当前分支比较：请先取消勾选一个。`,
    branch: '分支',
    switchEdit: '切换分支',
    fromRound: (round: number) => `（从第${round}回合起）`,
    branchHereTitle: '新建一个分支，与当前运行共享到本回合为止的过程',
    branchHere: '从这里分支',
    rename: '重命名',
    deleteEdit: (name: string) => `删除分支“${name}”`,
    delete: (gone: number) => `删除${gone > 0 ? `（连同由它分出的${gone}个分支）` : ''}`,
    compareWith: '与之比较',
    compareEdit: '比较',
    nothing: '无',
    alsoCompare: (n: number) => `同时比较${n > 0 ? `（${n}）` : ''}`,
    alsoCompareMore: '：在同一坐标轴上显示更多分支',
    alsoLegend: (name: string, max: number) =>
      `与“${name}”对照的更多分支，各用一种线型（总共最多比较${max}个）`,
    alsoEdit: (name: string) => `同时比较“${name}”`,
    stopEdit: (name: string) => `停止比较“${name}”`,
    newTitle: (round: number) => `从第${round}回合分支`,
    renameTitle: (name: string) => `重命名“${name}”`,
    newText: (name: string, round: number, when: string) =>
      `新分支与“${name}”共享到第${round}回合${when ? `（${when}）` : ''}为止的过程。先创建它：之后你编辑的就是它的时间线、策略和参数，“${name}”保持不变。`,
    renameText: '这个名称会显示在分支列表、比较视图和下载文件的文件名中。',
    newLabel: (round: number) => `新分支的名称（从第${round}回合起）`,
    renameLabel: '新名称',
    create: '创建分支',
  },
  bandWords: {
    world: '全世界',
    range: (lo: string, hi: string) => (lo === hi ? `${lo}点` : `${lo}至${hi}点`),
    one: BAND_VERBS,
    many: BAND_VERBS,
    seeds: (seeds: number, assumptions: boolean) => `${seeds}个种子${assumptions ? '，假设随机抽取' : ''}`,
    effect: (at: string, words: string, runs: string) =>
      `到${at}，在90%的运行中，措施${words}，与没有这些措施的同一世界相比（${runs}）。`,
    difference: (at: string, name: string, words: string, against: string, runs: string) =>
      `到${at}，在90%的运行中，与“${against}”相比，“${name}”${words}（${runs}，按种子配对）。`,
  },
  ensemble: {
    downloaded: (file: string, seeds: number, first: number, last: number) =>
      `已下载 ${file}：${seeds}个种子（种子编号${first}至${last}）的区间。`,
    heading: '结果有多可靠？',
    hint: '一次运行就是一个种子：一次运气的抽取。用许多种子运行同一个世界，看看结果的分散程度。',
    seeds: '种子数',
    runTitle: (seed: number) => `从种子${seed}开始依次运行，每次都与没有措施的同一世界对照`,
    run: (seeds: number) => `运行${seeds}个种子`,
    ofBranches: (others: number) => `（${others === 1 ? '两个' : `全部${others + 1}个`}分支）`,
    showTitle: '在图表上画出中位数以及50%和90%区间',
    runFirst: '请先运行种子',
    show: '显示区间',
    csv: '区间（CSV）',
    playing: (done: string, total: string, branches: number) =>
      branches > 1
        ? `正在运行第${done}个，共${total}个（${branches}个分支的种子，每个都与没有措施的同一世界对照）…`
        : `正在运行第${done}个种子，共${total}个（每个都与没有措施的同一世界对照）…`,
    reading: '正在读取区间…',
    cancelled: '已取消：所有工作线程都已停止，那次运行的结果一概不保留。',
    played: (seeds: string, first: number, last: number, seconds: string | null, assumptions = false) =>
      `已运行${seeds}个种子（种子编号${first}至${last}${assumptions ? '，假设随机抽取' : ''}）${seconds !== null ? `，用时${seconds}秒` : ''}。`,
    kept: (seeds: string, first: number, last: number, assumptions = false) =>
      `${seeds}个种子（种子编号${first}至${last}${assumptions ? '，假设随机抽取' : ''}）此前已运行过：无需再次运行。`,
    assumptions: '同时改变假设',
    assumptionsTitle: (n: number) =>
      `每个种子还在规则手册给定的范围内抽取 ${n} 个假设参数，各分支相同：区间因此同时反映假设和种子的分散。`,
    notYet: (seeds: number) => `此分支尚未用${seeds}个种子运行过。`,
    inWords: (paired: boolean) => `用文字描述结果的分散${paired ? '，以及分支之间的差异' : ''}`,
    pairAgain: (name: string, others: string) => `再次运行种子，即可把“${name}”与${others}逐个种子配对。`,
    pairedHead: (name: string, other: string) => `“${name}”与“${other}”逐个种子比较：`,
    effectHead: (name: string) => `“${name}”中的措施起了什么作用（与没有这些措施的同一世界相比）：`,
  },
  saved: {
    savedAs: (name: string) => `已保存为“${name}”。`,
    keptNames: {
      link: '打开链接之前的工作',
      tab: '来自另一个标签页的工作',
      unreadableAutosave: '无法读取的自动保存',
      unreadableEntry: '无法读取的已保存情景',
    },
    kinds: {
      saved: '',
      link: '打开链接替换它时自动保留',
      tab: '在此标签页覆盖保存之前自动保留',
      unreadable: '此版本无法打开它；请导出以便保留',
    },
    downloaded: (file: string) => `已下载 ${file}。`,
    deleted: (name: string) => `已删除保存的情景“${name}”。`,
    title: '已保存的情景',
    help: '每次保存都会在此浏览器中保留整个工作区（包括所有分支），且只保存在此浏览器中。要把工作转到另一台电脑，请使用“复制链接”或“导出”。',
    saveAs: '将当前工作区保存为',
    save: '保存',
    none: '还没有保存的情景。',
    newName: (name: string) => `${name}的新名称`,
    saveName: '保存名称',
    deleteForGood: '确定永久删除？',
    delete: '删除',
    keep: '保留',
    open: '打开',
    rename: '重命名',
    exportFile: '导出为文件',
    deleteAsk: '删除…',
    close: '关闭',
  },
  tiles: {
    cost: '供应链成本',
    worst: '受冲击最大',
    divergence: '标准分化度',
    crossBloc: '跨阵营贸易',
    welfare: '家庭',
    welfareWorst: '受损最重的家庭',
    measures: '现行措施',
    micron: (start: string) => `美光在华收入（占${start}的%）`,
    micronTwin: '美光在华收入（占无措施世界的%）',
  },
  presets: {
    'open-world': '开放世界',
    'tariff-war-2018': '2018—19年的关税战',
    'micron-2023': '芯片管制与美光禁令（2022—23年）',
    'tit-for-tat-escalation': '由一项出口管制引发的升级',
    'small-yard': '小院高墙',
    'two-blocs': '两大阵营',
    detente: '缓和',
    tournament: '策略锦标赛',
  },
  presetTexts: PRESET_TEXTS,
  strategies: {
    passive: { label: '被动', description: '从不回应；只执行时间线给它的措施。' },
    titForTat: {
      label: '以牙还牙',
      description: '按种类和力度对等回应对方最近一次敌对行动；对方放松时它也放松。',
    },
    generousTitForTat: {
      label: '宽容的以牙还牙',
      description:
        '与以牙还牙相同，但以概率 q（默认1/3）宽恕一次敌对行动；在平静的一个回合之后，也以同样的概率放松自己的一项措施。',
    },
    proportional: {
      label: '按比例回应',
      description:
        '按所受损害的一定比例回应，并选择最能保护本国产业的做法：针对那些在本国或第三国最容易找到替代品的外国企业采取措施。',
    },
    escalator: {
      label: '步步升级',
      description: '对每一次敌对行动都以更大的行动回应，种类不限；只有对方放松时才放松。',
    },
    grimTrigger: {
      label: '冷酷触发',
      description: '从不先动手；一旦遭到第一次敌对行动，就以最严厉的措施还击，且永不放松。',
    },
    winStayLoseShift: {
      label: '赢则保持，输则改变',
      description: '如果上一回合对某国的做法结果不错（未受打击），就重复它；结果不好就改变。',
    },
    scripted: {
      label: '按脚本',
      description: '只执行时间线上的安排，从不主动加入盟友的行动。',
    },
    human: {
      label: '学生小组',
      description: '由一个小组每回合为这个国家选择行动；无人操作时它什么也不做。',
    },
  },
  classroom: {
    qualificationLagScale: {
      label: '信任新供应商所需的时间',
      help: '1 是模型的估计值（存储芯片买家认证一家新供应商需要2个季度，晶圆厂认证一家新设备商需要6个季度）；2 表示每项等待时间加倍，0.5 表示减半。',
    },
    elasticityScale: {
      label: '买家更换供应商的难易程度',
      help: '1 是根据贸易研究得出的模型估计值；2 表示每个买家转向更便宜供应商的意愿加倍，0.5 表示减半。',
    },
    networkBenefit: {
      label: '共用同一标准的吸引力',
      help: '企业与贸易伙伴使用同一技术栈能获得多少好处：数值越大，企业越难离开伙伴所用的技术栈。',
    },
    interopCost: {
      label: '混用标准的成本',
      help: '买家为适配另一技术栈的零部件多付的费用：0.1 表示价格提高10%。',
    },
    joinRate: {
      label: '盟友加入管制的积极程度',
      help: '每个季度一个亲密盟友加入他国出口管制的概率（2022—23年日本和荷兰用了9到11个月）。',
    },
  },
  lessonTexts: LESSON_TEXTS,
  lesson: {
    takeaway: '要点',
    stepOf: (step: number, of: number) => `第${step}步，共${of}步`,
    linkCopied: '链接已复制',
    copyLink: '复制本步骤的链接',
    leave: '退出课程',
    predictFirst: '先预测：在运行显示答案之前，你的选择会被记录下来。',
    choose: '请先选择一个预测',
    showMe: '揭晓答案',
    youPredicted: '你的预测：',
    lookAt: '请看',
    tileNow: (label: string, value: string, when: string) => `指标“${label}”在${when}为${value}。`,
    runShows: '运行结果显示：',
    claim: (claim: string) => `在项目测试的每个种子中都成立，或按其所述的频率成立（论断：“${claim}”）。`,
    takeawayLabel: '要点：',
    yourPredictions: '你的预测：',
    noPrediction: '未作预测',
    runAnswer: (answer: string) => `——运行结果：${answer}`,
    runAgrees: (answer: string) => `——运行结果与预测一致：${answer} ✓`,
    runDiffers: (answer: string) => `——运行结果：${answer}（与你的预测不同）`,
    back: '上一步',
    next: '下一步',
    stop: '。',
  },
  dilemma: {
    number: '每个收益都必须是一个数',
    order: '诱惑 > 奖励 > 惩罚 > 受骗，这才构成困境',
    turns: '奖励的两倍必须大于诱惑加受骗，否则轮流占对方便宜最划算',
  },
  roomWords: {
    tooLargeForRoom: (size: string, most: string) =>
      `这个工作区太大，无法用于房间（作为链接有 ${size}；上限为 ${most}）。请删除一些分支或时间线条目。`,
    sessionUnread: (detail: string, inWorkspace: boolean) =>
      `无法读取主持人的会话${inWorkspace ? '中的工作区' : ''}：${detail}`,
    unreachable: (base: string) =>
      `无法连接位于 ${base} 的房间中继。请确认主持人的电脑上正在运行 \`npm run relay\`，并且这台笔记本电脑连在同一个网络上，然后再试一次。`,
    notRelay: (base: string) => `${base} 没有作为房间中继回应。请打开 \`npm run relay\` 打印出的地址。`,
    noRoom: '代码错误：这个中继上没有这样的房间或队伍。请向主持人核对代码（字母和数字，短横线可有可无）。',
    notHost: '这个主持人密钥不属于这个中继。请重新复制中继打印出的主持人链接（每次启动中继时它都会改变）。',
    full: '房间已满：里面的笔记本电脑太多，或者这个队伍的太多。请在不需要的笔记本电脑上关闭房间，或者询问主持人。',
    badRequest: '这不是一个房间的地址。',
    notLocal:
      '这个页面无法在这里生成各队的代码：请在中继所在的电脑上，按中继打印的那样打开主持人链接（http://localhost:…）。',
    moveLate: (state: string, round: number, next: number) =>
      `${state}队的行动被拒绝：它是第${round}回合的行动，而本场正在等待第${next}回合的行动。`,
    moveRefused: (state: string, reason: string) => `${state}队的行动被拒绝：${reason}。`,
    cannotBeMade: '无法执行这一行动',
    moveUnread: (state: string, detail: string) => `来自${state}队笔记本电脑的消息被拒绝：${detail}`,
    moveProblem: (moveProblem: MoveProblem) => moveProblemZh(moveProblem),
    sessionNotText: '它不是文本。',
  },
  room: {
    button: '房间',
    buttonOpen: (room: string, inside: number, teams: number) =>
      `房间 ${room}：${teams} 支队伍中已有 ${inside} 支加入`,
    title: '房间：各队伍使用自己的笔记本电脑',
    helpStart: '在本机上运行',
    helpRest:
      '启动中继；它会打印一个主持人链接。在这里打开该链接，或粘贴到下方。同一网络中的队伍电脑随后用这里显示的加入码加入。',
    joinLink: '以队伍身份加入房间',
    key: '主持人链接或密钥',
    address: '中继地址',
    addressHelp: '由中继提供本页面时，即本页面的来源地址',
    start: '开启房间',
    starting: '正在开启…',
    notKey: '这不是主持人密钥：请粘贴 `npm run relay` 打印的主持人链接（以 ?host=… 结尾）。',
    badAddress: '中继地址应形如 http://192.168.1.20:8787。',
    status: (room: string, status: 'connected' | 'closed' | string) =>
      `房间 ${room}：${
        status === 'connected'
          ? '已开启。'
          : status === 'closed'
            ? '已关闭。'
            : '连接中断，正在重新连接…已收到的行动会保留。'
      }`,
    noTeams: (human: string) =>
      `没有由队伍操作的国家：在设置中把某个国家的策略设为“${human}”，即可为它生成加入码。`,
    caption: '各队伍的加入码：只交给该队伍本身（凭它可以查看和提交该队伍的行动）。',
    team: '队伍',
    code: '加入码',
    laptops: '电脑',
    link: '链接',
    notConnected: '未连接',
    connected: (n: number) => `${n} 台已连接`,
    copyLink: '复制链接',
    copyLinkOf: (state: string) => `复制${state}的链接`,
    refused: '已拒绝',
    close: '关闭房间',
    hide: '隐藏',
  },
  hotSeat: {
    notRevealed: '无法公开这些行动。',
    cannotMove: '无法执行这一行动。',
    yourMove: '你的行动',
    passTo: (team: string) => `交给${team}队`,
    reveal: (round: number) => `揭晓行动并进行第${round}回合`,
    debrief: '复盘',
    over: '每个回合都已有行动：本场推演结束。',
    allTeamsIn: (round: number) => `第${round}回合各队均已提交：揭晓行动即可开始。`,
    waiting: (round: number, label: string, teams: string) => `第${round}回合（${label}）。等待：${teams}。`,
    sessionAt: (round: number) => `推演已进行到第${round}回合：按“播放”前往。`,
    teamsRound: (round: number) => `各队，第${round}回合`,
    passToStatus: (team: string, status: string) => `交给${team}队（${status}）`,
    status: {
      waiting: '待行动',
      hidden: '已提交，保密中',
      moved: '已行动',
      nothing: '未采取行动',
      skipped: '已跳过',
    },
    movesIn: (round: number) => `第${round}回合的行动`,
    didNothing: '什么也没做',
    skippedByFacilitator: '被主持人跳过',
    andThen: (before: string, move: string) => `${before}；${move}`,
    scoresAt: (round: number, board: string) => `第${round}回合得分：${board}`,
    scoresCaption: (round: number) => `第${round}回合各队得分`,
    rank: '名次',
    team: '队伍',
    thisRound: '本回合',
    total: '总分',
    weights: '计分权重（由主持人设定）',
    weightLabels: {
      cost: '成本（每高出孪生世界一个指数点）',
      revenue: '企业收入（每高出孪生世界1%）',
      escalation: '升级（每回合每项生效中的敌对措施）',
    },
    movedHidden: (team: string) => `${team}队的行动已提交并保密。`,
    handTo: (team: string) =>
      `请把设备交给${team}队。其他队请回避：下一屏仅供${team}队查看。所有队伍提交之前，行动均保密。`,
    show: (team: string) => `显示${team}队的行动表`,
    skip: '跳过此队',
    close: '关闭',
    skipHelp: (team: string, round: number) =>
      `跳过此队：主持人不等该队继续推进；${team}在第${round}回合不采取行动。`,
    formTitle: (team: string, round: number) => `${team}队：你方第${round}回合的行动`,
    when: (label: string, round: number) =>
      `${label}。你的行动在第${round}回合生效，与其他各队的行动同时进行。`,
    script: (team: string, round: number) => `情景已为${team}在第${round}回合设定：`,
    done: '完成，隐藏我的行动',
    back: '返回',
    allIn: '所有行动均已提交',
    choiceIn: (team: string) => `${team}队的选择已提交。`,
    handBack: '请把设备交还主持人，由主持人同时揭晓各队的行动。',
    backToFacilitator: '交还主持人',
  },
  moveFields: {
    move: '行动',
    kinds: {
      tariff: '对另一国的商品加征关税',
      exportControl: '停止向某国出口某一行业的产品',
      purchaseBan: '禁止关键信息基础设施买家采购某外国企业的产品',
      measure: '其他措施（可细设门槛、补贴、实体清单等）',
      join: '加入盟友的出口管制',
      lift: '取消我方的一项措施',
      nothing: '本回合不采取行动',
    },
    onGoodsFrom: '针对来自以下国家或地区的商品',
    to: '出口目的地',
    extraTariff: '额外关税',
    tariffHelp: (most: number) => `占价格的百分比，适用于所有行业，叠加在现行关税之上（大于0，最高${most}）`,
    sector: '行业',
    firm: '企业',
    measureKind: '措施类型',
    control: '出口管制',
    noneToJoin: '没有可加入的管制',
    choose: '请选择…',
    measure: '措施',
    noneInForce: '没有生效中的措施',
    yourMoveFor: (round: number) => `你方第${round}回合的行动`,
    send: '提交我的行动（揭晓前保密）',
  },
  teamRoom: {
    title: (team: string | null) => `脱钩实验室${team ? `：${team}队` : ''}`,
    connection: (room: string, words: string) => `房间 ${room}。${words}`,
    statusWords: {
      starting: '正在加入…',
      connecting: '正在连接房间…',
      connected: '已连接到房间。',
      disconnected: '连接中断：正在重新连接…你们的行动已保留。',
      closed: '未连接。',
    } as Record<string, string>,
    notCode: '这不是队伍加入码：加入码形如 K7Q2MX-CHN-4HT9PA2B（房间、队伍及其密钥），以主持人给出的为准。',
    join: '加入房间',
    joinHelp: '输入主持人发给你们队伍的加入码。它只属于你们队伍：不要给其他队伍看。',
    code: '队伍加入码',
    codeHelp: '例如 K7Q2MX-CHN-4HT9PA2B',
    joinButton: '加入',
    joining: '正在加入…',
    waitingSession: '正在等待主持人的会话…',
    team: (team: string) => `${team}队`,
    over: '每个回合都已有行动：本次会话已结束。',
    notPlayed: (team: string) => `本次会话中${team}不由队伍操作。`,
    waitingFor: (round: number, label: string, items: readonly string[]) =>
      `第${round}回合（${label}）。正在等待：${items.length > 0 ? items.join('、') : '主持人揭晓各队行动'}。`,
    yourMove: (round: number) => `你们第${round}回合的行动：`,
    doNothing: '不采取行动',
    received: '主持人已收到，揭晓之前其他队伍看不到。',
    sending: '正在发送给主持人…',
    change: '修改我们的行动',
    keep: '保留我们的行动',
    movesIn: (round: number) => `第${round}回合的行动`,
    teamsOf: (round: number | null) => `各队伍，第${round}回合`,
    same: (fingerprint: string) => `与主持人的运行相同（指纹 ${fingerprint}）。`,
    differs: (mine: string, theirs: string) => `本机的运行（指纹 ${mine}）与主持人的（${theirs}）不同。`,
    running: '正在本机上运行主持人的情景…',
  },
  chartWords: {
    costIndex: '供应链成本指数',
    cost: '供应链成本',
    divergence: '技术标准分化度',
    crossBloc: '跨阵营贸易',
    notRun: (what: string) => `${what}：尚未运行任何回合。`,
    noTwin: (what: string) => `${what}与没有措施的同一世界相比：没有措施的同一世界仍在计算中。`,
    held: (value: string) => `保持在${value}`,
    rose: (from: string, to: string) => `从${from}升至${to}`,
    fell: (from: string, to: string) => `从${from}降至${to}`,
    highest: (state: string, value: string) => `；${state}最高，为${value}`,
    costIs: (value: string, when: string, highest: string) => `${when}供应链成本指数为${value}${highest}。`,
    costMoved: (movement: string, when: string, highest: string) =>
      `到${when}，供应链成本指数${movement}${highest}。`,
    divergenceIs: (value: string, when: string) => `${when}技术标准分化度为${value}`,
    divergenceMoved: (movement: string, when: string) => `到${when}，技术标准分化度${movement}`,
    stackShares: (us: string, cn: string) => `；技术栈A占美国阵营产出的${us}、中国阵营产出的${cn}`,
    divergenceEnd: (head: string, tail: string) => `${head}${tail}（0 = 共用同一标准，1 = 完全不同）。`,
    costRose: (owner: string, value: string) => `；${owner}升幅最大（${value}点）`,
    costFell: (owner: string, value: string) => `；${owner}降幅最大（${value}点）`,
    costRoseFell: (rose: string, up: string, fell: string, down: string) =>
      `；${rose}升幅最大（${up}点），${fell}降幅最大（${down}点）`,
    costEffect: (when: string, effect: string, most: string) => `${when}，${effect}${most}。`,
    divergenceEffect: (when: string, d: string) =>
      `${when}，与没有措施的同一世界相比，技术标准分化度为${d}（0 表示措施没有造成差别；大于0 表示措施使两大阵营的标准进一步分化）。`,
    crossIs: (value: string, when: string) => `${when}跨阵营贸易占全部贸易的${value}。`,
    crossHeld: (value: string, when: string) => `到${when}，跨阵营贸易保持在全部贸易的${value}。`,
    crossRose: (from: string, to: string, when: string) =>
      `到${when}，跨阵营贸易占全部贸易的比例从${from}升至${to}。`,
    crossFell: (from: string, to: string, when: string) =>
      `到${when}，跨阵营贸易占全部贸易的比例从${from}降至${to}。`,
    crossUnchanged: (when: string) => `${when}，与没有措施的同一世界相比，措施没有改变跨阵营贸易的占比。`,
    crossCut: (when: string, size: string) =>
      `${when}，与没有措施的同一世界相比，措施使跨阵营贸易减少了全部贸易的${size}个百分点。`,
    crossRaised: (when: string, size: string) =>
      `${when}，与没有措施的同一世界相比，措施使跨阵营贸易增加了全部贸易的${size}个百分点。`,
    trade: '国家之间的贸易',
    tradeTotal: (when: string, total: string) => `${when}跨境贸易总额为${total}`,
    tradeUnchanged: (base: string) => `，与${base}持平`,
    tradeAbove: (change: string, base: string) => `，比${base}高${change}`,
    tradeBelow: (change: string, base: string) => `，比${base}低${change}`,
    tradeMost: (state: string, change: string) => `；${state}的贸易变化最大（${change}）`,
    end: (text: string) => `${text}。`,
    memory: '存储芯片市场份额',
    memoryLead: (when: string, maker: string, share: string) => `${when}存储芯片份额：${maker}以${share}领先`,
    memoryStill: (head: string, since: string) => `${head}；自${since}以来各家份额没有变化。`,
    memoryMoved: (head: string, maker: string, since: string, from: string, to: string) =>
      `${head}；自${since}以来${maker}的份额变化最大，从${from}变为${to}。`,
    escalation: '冲突升级',
    escalationBy: (when: string, n: number, active: number, intensity: string) =>
      `到${when}，共实施了${n}项措施，其中${active}项仍在生效；升级强度为${intensity}。`,
    globalCost: '全球成本指数',
    divergenceNoun: '技术标准分化度',
    points: '点',
    noComparable: (what: string) => `还没有可比较的${what}`,
    sameAs: (what: string) => `${what}相同`,
    higherBy: (what: string, value: string) => `${what}高${value}`,
    lowerBy: (what: string, value: string) => `${what}低${value}`,
    noRoundsInCommon: (whatIf: string, baseline: string) => `“${whatIf}”和“${baseline}”还没有共同的回合。`,
    differenceBy: (when: string, baseline: string, whatIf: string, cost: string, divergence: string) =>
      `到${when}，与“${baseline}”相比，“${whatIf}”的${cost}，${divergence}。`,
  },
  tournamentResult: {
    none: '没有任何策略参赛：锦标赛没有结果。',
    best: (habit: string, score: string, max: number, second: string) =>
      `“${habit}”得分最高：对每个对手每回合平均${score}分（满分${max}分）${second}。`,
    second: (habit: string, score: string) => `；“${habit}”以${score}分位居第二`,
    least: (habit: string, score: string) => `“${habit}”得分最低：${score}分。`,
    spread: (generations: number, habit: string, share: string, gone: string) =>
      `如果每种策略按其得分的比例扩散，${generations}代之后，“${habit}”占总体的${share}${gone}`,
    diedOut: (items: readonly string[]) => `，${items.map((x) => `“${x}”`).join('、')}则几乎全部消失。`,
    noneDiedOut: '。',
  },
  tournament: {
    heading: '谁赢得锦标赛？',
    branchNote:
      '锦标赛只在主线上为各策略排名。这个分支中途切换了情景，所以没有锦标赛：请在分支栏中选择主线。',
    notTournamentBefore: '这个情景不是锦标赛。载入',
    notTournamentAfter: '预设，看七种报复策略彼此对局。',
    playing: (rotations: number) =>
      `正在进行锦标赛：各策略在各国之间轮换 ${rotations} 次，另外每种策略与自己对局一次。需要几秒钟。`,
    failed: (error: string) => `锦标赛无法进行：${error}。`,
    rules:
      '每种策略都与其他每种策略对局，并在七个国家之间轮换，使任何策略都不会总是落到最大的国家。每个回合按阿克塞尔罗德的收益为每对国家计分：双方都没有对对方实施敌对措施时各得3分，双方都有时各得1分，只有一方敌对时该方得5分、其目标得0分。',
    controls: '收益与噪声',
    worth: '两国之间一个回合对各自值多少分',
    outcomes: {
      T: { label: '诱惑', help: '对友好的国家采取敌对行动' },
      R: { label: '奖励', help: '双方都友好' },
      P: { label: '惩罚', help: '双方都敌对' },
      S: { label: '受骗', help: '对敌对的国家保持友好' },
    },
    outcome: (label: string, help: string) => `${label}（${help}）`,
    points: '分',
    axelrod: '阿克塞尔罗德的收益（5、3、1、0）',
    notDilemma: (problem: string) =>
      `这不是囚徒困境：${problem}。在它重新成为囚徒困境之前，下面的得分仍按阿克塞尔罗德的收益计算。`,
    rescored:
      '同样的运行，按这些收益重新计分：改变的只是每种结果值多少分。收益不随情景保存；命令行工具和导出文件仍使用阿克塞尔罗德的收益。',
    noise: '误判噪声',
    share: '比例',
    noiseHelp:
      '一国误读另一国行动的概率。这是情景本身的设置：修改它会重新进行锦标赛（并算作一次可撤销的编辑）。',
    rankingTitle: '排名：每个对手每回合的平均得分',
    rankingDescription: '每个对手每回合的得分，从0（总是挨打却从不还手）到5（总是打击友好的国家）。',
    rankingLabel: '各策略按得分排名',
    rankingUnit: '每个对手每回合的得分',
    rankingCaption: '各策略的排名',
    rank: '名次',
    habit: '策略',
    score: '得分（每个对手每回合，0—5分）',
    finalShare: '演化结束后在群体中的比例',
    pairsTitle: '每组对局的得分',
    pairsSummary: '每种策略对其他每种策略以及对自己时，每回合的平均得分。',
    pairsDescription:
      '横着读一行：该策略对每个对手的得分，单位为每回合的分数（0—5）。颜色越深分数越高；对角线是策略对自己，取自所有国家都采用该策略的一次运行。',
    pairsLabel: '每种策略对其他每种策略的得分',
    pairsCaption: '每种策略（行）对每个对手（列）的得分，每回合分数',
    against: (habit: string) => `对${habit}`,
    didNotMeet: '未相遇',
    evolutionTitle: '演化：哪些策略会扩散',
    evolutionSummary: '各策略在各代中所占的比例。',
    evolutionDescription:
      '开始时每种策略数量相同；每一代中，一种策略按它对当时群体的得分成比例增长（阿克塞尔罗德的生态锦标赛）。纵轴为在群体中的比例，0—100%。',
    evolutionLabel: '各策略在各代中所占的比例',
    populationShare: '在群体中的比例',
    generation: '代',
    evolutionCaption: '每种策略在各代中所占群体的比例',
    generationHeader: '代',
    leavesOut:
      '这里没有考虑的：各策略在一个由七个国家组成的固定世界中对局，所以一种策略不能在运行中途模仿另一种；演化是根据得分计算的，而不是重新运行；得分是博弈中的收益，不是措施的代价（其他视图展示代价）。',
  },
  debrief: {
    print: '打印复盘',
    csv: '复盘（CSV）',
    json: '复盘（JSON）',
    back: '返回模拟器',
    title: (name: string) => `复盘：${name}`,
    about: (branch: string, seed: number, fingerprint: string | null) =>
      `分支“${branch}”，种子 ${seed}${fingerprint ? `，指纹 ${fingerprint}` : ''}；`,
    nonePlayed: '各队伍还没有进行任何回合。',
    played: (from: number, to: number, n: number) => `第${from}至第${to}回合，由 ${n} 支队伍进行。`,
    objective: (cost: number, revenue: number, escalation: number) =>
      `每支队伍每回合的目标：本国的供应链成本与没有措施的同一世界（孪生世界）相比，本国企业的收入与孪生世界相比，以及本国仍在执行的敌对措施。得分 = −${cost} × 成本效应（指数点）+ ${revenue} × 收入效应（%）− ${escalation} × 敌对措施数；总分为各回合之和。`,
    standings: '排名',
    rank: '名次',
    team: '队伍',
    total: '总分',
    chartTitle: '得分随时间的变化',
    chartDesc: (ends: string) => `各队伍按回合的总分；下面的表格列出每个数值。${ends}。`,
    endsAt: (team: string, total: string) => `${team}最终为 ${total}`,
    ends: (items: readonly string[]) => items.join('；'),
    round: '回合',
    totalPoints: '总分',
    turningTitle: '最关键的回合',
    noTurning: '没有哪个回合改变了任何队伍的得分。',
    turning: (round: number, label: string, swing: string) =>
      `第${round}回合（${label}）：得分共变动 ${swing}。`,
    moves: (items: readonly string[]) => `${items.join('，')}。`,
    decisions: (items: readonly string[]) => `决策：${items.join('；')}。`,
    teamsTitle: '各队伍的决策与结果',
    teamOf: (team: string) => `${team}队`,
    decision: '决策',
    costEffect: '成本效应（点）',
    revenueEffect: '收入效应（%）',
    hostile: '敌对措施',
    points: '得分',
  },
  sensitivity: {
    heading: '哪个假设最重要？',
    tornadoHelp:
      '龙卷风图每次把一个假设先设为其文档所列范围的最低值、再设为最高值，其余一切不变，并用相同的种子重新运行：某个参数的条越长，结果就越依赖这个假设，所以最上面几行最值得先讨论。实心条依据已发表的数据；带斜线的条是建模者的假设。它只显示每个假设单独的影响，不显示两个假设同时变化时的效果。',
    whatToPlay: '运行什么',
    outcome: '结果指标',
    seeds: '种子数',
    seedsUnit: '每个设置的运行次数',
    worldSize: '世界规模',
    small: (firms: number) => `小型：${firms} 家企业（更快）`,
    asScenario: (firms: number) => `与情景相同：${firms} 家企业`,
    readAt: (rounds: number, effect: boolean, peak: boolean) =>
      peak
        ? `峰值是 ${rounds} 个回合中任一回合成本高于没有措施的同一世界的最大幅度，因此图表上方的开关不会改变它；换一个结果指标会立即重画。`
        : `结果在最后一个回合读取（共 ${rounds} 回合），${
            effect ? '读作措施相对于没有措施的同一世界的效果' : '读作原始数值'
          }（由图表上方的开关切换）；改变任何一项都会立即重画。`,
    runTornado: '运行龙卷风图',
    tornadoEstimate: (runs: number, rounds: number, time: string, workers: number, basis: string) =>
      `${runs} 次运行，每次 ${rounds} 回合：在 ${workers} 个工作线程上约需 ${time}（${basis}）。`,
    measured: '根据本机上一次运行测得',
    firstGuess: '初步估计，运行一次后会更准',
    smallNote:
      '小型世界更快，但对参数的排序可能与情景本身的规模不同：在工作坊依赖这些结果之前，请先用完整规模核对最上面几行。',
    hurry: (firms: number, time: string) =>
      `赶时间？小型世界（${firms} 家企业）约需 ${time}，但对参数的排序可能不同。`,
    playingTornado: '正在运行龙卷风图',
    playingSweep: '正在运行扫描',
    progress: (what: string, done: number, total: number, left: string | null) =>
      `${what}：已完成 ${done}/${total} 次运行${left ? `，还需 ${left}` : ''}`,
    cancel: '取消',
    playedFor: (scenario: string, branch: string, seconds: string) =>
      `为 ${scenario}（${branch}）运行，用时 ${seconds} 秒。`,
    playedBefore: (scenario: string, branch: string) =>
      `这是在你最近一次修改之前（或用其他种子或规模）为 ${scenario}（${branch}）运行的结果：再次点击运行即可更新。`,
    refusal: (problem: SensitivityProblem) => sweepRefusal(problem),
    downloadTornado: '下载龙卷风图数据（CSV）',
    noTornadoBefore: '还没有龙卷风图：选择一个结果指标，然后点击',
    noTornadoAfter: '。',
    sweepHeading: '扫描：结果如何随取值范围变化',
    sweepHelp:
      '扫描在一个参数的等间距取值上（或在两个参数的每一对取值上，绘成热力图）用相同的种子运行，并显示中位数以及中间50%和90%的种子的范围。',
    parameter: '参数',
    paramOption: (label: string, unit: string) => `${label}（${unit}）`,
    from: '从',
    to: '到',
    values: '取值个数',
    addSecond: '添加第二个参数（热力图）',
    second: '第二个参数',
    runSweep: '运行扫描',
    sweepEstimate: (runs: number, time: string, workers: number) =>
      `${runs} 次运行：在 ${workers} 个工作线程上约需 ${time}。`,
    downloadSweep: '下载扫描数据（CSV）',
    tornadoTitle: (outcome: string) => `哪个假设最重要：${outcome}`,
    tornadoDescription: (phrase: string, unit: string, seeds: number, peak: boolean) =>
      `把一个参数设为其范围的低端或高端时，${phrase}${peak ? '（整个运行中任一回合达到的最大值）' : '在最后一个回合'}的变化中位数（${unit}），与所有参数保持原样、使用相同种子的运行相比；须线：${seeds} 个种子中间50%（粗）和90%（细）的范围。`,
    legend: '图例',
    upperBar: '上方的条：参数取范围的低端',
    lowerBar: '下方的条：取高端',
    solid: '实心：有来源（已发表的数据）',
    hatched: '斜线：假设（没有已发表的数据）',
    changeAxis: (unit: string) => `变化，${unit}`,
    sourced: '有来源',
    assumption: '假设',
    rangeOf: (low: string, high: string) => `${low} 至 ${high}`,
    startingWorld: ' · 初始世界',
    noneMoves: '没有参数会改变这个结果。',
    still: (phrase: string, unit: string, items: readonly string[]) =>
      `在整个取值范围内，以下参数对${phrase}的改变都小于 0.0001 ${unit}，所以没有条：${items.join('、')}。`,
    tornadoCaption: (phrase: string, unit: string) =>
      `各参数范围两端处${phrase}的变化（${unit}），按影响大小排序`,
    basis: '依据',
    range: '范围（单位）',
    lowChange: '低端的变化，中位数',
    low90: '低端，90%的种子',
    highChange: '高端的变化，中位数',
    high90: '高端，90%的种子',
    swing: '摆幅',
    notAvailable: '无',
    rangeWithUnit: (low: string, high: string, unit: string) => `${low} 至 ${high}（${unit}）`,
    sweepTitle: (parameter: string, outcome: string) => `扫描 ${parameter}：${outcome}`,
    sweepDescription: (phrase: string, seeds: number, peak: boolean) =>
      `每个取值上 ${seeds} 个种子${peak ? '' : '在最后一个回合'}的${phrase}${peak ? '（整个运行中任一回合达到的最大值）' : ''}中位数，以及中间50%（较深）和90%（较浅）的种子的范围。`,
    noValues: '这次扫描没有可显示的数值。',
    sweepSummary: (
      parameter: string,
      from: string,
      to: string,
      phrase: string,
      low: string,
      high: string,
      unit: string,
    ) => `当${parameter}从 ${from} 变到 ${to} 时，${phrase}的中位数从 ${low} 变到 ${high} ${unit}。`,
    median: '中位数',
    middle50: '中间50%的种子',
    wide90: '90%的种子',
    sweepCaption: (phrase: string, unit: string, parameter: string) =>
      `${parameter}各取值下的${phrase}（${unit}）`,
    gridTitle: (rows: string, columns: string, outcome: string) => `扫描 ${rows} 和 ${columns}：${outcome}`,
    gridDescription: (phrase: string, seeds: number, unit: string, effect: boolean, peak: boolean) =>
      `每个格子：${seeds} 个种子${peak ? '' : '在最后一个回合'}的${phrase}${peak ? '（整个运行中任一回合达到的最大值）' : ''}中位数（${unit}）。${
        effect ? '红色：措施使它上升；蓝色：措施使它下降；颜色越深，幅度越大。' : '颜色越深，数值越大。'
      }`,
    gridSummary: (phrase: string, rows: string, columns: string, low: string, high: string, unit: string) =>
      `${phrase}的中位数随${rows}（行）和${columns}（列）变化：从 ${low} 到 ${high} ${unit}。`,
    gridColumn: (parameter: string, value: string) => `${parameter} ${value}`,
    gridCaption: (phrase: string, unit: string, rows: string, columns: string) =>
      `${phrase}的中位数（${unit}）：行为${rows}，列为${columns}`,
  },
  sensitivityWords: {
    moment: '片刻',
    fewSeconds: '几秒',
    seconds: (n: number) => `${n} 秒`,
    minutes: (n: number) => `${n} 分钟`,
    changeUnit: (unit: string) => {
      if (unit.startsWith('index')) return '指数点';
      if (unit.startsWith('%')) return '实际收入的百分点';
      if (unit === '0-1') return '0-1 刻度上的点';
      return OUTCOME_UNITS[unit] ?? unit;
    },
    unit: (unit: string) => OUTCOME_UNITS[unit] ?? unit,
    world: '全球',
    cost: (place: string) => `${place}供应链成本`,
    peak: (place: string) => `${place}成本效果峰值`,
    welfare: (state: string) => `${state}的福利`,
    divergence: '技术标准分化度',
    crossBloc: '跨阵营贸易份额',
    revenue: (firm: string) => `${firm}的收入`,
    marketShare: (firm: string) => `${firm}的市场份额`,
    groups: {
      cost: '供应链成本',
      peak: '成本最高的季度',
      standards: '标准与贸易',
      welfare: '福利',
      firm: '企业的收入',
    },
    phrase: (label: string, effect: boolean) => (effect ? `措施对${label}的效果` : label),
    noneMoves: (phrase: string, seeds: number) =>
      `在这 ${seeds} 个种子中，没有哪个参数在其取值范围内改变${phrase}。`,
    mattersMost: (
      parameter: string,
      sourced: boolean,
      phrase: string,
      low: string,
      high: string,
      unit: string,
    ) =>
      `${parameter}（${sourced ? '有来源的数据' : '假设'}）最能左右${phrase}：取其范围低端时，变化的中位数为 ${low} ${unit}；取高端时为 ${high} ${unit}。`,
    next: (parameter: string) => `其次是${parameter}。`,
    base: (atDefaults: boolean, phrase: string, value: string, unit: string, seeds: number) =>
      `${atDefaults ? '所有设置都取默认值时' : '所有设置都按情景中的取值时'}，${phrase}为 ${value} ${unit}（${seeds} 个种子的中位数）：每个条都是相对于这个值的变化。`,
    theTornado: '龙卷风图',
    theSweep: '扫描',
    jobDone: (what: string, runs: number, seconds: string) =>
      `${what}已完成：${runs} 次运行，用时 ${seconds} 秒。`,
    jobCancelled: (what: string, done: number, runs: number) =>
      `${what}已在完成 ${done}/${runs} 次运行后取消；图表显示上一次完成的结果（如果有）。`,
    jobFailed: (what: string, error: string) => `${what}未能完成：${error}。`,
  },
  params: PARAMS,
  report: {
    print: '打印报告',
    back: '返回模拟器',
    title: (name: string) => `运行报告：${name}`,
    branchBefore: '分支',
    branchAfter: (from: string) => `，从${from}起改变了这次运行。`,
    preset: '预设',
    noPreset: '无（自定义情景）',
    seed: '种子',
    rounds: '回合',
    roundsValue: (rounds: number, first: string, last: string) => `${rounds} 个季度，${first}至${last}`,
    firms: '企业',
    noise: '误判噪声',
    compared: '对比对象',
    comparedValue: (items: readonly string[]) => `${items.map((n) => `“${n}”`).join('、')}（虚线）`,
    fingerprint: '运行指纹',
    notYet: '尚未计算',
    computing: (percent: number) => `正在计算本次运行（${percent}%）…`,
    atEnd: (label: string, effect: boolean) =>
      `运行结束时（${label}）${effect ? '，与没有措施的同一世界相比' : ''}`,
    params: '与默认值不同的参数',
    noParams: '无：所有参数都是规则手册中的默认值。',
    parameter: '参数',
    value: '取值',
    defaultValue: '默认值',
    strategies: '各国的策略',
    timeline: '措施时间线',
    noTimeline: '没有安排任何措施。',
    events: (n: number) => `事件日志（${n} 条事件）`,
    made: (date: string) =>
      `由脱钩实验室于${date}生成。相同的情景和种子，在应用和命令行工具中得到相同的指纹。`,
    basis: '依据',
    basisOf: (sourced: boolean) => (sourced ? '有出处' : '假设'),
    bases: (sourced: number, assumed: number, total: number) =>
      `模型的 ${total} 个参数中，${sourced} 个取自公开数据，${assumed} 个是假设；规则手册列出每个参数的出处或理由。`,
    sure: (seeds: number, first: number, last: number, assumptions: boolean) =>
      `把握有多大：${seeds} 个种子（${first}至${last}）${assumptions ? '，假设随机抽取' : ''}`,
    sureIntro: (label: string, effect: boolean) =>
      effect
        ? `${label}：各种子下措施效果的中位数（每个种子都与其自身没有措施的世界相比），括号内为居中 90% 种子的范围。`
        : `${label}：各种子的中位数，括号内为居中 90% 种子的范围。`,
    sureCosts: (effect: boolean, items: readonly string[]) =>
      `供应链成本（${effect ? '指数点' : '指数，第 0 回合 = 100'}）：${items.join('；')}。`,
    sureOther: (name: string, value: string) => `${name}：${value}。`,
    sureWorld: '全球',
    sureDivergence: '标准分化（0-1）',
    sureCrossBloc: (effect: boolean) => `跨阵营贸易（${effect ? '百分点' : '占全部贸易的 %'}）`,
    sureValue: (median: string, lo: string, hi: string) => `${median}（${lo}至${hi}）`,
    paired: (onView: string, other: string, items: readonly string[]) =>
      `${onView}减去“${other}”，按种子配对，供应链成本（指数点）：${items.join('；')}。`,
    pairedItem: (who: string, value: string) => `${who} ${value}`,
  },
  timeline: {
    heading: '措施时间线：',
    help: '时间线逐回合实施、解除或加入的措施。各国也会按自己的策略自行行动。',
    empty: '没有安排任何措施。',
    whenCalendar: (label: string, round: number) => `${label}（第${round}回合）`,
    whenRound: (round: number) => `第${round}回合`,
    whenLower: (round: number) => `第${round}回合`,
    imposedOption: (words: string, round: number) => `${words}（第${round}回合）`,
    shared: '在本分支之前',
    edit: '编辑',
    editOf: (words: string, round: number) => `编辑：${words}，第${round}回合`,
    remove: '删除',
    removeOf: (words: string, round: number) => `删除：${words}，第${round}回合`,
    named: (n: number) =>
      `${n > 1 ? `后面有 ${n} 个条目提到` : '后面有一个条目提到'}这项措施，删除它之后这些条目将失去所指的措施：`,
    removeToo: (n: number) => `也把${n > 1 ? '它们' : '它'}删除吗？撤销可以恢复一切。`,
    removeAll: (n: number) => `全部删除（${n} 项）`,
    keep: '保留这项措施',
    addOpen: '添加措施…',
    add: '添加措施',
    change: '修改这项措施',
    changeEdit: '修改措施',
    removeEdit: '删除措施',
    removeManyEdit: (n: number) => `删除一项措施及提到它的 ${n} 个条目`,
    notRemoved: '无法删除这个条目。',
    notRemovedMany: '无法删除这些条目。',
    actions: { impose: '实施措施', relax: '解除措施', join: '加入措施' },
    action: '行动',
    round: '回合',
    roundRange: (first: number, rounds: number, from: number | null) =>
      `${first === 0 ? `0（开始时已生效）至 ${rounds}` : `1 至 ${rounds}`}${from !== null ? `；本分支从第${from}回合开始` : ''}`,
    stateJoins: '加入的国家',
    stateActs: '采取行动的国家',
    measure: '措施',
    choose: '请选择…',
    note: '备注（可选）',
    addButton: '添加',
    save: '保存',
    cancel: '取消',
  },
  measureFields: {
    target: '对象',
    everyBuyer: '所有外国买家',
    firmOption: (name: string) => `${name}（企业）`,
    firm: '企业',
    firmOf: (name: string, state: string) => `${name}（${state}）`,
    scope: '覆盖的买家',
    cii: '关键信息基础设施运营者',
    allBuyers: '所有买家',
    sectors: (hint: string) => `行业${hint ? `（${hint}）` : ''}`,
    rate: '税率',
    sizeRefused: '拒绝比例',
    threshold: '起始技术水平',
    stack: '技术栈',
    stackA: 'A（共用，美国主导）',
    stackB: 'B（中国的）',
    strength: '力度',
  },
};

/** Why a sweep is refused, in Chinese; a checker's detail without its reason as data stays English, quoted. */
function sweepRefusal(p: SensitivityProblem): string {
  switch (p.kind) {
    case 'no-seed':
      return p.of === 'sweep' ? '扫描至少需要一个种子。' : '敏感性分析至少需要一个种子。';
    case 'not-allowed':
      return p.reason
        ? `不能把 ${p.path} 扫描到 ${p.value}：${reasonZh(p.reason)}。`
        : `不能把 ${p.path} 扫描到 ${p.value}（英文说明：${p.detail}）。`;
    case 'not-field':
      return `“${p.path}”不是情景的字段。`;
    case 'seed-swept':
      return '种子不能扫描：各次运行已经在改变它。';
    case 'needs-numbers':
      return `扫描 ${p.path} 需要两个数：起点和终点。`;
    case 'steps':
      return `扫描的取值个数须为 2 到 ${p.max} 个，现在是 ${p.steps} 个。`;
    case 'out-of-range':
      return `${(PARAMS as Partial<Record<string, { label: string }>>)[p.key]?.label ?? p.label}（${p.key}）的范围是 ${p.min} 到 ${p.max}；${p.from} 到 ${p.to} 超出了这个范围。`;
    case 'not-number':
      return `“${p.path}”不是情景的数值字段。`;
    case 'path-count':
      return '扫描需要一个或两个参数路径。';
    case 'same-paths':
      return '扫描的两个参数路径必须不同。';
    case 'spec':
      return `--sweep 的格式应为 PATH=FROM:TO:STEPS（例如 elasticityScale=0.25:3:6），收到的是“${p.text}”。`;
  }
}

/** Why a team's move is refused as it is read, in Chinese (sim/roomMessages.ts moveProblemText). */
function moveProblemZh(p: MoveProblem): string {
  switch (p.kind) {
    case 'not-text':
      return '它不是一项行动（不是文本）。';
    case 'too-large':
      return `它有 ${bytesZh(p.size)}，而一项行动最多 ${bytesZh(p.most)}。`;
    case 'reason':
      return `${reasonZh(p.reason)}。`;
    case 'other-state':
      return `这是${STATES[p.state]}的行动，而每个队只能为自己的国家行动。`;
  }
}
