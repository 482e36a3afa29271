// The error a scenario, a measure or a typed field is refused with: its message names the field and what was expected.
// The model's own checks between fields also say why as data (`problem`), so that the app can word it in any language;
// the message is that problem in English, the same words the CLI and the tests read.

/** Why the model's own checks refuse a scenario or a team's move, as data; `path` is the field, e.g. "timeline.3.round". */
export type ScenarioProblem =
  | { kind: 'round-zero'; path: string; measure: string }
  // the measures in force at round 0 leave a firm buyers for less than its calibrated output (startingWorld.ts)
  | { kind: 'round-zero-unsellable'; firm: string; percent: number }
  | { kind: 'unknown-firm'; path: string; firm: string }
  | { kind: 'unknown-target'; path: string; target: string }
  | { kind: 'self-target'; path: string }
  | { kind: 'not-imposed'; path: string; measureId: string; round: number }
  | { kind: 'move-rounds'; first: number; last: number }
  | { kind: 'move-round'; round: number }
  | { kind: 'not-own' }
  // a form's or an edit's refusal, said beside the field or the button
  | { kind: 'enter-number'; field: string; whole: boolean }
  | { kind: 'number-range'; field: string; min: number; max: number }
  | { kind: 'choose'; what: Choice }
  | { kind: 'tariff-state' }
  | { kind: 'tariff-rate' }
  | { kind: 'weights' }
  | { kind: 'branch-starts'; from: number }
  | { kind: 'run-ends'; rounds: number }
  | { kind: 'no-entry'; index: number }
  | { kind: 'before-branch'; index: number; round: number; from: number }
  | { kind: 'branches-most'; most: number }
  | { kind: 'branch-name' }
  | { kind: 'main-run' }
  | { kind: 'compare-self' }
  | { kind: 'compare-none' }
  | { kind: 'compare-most'; most: number }
  | { kind: 'branch-keeps-run' };

/** what a form still needs chosen, with the field it is said against */
export const CHOICES = {
  sector: 'sectors: choose at least one sector',
  'other-state': 'target: choose another state',
  'foreign-firm': 'firm: choose a firm of another state',
  'measure-kind': 'measure: choose a kind of measure',
  'control-to-join': 'measure: choose the control to join',
  'measure-to-lift': 'measure: choose the measure to lift',
  'lift-or-join': 'measure: choose the measure to lift or join',
} as const;
export type Choice = keyof typeof CHOICES;

/** what a measure's own check refuses (spec.ts check): a firm that is not in the world */
export type MeasureProblem = Extract<ScenarioProblem, { kind: 'unknown-firm' | 'unknown-target' }>;

/** A problem in English, as the model has always said it ("timeline.3.measure.firm: no firm with id ..."). */
export function scenarioProblemText(p: ScenarioProblem): string {
  switch (p.kind) {
    case 'round-zero':
      return `${p.path}: only tariffs, export controls, purchase bans and entity listings can be in force at round 0 (the starting world); impose a ${p.measure} from round 1`;
    case 'round-zero-unsellable':
      return `timeline: with the measures in force at round 0, the firm "${p.firm}" could sell at most ${p.percent}% of its observed output, so the starting world cannot be the observed one; impose one of those measures from round 1`;
    case 'unknown-firm':
      return `${p.path}: no firm with id "${p.firm}"`;
    case 'unknown-target':
      return `${p.path}: expected a state code, ALL or a firm id, got "${p.target}"`;
    case 'self-target':
      return `${p.path}: a state cannot aim a measure at itself`;
    case 'not-imposed':
      return `${p.path}: no measure "${p.measureId}" is imposed before round ${p.round}`;
    case 'move-rounds':
      return `round: moves can be made for rounds ${p.first} to ${p.last}`;
    case 'move-round':
      return `round: this move is for round ${p.round}`;
    case 'not-own':
      return 'measure: a team can only lift its own measures';
    case 'enter-number':
      return `${p.field}: enter a ${p.whole ? 'whole number' : 'number'}`;
    case 'number-range':
      return `${p.field}: enter a number from ${p.min} to ${p.max}`;
    case 'choose':
      return CHOICES[p.what];
    case 'tariff-state':
      return 'target: a tariff targets a state';
    case 'tariff-rate':
      return 'rate: a tariff needs a rate above 0';
    case 'weights':
      return 'weights: each weight is a number from 0 to 10';
    case 'branch-starts':
      return `round: this branch starts at round ${p.from}; earlier rounds are shared with the run it branches from`;
    case 'run-ends':
      return `round: the run ends at round ${p.rounds}`;
    case 'no-entry':
      return `timeline.${p.index}: no such entry`;
    case 'before-branch':
      return `timeline.${p.index}: round ${p.round} is before this branch starts (round ${p.from})`;
    case 'branches-most':
      return `a workspace keeps at most ${p.most} branches; delete one first`;
    case 'branch-name':
      return 'name: a branch needs a name';
    case 'main-run':
      return 'the main run cannot be deleted';
    case 'compare-self':
      return 'compare: the branch on view is not compared with itself';
    case 'compare-none':
      return 'compare: choose a branch under “Compare with” first';
    case 'compare-most':
      return `compare: at most ${p.most} branches are compared with the one on view; take one out first`;
    case 'branch-keeps-run':
      return 'a branch keeps the seed and the number of firms of the run it branches from';
  }
}

export class ScenarioError extends Error {
  /** why, as data, where the model's own checks refused it (null: a schema's or a form's message, English only) */
  readonly problem: ScenarioProblem | null;
  constructor(why: string | ScenarioProblem) {
    super(typeof why === 'string' ? why : scenarioProblemText(why));
    this.name = 'ScenarioError';
    this.problem = typeof why === 'string' ? null : why;
  }
}

const READERS: [RegExp, (m: RegExpExecArray) => ScenarioProblem][] = [
  [
    /^(\S+): only tariffs, export controls, purchase bans and entity listings can be in force at round 0 \(the starting world\); impose a (\w+) from round 1$/,
    (m) => ({ kind: 'round-zero', path: m[1], measure: m[2] }),
  ],
  [
    /^timeline: with the measures in force at round 0, the firm "(.*)" could sell at most ([\d.]+)% of its observed output, so the starting world cannot be the observed one; impose one of those measures from round 1$/,
    (m) => ({ kind: 'round-zero-unsellable', firm: m[1], percent: Number(m[2]) }),
  ],
  [/^(\S+): no firm with id "(.*)"$/, (m) => ({ kind: 'unknown-firm', path: m[1], firm: m[2] })],
  [
    /^(\S+): expected a state code, ALL or a firm id, got "(.*)"$/,
    (m) => ({ kind: 'unknown-target', path: m[1], target: m[2] }),
  ],
  [/^(\S+): a state cannot aim a measure at itself$/, (m) => ({ kind: 'self-target', path: m[1] })],
  [
    /^(\S+): no measure "(.*)" is imposed before round (\d+)$/,
    (m) => ({ kind: 'not-imposed', path: m[1], measureId: m[2], round: Number(m[3]) }),
  ],
  [
    /^round: moves can be made for rounds (\d+) to (\d+)$/,
    (m) => ({ kind: 'move-rounds', first: Number(m[1]), last: Number(m[2]) }),
  ],
  [/^round: this move is for round (\d+)$/, (m) => ({ kind: 'move-round', round: Number(m[1]) })],
  [/^measure: a team can only lift its own measures$/, () => ({ kind: 'not-own' })],
];

/**
 * The problem a sentence of scenarioProblemText says, or null: for a page that receives the English from another
 * laptop (a team's page, the facilitator's answer to its move) and would say it in its own language.
 */
export function readScenarioProblem(text: string): ScenarioProblem | null {
  for (const [pattern, make] of READERS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const problem = make(m);
    // only a sentence the model would write word for word is taken as that problem
    return scenarioProblemText(problem) === text ? problem : null;
  }
  return null;
}
