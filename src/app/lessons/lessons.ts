// The guided lessons a class follows in the app: each a few steps of question, prediction, run and reveal, with the
// takeaway last. They are the lessons of docs/lessons.md (where the teacher's notes are), and every reveal names the
// preset claim that checks it over 20 seeds (tests/presets.test.ts), so the app never tells a class what no test holds.
// A step has its own link (?lesson=micron&step=2), and the predictions a class records are kept on the machine.

import type { PresetId } from '../../model/presets.ts';
import type { ChartView } from '../views.ts';

export interface LessonStep {
  question: string;
  /** the answers a student picks a prediction from */
  choices: readonly string[];
  /** the choice the run bears out (its index), which the reveal begins with and the takeaway sets beside the prediction */
  answer: number;
  /** what "Show me" does: the preset it loads (unless it is on view, unedited), the view and the round */
  show: {
    preset: PresetId;
    view: ChartView;
    /** the round to show; 'end' for the last */
    round: number | 'end';
  };
  /** where to look once it has run */
  look: string;
  /** the headline tile `look` names, by its id in summary.ts: the reveal quotes what it reads at the round shown */
  tile?: string;
  /** what the run shows, in words a class can check on screen */
  reveal: string;
  /** the preset claim that holds the reveal true in every seed tested, word for word */
  claim: string;
}

export interface Lesson {
  id: LessonId;
  title: string;
  minutes: number;
  intro: string;
  steps: readonly LessonStep[];
  takeaway: string;
}

export const LESSON_IDS = ['micron', 'feud', 'standards'] as const;
export type LessonId = (typeof LESSON_IDS)[number];

export const LESSONS: readonly Lesson[] = [
  {
    id: 'micron',
    title: 'Why ban one firm? The Micron case',
    minutes: 20,
    intro:
      'In May 2023 China told operators of critical infrastructure to stop buying chips from Micron, the US memory maker. The run plays the record from Q3 2022: US controls on chip-making tools, Japan and the Netherlands joining them, the Micron ban, and China’s controls on gallium and germanium.',
    steps: [
      {
        question:
          'A year after the ban, how much of Micron’s revenue from Chinese buyers is left, against the same world without the measures?',
        choices: ['All of it', 'About three quarters', 'About half', 'Almost none'],
        answer: 2,
        show: { preset: 'micron-2023', view: 'costs', round: 7 },
        look: 'the tile “Micron’s China revenue, % of world without measures” (the same world and seed with no measures: the twin)',
        tile: 'micron',
        reveal:
          'About half is left: the tile reads 50-60%, and the ban alone takes 40-50% of it in the model. The ban covers critical-infrastructure buyers only: China’s server and telecom-equipment makers, who supply its networks and data centres, stop buying from Micron, while phone and car makers keep buying. The loss is the same two years on.',
        claim:
          'takes about 45% of Micron’s China revenue at once, all it sold to server and telecom makers, and as much two years on, while phone and car makers buy as before and Samsung’s and SK hynix’s revenue rises, against the run without the ban, in every seed',
      },
      {
        question: 'Who wins the orders Micron loses?',
        choices: [
          'Nobody: China buys less memory',
          'Samsung and SK hynix',
          'China’s own memory makers',
          'Both of the last two',
        ],
        answer: 3,
        show: { preset: 'micron-2023', view: 'memory', round: 8 },
        look: 'the memory market’s shares',
        reveal:
          'Both: Samsung and SK hynix sell more to China than they would have, and China’s own memory makers gain market share by Q3 2024.',
        claim: 'China’s memory makers gain market share by Q3 2024, in every seed',
      },
      {
        question:
          'In Q2 2023, whose device makers pay more for their inputs because of the measures, China’s or America’s?',
        choices: ['China’s', 'America’s', 'Neither: nothing has changed yet'],
        answer: 0,
        show: { preset: 'micron-2023', view: 'costs', round: 3 },
        look: 'the cost chart, China’s and the USA’s lines (the effect of the measures)',
        reveal:
          'China’s: the tool controls, joined by allies, bite on the Chinese fabs that buy leading-edge tools.',
        claim:
          'raises Chinese buyers’ costs more than US buyers’ once the tool controls bite, against the twin, in every seed',
      },
      {
        question:
          'China then restricts gallium and germanium, and their price outside China nearly doubles. By the end, whose device makers pay more because of all the measures?',
        choices: [
          'China’s',
          'America’s',
          'Neither, or hardly: both are back near the world without measures',
        ],
        answer: 2,
        show: { preset: 'micron-2023', view: 'costs', round: 'end' },
        look: 'the cost chart at the last round',
        reveal:
          'Hardly anyone’s: by the end both are within a tenth of a point of the world without measures. The tools’ bite on China fades as its own suppliers build capacity, and gallium, though its price nearly doubled, is too small a part of any device’s cost to move it by half a point.',
        claim:
          'by the last round the measures’ effects on China’s and the USA’s costs are both within a tenth of a point of the twin, and the gallium and germanium controls never add half a point to any state’s cost, in every seed',
      },
    ],
    takeaway:
      'A ban on one firm moves orders, not demand: the firm loses about half a market and its rivals gain. Controls on tools bite at once and fade as the target builds its own; a control on a tiny input can double its price and still barely move anyone’s costs.',
  },
  {
    id: 'feud',
    title: 'Tit for tat or forgive?',
    minutes: 15,
    intro:
      'Two states answer every hostile act in kind; then seven habits of retaliation play each other in a world where acts are sometimes misread.',
    steps: [
      {
        question:
          'The USA puts one export control on China, and both answer every act in kind. Does the feud end?',
        choices: ['Yes, within a few rounds', 'Only if nobody misreads anything', 'No, it lasts to the end'],
        answer: 2,
        show: { preset: 'tit-for-tat-escalation', view: 'measures', round: 'end' },
        look: 'the measures in force, and the event log',
        reveal:
          'No: neither state ever lifts a measure, so the feud lasts to the end, with noise or without.',
        claim: 'neither state ever lifts a measure, so the feud lasts to the end, with noise or without',
      },
      {
        question: 'Some acts are misread in this run. What does that add?',
        choices: ['Nothing', 'Answers to acts nobody took', 'Fewer measures'],
        answer: 1,
        show: { preset: 'tit-for-tat-escalation', view: 'measures', round: 'end' },
        look: 'the event log: search for “misread”',
        reveal:
          'Answers to tariffs nobody imposed: the log says the state misread an act that was never taken.',
        claim:
          'noise adds acts nobody took: in every run states answer tariffs never imposed, and the log says they misread them',
      },
      {
        question: 'Seven habits play each other in a noisy world. Which scores best?',
        choices: ['Tit for tat', 'Generous tit for tat', 'Win-stay, lose-shift', 'Grim trigger'],
        answer: 2,
        show: { preset: 'tournament', view: 'tournament', round: 'end' },
        look: 'the ranking in the Tournament view',
        reveal:
          'Win-stay, lose-shift ranks first. In the evolution, where each habit spreads in proportion to its score, it takes the largest share in 19 seeds of 20 (not always: try a few seeds).',
        claim:
          'win-stay-lose-shift ranks first in every seed and takes the largest share of the evolution in 19 of 20',
      },
    ],
    takeaway:
      'Answering in kind keeps a feud going; under noise, a habit that can stop an echo started by a misreading does better than one that never forgives.',
  },
  {
    id: 'standards',
    title: 'Two standards?',
    minutes: 15,
    intro:
      'Firms that carry a technology standard choose between two stacks, and gain from using the stack their partners use. Do restrictions split the world in two?',
    steps: [
      {
        question: 'With no measures at all, do firms drift onto different stacks?',
        choices: ['Yes, slowly', 'No, the split stays where it starts'],
        answer: 1,
        show: { preset: 'open-world', view: 'costs', round: 'end' },
        look: 'the standards divergence chart',
        reveal: 'No: without measures the split stays where it starts.',
        claim:
          'keeps the standards split where it starts: D and China’s share of stack A end within 0.05 of round 0',
      },
      {
        question: 'Now fence off a whole stack between two blocs. How far do the standards split?',
        choices: ['Hardly at all', 'Somewhat', 'Far: almost completely'],
        answer: 2,
        show: { preset: 'two-blocs', view: 'costs', round: 'end' },
        look: 'the standards divergence chart',
        reveal: 'Far: divergence climbs above 0.6 by the last round in every seed, and above 0.9 in most.',
        claim:
          'two-blocs: divergence climbs above 0.6 by the last round in every seed, and above 0.9 in most',
      },
      {
        question: 'A small yard with a high fence instead: narrow controls on a few leading-edge items?',
        choices: ['The standards split as far', 'The standards barely move'],
        answer: 1,
        show: { preset: 'small-yard', view: 'costs', round: 'end' },
        look: 'the standards divergence chart',
        reveal:
          'The standards barely move: narrow controls cut few of the links between firms that carry a standard.',
        claim: 'small-yard: divergence does not rise by more than 0.05 from where it starts',
      },
    ],
    takeaway:
      'Standards split when whole stacks are fenced off, not when a few items are: what locks the blocs apart is the loss of partners, not the controls themselves.',
  },
];

export function lessonById(id: string): Lesson | undefined {
  return LESSONS.find((l) => l.id === id);
}

/** where the lessons' progress is kept in local storage, every lesson's under one key */
export const PROGRESS_KEY = 'decoupling-lab:lessons';

/** Where a class is in a lesson: its step (0-based) and the predictions made so far, by step. */
export interface LessonProgress {
  step: number;
  predictions: Record<number, string>;
}

/** The address of a lesson's step, for a teacher to share: `?lesson=micron&step=2&settings=simple` (steps count from 1). */
export function stepLink(base: string, id: LessonId, step: number): string {
  const url = new URL(base);
  url.hash = '';
  url.search = '';
  url.searchParams.set('lesson', id);
  url.searchParams.set('step', String(step + 1));
  url.searchParams.set('settings', 'simple');
  return url.toString();
}

/** The lesson and step a page's address asks for, or null; a step out of range is the lesson's first. */
export function lessonFromSearch(search: string): { id: LessonId; step: number } | null {
  const params = new URLSearchParams(search);
  const lesson = lessonById(params.get('lesson') ?? '');
  if (!lesson) return null;
  const asked = Number(params.get('step'));
  const step = Number.isInteger(asked) && asked >= 1 && asked <= lesson.steps.length ? asked - 1 : 0;
  return { id: lesson.id, step };
}

/** Progress as stored: anything unreadable or out of range reads as a fresh start, never an error. */
export function readProgress(text: string | null, id: LessonId): LessonProgress {
  const lesson = lessonById(id)!;
  try {
    const all = JSON.parse(text ?? '{}') as Record<string, unknown>;
    const p = all?.[id] as Partial<LessonProgress> | undefined;
    const step = Number.isInteger(p?.step) && p!.step! >= 0 && p!.step! < lesson.steps.length ? p!.step! : 0;
    const predictions: Record<number, string> = {};
    for (const [k, v] of Object.entries(p?.predictions ?? {})) {
      const i = Number(k);
      if (Number.isInteger(i) && typeof v === 'string' && lesson.steps[i]?.choices.includes(v))
        predictions[i] = v;
    }
    return { step, predictions };
  } catch {
    return { step: 0, predictions: {} };
  }
}

/** The stored text with one lesson's progress replaced, the others' kept. */
export function writeProgress(text: string | null, id: LessonId, progress: LessonProgress): string {
  let all: Record<string, unknown> = {};
  try {
    const parsed = JSON.parse(text ?? '{}');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) all = parsed;
  } catch {
    // unreadable progress is replaced
  }
  return JSON.stringify({ ...all, [id]: progress });
}
