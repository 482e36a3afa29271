// The round axis: which rounds get a tick, and the calendar or round label each one shows.

import type { RoundRecord } from '../../model/types.ts';

/** tick spacings in rounds; multiples of four keep quarterly ticks on the same quarter of each year */
const STEPS = [1, 2, 4, 8, 12, 20, 40, 80, 100, 200, 400, 800, 1000];

/** Rounds to tick on an axis from 0 to lastRound, at most maxTicks of them, always including round 0. */
export function roundTicks(lastRound: number, maxTicks: number): number[] {
  const last = Number.isFinite(lastRound) ? Math.max(0, Math.floor(lastRound)) : 0;
  const most = Number.isFinite(maxTicks) ? Math.max(1, Math.floor(maxTicks)) : 1;
  const step = STEPS.find((s) => Math.floor(last / s) + 1 <= most) ?? Math.ceil((last + 1) / most);
  const ticks: number[] = [];
  for (let t = 0; t <= last; t += step) ticks.push(t);
  return ticks;
}

/** room a round label ("Q3 2022", "Round 40") needs on the axis at 11px, in pixels, with a little air */
export const ROUND_LABEL_WIDTH = 56;

/**
 * Rounds to label on a time axis `innerWidth` pixels wide: on the smallest of the steps above that keeps labels a
 * label apart (so a 12-quarter run on a half-width chart is labelled every four quarters, not every eight), and the
 * last round as well when it is off the step and its label fits beside the previous one. `labelWidth` is the room a
 * label needs: more than ROUND_LABEL_WIDTH where the text shows larger (presentation mode).
 */
export function timeTicks(lastRound: number, innerWidth: number, labelWidth = ROUND_LABEL_WIDTH): number[] {
  const last = Number.isFinite(lastRound) ? Math.max(0, Math.floor(lastRound)) : 0;
  const width = Number.isFinite(innerWidth) ? Math.max(0, innerWidth) : 0;
  if (last === 0 || width < labelWidth) return [0];
  const perRound = width / last;
  const step = STEPS.find((s) => s * perRound >= labelWidth) ?? Math.ceil(labelWidth / perRound);
  const ticks: number[] = [];
  for (let t = 0; t <= last; t += step) ticks.push(t);
  const end = ticks[ticks.length - 1];
  if (end < last && (last - end) * perRound >= labelWidth) ticks.push(last);
  return ticks;
}

/** Last round of the x axis: the run's length, or further if the records already go beyond it; at least 1. */
export function lastRoundOf(records: readonly RoundRecord[], totalRounds: number): number {
  const recorded = records.length > 0 ? records[records.length - 1].round : 0;
  return Math.max(
    1,
    Number.isFinite(totalRounds) ? Math.floor(totalRounds) : 0,
    Number.isFinite(recorded) ? recorded : 0,
  );
}

const QUARTER = /^Q([1-4]) (\d{4})$/;

/**
 * The label of a round: the record's own label if it has been run, otherwise continued from round 0's calendar label
 * (a round is a quarter when the scenario has a start date), otherwise "Round n".
 */
export function roundLabel(records: readonly RoundRecord[], round: number): string {
  // records are kept one per round, so the index is the round; search only if that ever stops being true
  const own = records[round]?.round === round ? records[round] : records.find((r) => r.round === round);
  if (own?.label) return own.label;
  const first = records[0];
  const match = first && QUARTER.exec(first.label);
  if (match && Number.isFinite(round)) {
    const q = Number(match[1]) - 1 + (round - first.round);
    return `Q${(((q % 4) + 4) % 4) + 1} ${Number(match[2]) + Math.floor(q / 4)}`;
  }
  return `Round ${round}`;
}
