// One-line texts that say what each chart shows, for screen readers (and for anyone who wants the gist in words).
// They read the same data as the charts and never print NaN.

import { STATE_CODES, type RoundRecord, type StateCode } from '../../model/types.ts';
import type { EffectPoint } from '../../sim/effects.ts';
import { costEffectWords, OWNER } from '../summary.ts';
import type { TradeMatrix } from './chordMatrix.ts';
import type { DifferencePoint } from './difference.ts';
import { formatValue } from './format.ts';
import type { MeasureRow } from './measureSpans.ts';
import { STATE_NAMES } from '../../model/names.ts';
import type { MemoryShares } from './stack.ts';
import { seriesOf } from './series.ts';

const NOT_RUN = 'no rounds run yet';

/** "rose from 100.0 to 105.8", "fell from ...", "held at 100.0": a change smaller than `still` counts as none. */
function movement(from: number, to: number, digits: number, still: number): string {
  const a = formatValue(from, { digits });
  const b = formatValue(to, { digits });
  if (Math.abs(to - from) < still || a === b) return `held at ${b}`;
  return `${to > from ? 'rose' : 'fell'} from ${a} to ${b}`;
}

function labelOf(records: readonly RoundRecord[], round: number): string {
  return records.find((r) => r.round === round)?.label ?? `Round ${round}`;
}

/** "Supply-chain cost index rose from 100.0 to 105.8 by Q3 2023; China highest at 108.1." */
export function costSummary(records: readonly RoundRecord[]): string {
  const global = seriesOf(records, (r) => r.supplyChainCost?.global);
  if (global.length === 0) return `Supply-chain cost index: ${NOT_RUN}.`;
  const first = global[0];
  const last = global[global.length - 1];
  const lastRecord = records[records.length - 1];
  let top: { code: StateCode; value: number } | null = null;
  for (const code of STATE_CODES) {
    const v = lastRecord.supplyChainCost?.[code];
    if (typeof v === 'number' && Number.isFinite(v) && (top === null || v > top.value))
      top = { code, value: v };
  }
  const highest = top ? `; ${STATE_NAMES[top.code]} highest at ${formatValue(top.value)}` : '';
  if (global.length === 1) {
    return `Supply-chain cost index is ${formatValue(last.value)} in ${labelOf(records, last.round)}${highest}.`;
  }
  return `Supply-chain cost index ${movement(first.value, last.value, 1, 0.05)} by ${labelOf(records, last.round)}${highest}.`;
}

/** "Standards divergence rose from 0.00 to 0.41 by Q3 2025; standard A holds 98% of US-aligned and 12% of ..." */
export function divergenceSummary(records: readonly RoundRecord[]): string {
  const d = seriesOf(records, (r) => r.standardsDivergence);
  if (d.length === 0) return `Standards divergence: ${NOT_RUN}.`;
  const first = d[0];
  const last = d[d.length - 1];
  const when = labelOf(records, last.round);
  const head =
    d.length === 1
      ? `Standards divergence is ${formatValue(last.value, { digits: 2 })} in ${when}`
      : `Standards divergence ${movement(first.value, last.value, 2, 0.005)} by ${when}`;
  const shares = records[records.length - 1].standardShares;
  const us = shares?.US;
  const cn = shares?.CN;
  const tail =
    Number.isFinite(us) && Number.isFinite(cn)
      ? `; standard A holds ${formatValue(us, { percent: true, digits: 0 })} of US-aligned and ${formatValue(cn, { percent: true, digits: 0 })} of China-aligned output`
      : '';
  return `${head}${tail} (0 = one shared standard, 1 = none in common).`;
}

const NO_TWIN = 'the same world without measures is still being computed';

/** "Measures have …" in the middle of a sentence */
const midSentence = (words: string) => words.charAt(0).toLowerCase() + words.slice(1);

/**
 * "In Q3 2025, measures have raised device makers’ input costs by 0.3 points above the same world without them;
 * the United States’ the most (+0.4 points)."
 */
export function costEffectSummary(effects: readonly EffectPoint[]): string {
  const last = effects[effects.length - 1];
  if (!last) return `Supply-chain cost against the same world without measures: ${NO_TWIN}.`;
  let top: { code: StateCode; value: number } | null = null;
  for (const code of STATE_CODES) {
    const v = last.supplyChainCost[code];
    if (Number.isFinite(v) && (top === null || Math.abs(v) > Math.abs(top.value))) top = { code, value: v };
  }
  const most =
    top && formatValue(top.value) !== formatValue(0)
      ? `; ${OWNER[top.code]} the most (${formatValue(top.value, { signed: true })} points)`
      : '';
  return `In ${last.label}, ${midSentence(costEffectWords(last.supplyChainCost.global, 'device makers’'))}${most}.`;
}

/** "In Q3 2025, standards divergence is +0.05 against the same world without measures (0: no difference)." */
export function divergenceEffectSummary(effects: readonly EffectPoint[]): string {
  const last = effects[effects.length - 1];
  if (!last) return `Standards divergence against the same world without measures: ${NO_TWIN}.`;
  const d = formatValue(last.standardsDivergence, { digits: 2, signed: true });
  return `In ${last.label}, standards divergence is ${d} against the same world without measures (0 = the measures made no difference; above 0, they split the blocs’ standards further).`;
}

/** "Trade across blocs fell from 37.3% to 34.1% of all trade by Q3 2025." */
export function crossBlocSummary(records: readonly RoundRecord[]): string {
  const x = seriesOf(records, (r) => r.crossBlocTradeShare);
  if (x.length === 0) return `Trade across blocs: ${NOT_RUN}.`;
  const at = (v: number) => formatValue(v, { percent: true });
  const last = x[x.length - 1];
  const when = labelOf(records, last.round);
  if (x.length === 1) return `Trade across blocs is ${at(last.value)} of all trade in ${when}.`;
  const [a, b] = [at(x[0].value), at(last.value)];
  return a === b
    ? `Trade across blocs held at ${b} of all trade by ${when}.`
    : `Trade across blocs ${last.value > x[0].value ? 'rose' : 'fell'} from ${a} to ${b} of all trade by ${when}.`;
}

/** "In Q3 2025, measures have cut trade across blocs by 3.2 percentage points against the same world without them." */
export function crossBlocEffectSummary(effects: readonly EffectPoint[]): string {
  const last = effects[effects.length - 1];
  if (!last) return `Trade across blocs against the same world without measures: ${NO_TWIN}.`;
  const pp = last.crossBlocTradeShare * 100;
  const size = formatValue(Math.abs(pp));
  if (size === formatValue(0))
    return `In ${last.label}, measures have not changed the share of trade across blocs against the same world without them.`;
  return `In ${last.label}, measures have ${pp < 0 ? 'cut' : 'raised'} trade across blocs by ${size} percentage points of all trade against the same world without them.`;
}

/** "Cross-border trade in Q3 2023 totals 812.3, 3.0% below Q3 2022; China's trade changed most (-12.0%)." */
export function tradeSummary(view: TradeMatrix | null): string {
  if (!view) return `Trade between states: ${NOT_RUN}.`;
  const head = `Cross-border trade in ${view.label} totals ${formatValue(view.total)}`;
  if (view.round === 0 || !(view.baseTotal > 0)) return `${head}.`;
  const change = view.total / view.baseTotal - 1;
  const vs =
    Math.abs(change) < 0.0005
      ? `, unchanged from ${view.baseLabel}`
      : `, ${formatValue(Math.abs(change), { percent: true })} ${change > 0 ? 'above' : 'below'} ${view.baseLabel}`;
  let most: { code: StateCode; change: number } | null = null;
  for (const s of view.states) {
    if (
      s.change !== null &&
      Number.isFinite(s.change) &&
      (most === null || Math.abs(s.change) > Math.abs(most.change))
    ) {
      most = { code: s.code, change: s.change };
    }
  }
  const tail =
    most && Math.abs(most.change) >= 0.0005
      ? `; ${STATE_NAMES[most.code]}'s trade changed most (${formatValue(most.change, { percent: true, signed: true })})`
      : '';
  return `${head}${vs}${tail}.`;
}

/** "Memory-chip shares in Q3 2025: Samsung leads with 43.3%; Micron moved most since Q3 2022, from 18.1% to 15.0%." */
export function memorySummary(data: MemoryShares): string {
  const { keys, rows } = data;
  if (rows.length === 0 || keys.length === 0) return `Memory-chip market shares: ${NOT_RUN}.`;
  const first = rows[0];
  const last = rows[rows.length - 1];
  const lead = keys
    .filter((k) => k.key !== 'others')
    .reduce((a, b) => (last.shares[b.key] > last.shares[a.key] ? b : a), keys[0]);
  const head = `Memory-chip shares in ${last.label}: ${lead.label} leads with ${formatValue(last.shares[lead.key], { percent: true })}`;
  if (rows.length === 1) return `${head}.`;
  const moved = keys.reduce((a, b) =>
    Math.abs(last.shares[b.key] - first.shares[b.key]) > Math.abs(last.shares[a.key] - first.shares[a.key])
      ? b
      : a,
  );
  const from = first.shares[moved.key];
  const to = last.shares[moved.key];
  if (formatValue(from, { percent: true }) === formatValue(to, { percent: true }))
    return `${head}; no share has moved since ${first.label}.`;
  return `${head}; ${moved.label} moved most since ${first.label}, from ${formatValue(from, { percent: true })} to ${formatValue(to, { percent: true })}.`;
}

/** "By Q3 2025, 5 measures imposed, 4 still active; escalation intensity 1.32." */
export function escalationSummary(rows: readonly MeasureRow[], records: readonly RoundRecord[]): string {
  if (records.length === 0) return `Escalation: ${NOT_RUN}.`;
  const last = records[records.length - 1];
  const active = rows.filter((r) => r.spans[r.spans.length - 1]?.end === null).length;
  const count = rows.length === 1 ? '1 measure imposed' : `${rows.length} measures imposed`;
  return `By ${last.label}, ${count}, ${active} still active; escalation intensity ${formatValue(last.escalation, { digits: 2 })}.`;
}

function compared(point: DifferencePoint | undefined, what: string, digits: number, unit: string): string {
  if (!point) return `no comparable ${what} yet`;
  if (formatValue(point.value, { digits }) === formatValue(0, { digits })) return `the same ${what}`;
  return `a ${what} ${formatValue(Math.abs(point.value), { digits })}${unit} ${point.value > 0 ? 'higher' : 'lower'}`;
}

/** "By Q3 2025, compared with Main run, No ban has a global cost index 1.2 points lower and standards divergence 0.05 higher." */
export function differenceSummary(
  cost: readonly DifferencePoint[],
  divergence: readonly DifferencePoint[],
  baselineName: string,
  whatIfName: string,
): string {
  const c = cost[cost.length - 1];
  const d = divergence[divergence.length - 1];
  if (!c && !d) return `No rounds in common yet between ${whatIfName} and ${baselineName}.`;
  const when = c && d ? (c.round >= d.round ? c.label : d.label) : (c ?? d)!.label;
  return `By ${when}, compared with ${baselineName}, ${whatIfName} has ${compared(c, 'global cost index', 1, ' points')} and ${compared(d, 'standards divergence', 2, '')}.`;
}
