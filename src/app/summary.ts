// The current round in words a student reads at a glance: each headline number, its change since round 0, and a
// sentence that says what it means. Pure, so that the wording is tested without a browser.

import type { Scenario } from '../model/scenario.ts';
import { STATE_CODES, type FirmInfo, type RoundRecord, type StateCode } from '../model/types.ts';
import { STATE_NAMES, STATE_SHORT } from './charts/names.ts';

export interface SummaryLine {
  /** stable key for the list */
  id: string;
  label: string;
  /** the number as shown, with its unit */
  value: string;
  /** the number alone, for the one-row headline where space is tight */
  short: string;
  /** one sentence with the change since round 0 */
  text: string;
}

/** changes smaller than this (as a share) read as "the same", so that rounding noise is never news */
const SAME = 0.0005;

/** "5.2%", "14.5%": always one decimal, as the event log words its changes, so that the two never disagree in precision */
export function formatPercent(share: number): string {
  const p = Math.abs(share) * 100;
  return `${(Math.round(p * 10) / 10).toFixed(1)}%`;
}

/** "5.2% higher than in Q3 2022", "the same as in Q3 2022" */
export function changeSince(now: number, before: number, startLabel: string): string {
  if (!Number.isFinite(now) || !Number.isFinite(before) || before === 0)
    return `not comparable with ${startLabel}`;
  const change = now / before - 1;
  if (Math.abs(change) < SAME) return `the same as in ${startLabel}`;
  return `${formatPercent(change)} ${change > 0 ? 'higher' : 'lower'} than in ${startLabel}`;
}

/** What a divergence of D (0-1) means for the two blocs' technology stacks. */
export function divergenceWords(d: number): string {
  if (!Number.isFinite(d)) return 'not available';
  if (d < 0.15) return 'the blocs share almost all of their technology stack';
  if (d < 0.35) return 'the blocs still share most of their technology stack';
  if (d < 0.7) return 'the blocs share little of their technology stack';
  return 'the blocs run separate technology stacks';
}

/** A number that is never shown as NaN: non-finite values read as a dash. */
export function fixed(x: number, digits: number): string {
  return Number.isFinite(x) ? x.toFixed(digits) : '–';
}

/** the app's names for states ("Rest of world"), the same on the charts and in these sentences */
function stateName(code: StateCode): string {
  return STATE_NAMES[code];
}

/** Whether the scenario concerns a firm: a measure names it, or the preset is about it. */
export function concernsFirm(scenario: Scenario, firmId: string): boolean {
  if (scenario.preset === 'micron-2023' && firmId === 'micron') return true;
  return scenario.timeline.some(
    (e) =>
      e.action === 'impose' &&
      (('firm' in e.measure && e.measure.firm === firmId) ||
        (e.measure.kind === 'exportControl' && e.measure.target === firmId)),
  );
}

/** Revenue of a firm from buyers headquartered in a state, at one round (0 when the firm is unknown). */
export function firmRevenueFrom(
  record: RoundRecord,
  firms: readonly FirmInfo[],
  firmId: string,
  state: StateCode,
) {
  const i = firms.findIndex((f) => f.id === firmId);
  if (i < 0) return 0;
  return record.firmRevenue[i * STATE_CODES.length + STATE_CODES.indexOf(state)] ?? 0;
}

/** The headline lines for one round, compared with round 0 of the same run. */
export function summarise(
  records: readonly RoundRecord[],
  current: number,
  firms: readonly FirmInfo[],
  scenario: Scenario,
): SummaryLine[] {
  const first = records[0];
  const now = records[Math.min(Math.max(current, 0), records.length - 1)];
  if (!first || !now) return [];
  const start = first.label;
  const lines: SummaryLine[] = [];

  const cost = now.supplyChainCost.global;
  lines.push({
    id: 'cost',
    label: 'Supply-chain cost',
    value: `${fixed(cost, 1)} (index, ${start} = 100)`,
    short: fixed(cost, 1),
    text: `Device makers’ input costs are ${changeSince(cost, first.supplyChainCost.global, start)}.`,
  });

  const changes = STATE_CODES.map((c) => ({
    c,
    change: now.supplyChainCost[c] / first.supplyChainCost[c] - 1,
  }))
    .filter((x) => Number.isFinite(x.change))
    .sort((a, b) => b.change - a.change);
  const worst = changes[0];
  if (worst && worst.change >= SAME) {
    lines.push({
      id: 'worst',
      label: 'Hardest hit',
      value: `${stateName(worst.c)} +${formatPercent(worst.change)}`,
      short: `${STATE_SHORT[worst.c]} +${formatPercent(worst.change)}`,
      text: `${stateName(worst.c)}’s device makers are hit hardest: their input costs are ${changeSince(now.supplyChainCost[worst.c], first.supplyChainCost[worst.c], start)}.`,
    });
  }

  const d = now.standardsDivergence;
  const d0 = first.standardsDivergence;
  lines.push({
    id: 'divergence',
    label: 'Standards divergence',
    value: `${fixed(d, 2)} (0 = one stack, 1 = two)`,
    short: fixed(d, 2),
    text: `Standards divergence ${fixed(d, 2)}: ${divergenceWords(d)} (${fixed(d0, 2)} in ${start}).`,
  });

  const x = now.crossBlocTradeShare;
  const x0 = first.crossBlocTradeShare;
  // one decimal: shares move by fractions of a point, and "up from 37% to 37%" would read as a contradiction
  const share = (v: number) => `${fixed(v * 100, 1)}%`;
  const since =
    Math.abs(x - x0) < SAME
      ? `the same as in ${start}`
      : `${x < x0 ? 'down from' : 'up from'} ${share(x0)} in ${start}`;
  lines.push({
    id: 'crossBloc',
    label: 'Trade across blocs',
    value: `${share(x)} of trade`,
    short: share(x),
    text: `Trade between the blocs is ${share(x)} of all trade, ${since}.`,
  });

  lines.push({
    id: 'measures',
    label: 'Measures in force',
    value: `${now.activeMeasures}`,
    short: `${now.activeMeasures}`,
    text:
      now.activeMeasures === 0
        ? 'No measures are in force.'
        : `${now.activeMeasures} ${now.activeMeasures === 1 ? 'measure is' : 'measures are'} in force; escalation index ${fixed(now.escalation, 2)}.`,
  });

  if (concernsFirm(scenario, 'micron') && firms.some((f) => f.id === 'micron')) {
    const r = firmRevenueFrom(now, firms, 'micron', 'CHN');
    const r0 = firmRevenueFrom(first, firms, 'micron', 'CHN');
    const kept = r0 > 0 ? `${fixed((r / r0) * 100, 1)}%` : '–';
    lines.push({
      id: 'micron',
      label: 'Micron’s revenue from China',
      value: r0 > 0 ? `${kept} of ${start}` : kept,
      short: kept,
      text: `Micron’s revenue from China-headquartered buyers is ${changeSince(r, r0, start)}.`,
    });
  }
  return lines;
}
