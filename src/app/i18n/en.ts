// The English message catalog: every word the app shows, by the part of the page that shows it. It is the reference:
// its shape is the type every other catalog must have (see zh-CN.ts), and a message with values is a function of
// them, so a catalog cannot forget a value or take one the English does not give. Keep the English as it was: tests
// and the stored chart pictures read it.

import type { Bloc, StateCode } from '../../model/types.ts';

/** "a", "a and b", "a, b and c" */
const listOf = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

const STATES: Record<StateCode, string> = {
  USA: 'United States',
  CHN: 'China',
  EU: 'European Union',
  JPN: 'Japan',
  KOR: 'South Korea',
  TWN: 'Taiwan',
  ROW: 'Rest of world',
};

export const en = {
  language: {
    label: 'Language',
  },
  time: {
    quarter: (quarter: number, year: number) => `Q${quarter} ${year}`,
    round: (round: number) => `Round ${round}`,
  },
  states: STATES,
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
    howToUse: 'How to use',
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
    helpRaw: 'Each number is the raw index, against the starting round.',
    helpFingerprint:
      'The same scenario and seed give the same fingerprint here and in the command-line tool.',
  },
  notices: {
    dismiss: 'Dismiss',
    dismissMore: ' this message',
  },
  reading: {
    group: 'Read the numbers',
    effect: 'Against the same world without measures',
    raw: 'Raw index',
  },
  howTo: {
    heading: 'How to use Decoupling Lab',
    pick: 'Pick a scenario',
    pickWhere: (narrow: boolean): string =>
      narrow ? ' under the Settings tab' : ' in the panel on the left',
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
    showThem: (body: string) => `${body}: show them`,
    thisRound: '\u00a0· this round',
    older: (n: number) => `Show ${n} older events`,
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
  statesShort: {
    USA: 'USA',
    CHN: 'China',
    EU: 'EU',
    JPN: 'Japan',
    KOR: 'Korea',
    TWN: 'Taiwan',
    ROW: 'RoW',
  } as Record<StateCode, string>,
  blocs: {
    US: 'US-aligned bloc',
    CN: 'China-aligned bloc',
    NA: 'Non-aligned states',
  } as Record<Bloc, string>,
  blocsShort: { US: 'US bloc', CN: 'CN bloc', NA: 'Non-aligned' } as Record<Bloc, string>,
  chart: {
    pressPlay: 'Press play to run',
    waitingTwin: 'The same world without measures is still being computed',
    allHidden: 'Every series is hidden: pick one above',
    noValues: 'no values',
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
};

/** the shape every catalog has: the English one's, with its words as any string */
export type Messages = typeof en;
