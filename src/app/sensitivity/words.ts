// Words and estimates for the sensitivity view: how long a tornado or sweep will take before it starts, the unit a
// change is in, the outcomes grouped for the picker, and the tornado in one sentence for screen readers and students.

import { STATE_CODES } from '../../model/types.ts';
import { OUTCOMES, type Outcome, type Reading } from '../../sim/ensemble.ts';
import type { Tornado } from '../../sim/sensitivity.ts';
import { formatValue } from '../charts/format.ts';
import { STATE_NAMES } from '../../model/names.ts';

/**
 * Milliseconds one worker takes per round of one seed with its twin, for a world of `firms` firms: measured on this
 * project's 2-core machine with the Micron and open-world presets (about 6 ms at 100 firms and 10 ms at 400).
 */
export function msPerRound(firms: number): number {
  return 5 + 0.012 * firms;
}

/** Seconds a job of `tasks` seeds of `rounds` rounds should take on `workers` workers; `speed` scales the guess. */
export function estimateSeconds(
  tasks: number,
  rounds: number,
  firms: number,
  workers: number,
  speed = 1,
): number {
  return (tasks * rounds * msPerRound(firms) * speed) / 1000 / Math.max(1, workers);
}

/** "about 20 seconds", "about 2 minutes" */
export function durationText(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return 'a moment';
  if (seconds < 5) return 'a few seconds';
  if (seconds < 90) return `about ${Math.round(seconds / 5) * 5} seconds`;
  return `about ${Math.round(seconds / 60)} minutes`;
}

/** The unit a change of the outcome is in: a difference of an index is in index points, and so on. */
export function changeUnit(outcome: Pick<Outcome, 'unit'>): string {
  const unit = outcome.unit;
  if (unit.startsWith('index')) return 'index points';
  if (unit.startsWith('%')) return 'percentage points of real income';
  if (unit === '0-1') return 'points on the 0-1 scale';
  return unit.replace(/, 0-1$/, ' (0-1)');
}

/** What the number read is, in words: the outcome, as the effect of the measures or raw. */
export function outcomePhrase(outcome: { label: string; againstTwin?: boolean }, reading: Reading): string {
  const label = outcome.label.charAt(0).toLowerCase() + outcome.label.slice(1);
  return reading === 'effect' && !outcome.againstTwin ? `the measures’ effect on ${label}` : label;
}

export interface OutcomeGroup {
  label: string;
  outcomes: Array<{ id: string; label: string }>;
}

/** The outcomes a workshop reads, grouped for the picker (firms' revenue; market shares are left to the CLI). */
export function outcomeGroups(): OutcomeGroup[] {
  const by = (test: (id: string) => boolean) =>
    OUTCOMES.filter((o) => test(o.id)).map((o) => ({ id: o.id, label: nameOf(o) }));
  return [
    { label: 'Supply-chain cost', outcomes: by((id) => id.startsWith('cost.')) },
    { label: 'Worst quarter of cost', outcomes: by((id) => id.startsWith('peak.cost.')) },
    { label: 'Standards and trade', outcomes: by((id) => id === 'divergence' || id === 'crossBloc') },
    { label: 'Welfare', outcomes: by((id) => id.startsWith('welfare.')) },
    { label: 'A firm’s revenue', outcomes: by((id) => /^firm\..+\.revenue$/.test(id)) },
  ];
}

function nameOf(o: Outcome): string {
  const state = STATE_CODES.find((c) => o.id.endsWith(`.${c}`));
  if (o.id.startsWith('cost.') && state) return `Supply-chain cost, ${STATE_NAMES[state]}`;
  if (o.id.startsWith('peak.cost.') && state) return `Peak cost effect, ${STATE_NAMES[state]}`;
  if (o.id.startsWith('welfare.') && state) return `Welfare, ${STATE_NAMES[state]}`;
  return o.label;
}

/** The tornado in one or two sentences: what ranks first and by how much. */
export function tornadoSummary(t: Tornado): string {
  const top = t.rows[0];
  const unit = changeUnit(t.outcome);
  if (!top || top.swing === 0)
    return `No parameter moves ${outcomePhrase(t.outcome, t.reading)} over its range in these ${t.seeds.length} seeds.`;
  const low = formatValue(top.low.change?.p50, { signed: true, digits: 2 });
  const high = formatValue(top.high.change?.p50, { signed: true, digits: 2 });
  const second = t.rows[1] && t.rows[1].swing > 0 ? ` Next comes ${t.rows[1].label.toLowerCase()}.` : '';
  return (
    `${top.label} (${top.basis === 'sourced' ? 'a sourced figure' : 'an assumption'}) matters most for ` +
    `${outcomePhrase(t.outcome, t.reading)}: at the low end of its range the median change is ${low} ` +
    `${unit}, at the high end ${high} ${unit}.${second}`
  );
}
