// The English message catalog: every word the app shows, by the part of the page that shows it. It is the reference:
// its shape is the type every other catalog must have (see zh-CN.ts), and a message with values is a function of
// them, so a catalog cannot forget a value or take one the English does not give. Keep the English as it was: tests
// and the stored chart pictures read it.

// The names of states, blocs, measure kinds, sectors, firms, presets, strategies and the class settings are the
// model's own (src/model/names.ts and the modules that define them): one vocabulary, so the English is never a copy.
import { ANCHOR_FIRMS } from '../../model/calibration.ts';
import { KIND_NAMES } from '../../model/measures/index.ts';
import { BLOC_NAMES, SECTOR_NAMES, STATE_NAMES, STATE_SHORT, stateName } from '../../model/names.ts';
import { PARAM_SPECS, type ParamKey } from '../../model/params.ts';
import { PRESETS, type PresetId } from '../../model/presets.ts';
import { STRATEGIES } from '../../model/retaliation.ts';
import { DILEMMA_PROBLEMS, type DilemmaProblemId } from '../../model/tournament.ts';
import type { Bloc, StateCode, StrategyId } from '../../model/types.ts';
import type { MoveKind } from '../humanMoves.ts';
import { LESSONS, type LessonId } from '../lessons/lessons.ts';
import type { TeamStatus } from '../../sim/teamPlay.ts';
import type { ScoreWeights } from '../../sim/scoring.ts';
import {
  fileProblemText,
  MIGRATED_NOTICE,
  reasonText,
  type FileProblem,
  type Reason,
} from '../../sim/files/validate.ts';
import { linkProblemText, type LinkProblem } from '../../sim/files/link.ts';
import { scenarioProblemText, type ScenarioProblem } from '../../model/errors.ts';
import { moveProblemText, type MoveProblem } from '../../sim/roomMessages.ts';
import { sensitivityProblemText, type SensitivityProblem } from '../../sim/sensitivity.ts';

/** "a", "a and b", "a, b and c" */
const listOf = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
/** a parameter's label, unit, help and source, as the settings panel and the sensitivity view show them */
export interface ParamWords {
  label: string;
  unit: string;
  help: string;
  source: string;
}

/** a preset's summary for the picker and the sentences of "What to look for" */
export interface PresetWords {
  summary: string;
  shows: readonly string[];
}

/** a lesson's words: its title, intro and takeaway, and each step's question, choices, where to look and reveal */
export interface LessonWords {
  title: string;
  intro: string;
  steps: ReadonlyArray<{
    question: string;
    choices: readonly string[];
    look: string;
    reveal: string;
    /** the preset claim the reveal rests on (in English, word for word a test's name) */
    claim: string;
  }>;
  takeaway: string;
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const en = {
  language: {
    label: 'Language',
    /** a language's words could not be fetched (the page stays in this one); `name` is that language's own name */
    notLoaded: (name: string) =>
      `${name} could not be loaded, so the page stays in English. Check the connection and choose it again.`,
  },
  time: {
    quarter: (quarter: number, year: number) => `Q${quarter} ${year}`,
    round: (round: number) => `Round ${round}`,
  },
  states: STATE_NAMES,
  list: listOf,
  app: {
    title: 'Decoupling Lab',
    tagline:
      'Rounds of restriction and retaliation: what they cost, and how far the technology blocs drift apart.',
    skip: 'Skip to the charts',
    undo: '↶ Undo',
    redo: '↷ Redo',
    undoTitle: (what: string) => `Undo: ${what}`,
    redoTitle: (what: string) => `Redo: ${what}`,
    nothingToUndo: 'Nothing to undo',
    nothingToRedo: 'Nothing to redo',
    /** undo labels of opening things and of a team's move (i18n/undoLabels.ts) */
    openLinkLabel: 'Open shared link',
    openFileLabel: (name: string) => `Open file ${name}`,
    openSavedLabel: (name: string) => `Open saved scenario ${name}`,
    teamMoveLabel: (state: StateCode, round: number) =>
      `${stateName(state)} team's move for round ${round} (hidden, from its laptop)`,
    /** the hot-seat panel's undo labels (HumanMoves.svelte, TeamHandOver.svelte) */
    hotSeatMoveLabel: (state: StateCode, round: number) =>
      `${stateName(state)} team's move for round ${round} (hidden)`,
    revealLabel: (round: number) => `Reveal the teams' moves for round ${round}`,
    skipLabel: (state: StateCode, round: number) => `Skip the ${stateName(state)} team in round ${round}`,
    weightLabel: (key: string, value: number) => `Score weight: ${key} ${value}`,
    howToUse: 'How to use',
    /** the header's link to the rendered rulebook (docs/model.md), and the title of every link into it */
    rulebook: 'Rulebook',
    rulebookTitle:
      'The model rulebook: every mechanism, parameter and source, and the calibration behind the numbers (opens in a new tab)',
    lessons: 'Lessons',
    lessonItem: (title: string, minutes: number) => `${title} (${minutes} min)`,
    present: 'Present',
    exitPresent: 'Exit presentation',
    presentTitle: 'Large charts and text for a projector, side panels hidden (P)',
    exitPresentTitle: 'Back to the full simulator (P or Esc)',
    parts: 'Parts of the simulator',
    whatToShow: 'What to show',
    panes: { charts: 'Run and charts', settings: 'Settings', log: 'Event log' },
    settingsAside: 'Scenario settings',
    logAside: 'Event log',
    helpAndLogAside: 'How to use and event log',
    drop: 'Drop a scenario or workspace file (.json) to open it',
    chartFailed: 'This chart could not be drawn. Your scenario and branches are kept.',
    appFailed: 'Something went wrong showing the simulator. Your scenario and branches are kept.',
    resetView: 'Reset view',
    largeTitle: 'Run a large workspace?',
    largeConfirm: 'Open and run it',
    /** the question before a large workspace from a link or file runs; `what` is "the link", "the file" */
    large: (what: string, firms: string, rounds: number, runs: number, takes: string) =>
      `${what.charAt(0).toUpperCase() + what.slice(1)} runs ${firms} firms over ${rounds} rounds${
        runs > 1 ? `, ${runs} runs at once (the branch on view and those compared with it)` : ''
      }. On a computer like a school laptop that takes ${takes}, and the page may be slow meanwhile. Your current work stays as it is until you choose.`,
    largerTitle: 'Make the world larger?',
    largerConfirm: 'Change and run it',
    larger: (
      firms: string,
      rounds: number,
      runs: number,
      takes: string,
      firmsBefore: string,
      roundsBefore: number,
    ) =>
      `With ${firms} firms over ${rounds} rounds${
        runs > 1 ? `, ${runs} runs at once (the branch on view and the one compared with it)` : ''
      }, a computer like a school laptop takes ${takes}, and the page may be slow meanwhile. Cancel keeps ${firmsBefore} firms over ${roundsBefore} rounds.`,
  },
  dialog: {
    cancel: 'Cancel',
  },
  run: {
    region: 'Run controls',
    reset: '↺ Reset',
    resetLabel: 'Reset to round 0',
    resetTitle: 'Reset (Home)',
    back: '◀ Back',
    backLabel: 'Step back one round',
    backTitle: 'Step back (Left arrow)',
    play: '▶ Play',
    pause: '⏸ Pause',
    playLabel: 'Play',
    pauseLabel: 'Pause',
    playTitle: 'Play or pause (Space)',
    next: 'Next ▶',
    nextLabel: 'Step forward one round',
    nextTitle: 'Step forward (Right arrow)',
    speed: 'Speed',
    topSpeed: 'Top speed',
    perSecond: (n: number) => `${n} ${plural(n, 'round', 'rounds')} a second`,
    round: 'Round',
    roundOf: (round: number, total: number) => `Round ${round} of ${total}`,
    held: (round: number, presenting: boolean) =>
      `Playing waits here for the teams' moves for round ${round}${
        presenting ? ': leave presentation (P) to pass the device.' : '.'
      }`,
    stopped: (error: string) => `The run stopped: ${error}`,
    done: (total: number) => `All ${total} rounds computed.`,
    fingerprinting: 'Computing the run’s fingerprint…',
    computing: (round: number, total: number) => `Computing round ${round} of ${total}…`,
  },
  summary: {
    heading: 'This round',
    inWords: 'In words',
    fingerprint: 'Run fingerprint:',
    version: (v: number) => `(version ${v})`,
    whenComplete: 'when the run is complete',
    computing: 'Computing…',
    helpEffect:
      'Each number is the effect of the measures: this run against the same world, seed and luck without them.',
    helpRaw:
      'Each number is the raw index, against the starting round; households’ real income alone is always read against the same world without the measures.',
    helpFingerprint:
      'The same scenario and seed give the same fingerprint here and in the command-line tool. A large world (over 200,000 firms × rounds) carries version 2, which is quicker to compute.',
  },
  /** the round's headline numbers in sentences ("In words", summary.ts) */
  summaryWords: {
    twinComputing: 'The same world without measures is still being computed.',
    noEffectAtStart: (round: string) =>
      `In ${round}, the starting round, measures have had no effect yet: every effect is 0.`,
    noEffect: (start: string) =>
      `No measures have been taken since ${start}, so this run is the same as the world without them: every effect is 0.`,
    points: (value: string) => `${value} points`,
    /** whose: an owner below, or deviceMakers */
    costUnchanged: (whose: string) =>
      `Measures have left ${whose} input costs where they would be without them`,
    costRaised: (whose: string, points: string) =>
      `Measures have raised ${whose} input costs by ${points} ${points === '1.0' ? 'point' : 'points'} above the same world without them`,
    costLowered: (whose: string, points: string) =>
      `Measures have lowered ${whose} input costs by ${points} ${points === '1.0' ? 'point' : 'points'} below the same world without them`,
    costWithWithout: (sentence: string, withThem: string, without: string) =>
      `${sentence} (index ${withThem} with them, ${without} without; a point is a hundredth of what device makers paid for the inputs of each unit at the start).`,
    sentence: (text: string) => `${text}.`,
    deviceMakers: 'device makers’',
    /** a state's name as the owner of something, mid-sentence: "China’s", "the United States’" */
    owner: {
      USA: 'the United States’',
      CHN: 'China’s',
      EU: 'the European Union’s',
      JPN: 'Japan’s',
      KOR: 'South Korea’s',
      TWN: 'Taiwan’s',
      ROW: 'the rest of the world’s',
    } as Record<StateCode, string>,
    divergenceAsWithout: (d: string, words: string) =>
      `Standards divergence is ${d}, as in the same world without measures: ${words}.`,
    divergenceUnchanged: (d: string, words: string) =>
      `Measures have not changed how far the blocs’ technology standards have split (divergence ${d}: ${words}).`,
    divergenceFurther: (d: string, by: string, without: string) =>
      `Measures have split the blocs’ technology standards further: divergence is ${d}, ${by} above the same world without them (${without}).`,
    divergenceCloser: (d: string, by: string, without: string) =>
      `Measures have kept the blocs’ technology standards closer: divergence is ${d}, ${by} below the same world without them (${without}).`,
    inDivergence: (value: string) => `${value} in divergence`,
    tradeAsWithout: (share: string) =>
      `Trade between the blocs is ${share} of all trade, as in the same world without measures.`,
    tradeUnchanged: (share: string) =>
      `Measures have not changed the share of trade between the blocs (${share} of all trade).`,
    tradeCut: (share: string, by: string, without: string) =>
      `Measures have cut trade between the blocs to ${share} of all trade, ${by} percentage points below the same world without them (${without}).`,
    tradeRaised: (share: string, by: string, without: string) =>
      `Measures have raised trade between the blocs to ${share} of all trade, ${by} percentage points above the same world without them (${without}).`,
    pointsOfTrade: (value: string) => `${value} pts of trade`,
    pts: (value: string) => `${value} pts`,
    /** index points, the cost tile's unit (pts above is percentage points of trade) */
    indexPts: (value: string) => `${value} pts`,
    notComparable: (start: string) => `not comparable with ${start}`,
    same: (start: string) => `the same as in ${start}`,
    higher: (change: string, start: string) => `${change} higher than in ${start}`,
    lower: (change: string, start: string) => `${change} lower than in ${start}`,
    indexValue: (value: string, start: string) => `${value} (index, ${start} = 100)`,
    costSince: (change: string) => `Device makers’ input costs are ${change}.`,
    hardestHit: (state: string, change: string) =>
      `${state}’s device makers are hit hardest: their input costs are ${change}.`,
    divergenceValue: (d: string) => `${d} (0 = one stack, 1 = two)`,
    divergenceSince: (d: string, words: string, d0: string, start: string) =>
      `Standards divergence ${d}: ${words} (${d0} in ${start}).`,
    notAvailable: 'not available',
    shareAlmostAll: 'the blocs share almost all of their technology stack',
    shareMost: 'the blocs still share most of their technology stack',
    shareLittle: 'the blocs share little of their technology stack',
    separate: 'the blocs run separate technology stacks',
    downFrom: (share: string, start: string) => `down from ${share} in ${start}`,
    upFrom: (share: string, start: string) => `up from ${share} in ${start}`,
    ofTrade: (share: string) => `${share} of trade`,
    tradeSince: (share: string, since: string) =>
      `Trade between the blocs is ${share} of all trade, ${since}.`,
    noneWorseOffValue: '0.0% no state worse off',
    noneWorseOff: 'No state’s households are worse off than in the same world without the measures.',
    worstOff: (owner: string, loss: string) =>
      `${owner.charAt(0).toUpperCase() + owner.slice(1)} households can buy ${loss}% fewer devices than in the same world without the measures (tariff revenue and subsidies counted).`,
    noMeasures: 'No measures are in force.',
    measuresInForce: (n: number, escalation: string) =>
      `${n} ${n === 1 ? 'measure is' : 'measures are'} in force; escalation intensity ${escalation} (the hostile measures in force, each weighted by the trade it covers, in % of the starting world's trade between states; the Measures view draws it).`,
    micronRevenue: (change: string) => `Micron’s revenue from China-headquartered buyers is ${change}.`,
    micronRevenueTwin: (kept: string) =>
      `Micron’s revenue from China-headquartered buyers is ${kept}% of what it is in the same world without the measures.`,
  },
  /**
   * why a file, a link, a saved scenario or a move is refused: the checkers' own English (src/sim/files/validate.ts,
   * link.ts, src/model/errors.ts), as the CLI says it
   */
  checks: {
    /** a checker's reason, a phrase without context ("field seed: expected ...") */
    reason: (reason: Reason) => reasonText(reason),
    /** a file's refusal, a sentence ("This file is not a valid scenario: ...") */
    file: (fileProblem: FileProblem) => fileProblemText(fileProblem),
    /** a link's refusal, a sentence ("This link is damaged: ...") */
    link: (linkProblem: LinkProblem) => linkProblemText(linkProblem),
    /** the model's own check of a scenario or a team's move ("timeline.3.measure.firm: no firm ...") */
    scenario: (modelProblem: ScenarioProblem) => scenarioProblemText(modelProblem),
    /** a checker's reason as a sentence, ended with one full stop */
    sentence: (reason: Reason) => {
      const text = reasonText(reason);
      return text.endsWith('.') ? text : `${text}.`;
    },
  },
  notices: {
    dismiss: 'Dismiss',
    dismissMore: ' this message',
    /** what was opened, when it came from a link (a file is its quoted name) */
    fromLink: 'the workspace from the link',
    savedScenario: (name: string) => `the saved scenario “${name}”`,
    opened: (what: string) => `Opened ${what}. Undo brings back the work you had before.`,
    openedKept: (what: string, name: string) =>
      `Opened ${what}. The work you had is kept in Saved scenarios as “${name}”, and Undo brings it back too.`,
    notOpened: (what: string) =>
      `${what.charAt(0).toUpperCase() + what.slice(1)} was not opened. Your workspace is unchanged.`,
    reset: 'Everything was reset to the default scenario. Undo brings your branches back.',
    /** browser storage's notices (share/storage.ts NOTICES); `name` is the saved entry's name */
    unavailable:
      'Browser storage is turned off or not available here, so your work is not kept when this tab closes. Export it to a file to keep it.',
    full: 'Browser storage is full, so this change was not saved. Delete some saved scenarios, or export your work to a file.',
    otherTab: (name: string) =>
      `Decoupling Lab is open in another tab of this browser, which saved its own work. This tab keeps its own work too: the other tab’s is in Saved scenarios as “${name}”, so neither is lost.`,
    otherTabNotKept:
      'Decoupling Lab is open in another tab of this browser, which saved its own work, and there is no room to keep both: this tab’s changes are not autosaved. Export your work to a file to keep it.',
    otherTabSeen: (name: string) =>
      `Decoupling Lab is open in another tab of this browser, and that tab has just saved its own work. The tabs do not share edits: this tab keeps its own work, and the other tab’s is kept in Saved scenarios as “${name}” when this tab next saves, so neither is lost.`,
    /** notices that quote a detail: `detail` is the checker's own sentence, in English */
    tooLargeToKeep: (size: string, most: string) =>
      `This workspace is too large to keep in the browser (${size}; the most is ${most}). Export it to a file to keep it.`,
    unreadableAutosave: (detail: string, name: string) =>
      `The work autosaved in this browser could not be read, so the app starts afresh: ${detail} It is kept as it was, in Saved scenarios as “${name}”, where you can export it as a file.`,
    unreadableNotKept: (detail: string) =>
      `The work autosaved in this browser could not be read: ${detail} There is no room to set it aside, so this tab does not autosave, to leave it as it is. Export your work to a file to keep it.`,
    tooManySaved: (most: number) =>
      `There are already ${most} saved scenarios, the most kept. Delete one to save another.`,
    unreadableEntries: (n: number) =>
      `${n} saved ${n > 1 ? 'entries' : 'entry'} in this browser could not be read by this version. ${n > 1 ? 'They are' : 'It is'} kept as ${n > 1 ? 'they were' : 'it was'}: export ${n > 1 ? 'them' : 'it'} as a file to open in a newer version, or delete ${n > 1 ? 'them' : 'it'}.`,
    gone: 'This saved scenario is no longer in the browser’s storage.',
    autosaveUpdated: `Your autosaved work ${MIGRATED_NOTICE}`,
    nameNeeded: 'A saved scenario needs a name.',
    nameTooLong: (most: number, length: number) =>
      `A name may have at most ${most} characters; this one has ${length}.`,
    /** a link that cannot be read as the page opens: `detail` is the link checker's sentence, in English */
    linkUnreadAtStart: (detail: string, restored: boolean) =>
      `${detail} Decoupling Lab opened ${restored ? 'your autosaved work' : 'the default scenario'} instead.`,
    linkUpdated: `This link ${MIGRATED_NOTICE}`,
    fileTooLarge: (name: string, size: string, most: string) =>
      `${name} was not opened: this file is too large (${size}; the most is ${most}). Your workspace is unchanged.`,
    fileUnreadable: (name: string) => `${name} could not be read. Your workspace is unchanged.`,
    fileRefused: (name: string, detail: string) =>
      `${name} was not opened. ${detail} Your workspace is unchanged.`,
    linkRefused: (detail: string) => `${detail} Your workspace is unchanged.`,
    /** a saved scenario that cannot be opened (share/storage.ts load, rename); `detail` is a sentence */
    savedUnread: (detail: string) =>
      `This saved scenario could not be read: ${detail} Export it as a file to keep it.`,
    notSavedScenario: 'it is not a saved scenario.',
    /** an entry set aside as unreadable, with the English reason it was stored with, or none */
    savedNewer: (reason: string) => `This saved work ${reason} Export it as a file to open it there.`,
    savedUnreadable: (reason: string | null) =>
      `This could not be read by this version of Decoupling Lab${reason === null ? '.' : `: ${reason}`} Export it as a file to keep it.`,
    cannotRename: 'This saved scenario could not be read, so it cannot be renamed.',
    nameTaken: (name: string) => `Another saved scenario is already called “${name}”.`,
    openedNotKept: (what: string, detail: string) =>
      `Opened ${what}, but the work you had could not be kept in Saved scenarios: ${detail} Undo brings it back while this tab is open; export it to a file to keep it.`,
  },
  reading: {
    group: 'Read the numbers',
    effect: 'Against the same world without measures',
    raw: 'Raw index',
    /** shown beside the toggle on a view whose charts it does not change */
    headlineOnly: 'Here: the headline numbers only',
    /** why the toggle changes only the headline numbers on a view, by view (views.ts READING_VIEWS) */
    notHere: {
      memory:
        'The memory market shows each maker’s plain market share, not read against the same world without measures, so here this choice changes only the headline numbers above. On the views of costs and standards, cross-bloc trade and sensitivity it changes the charts as well.',
      measures:
        'The measures view shows what was done in each round, not a number read against the same world without measures, so here this choice changes only the headline numbers above. On the views of costs and standards, cross-bloc trade and sensitivity it changes the charts as well.',
      difference:
        'The what-if chart shows one branch minus another, each as it ran, so here this choice changes only the headline numbers above. On the views of costs and standards, cross-bloc trade and sensitivity it changes the charts as well.',
      tournament:
        'The tournament shows its own scores, so here this choice changes only the headline numbers above. On the views of costs and standards, cross-bloc trade and sensitivity it changes the charts as well.',
    },
  },
  howTo: {
    heading: 'How to use Decoupling Lab',
    pick: 'Pick a scenario',
    pickWhere: (narrow: boolean): string =>
      narrow ? ' under the Settings tab' : ' in the Scenario panel, on the left',
    pickRest:
      '. It opens on the 2022-23 chip controls and the Micron ban; “What to look for” lists what a class should notice.',
    play: 'Press Play',
    playRest:
      ' (or the space bar). Each round is a quarter of a year. Step with the arrow keys, jump with Home and End, or drag the round slider; the charts and the event log follow.',
    read: 'Read the round',
    readRest:
      ' above the charts: costs, standards, trade and households, each against the same world without the measures; ',
    inWords: 'In words',
    readWords: ' says what the measures did, and ',
    rawIndex: 'Raw index',
    readIndex: ' shows the indices themselves. Click an event in the ',
    logWhere: (narrow: boolean): string => (narrow ? 'Event log tab' : 'log'),
    readEnd: ' to jump to its round.',
    whatIf: 'Ask “what if?”',
    whatIfStart: ': stop at a round, press ',
    branchHere: 'Branch here',
    whatIfMiddle:
      ', change the timeline, a strategy or a parameter in the new branch, then choose the baseline under ',
    compareWith: 'Compare with',
    whatIfEnd: ' and open ',
    difference: 'What-if difference',
    stop: '.',
    undo: 'Every change can be undone (Ctrl+Z, or Cmd+Z on a Mac) and redone (Shift+Ctrl+Z).',
    presentStart: 'For a projector, press ',
    present: 'Present',
    presentEnd:
      " (or P): the side panels step aside and the charts and the round's numbers fill the screen in large type. P or Esc brings the panels back.",
    sure: 'How sure is this?',
    sureRest:
      ' Run N seeds plays the same world at many seeds and draws the spread; Vary assumptions too adds the assumptions.',
    lessons: 'Lessons',
    lessonsRest: ' (in the header) take a class through three questions: predict first, then see the run.',
    gotIt: 'Got it',
  },
  numberField: {
    slider: (label: string) => `${label} (slider)`,
    range: (min: string, max: string, unit: string) => `Range ${min} to ${max}${unit ? ` ${unit}` : ''}`,
    kept: (shown: string) => `Kept ${shown}.`,
    enter: (range: string) => `Enter a number from ${range}.`,
    enterWhole: (range: string) => `Enter a whole number from ${range}.`,
    outOfRange: (range: string) => `Out of range: enter a number from ${range}.`,
    rangeText: (min: string, max: string, unit: string) => `${min} to ${max}${unit ? ` ${unit}` : ''}`,
  },
  scenario: {
    heading: 'Scenario',
    editingBranch: 'You are editing the branch ',
    branchCounts: (round: number) =>
      `. Its changes count from round ${round}; earlier rounds are those of the run it branches from.`,
    preset: 'Preset',
    custom: 'Custom scenario',
    presetHelp: 'Loading a preset replaces every branch; Undo brings them back.',
    lookFor: 'What to look for',
    settingsShown: 'Settings shown',
    simple: (n: number) => `Simple, for a class (${n} settings)`,
    all: (n: number) => `All (${n} parameters, each with its unit and source)`,
    run: 'Run: seed, length and size',
    seed: 'Seed',
    newSeed: 'New seed',
    newSeedEdit: (seed: number) => `New seed ${seed}`,
    seedEdit: (seed: number) => `Seed ${seed}`,
    seedHelp:
      'The same seed gives the same run, on every screen. Seed, rounds and firms apply to every branch.',
    rounds: 'Rounds',
    quarters: 'quarters',
    roundsEdit: (n: number) => `Rounds ${n}`,
    /** under the rounds past ten years (ScenarioPanel LONG_RUN) */
    roundsLong: (years: string) =>
      `That is ${years} years. Past a decade, read the run as what these mechanisms do when nothing new is invented or decided, not as a forecast.`,
    firms: 'Firms',
    firmsUnit: 'firms',
    firmsEdit: (n: number) => `Firms ${n}`,
    firmsHelp: 'More firms give smoother curves and take longer to compute.',
    noise: 'Misperception noise',
    share: 'share',
    noiseEdit: (v: number) => `Noise ${v}`,
    noiseHelp:
      "Chance that a state misreads another state's act: sees it larger, smaller, or where none was taken.",
    forClass: 'Settings for a class',
    forClassHelp:
      'The few settings a lesson turns. Every other parameter keeps its default; choose All above to see them.',
    paramEdit: (label: string, v: number) => `${label} ${v}`,
    groups: {
      world: { title: 'World parameters', help: 'How the starting world of 2022 is built.' },
      trade: { title: 'Trade parameters', help: 'How buyers, suppliers and prices react to measures.' },
      standards: {
        title: 'Standards parameters',
        help: 'How firms choose between technology stack A and stack B.',
      },
      behaviour: { title: 'Behaviour parameters', help: 'How states answer each other and join allies.' },
    },
    startOnly: 'Shapes the starting world only: this branch keeps the value its run began with.',
    source: (source: string) => `Source: ${source}`,
    strategies: 'Strategies of the states',
    strategiesHelp:
      'How each state answers hostile acts it sees. Scripted states do only what the timeline says.',
    strategyEdit: (state: string, strategy: string) => `${state} plays ${strategy}`,
  },
  log: {
    heading: 'Event log',
    byState: (n: number, of: number) => `Filter by state (${n} of ${of})`,
    statesShown: 'States whose events are shown',
    byKind: (n: number, of: number) => `Filter by kind (${n} of ${of})`,
    kindsShown: 'Kinds of event shown',
    groups: {
      acts: 'State acts (measures, lifts, allies joining)',
      firms: 'Firms and markets (sales won and lost)',
      standards: 'Standards (firms switching stacks)',
      world: 'Blocs and costs',
    },
    fold: 'Fold firms switching stacks',
    foldHelp: 'One line per round; open it to read every switch.',
    events: 'Events, newest first',
    /** a folded line: how many groups of firms switch stacks in a round */
    folded: (n: number) =>
      n === 1 ? 'Firms switch stacks in one place' : `Firms switch stacks in ${n} places`,
    showThem: (body: string) => `${body}: show them`,
    thisRound: '\u00a0· this round',
    older: (n: number) => `Show ${n} older events`,
    stacks:
      'Stack A is the set of technology standards most firms build to (the common, US-led one); stack B is China’s own. A firm switches when its partners, a mandate or trade cut off make the other stack worth more to it.',
    baseline:
      'What the log says a firm has lost or gained is against the round before the measure, in the same run; the headline numbers and charts read against the same world without measures, so the two can differ.',
    baselineRaw:
      'What the log says a firm has lost or gained is against the round before the measure, in the same run; the headline numbers read against the starting round.',
  },
  charts: {
    heading: 'Charts',
    view: 'Chart view',
    views: {
      costs: 'Costs and standards',
      trade: 'Trade flows',
      memory: 'Memory market',
      measures: 'Measures',
      difference: 'What-if difference',
      tournament: 'Tournament',
      sensitivity: 'Sensitivity',
    },
    noMeasures:
      'No measures have been taken in this run, so it is the same as the world without them: every effect is 0. Choose ',
    noMeasuresRaw: 'Raw index',
    noMeasuresEnd: ' to see the indices themselves.',
    startingWorld: 'Computing the starting world…',
    compareHeading: 'Compare futures',
    compare1:
      'The difference chart shows a what-if branch minus its baseline. To make one: move the play head to a round, press ',
    compareBranch: 'Branch here',
    compare2:
      ', change a measure, a strategy or a parameter in the new branch, and choose the baseline under ',
    compareWith: 'Compare with',
    compare3: '. Up to three more branches can be added under ',
    alsoCompare: 'Also compare',
    compare4: "; then each state's cost and each firm's revenue are read against every one.",
  },
  card: {
    hideTable: 'Hide data table',
    showTable: 'Show data as table',
    svgTitle: 'Download this chart as an SVG picture',
    svg: 'Download SVG',
    pngTitle: 'Download this chart as a PNG picture',
    png: 'Download PNG',
    nothingDrawn: (title: string) => `“${title}” has nothing drawn yet to download. Press play first.`,
    downloaded: (file: string) => `Downloaded ${file}.`,
    notSaved: (title: string, ext: string, error: string) =>
      `“${title}” could not be saved as ${ext}: ${error}.`,
  },
  statesShort: STATE_SHORT,
  blocs: BLOC_NAMES,
  blocsShort: { US: 'US bloc', CN: 'CN bloc', NA: 'Non-aligned' } as Record<Bloc, string>,
  chart: {
    pressPlay: 'Press play to run',
    waitingTwin: 'The same world without measures is still being computed',
    allHidden: 'Every series is hidden: pick one above',
    noValues: 'no values',
    /** the compared branches' dashes in words, for a legend (in COMPARE_DASHES order) */
    dashes: ['dashed', 'dash-dot', 'short dashes', 'dash-dot-dot'] as readonly string[],
    solid: 'solid',
    bandColumns: { median: 'Median', mid50: '50% of runs', mid90: '90% of runs' },
    stop: '.',
    roundHeader: 'Round',
    noBands: (what: string) => `${what}: no bands yet.`,
    bandSummary: (what: string, seeds: number, at: string, median: string, range: string) =>
      `${what} over ${seeds} seeds, at ${at}: median ${median}, ${range} in 90% of runs.`,
    median: (label: string) => `${label}, median`,
    ninety: (label: string) => `${label}, 90% of runs`,
    ofBranch: (label: string, branch: string, median: boolean) =>
      `${label} (${branch})${median ? ', median' : ''}`,
    byRound: (what: string, branch: string) => `${what} by round${branch ? `, ${branch}` : ''}`,
    byRoundComma: (what: string, branch: string) => `${what}, by round${branch ? `, ${branch}` : ''}`,
    /** before a chart's description when branches are compared on it: which lines are the branch on view's */
    solidNote: (name: string) => `Solid lines: “${name}”, the branch on view. `,
    bandNote: (seeds: number) =>
      ` Lines: the median of ${seeds} seeds; dark shading: the middle 50% of runs; light shading: 90% of runs.`,
    lineNote: (seeds: number) =>
      ` Line: the median of ${seeds} seeds; dark shading: the middle 50% of runs; light shading: 90% of runs.`,
  },
  cost: {
    title: 'Supply-chain cost index',
    global: 'Global',
    descriptionEffect:
      'Input cost per unit of device output, by buyer state: index points above (+) or below (−) the same world without measures.',
    descriptionRaw: 'Input cost per unit of device output, by buyer state; 100 = the starting round.',
    summaryEffect: 'Effect of measures on the world’s supply-chain cost',
    summaryRaw: 'World supply-chain cost index',
    legend: 'Cost series shown',
    unitEffect: 'Index points against the same world without measures',
    unitRaw: 'Input cost index (round 0 = 100)',
    plotEffect: 'Cost effect of measures',
    plotRaw: 'Cost index',
    medianOf: (seeds: number) => `, median of ${seeds} seeds,`,
    readsEffect:
      'Effect of measures on the supply-chain cost index: index points above (+) or below (−) the same world without measures',
    readsRaw: 'Supply-chain cost index (100 = the starting round)',
    readsBands: (seeds: number) => `, median and 90% of runs over ${seeds} seeds`,
  },
  divergence: {
    title: 'Technology standards divergence',
    divergence: 'Standards divergence',
    divergenceShort: 'Divergence',
    shareOfA: (bloc: string) => `Share of standard A, ${bloc}`,
    effect: 'Effect of measures',
    withMeasures: 'Standards divergence with the measures',
    withoutMeasures: 'Standards divergence without them',
    bandsEffect: 'How much further the measures split the blocs’ standards than the same world without them',
    bandsRaw: 'How far the blocs’ technology standards split (0-1)',
    descriptionEffect:
      "How much further the measures have split the blocs' technology standards than in the same world without them.",
    descriptionRaw:
      "How far the blocs' technology standards have split. Dotted: share of standard A in each bloc's standards-bearing output (0-1).",
    legend: 'Standards series shown',
    unitEffect: 'Divergence against the same world without measures',
    unitRaw: '0 = one shared standard, 1 = none in common',
    plotEffect: 'Effect of measures on standards divergence',
    captionBands: (label: string, seeds: number) => `${label}, median and bands over ${seeds} seeds,`,
    captionEffect: 'Standards divergence with and without the measures, and the effect of the measures,',
    captionRaw: 'Standards divergence and share of standard A',
  },
  divergenceMore: {
    effectLine: 'Standards divergence, effect of measures',
    effectShort: 'Effect',
  },
  runCost: {
    about: (duration: string, memory: string) => `about ${duration} and ${memory} of memory`,
    fewSeconds: 'a few seconds',
    seconds: (n: number) => `${n} seconds`,
    minutes: (n: number) => `${n} minutes`,
    hours: (n: number) => `${n} hours`,
  },
  crossBloc: {
    title: 'Trade across blocs',
    effectLine: 'Trade across blocs, effect of measures',
    effect: 'Effect',
    share: 'Share',
    withMeasures: 'Share of trade across blocs, with the measures',
    without: 'Without them',
    effectPoints: 'Effect of measures, percentage points',
    descriptionEffect:
      'Share of all trade that crosses between the US-aligned and China-aligned blocs: percentage points above (+) or below (−) the same world without the measures.',
    descriptionRaw:
      'Share of all trade that crosses between the US-aligned and China-aligned blocs, in percent.',
    legend: 'Cross-bloc series shown',
    unitEffect: 'Percentage points against the same world without measures',
    unitRaw: 'Percent of all trade',
    captionBands: (label: string, seeds: number) => `${label}, median and bands over ${seeds} seeds,`,
    captionRaw: 'Trade across blocs with and without the measures,',
  },
  trade: {
    title: (when: string) => `Trade between states${when ? `, ${when}` : ''}`,
    noTradeAtStart: 'no trade at round 0',
    exports: 'Exports',
    imports: 'Imports',
    changeSince: (when: string) => `Change in trade since ${when}`,
    sellsBuys: (state: string) => `with ${state}: sells / buys`,
    pair: (a: string, b: string, when: string) => `${a} and ${b}, ${when}`,
    to: (a: string, b: string) => `${a} to ${b}`,
    toColumn: (state: string) => `To ${state}`,
    fromRow: (state: string) => `From ${state}`,
    domestic: 'domestic',
    base: (when: string) => `Exports + imports, ${when}`,
    roundZero: 'round 0',
    changeSinceStart: 'Change since round 0',
    legend: 'States shown',
    noTradeAt: (when: string) => `No cross-border trade to show at ${when}.`,
    hint: 'Arc length: exports. A ribbon takes the colour of the state that sells more to the other.',
    changesTitle: (when: string) => `Change in each state's trade since ${when}`,
    flowsCaption: (when: string, branch: string) =>
      `Trade flows in ${when}${branch ? `, ${branch}` : ''} (exporter by row, importer by column)`,
    exporter: 'Exporter',
    changesCaption: (when: string, base: string) =>
      `Each state's cross-border trade in ${when} and its change since ${base}`,
    state: 'State',
    noRounds: 'No rounds run yet.',
  },
  /** the anchor firms by id: the model's names (src/model/calibration.ts) */
  firms: Object.fromEntries(ANCHOR_FIRMS.map((f) => [f.id, f.name])) as Record<string, string>,
  memory: {
    title: 'Memory-chip market shares',
    others: 'Others',
    thisBranch: 'This branch',
    minus: (mine: string, other: string) => `${mine} minus ${other}, points`,
    stackNote: (branch: string, others: string) =>
      `The stack is ${branch}; the table under it compares each maker's share with ${others}.`,
    branchOnView: 'the branch on view',
    legend: 'Memory makers shown',
    unit: 'Share of memory-chip sales',
    allHidden: 'Every maker is hidden: pick one above',
    byRound: (branch: string) => `Memory-chip shares by round${branch ? `, ${branch}` : ''}`,
    byBranchCaption: (when: string) =>
      `Memory-chip shares at ${when}, branch by branch (share of sales; difference in percentage points)`,
    maker: 'Maker',
    tableCaption: (branch: string) => `Memory-chip market shares by round${branch ? `, ${branch}` : ''}`,
  },
  kinds: KIND_NAMES,
  escalation: {
    title: 'Measures in force and escalation',
    intensity: 'Escalation intensity',
    noneInForce: 'No measures in force',
    moreInForce: (n: number) => `and ${n} more in force`,
    inForceCount: (n: number) => `${n} in force`,
    valuetext: (when: string, intensity: string, active: readonly string[]) =>
      `${when}: escalation intensity ${intensity}; ${
        active.length === 0 ? 'no measures in force' : `in force: ${active.join('; ')}`
      }`,
    kind: 'Kind',
    from: 'In force from',
    until: 'Until',
    stillInForce: 'still in force',
    ended: (when: string) => `${when} (ended)`,
    measuresInForce: 'Measures in force',
    legend: 'Kinds of measure shown',
    unit: 'Escalation intensity (weighted active measures)',
    noMeasures: 'No measures imposed yet',
    allHidden: 'Every kind is hidden: pick one above',
    byRound: (branch: string) => `Measures in force by round${branch ? `, ${branch}` : ''}`,
    showingAll: (n: number) => `Showing all ${n} measures.`,
    showingRecent: (shown: number, n: number) =>
      `Showing the ${shown} most recently imposed of ${n} measures.`,
    showAll: (n: number) => `Show all ${n} measures`,
    caption: (branch: string) => `Measures in force${branch ? `, ${branch}` : ''}`,
    measure: 'Measure',
    intensityCaption: (branch: string) => `Escalation intensity by round${branch ? `, ${branch}` : ''}`,
  },
  difference: {
    cost: 'Global cost index',
    costUnit: 'Index points, what-if minus baseline',
    divergence: 'Standards divergence',
    divergenceUnit: 'Divergence (0-1), what-if minus baseline',
    lineMinus: (label: string, whatIf: string, baseline: string) => `${label}, ${whatIf} minus ${baseline}`,
    legendMinus: (whatIf: string, baseline: string, dash: string) => `${whatIf} minus ${baseline} (${dash})`,
    costWhatIf: 'Cost index, what-if',
    costBaseline: 'Cost index, baseline',
    costOf: (branch: string) => `Cost index, ${branch}`,
    costDifference: (of: string) => `Cost index, difference${of ? ` (${of})` : ''}`,
    divergenceWhatIf: 'Divergence, what-if',
    divergenceBaseline: 'Divergence, baseline',
    divergenceOf: (branch: string) => `Divergence, ${branch}`,
    divergenceDifference: (of: string) => `Divergence, difference${of ? ` (${of})` : ''}`,
    pairedSummary: (whatIf: string, baseline: string) =>
      `Global cost index, ${whatIf} minus ${baseline}, paired by seed,`,
    pairedColumn: (label: string, baseline: string, column: string) =>
      `${label}${baseline ? ` against ${baseline}` : ''}: ${column.toLowerCase()}`,
    baselinesHidden: 'Every baseline is hidden: pick one above',
    noCommonRounds: 'No rounds in common yet',
    title: (single: boolean, whatIf: string, baselines: string) =>
      `What-if minus ${single ? 'baseline' : 'baselines'}: ${whatIf} minus ${baselines}`,
    pairedNote: (seeds: number) =>
      `Each seed’s difference, paired by seed. Line: the median of ${seeds} seeds; dark shading: the middle 50% of runs; light shading: 90% of runs.`,
    manyNote: 'One line per baseline, in its own colour and dash; above zero, the branch on view is higher.',
    legend: 'Differences shown',
    costShort: 'Cost',
    divergenceShort: 'Divergence',
    plotLabel: (label: string) => `${label}, what-if minus baseline, by round`,
    bothHidden: 'Both differences are hidden: pick one above.',
    caption: (whatIf: string, baselines: string, single: boolean, seeds: number | null) =>
      `${whatIf} (what-if) against ${baselines} (baseline${single ? '' : 's'})${
        seeds !== null ? `, differences paired by seed over ${seeds} seeds` : ''
      }, by round`,
  },
  sectors: SECTOR_NAMES,
  whoPays: {
    world: 'World',
    roundFallback: (round: number) => `round ${round}`,
    points: (v: string) => `${v} pp`,
    effectOfView: (branch: string) => `${branch}: effect of its measures, points`,
    minusPoints: (mine: string, other: string, oneRun: boolean) =>
      `${mine} minus ${other}, points${oneRun ? ' (one run)' : ''}`,
    minusSeeds: (mine: string, other: string, seeds: number) =>
      `${mine} minus ${other}, ${seeds} seeds: median (90% of runs)`,
    effectOf: (branch: string) => `${branch}: effect of its measures, points`,
    share: (branch: string) => `Market share, ${branch}`,
    revenue: (mine: string, other: string) => `Revenue, ${mine} against ${other}, % change`,
    shareMinus: (mine: string, other: string) => `Market share, ${mine} minus ${other}, percentage points`,
    firm: (name: string, sector: string) => `${name} (${sector})`,
    title: (when: string) => `Who pays, at ${when}: each state and firm, branch by branch`,
    waiting: (when: string) => `Waiting for the runs to reach ${when}…`,
    note: 'Cost in supply-chain index points (round 0 = 100). “A minus B” above zero: the branch on view costs that state more. “Effect of its measures”: a branch against the same world without measures.',
    pairedNote: (seeds: number) => ` With ${seeds} seeds, each difference is paired by seed.`,
    statesCaption: (when: string, mine: string, others: string) =>
      `Supply-chain cost by state at ${when}: ${mine} against ${others}`,
    state: 'State',
    firmsCaption: (when: string) =>
      `Anchor firms at ${when}, those whose revenue moves most between the branches first (one run; ensembles read states only)`,
    firmHeader: 'Firm',
    showFirst: (n: number) => `Show the ${n} that move most`,
    showAll: (n: number) => `Show all ${n} anchor firms`,
  },
  workBar: {
    region: 'Share, save and export',
    copyLink: 'Copy link',
    copied: 'Link copied. Anyone who opens it sees this workspace and the same run.',
    copyByHand: 'Copy the link from the field below (Ctrl+C or Cmd+C).',
    downloaded: (file: string) => `Downloaded ${file}.`,
    tooLarge: (file: string, size: string, max: string) =>
      `${file} is ${size}, more than the ${max} Decoupling Lab opens, so it cannot be opened again as it is. Delete some branches or measures and export again to get a file that opens.`,
    preparing: 'Preparing the run data…',
    downloadedRun: (file: string, fingerprint: string) => `Downloaded ${file} (fingerprint ${fingerprint}).`,
    runFailed: (error: string) => `The run data could not be made: ${error}.`,
    saved: 'Saved scenarios…',
    openFile: 'Open file…',
    fileLabel: 'Scenario or workspace file to open',
    export: 'Export',
    scenarioJson: 'Scenario (JSON)',
    workspaceJson: 'Workspace with all branches (JSON)',
    runCsv: 'Run data (CSV)',
    runJson: 'Run data (JSON, as the command line gives it, with effects)',
    runEveryFirm: 'Run data with every firm (JSON; large worlds make large files)',
    report: 'Run report',
    resetAll: 'Reset all…',
    link: 'Link to this workspace',
    resetTitle: 'Reset everything?',
    resetConfirm: 'Reset all',
    resetText:
      'Every branch and change is replaced by the default scenario. Saved scenarios stay. Undo (Ctrl+Z or Cmd+Z) brings your work back.',
  },
  branches: {
    region: 'Branches',
    /** the first branch's name as a new workspace gives it (sim/workspace.ts MAIN_BRANCH_NAME) */
    mainName: 'Main run',
    newName: (when: string) => `What if… (from ${when})`,
    branchEdit: (name: string, round: number) => `Branch "${name}" at round ${round}`,
    renameEdit: (name: string) => `Rename to "${name}"`,
    chooseFirst: 'Choose a branch under “Compare with” first.',
    atMost: (n: number) => `At most ${n} branches are compared with the one on view: untick one first.`,
    branch: 'Branch',
    switchEdit: 'Switch branch',
    fromRound: (round: number) => ` (from round ${round})`,
    branchHereTitle: 'Start a branch that shares the run up to this round',
    branchHere: 'Branch here',
    rename: 'Rename',
    deleteEdit: (name: string) => `Delete branch "${name}"`,
    delete: (gone: number) => `Delete${gone > 0 ? ` (and ${gone} made from it)` : ''}`,
    compareWith: 'Compare with',
    compareEdit: 'Compare',
    nothing: 'Nothing',
    alsoCompare: (n: number) => `Also compare${n > 0 ? ` (${n})` : ''}`,
    alsoCompareMore: ': more branches on the same axes',
    alsoLegend: (name: string, max: number) =>
      `More branches drawn against “${name}”, each in its own dash (up to ${max} compared in all)`,
    alsoEdit: (name: string) => `Also compare "${name}"`,
    stopEdit: (name: string) => `Stop comparing "${name}"`,
    newTitle: (round: number) => `Branch from round ${round}`,
    renameTitle: (name: string) => `Rename “${name}”`,
    newText: (name: string, round: number, when: string) =>
      `The new branch shares “${name}” up to round ${round}${when ? ` (${when})` : ''}. Create it first: its timeline, strategies and parameters are then the ones you edit, and “${name}” stays as it is.`,
    renameText: 'The name shows in the branch list, the comparison and the file names of downloads.',
    newLabel: (round: number) => `Name of the new branch (from round ${round})`,
    renameLabel: 'New name',
    create: 'Create branch',
  },
  /** an ensemble's bands in sentences (ensemble/bandWords.ts): ranges in index points, the 90% band */
  bandWords: {
    /** "the world’s", then each state as an owner (summaryWords.owner) */
    world: 'the world’s',
    /** a range of points: one number when both ends read the same */
    range: (lo: string, hi: string) => (lo === hi ? `${lo} points` : `${lo} to ${hi} points`),
    /** what a branch does to a cost (“Ban” adds ...) */
    one: {
      unchanged: (owner: string, within: string) =>
        `leaves ${owner} cost unchanged (within ${within} points)`,
      adds: (owner: string, range: string) => `adds ${range} to ${owner} cost`,
      lowers: (owner: string, range: string) => `lowers ${owner} cost by ${range}`,
      changes: (owner: string, lo: string, hi: string) =>
        `changes ${owner} cost by ${lo} to ${hi} points (up in some runs, down in others)`,
    },
    /** what the measures do to a cost (the measures add ...) */
    many: {
      unchanged: (owner: string, within: string) => `leave ${owner} cost unchanged (within ${within} points)`,
      adds: (owner: string, range: string) => `add ${range} to ${owner} cost`,
      lowers: (owner: string, range: string) => `lower ${owner} cost by ${range}`,
      changes: (owner: string, lo: string, hi: string) =>
        `change ${owner} cost by ${lo} to ${hi} points (up in some runs, down in others)`,
    },
    seeds: (seeds: number, assumptions: boolean) =>
      `${seeds} seeds${assumptions ? ', assumptions drawn' : ''}`,
    effect: (at: string, words: string, runs: string) =>
      `By ${at}, the measures ${words} in 90% of runs, against the same world without them (${runs}).`,
    difference: (at: string, name: string, words: string, against: string, runs: string) =>
      `By ${at}, “${name}” ${words} compared with “${against}” in 90% of runs (${runs}, paired by seed).`,
  },
  ensemble: {
    downloaded: (file: string, seeds: number, first: number, last: number) =>
      `Downloaded ${file}: the bands of ${seeds} seeds (seed numbers ${first} to ${last}).`,
    heading: 'How sure is this?',
    hint: 'One run is one seed: one draw of luck. Play the same world at many seeds to see how far the results spread.',
    seeds: 'Seeds',
    runTitle: (seed: number) => `Plays seeds ${seed} and on, each beside the same world without measures`,
    run: (seeds: number) => `Run ${seeds} seeds`,
    ofBranches: (others: number) => ` of ${others === 1 ? 'both' : `all ${others + 1}`} branches`,
    showTitle: 'Draw the median and the 50% and 90% bands on the charts',
    runFirst: 'Run the seeds first',
    show: 'Show bands',
    csv: 'Bands (CSV)',
    /** `branches` > 1: the seeds of several branches played on one bar (total = seeds x branches) */
    playing: (done: string, total: string, branches: number) =>
      branches > 1
        ? `Playing ${done} of ${total} (the seeds of ${branches} branches, each with the same world without measures)…`
        : `Playing seed ${done} of ${total} (each with the same world without measures)…`,
    reading: 'Reading the bands…',
    cancelled: 'Cancelled: every worker was stopped and nothing from that run is kept.',
    played: (seeds: string, first: number, last: number, seconds: string | null, assumptions = false) =>
      `${seeds} seeds played (seed numbers ${first} to ${last}${assumptions ? ', assumptions drawn' : ''})${seconds !== null ? ` in ${seconds} s` : ''}.`,
    /** the seeds asked for had all been played before: nothing was played again */
    kept: (seeds: string, first: number, last: number, assumptions = false) =>
      `${seeds} seeds (seed numbers ${first} to ${last}${assumptions ? ', assumptions drawn' : ''}), as played before: nothing needed playing again.`,
    assumptions: 'Vary assumptions too',
    assumptionsTitle: (n: number) =>
      `Each seed also draws the ${n} assumptions the rulebook bounds, each within its range, the same in every branch: the bands then span assumptions as well as seeds.`,
    notYet: (seeds: number) => `This branch has not been played at ${seeds} seeds yet.`,
    inWords: (paired: boolean) =>
      `The spread in words${paired ? ', and the difference between the branches' : ''}`,
    pairAgain: (name: string, others: string) =>
      `Run the seeds again to pair “${name}” with ${others} seed by seed.`,
    /** over each list of sentences: whose numbers they are */
    pairedHead: (name: string, other: string) => `“${name}” against “${other}”, seed by seed:`,
    effectHead: (name: string) => `What the measures of “${name}” do, against the same world without them:`,
  },
  saved: {
    savedAs: (name: string) => `Saved as “${name}”.`,
    /**
     * the names of the entries the app keeps on its own (share/storage.ts KEPT_NAMES): stored in English, as data,
     * and shown in the language on view (i18n/scenarioName.ts savedNameIn)
     */
    keptNames: {
      link: 'Before you opened a link',
      tab: 'Work from another tab',
      unreadableAutosave: 'Autosave that could not be read',
      unreadableEntry: 'Saved scenario that could not be read',
    },
    kinds: {
      saved: '',
      link: 'kept when a link replaced it',
      tab: 'kept before this tab saved over it',
      unreadable: 'this version cannot open it; export it to keep it',
    },
    downloaded: (file: string) => `Downloaded ${file}.`,
    deleted: (name: string) => `Deleted the saved scenario “${name}”.`,
    title: 'Saved scenarios',
    help: 'Each save keeps the whole workspace, every branch included, in this browser only. To move work to another computer, use Copy link or Export.',
    saveAs: 'Save the current workspace as',
    save: 'Save',
    none: 'No saved scenarios yet.',
    newName: (name: string) => `New name for ${name}`,
    saveName: 'Save name',
    deleteForGood: 'Delete it for good?',
    delete: 'Delete',
    keep: 'Keep',
    open: 'Open',
    rename: 'Rename',
    exportFile: 'Export as file',
    deleteAsk: 'Delete…',
    close: 'Close',
  },
  /** the round's headline numbers (src/app/summary.ts), by id: their labels in the one-row view */
  tiles: {
    cost: 'Supply-chain cost',
    worst: 'Hardest hit',
    divergence: 'Standards divergence',
    crossBloc: 'Trade across blocs',
    welfare: 'Households',
    welfareWorst: 'Households worst off',
    measures: 'Measures in force',
    micron: (start: string) => `Micron’s China revenue, % of ${start}`,
    micronTwin: 'Micron’s China revenue, % of world without measures',
  },
  /** preset titles by id: the model's (src/model/presets.ts) */
  presets: Object.fromEntries(PRESETS.map((p) => [p.id, p.title])) as Record<PresetId, string>,
  /** each preset's summary and "What to look for" by id: the model's (src/model/presets.ts) */
  presetTexts: Object.fromEntries(
    PRESETS.map((p): [PresetId, PresetWords] => [p.id, { summary: p.summary, shows: p.shows }]),
  ) as Record<PresetId, PresetWords>,
  /** the states' strategies by id: the model's names and descriptions (src/model/retaliation.ts) */
  strategies: Object.fromEntries(
    Object.entries(STRATEGIES).map(([id, d]) => [id, { label: d.label, description: d.description }]),
  ) as Record<StrategyId, { label: string; description: string }>,
  /** the settings for a class, by parameter key: the model's words (src/model/params.ts) */
  classroom: Object.fromEntries(
    PARAM_SPECS.filter((p) => p.classroom).map((p) => [p.key, p.classroom!]),
  ) as Record<string, { label: string; help: string }>,
  /** each lesson's texts by id, step by step: the lessons' own (src/app/lessons/lessons.ts) */
  lessonTexts: Object.fromEntries(
    LESSONS.map((l): [LessonId, LessonWords] => [
      l.id,
      {
        title: l.title,
        intro: l.intro,
        steps: l.steps.map((s) => ({
          question: s.question,
          choices: s.choices,
          look: s.look,
          reveal: s.reveal,
          claim: s.claim,
        })),
        takeaway: l.takeaway,
      },
    ]),
  ) as Record<LessonId, LessonWords>,
  lesson: {
    takeaway: 'Takeaway',
    stepOf: (step: number, of: number) => `Step ${step} of ${of}`,
    linkCopied: 'Link copied',
    copyLink: 'Copy a link to this step',
    leave: 'Leave the lesson',
    predictFirst: 'Predict first: your choice is recorded before the run shows the answer.',
    choose: 'Choose a prediction to go on',
    showMe: 'Show me',
    youPredicted: 'You predicted:',
    lookAt: 'Look at',
    tileNow: (label: string, value: string, when: string) => `The tile “${label}” reads ${value} in ${when}.`,
    runShows: 'The run shows:',
    claim: (claim: string) =>
      `True in every seed the project tests, or as often as it says (claim: “${claim}”).`,
    takeawayLabel: 'Takeaway:',
    yourPredictions: 'Your predictions:',
    noPrediction: 'no prediction',
    runAnswer: (answer: string) => `— the run: ${answer}`,
    runAgrees: (answer: string) => `— the run agrees: ${answer} ✓`,
    runDiffers: (answer: string) => `— the run: ${answer} (not what you predicted)`,
    back: 'Back',
    next: 'Next step',
    stop: '.',
  },
  /** why payoffs typed in the tournament view are no prisoner's dilemma, by id: the model's (model/tournament.ts) */
  dilemma: DILEMMA_PROBLEMS as Record<DilemmaProblemId, string>,
  /** the room's refusals: the relay's answers (room/connection.ts) and a team's move refused (room/host.svelte.ts) */
  roomWords: {
    /** the room's publish and session problems (sim/roomMessages.ts); `detail` is the checker's English */
    tooLargeForRoom: (size: string, most: string) =>
      `This workspace is too large for a room (${size} as a link; the most is ${most}). Remove branches or timeline entries.`,
    /** `inWorkspace`: the session was read, and the workspace it carries was not */
    sessionUnread: (detail: string, inWorkspace: boolean) =>
      `The facilitator's session could not be read${inWorkspace ? '. ' : ': '}${detail}`,
    unreachable: (base: string) =>
      `The room's relay at ${base} cannot be reached. Check that \`npm run relay\` is running on the facilitator's machine and that this laptop is on the same network, then try again.`,
    notRelay: (base: string) =>
      `${base} does not answer as a room relay. Open the address that \`npm run relay\` printed.`,
    noRoom:
      'Wrong code: this relay has no such room or team. Check the code with the facilitator (letters and digits, dashes optional).',
    notHost:
      "This facilitator key is not the relay's. Copy the facilitator link the relay printed again (it changes each time the relay starts).",
    full: 'The room is full: too many laptops are in it, or on this team. Close the room on a laptop that does not need it, or ask the facilitator.',
    badRequest: 'This is not the address of a room.',
    notLocal:
      "This page cannot make the teams' codes here: open the facilitator link on the relay's own machine (http://localhost:…), as the relay printed it.",
    moveLate: (state: string, round: number, next: number) =>
      `The ${state} team's move was refused: it is for round ${round}, and the session waits for moves for round ${next}.`,
    /** `reason` is the check's own sentence, in English */
    moveRefused: (state: string, reason: string) => `The ${state} team's move was refused: ${reason}.`,
    cannotBeMade: 'it cannot be made',
    /** a move refused as the facilitator's page reads it (sim/roomMessages.ts readTeamMove); `detail` is a sentence */
    moveUnread: (state: string, detail: string) =>
      `A message from the ${state} team's laptop was refused: ${detail}`,
    moveProblem: (moveProblem: MoveProblem) => moveProblemText(moveProblem),
    /** the facilitator's session was not text */
    sessionNotText: 'it is not text.',
  },
  /** the facilitator's room across laptops (room/RoomPanel.svelte) */
  room: {
    button: 'Room',
    buttonOpen: (room: string, inside: number, teams: number) =>
      `Room ${room}: ${inside} of ${teams} teams in`,
    title: 'Room: teams on their own laptops',
    helpStart: 'Start the relay on this machine with',
    helpRest:
      '; it prints a facilitator link. Open that link here, or paste it below. Team laptops on the same network then join with the codes shown here.',
    joinLink: 'Join a room as a team',
    key: 'Facilitator link or key',
    address: 'Relay address',
    addressHelp: 'where this page came from, when the relay served it',
    start: 'Start the room',
    starting: 'Starting…',
    notKey:
      'This is not a facilitator key: paste the facilitator link that `npm run relay` printed (it ends with ?host=…).',
    badAddress: 'The relay address is an address like http://192.168.1.20:8787.',
    status: (room: string, status: 'connected' | 'closed' | string) =>
      `Room ${room}: ${
        status === 'connected'
          ? 'open.'
          : status === 'closed'
            ? 'closed.'
            : 'connection lost, reconnecting… Moves already in are kept.'
      }`,
    noTeams: (human: string) =>
      `No state is played by a team: set a state's strategy to "${human}" in the settings to give it a code.`,
    caption: "Each team's code: give it to that team alone (it opens the team's moves).",
    team: 'Team',
    code: 'Code',
    laptops: 'Laptops',
    link: 'Link',
    notConnected: 'not connected',
    connected: (n: number) => `${n} connected`,
    copyLink: 'Copy link',
    copyLinkOf: (state: string) => `Copy ${state}'s link`,
    refused: 'Refused',
    close: 'Close the room',
    hide: 'Hide',
  },
  /** a team's laptop in a room (room/TeamRoom.svelte) */
  /** the hot seat: the team panel (HumanMoves.svelte) and the hand-over dialog (TeamHandOver.svelte) */
  hotSeat: {
    /** a reveal or a move refused without a reason given */
    notRevealed: 'The moves could not be revealed.',
    cannotMove: 'This move cannot be made.',
    yourMove: 'Your move',
    passTo: (team: string) => `Pass to team ${team}`,
    reveal: (round: number) => `Reveal the moves and play round ${round}`,
    debrief: 'Debrief',
    over: 'Every round has its moves: the session is over.',
    allTeamsIn: (round: number) => `All teams are in for round ${round}: reveal the moves to play it.`,
    waiting: (round: number, label: string, teams: string) =>
      `Round ${round} (${label}). Waiting for: ${teams}.`,
    sessionAt: (round: number) => `The session is at round ${round}: press Play to get there.`,
    teamsRound: (round: number) => `Teams, round ${round}`,
    passToStatus: (team: string, status: string) => `Pass to team ${team} (${status})`,
    status: {
      waiting: 'to move',
      hidden: 'in, hidden',
      moved: 'moved',
      nothing: 'did nothing',
      skipped: 'skipped',
    } as Record<TeamStatus, string>,
    movesIn: (round: number) => `Moves in round ${round}`,
    /** a team's decision in a round, in words (humanMoves.ts decisionsOf) */
    didNothing: 'Did nothing',
    skippedByFacilitator: 'Skipped by the facilitator',
    andThen: (before: string, move: string) => `${before}; ${move}`,
    scoresAt: (round: number, board: string) => `Scores at round ${round}: ${board}`,
    scoresCaption: (round: number) => `Team scores at round ${round}`,
    rank: 'Rank',
    team: 'Team',
    thisRound: 'This round',
    total: 'Total',
    weights: "Score weights (the facilitator's)",
    weightLabels: {
      cost: 'Cost (per index point above the twin)',
      revenue: 'Firms’ revenue (per % above the twin)',
      escalation: 'Escalation (per hostile measure in force, each round)',
    } as Record<keyof ScoreWeights, string>,
    movedHidden: (team: string) => `The ${team} team's move is in and hidden.`,
    handTo: (team: string) =>
      `Hand the device to the ${team} team. Other teams, look away: the next screen is for ${team} alone. Moves stay hidden until every team is in.`,
    show: (team: string) => `Show team ${team}'s move`,
    skip: 'Skip this team',
    close: 'Close',
    skipHelp: (team: string, round: number) =>
      `Skip this team: the facilitator moves on without it; ${team} does nothing in round ${round}.`,
    formTitle: (team: string, round: number) => `Team ${team}: your move for round ${round}`,
    when: (label: string, round: number) =>
      `${label}. Your move happens in round ${round}, together with the other teams' moves.`,
    script: (team: string, round: number) => `Already set by the scenario for ${team} in round ${round}:`,
    done: 'Done, hide my move',
    back: 'Back',
    allIn: 'All moves are in',
    choiceIn: (team: string) => `The ${team} team's choice is in.`,
    handBack: "Hand the device back to the facilitator, who reveals every team's move at once.",
    backToFacilitator: 'Back to the facilitator',
  },
  /** a team's move form (MoveFields.svelte), in the hot seat and on a team's laptop in a room */
  moveFields: {
    move: 'Move',
    kinds: {
      tariff: 'Put a tariff on another state’s goods',
      exportControl: 'Stop exports of a sector to a state',
      purchaseBan: 'Bar critical-infrastructure buyers from a foreign firm',
      measure: 'Another measure, in detail (thresholds, subsidies, listings, …)',
      join: 'Join an ally’s export control',
      lift: 'Lift one of our measures',
      nothing: 'Do nothing this round',
    } as Record<MoveKind, string>,
    onGoodsFrom: 'On goods from',
    to: 'To',
    extraTariff: 'Extra tariff',
    tariffHelp: (most: number) =>
      `% of the price, on every sector, added to any tariff in force (above 0, up to ${most})`,
    sector: 'Sector',
    firm: 'Firm',
    measureKind: 'Kind of measure',
    control: 'Control',
    noneToJoin: 'None to join',
    choose: 'Choose…',
    measure: 'Measure',
    noneInForce: 'None in force',
    yourMoveFor: (round: number) => `Your move for round ${round}`,
    send: 'Send my move (hidden until the reveal)',
  },
  teamRoom: {
    title: (team: string | null) => `Decoupling Lab${team ? `: team ${team}` : ''}`,
    connection: (room: string, words: string) => `Room ${room}. ${words}`,
    statusWords: {
      starting: 'Joining…',
      connecting: 'Connecting to the room…',
      connected: 'Connected to the room.',
      disconnected: 'Connection lost: reconnecting… Your move is kept.',
      closed: 'Not connected.',
    } as Record<string, string>,
    notCode:
      'This is not a team code: it looks like K7Q2MX-CHN-4HT9PA2B (the room, the team, and its secret), as the facilitator gave it.',
    join: 'Join a room',
    joinHelp:
      "Enter the code your facilitator gave your team. It is your team's alone: do not show it to other teams.",
    code: 'Team code',
    codeHelp: 'for example K7Q2MX-CHN-4HT9PA2B',
    joinButton: 'Join',
    joining: 'Joining…',
    waitingSession: "Waiting for the facilitator's session…",
    team: (team: string) => `Team ${team}`,
    over: 'Every round has its moves: the session is over.',
    notPlayed: (team: string) => `${team} is not played by a team in this session.`,
    waitingFor: (round: number, label: string, items: readonly string[]) =>
      `Round ${round} (${label}). Waiting for: ${
        items.length > 0 ? items.join(', ') : 'the facilitator to reveal the moves'
      }.`,
    yourMove: (round: number) => `Your move for round ${round}:`,
    doNothing: 'Do nothing',
    received: 'The facilitator has it, hidden from the other teams until the reveal.',
    sending: 'Sending to the facilitator…',
    change: 'Change my move',
    keep: 'Keep my move',
    movesIn: (round: number) => `Moves in round ${round}`,
    teamsOf: (round: number | null) => `Teams, round ${round}`,
    same: (fingerprint: string) => `The same run as the facilitator's (fingerprint ${fingerprint}).`,
    differs: (mine: string, theirs: string) =>
      `This laptop's run (fingerprint ${mine}) differs from the facilitator's (${theirs}).`,
    running: "Running the facilitator's scenario on this laptop…",
  },
  /** the strategy tournament (TournamentView.svelte) */
  /** the tournament's result in sentences (tournament.ts tournamentSentences) */
  /** the headline charts' one-line summaries for screen readers (charts/summary.ts) */
  chartWords: {
    costIndex: 'Supply-chain cost index',
    cost: 'Supply-chain cost',
    divergence: 'Standards divergence',
    crossBloc: 'Trade across blocs',
    notRun: (what: string) => `${what}: no rounds run yet.`,
    noTwin: (what: string) =>
      `${what} against the same world without measures: the same world without measures is still being computed.`,
    held: (value: string) => `held at ${value}`,
    rose: (from: string, to: string) => `rose from ${from} to ${to}`,
    fell: (from: string, to: string) => `fell from ${from} to ${to}`,
    highest: (state: string, value: string) => `; ${state} highest at ${value}`,
    costIs: (value: string, when: string, highest: string) =>
      `Supply-chain cost index is ${value} in ${when}${highest}.`,
    costMoved: (movement: string, when: string, highest: string) =>
      `Supply-chain cost index ${movement} by ${when}${highest}.`,
    divergenceIs: (value: string, when: string) => `Standards divergence is ${value} in ${when}`,
    divergenceMoved: (movement: string, when: string) => `Standards divergence ${movement} by ${when}`,
    stackShares: (us: string, cn: string) =>
      `; standard A holds ${us} of US-aligned and ${cn} of China-aligned output`,
    divergenceEnd: (head: string, tail: string) =>
      `${head}${tail} (0 = one shared standard, 1 = none in common).`,
    costRose: (owner: string, value: string) => `; ${owner} rose the most (${value} points)`,
    costFell: (owner: string, value: string) => `; ${owner} fell the most (${value} points)`,
    costRoseFell: (rose: string, up: string, fell: string, down: string) =>
      `; ${rose} rose the most (${up} points), ${fell} fell the most (${down})`,
    costEffect: (when: string, effect: string, most: string) => `In ${when}, ${effect}${most}.`,
    divergenceEffect: (when: string, d: string) =>
      `In ${when}, standards divergence is ${d} against the same world without measures (0 = the measures made no difference; above 0, they split the blocs’ standards further).`,
    crossIs: (value: string, when: string) => `Trade across blocs is ${value} of all trade in ${when}.`,
    crossHeld: (value: string, when: string) =>
      `Trade across blocs held at ${value} of all trade by ${when}.`,
    crossRose: (from: string, to: string, when: string) =>
      `Trade across blocs rose from ${from} to ${to} of all trade by ${when}.`,
    crossFell: (from: string, to: string, when: string) =>
      `Trade across blocs fell from ${from} to ${to} of all trade by ${when}.`,
    crossUnchanged: (when: string) =>
      `In ${when}, measures have not changed the share of trade across blocs against the same world without them.`,
    crossCut: (when: string, size: string) =>
      `In ${when}, measures have cut trade across blocs by ${size} percentage points of all trade against the same world without them.`,
    crossRaised: (when: string, size: string) =>
      `In ${when}, measures have raised trade across blocs by ${size} percentage points of all trade against the same world without them.`,
    trade: 'Trade between states',
    tradeTotal: (when: string, total: string) => `Cross-border trade in ${when} totals ${total}`,
    tradeUnchanged: (base: string) => `, unchanged from ${base}`,
    tradeAbove: (change: string, base: string) => `, ${change} above ${base}`,
    tradeBelow: (change: string, base: string) => `, ${change} below ${base}`,
    tradeMost: (state: string, change: string) => `; ${state}'s trade changed most (${change})`,
    end: (text: string) => `${text}.`,
    memory: 'Memory-chip market shares',
    memoryLead: (when: string, maker: string, share: string) =>
      `Memory-chip shares in ${when}: ${maker} leads with ${share}`,
    memoryStill: (head: string, since: string) => `${head}; no share has moved since ${since}.`,
    memoryMoved: (head: string, maker: string, since: string, from: string, to: string) =>
      `${head}; ${maker} moved most since ${since}, from ${from} to ${to}.`,
    escalation: 'Escalation',
    escalationBy: (when: string, n: number, active: number, intensity: string) =>
      `By ${when}, ${n === 1 ? '1 measure imposed' : `${n} measures imposed`}, ${active} still active; escalation intensity ${intensity}.`,
    globalCost: 'global cost index',
    divergenceNoun: 'standards divergence',
    points: ' points',
    noComparable: (what: string) => `no comparable ${what} yet`,
    sameAs: (what: string) => `the same ${what}`,
    higherBy: (what: string, value: string) => `a ${what} ${value} higher`,
    lowerBy: (what: string, value: string) => `a ${what} ${value} lower`,
    noRoundsInCommon: (whatIf: string, baseline: string) =>
      `No rounds in common yet between ${whatIf} and ${baseline}.`,
    differenceBy: (when: string, baseline: string, whatIf: string, cost: string, divergence: string) =>
      `By ${when}, compared with ${baseline}, ${whatIf} has ${cost} and ${divergence}.`,
  },
  tournamentResult: {
    none: 'No habit played: the tournament has no result.',
    best: (habit: string, score: string, max: number, second: string) =>
      `${habit} scored best: ${score} points per opponent and round, out of ${max}${second}.`,
    second: (habit: string, score: string) => ` (${habit} came second with ${score})`,
    least: (habit: string, score: string) => `${habit} scored least: ${score}.`,
    spread: (generations: number, habit: string, share: string, gone: string) =>
      `If each habit spreads in proportion to its score, after ${generations} generations ${habit} makes up ${share} of the population${gone}`,
    diedOut: (items: readonly string[]) =>
      `, and ${listOf(items)} ${items.length === 1 ? 'has' : 'have'} all but died out.`,
    noneDiedOut: '.',
  },
  tournament: {
    heading: 'Who wins the tournament?',
    branchNote:
      'The tournament ranks habits on a main line. This branch switches scenario part-way, so it has no tournament: choose the main line in the branch bar.',
    notTournamentBefore: 'This scenario is not a tournament. Load the',
    notTournamentAfter: 'preset to see seven habits of retaliation play each other.',
    playing: (rotations: number) =>
      `Playing the tournament: ${rotations} rotations of the habits over the states, and one run of each habit against itself. This takes a few seconds.`,
    failed: (error: string) => `The tournament could not be played: ${error}.`,
    rules:
      'Each habit plays every other habit, rotated over the seven states so that no habit always gets the biggest state. A round scores Axelrod’s payoffs between each pair of states: 3 each when neither has a hostile measure in force against the other, 1 each when both do, 5 to the one that is hostile alone and 0 to its target.',
    controls: 'Payoffs and noise',
    worth: 'What a round between two states is worth to each',
    outcomes: {
      T: { label: 'Temptation', help: 'hostile against a friendly state' },
      R: { label: 'Reward', help: 'both friendly' },
      P: { label: 'Punishment', help: 'both hostile' },
      S: { label: 'Sucker', help: 'friendly against a hostile state' },
    },
    outcome: (label: string, help: string) => `${label} (${help})`,
    points: 'points',
    axelrod: 'Axelrod’s payoffs (5, 3, 1, 0)',
    notDilemma: (problem: string) =>
      `Not a prisoner’s dilemma: ${problem}. The scores below stay Axelrod’s until it is one again.`,
    rescored:
      'The same runs, scored with these payoffs: only what each outcome is worth has changed. Payoffs are not saved with the scenario; the CLI and the exports keep Axelrod’s.',
    noise: 'Misperception noise',
    share: 'share',
    noiseHelp:
      'Chance that a state misreads another’s act. The scenario’s own setting: changing it plays the tournament again (and is one undoable edit).',
    rankingTitle: 'Ranking: mean score per opponent and round',
    rankingDescription:
      'Points per opponent and round, from 0 (always hit without hitting back) to 5 (always hitting a friendly state).',
    rankingLabel: 'Ranking of the habits by score',
    rankingUnit: 'points per opponent and round',
    rankingCaption: 'Ranking of the habits',
    rank: 'Rank',
    habit: 'Habit',
    score: 'Score (points per opponent and round, 0-5)',
    finalShare: 'Share of the population after the evolution',
    pairsTitle: 'Scores per pairing',
    pairsSummary: "Each habit's mean score per round against each other habit, and against itself.",
    pairsDescription:
      'Read across a row: what that habit scored against each opponent, in points per round (0-5). Darker is higher; the diagonal is a habit against itself, from a run in which every state plays it.',
    pairsLabel: 'Scores of each habit against each other habit',
    pairsCaption: 'Score of each habit (rows) against each opponent (columns), points per round',
    against: (habit: string) => `against ${habit}`,
    didNotMeet: 'did not meet',
    evolutionTitle: 'Evolution: which habits spread',
    evolutionSummary: 'The shares of the habits over the generations.',
    evolutionDescription:
      'Start with equal numbers of each habit; each generation a habit grows in proportion to its score against the population as it then is (Axelrod’s ecological tournament). Share of the population, 0-100%.',
    evolutionLabel: 'Shares of the habits over the generations',
    populationShare: 'Share of the population',
    generation: 'generation',
    evolutionCaption: 'Share of the population of each habit by generation',
    generationHeader: 'Generation',
    leavesOut:
      'What this leaves out: the habits play a fixed world of seven states, so a habit cannot copy another mid-run; the evolution is computed from the scores, not by playing new runs; and a score is a game payoff, not the cost of the measures (the other views show those).',
  },
  /** the debrief of a team session (Debrief.svelte) */
  debrief: {
    print: 'Print debrief',
    csv: 'Debrief (CSV)',
    json: 'Debrief (JSON)',
    back: 'Back to the simulator',
    title: (name: string) => `Debrief: ${name}`,
    about: (branch: string, seed: number, fingerprint: string | null) =>
      `Branch “${branch}”, seed ${seed}${fingerprint ? `, fingerprint ${fingerprint}` : ''};`,
    nonePlayed: 'no round has been played with the teams yet.',
    played: (from: number, to: number, n: number) =>
      `rounds ${from} to ${to} played by ${n} team${n === 1 ? '' : 's'}.`,
    objective: (cost: number, revenue: number, escalation: number) =>
      `Each team's objective, every round: its state's supply-chain cost against the same world without measures (the twin), its firms' revenue against the twin, and the hostile measures it keeps in force. Points = −${cost} × cost effect (index points) + ${revenue} × revenue effect (%) − ${escalation} × hostile measures; the total adds the rounds up.`,
    standings: 'Standings',
    rank: 'Rank',
    team: 'Team',
    total: 'Total',
    chartTitle: 'Scores over time',
    chartDesc: (ends: string) =>
      `Each team's total score by round; the tables below give every value. ${ends}.`,
    endsAt: (team: string, total: string) => `${team} ends at ${total}`,
    ends: (items: readonly string[]) => items.join('; '),
    round: 'Round',
    totalPoints: 'Total points',
    turningTitle: 'The rounds that mattered most',
    noTurning: "No round moved any team's points.",
    turning: (round: number, label: string, swing: string) =>
      `Round ${round} (${label}): points moved ${swing} in all.`,
    moves: (items: readonly string[]) => `${items.join(', ')}.`,
    decisions: (items: readonly string[]) => `Decisions: ${items.join('; ')}.`,
    teamsTitle: "Each team's decisions and outcomes",
    teamOf: (team: string) => `${team} team`,
    decision: 'Decision',
    costEffect: 'Cost effect (points)',
    revenueEffect: 'Revenue effect (%)',
    hostile: 'Hostile measures',
    points: 'Points',
  },
  /** the sensitivity view: tornado and sweeps (sensitivity/SensitivityView.svelte) */
  sensitivity: {
    heading: 'Which assumption matters most?',
    tornadoHelp:
      'The tornado sets one assumption at a time to the lowest and then the highest value in its documented range, keeps everything else as it is, and plays the same seeds again: the longer a parameter’s bars, the more the result depends on that assumption, so the top rows are the ones to argue about first. Solid bars rest on a published figure; hatched bars are the modellers’ assumptions. It shows each assumption alone, not what two together would do.',
    whatToPlay: 'What to play',
    outcome: 'Outcome',
    seeds: 'Seeds',
    seedsUnit: 'runs per setting',
    worldSize: 'World size',
    small: (firms: number) => `Small: ${firms} firms (faster)`,
    asScenario: (firms: number) => `As in the scenario: ${firms} firms`,
    readAt: (rounds: number, effect: boolean, peak: boolean) =>
      peak
        ? `A peak is the largest rise of cost over the same world without the measures in any of the ${rounds} rounds, so the toggle above the charts does not change it; another outcome redraws at once.`
        : `The outcome is read at the last round (${rounds} rounds), ${
            effect ? 'as the effect of the measures against the same world without them' : 'as the raw value'
          } (the toggle above the charts switches); changing either redraws at once.`,
    runTornado: 'Run tornado',
    tornadoEstimate: (runs: number, rounds: number, time: string, workers: number, basis: string) =>
      `${runs} runs of ${rounds} rounds: ${time} on ${workers} workers (${basis}).`,
    measured: 'measured on this computer by the last run',
    firstGuess: 'a first guess until one has run',
    smallNote:
      'A small world is faster but can rank the parameters differently from the scenario’s own size: check the top rows at full size before a workshop leans on them.',
    hurry: (firms: number, time: string) =>
      `In a hurry? A small world (${firms} firms) would take ${time}, but can rank the parameters differently.`,
    playingTornado: 'Playing the tornado',
    playingSweep: 'Playing the sweep',
    progress: (what: string, done: number, total: number, left: string | null) =>
      `${what}: ${done} of ${total} runs${left ? `, ${left} left` : ''}`,
    cancel: 'Cancel',
    playedFor: (scenario: string, branch: string, seconds: string) =>
      `Played for ${scenario} (${branch}) in ${seconds} seconds.`,
    playedBefore: (scenario: string, branch: string) =>
      `Played for ${scenario} (${branch}) before your last change (or with other seeds or size): press Run again to bring it up to date.`,
    /** why a sweep is refused: the engine's English (src/sim/sensitivity.ts), as the CLI says it */
    refusal: (problem: SensitivityProblem) => sensitivityProblemText(problem),
    downloadTornado: 'Download tornado as CSV',
    noTornadoBefore: 'No tornado yet: choose an outcome and press',
    noTornadoAfter: '.',
    sweepHeading: 'Sweep: how the result moves along a range',
    sweepHelp:
      'A sweep plays the same seeds at evenly spaced values of one parameter (or every pair of values of two, drawn as a heat map) and shows the median with the middle 50% and 90% of seeds.',
    parameter: 'Parameter',
    paramOption: (label: string, unit: string) => `${label} (${unit})`,
    from: 'From',
    to: 'To',
    values: 'Values',
    addSecond: 'Add a second parameter (heat map)',
    second: 'Second parameter',
    runSweep: 'Run sweep',
    sweepEstimate: (runs: number, time: string, workers: number) =>
      `${runs} runs: ${time} on ${workers} workers.`,
    downloadSweep: 'Download sweep as CSV',
    tornadoTitle: (outcome: string) => `Which assumption matters most: ${outcome}`,
    tornadoDescription: (phrase: string, unit: string, seeds: number, peak: boolean) =>
      `Median change in ${phrase} ${peak ? '(the largest it reached in any round of the run)' : 'at the last round'} (${unit}) when one parameter is set to the low or high end of its range, against the same seeds with every parameter as it is; whiskers: middle 50% (thick) and 90% (thin) of ${seeds} seeds.`,
    legend: 'Legend',
    upperBar: 'Upper bar: parameter at the low end of its range',
    lowerBar: 'Lower bar: at the high end',
    solid: 'Solid: sourced (a published figure)',
    hatched: 'Hatched: assumption (no published figure)',
    changeAxis: (unit: string) => `Change, ${unit}`,
    sourced: 'sourced',
    assumption: 'assumption',
    rangeOf: (low: string, high: string) => `${low} to ${high}`,
    startingWorld: ' · starting world',
    noneMoves: 'No parameter moves this outcome.',
    still: (phrase: string, unit: string, items: readonly string[]) =>
      `Over their whole range, these change ${phrase} by less than 0.0001 ${unit} here, so they have no bar: ${items.join(', ')}.`,
    tornadoCaption: (phrase: string, unit: string) =>
      `Change in ${phrase} (${unit}) at each end of each parameter's range, ranked`,
    basis: 'Basis',
    range: 'Range (unit)',
    lowChange: 'Change at the low end, median',
    low90: 'Low end, 90% of seeds',
    highChange: 'Change at the high end, median',
    high90: 'High end, 90% of seeds',
    swing: 'Swing',
    notAvailable: 'n/a',
    rangeWithUnit: (low: string, high: string, unit: string) => `${low} to ${high} (${unit})`,
    sweepTitle: (parameter: string, outcome: string) => `Sweep of ${parameter}: ${outcome}`,
    sweepDescription: (phrase: string, seeds: number, peak: boolean) =>
      `Median of ${phrase} ${peak ? '(the largest it reached in any round of the run)' : 'at the last round'} over ${seeds} seeds at each value, with the middle 50% (darker) and 90% (lighter) of seeds.`,
    noValues: 'The sweep has no values to show.',
    sweepSummary: (
      parameter: string,
      from: string,
      to: string,
      phrase: string,
      low: string,
      high: string,
      unit: string,
    ) =>
      `As ${parameter.toLowerCase()} goes from ${from} to ${to}, the median of ${phrase} goes from ${low} to ${high} ${unit}.`,
    median: 'Median',
    middle50: 'Middle 50% of seeds',
    wide90: '90% of seeds',
    sweepCaption: (phrase: string, unit: string, parameter: string) =>
      `${phrase} (${unit}) at each value of ${parameter}`,
    gridTitle: (rows: string, columns: string, outcome: string) =>
      `Sweep of ${rows} and ${columns}: ${outcome}`,
    gridDescription: (phrase: string, seeds: number, unit: string, effect: boolean, peak: boolean) =>
      `Each cell: the median of ${phrase} ${peak ? '(the largest it reached in any round of the run)' : 'at the last round'} over ${seeds} seeds (${unit}). ${
        effect
          ? 'Red: the measures raise it; blue: they lower it; the deeper, the larger.'
          : 'Darker: larger.'
      }`,
    gridSummary: (phrase: string, rows: string, columns: string, low: string, high: string, unit: string) =>
      `Median of ${phrase} over ${rows.toLowerCase()} (rows) and ${columns.toLowerCase()} (columns): from ${low} to ${high} ${unit}.`,
    gridColumn: (parameter: string, value: string) => `${parameter} ${value}`,
    gridCaption: (phrase: string, unit: string, rows: string, columns: string) =>
      `Median of ${phrase} (${unit}): rows ${rows}, columns ${columns}`,
  },
  /**
   * the sensitivity view's generated words (sensitivity/words.ts): durations, the unit of a change, the outcomes'
   * names and groups, and the tornado in a sentence
   */
  sensitivityWords: {
    moment: 'a moment',
    fewSeconds: 'a few seconds',
    seconds: (n: number) => `about ${n} seconds`,
    minutes: (n: number) => `about ${n} minutes`,
    /** the unit a change of an outcome is in, from the outcome's unit: a difference of an index is in index points */
    changeUnit: (unit: string) => {
      if (unit.startsWith('index')) return 'index points';
      if (unit.startsWith('%')) return 'percentage points of real income';
      if (unit === '0-1') return 'points on the 0-1 scale';
      return unit.replace(/, 0-1$/, ' (0-1)');
    },
    /** an outcome's own unit (src/sim/ensemble.ts OUTCOMES) */
    unit: (unit: string) => unit,
    world: 'world',
    cost: (place: string) => `Supply-chain cost, ${place}`,
    peak: (place: string) => `Peak cost effect, ${place}`,
    welfare: (state: string) => `Welfare, ${state}`,
    divergence: 'Standards divergence',
    crossBloc: 'Cross-bloc trade share',
    revenue: (firm: string) => `${firm}: revenue`,
    marketShare: (firm: string) => `${firm}: market share`,
    groups: {
      cost: 'Supply-chain cost',
      peak: 'Worst quarter of cost',
      standards: 'Standards and trade',
      welfare: 'Welfare',
      firm: 'A firm’s revenue',
    },
    /** what the number read is: the outcome, as the effect of the measures or raw */
    phrase: (label: string, effect: boolean) => {
      const lower = label.charAt(0).toLowerCase() + label.slice(1);
      return effect ? `the measures’ effect on ${lower}` : lower;
    },
    noneMoves: (phrase: string, seeds: number) =>
      `No parameter moves ${phrase} over its range in these ${seeds} seeds.`,
    mattersMost: (
      parameter: string,
      sourced: boolean,
      phrase: string,
      low: string,
      high: string,
      unit: string,
    ) =>
      `${parameter} (${sourced ? 'a sourced figure' : 'an assumption'}) matters most for ` +
      `${phrase}: at the low end of its range the median change is ${low} ` +
      `${unit}, at the high end ${high} ${unit}.`,
    next: (parameter: string) => ` Next comes ${parameter.toLowerCase()}.`,
    /** the tornado's base, which every bar is a change from */
    base: (atDefaults: boolean, phrase: string, value: string, unit: string, seeds: number) =>
      `${atDefaults ? 'With every setting at its default' : 'With every setting as the scenario has it'}, ${phrase} is ${value} ${unit} (median of ${seeds} seeds): each bar is a change from this.`,
    theTornado: 'The tornado',
    theSweep: 'The sweep',
    jobDone: (what: string, runs: number, seconds: string) =>
      `${what} is done: ${runs} runs in ${seconds} seconds.`,
    jobCancelled: (what: string, done: number, runs: number) =>
      `${what} was cancelled after ${done} of ${runs} runs; the chart shows the last finished one, if any.`,
    /** `error` is the error's own message, in English */
    jobFailed: (what: string, error: string) => `${what} could not be finished: ${error}.`,
  },
  /** each parameter's words by key: the model's (src/model/params.ts) */
  params: Object.fromEntries(
    PARAM_SPECS.map((p) => [p.key, { label: p.label, unit: p.unit, help: p.help, source: p.source }]),
  ) as Record<ParamKey, ParamWords>,
  /** the printable run report (PrintReport.svelte) */
  report: {
    print: 'Print report',
    back: 'Back to the simulator',
    title: (name: string) => `Run report: ${name}`,
    branchBefore: 'Branch',
    branchAfter: (from: string) => `, which changes the run from ${from} on.`,
    preset: 'Preset',
    noPreset: 'none (a custom scenario)',
    seed: 'Seed',
    rounds: 'Rounds',
    roundsValue: (rounds: number, first: string, last: string) => `${rounds} quarters, ${first} to ${last}`,
    firms: 'Firms',
    noise: 'Misperception noise',
    compared: 'Compared with',
    comparedValue: (items: readonly string[]) => `${items.map((n) => `“${n}”`).join(', ')} (dashed lines)`,
    fingerprint: 'Run fingerprint',
    notYet: 'not yet computed',
    computing: (percent: number) => `Computing the run (${percent}%)…`,
    atEnd: (label: string, effect: boolean) =>
      `At the end of the run (${label})${effect ? ', against the same world without the measures' : ''}`,
    params: 'Parameters changed from the defaults',
    noParams: 'None: every parameter has the rulebook’s default value.',
    parameter: 'Parameter',
    value: 'Value',
    defaultValue: 'Default',
    strategies: 'Strategies of the states',
    timeline: 'Timeline of measures',
    noTimeline: 'No measures scheduled.',
    events: (n: number) => `Event log (${n} events)`,
    made: (date: string) =>
      `Made with Decoupling Lab on ${date}. The same scenario and seed give the same fingerprint in the app and in the command-line tool.`,
    basis: 'Basis',
    basisOf: (sourced: boolean): string => (sourced ? 'sourced' : 'assumption'),
    bases: (sourced: number, assumed: number, total: number) =>
      `${sourced} of the model’s ${total} parameters are read from published figures and ${assumed} are assumptions; the rulebook gives each one’s source or reason.`,
    sure: (seeds: number, first: number, last: number, assumptions: boolean) =>
      `How sure: ${seeds} seeds (${first} to ${last})${assumptions ? ', assumptions drawn' : ''}`,
    sureIntro: (label: string, effect: boolean) =>
      effect
        ? `At ${label}: the median over the seeds of what the measures did, each seed against its own world without them, and in brackets the middle 90% of seeds.`
        : `At ${label}: the median over the seeds, and in brackets the middle 90% of seeds.`,
    sureCosts: (effect: boolean, items: readonly string[]) =>
      `Supply-chain cost (${effect ? 'index points' : 'index, round 0 = 100'}): ${items.join('; ')}.`,
    sureOther: (name: string, value: string) => `${name}: ${value}.`,
    sureWorld: 'world',
    sureDivergence: 'Standards divergence (0-1)',
    sureCrossBloc: (effect: boolean) =>
      `Trade across blocs (${effect ? 'percentage points' : '% of all trade'})`,
    sureValue: (median: string, lo: string, hi: string) => `${median} (${lo} to ${hi})`,
    paired: (onView: string, other: string, items: readonly string[]) =>
      `${onView} minus “${other}”, paired by seed, supply-chain cost in index points: ${items.join('; ')}.`,
    pairedItem: (who: string, value: string) => `${who} ${value}`,
  },
  /** the branch's timeline of measures (TimelineEditor.svelte) */
  timeline: {
    heading: 'Timeline of measures:',
    help: 'Measures the timeline imposes, lifts or joins, round by round. States also act on their own, by their strategy.',
    empty: 'No scheduled measures.',
    whenCalendar: (label: string, round: number) => `${label} (round ${round})`,
    whenRound: (round: number) => `Round ${round}`,
    whenLower: (round: number) => `round ${round}`,
    imposedOption: (words: string, round: number) => `${words} (round ${round})`,
    shared: 'before this branch',
    edit: 'Edit',
    editOf: (words: string, round: number) => `Edit: ${words}, round ${round}`,
    remove: 'Remove',
    removeOf: (words: string, round: number) => `Remove: ${words}, round ${round}`,
    named: (n: number) =>
      `${n > 1 ? `${n} later entries name` : 'A later entry names'} this measure and would be left without it:`,
    removeToo: (n: number) => `Remove ${n > 1 ? 'them' : 'it'} too? Undo brings everything back.`,
    removeAll: (n: number) => `Remove all ${n}`,
    keep: 'Keep the measure',
    addOpen: 'Add a measure…',
    add: 'Add a measure',
    change: 'Change the measure',
    changeEdit: 'Change a measure',
    removeEdit: 'Remove a measure',
    removeManyEdit: (n: number) => `Remove a measure and ${n} ${n > 1 ? 'entries' : 'entry'} naming it`,
    notRemoved: 'This entry could not be removed.',
    notRemovedMany: 'These entries could not be removed.',
    actions: { impose: 'Impose a measure', relax: 'Lift a measure', join: 'Join a measure' },
    action: 'Action',
    round: 'Round',
    roundRange: (first: number, rounds: number, from: number | null) =>
      `${first === 0 ? `0 (already in force at the start) to ${rounds}` : `1 to ${rounds}`}${
        from !== null ? `; this branch from round ${from}` : ''
      }`,
    stateJoins: 'State that joins',
    stateActs: 'State that acts',
    measure: 'Measure',
    choose: 'Choose…',
    note: 'Note (optional)',
    addButton: 'Add',
    save: 'Save',
    cancel: 'Cancel',
  },
  measureFields: {
    target: 'Target',
    everyBuyer: 'Every foreign buyer',
    firmOption: (name: string) => `${name} (firm)`,
    firm: 'Firm',
    firmOf: (name: string, state: string) => `${name} (${state})`,
    scope: 'Buyers covered',
    cii: 'Critical-infrastructure operators',
    allBuyers: 'All buyers',
    sectors: (hint: string) => `Sectors${hint ? ` (${hint})` : ''}`,
    rate: 'Rate',
    sizeRefused: 'Share refused',
    threshold: 'From technology level',
    stack: 'Stack',
    stackA: 'A (shared, US-led)',
    stackB: "B (China's)",
    strength: 'Strength',
  },
};

/** the shape every catalog has: the English one's, with its words as any string */
export type Messages = typeof en;
