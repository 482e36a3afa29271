// The error a scenario, a measure or a typed field is refused with: its message names the field and what was expected.
// The model's own checks between fields also say why as data (`problem`), so that the app can word it in any language;
// the message is that problem in English, the same words the CLI and the tests read.

/** Why the model's own checks refuse a scenario or a team's move, as data; `path` is the field, e.g. "timeline.3.round". */
export type ScenarioProblem =
  | { kind: 'round-zero'; path: string; measure: string }
  | { kind: 'unknown-firm'; path: string; firm: string }
  | { kind: 'unknown-target'; path: string; target: string }
  | { kind: 'self-target'; path: string }
  | { kind: 'not-imposed'; path: string; measureId: string; round: number }
  | { kind: 'move-rounds'; first: number; last: number }
  | { kind: 'move-round'; round: number }
  | { kind: 'not-own' };

/** what a measure's own check refuses (spec.ts check): a firm that is not in the world */
export type MeasureProblem = Extract<ScenarioProblem, { kind: 'unknown-firm' | 'unknown-target' }>;

/** A problem in English, as the model has always said it ("timeline.3.measure.firm: no firm with id ..."). */
export function scenarioProblemText(p: ScenarioProblem): string {
  switch (p.kind) {
    case 'round-zero':
      return `${p.path}: only tariffs can be in force at round 0 (the starting world); impose a ${p.measure} from round 1`;
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
    /^(\S+): only tariffs can be in force at round 0 \(the starting world\); impose a (\w+) from round 1$/,
    (m) => ({ kind: 'round-zero', path: m[1], measure: m[2] }),
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
