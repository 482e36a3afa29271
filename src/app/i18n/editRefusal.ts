// An edit or a form refused, as a view shows it: the model's own problem in the language on view where it gave one
// (ScenarioError.problem, worded by t.checks.scenario), else its English message as it is (a schema's own message
// for a move a form cannot make, rare).

import type { ScenarioError, ScenarioProblem } from '../../model/errors.ts';
import { en, type Messages } from './en.ts';

export interface EditRefusal {
  text: string;
  problem: ScenarioProblem | null;
}

export const refusalOf = (e: ScenarioError): EditRefusal => ({ text: e.message, problem: e.problem });

export function refusalIn(refusal: EditRefusal, t: Messages = en): string {
  return refusal.problem ? t.checks.scenario(refusal.problem) : refusal.text;
}
