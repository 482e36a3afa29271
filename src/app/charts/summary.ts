// One-line texts that say what each chart shows, for screen readers (and for anyone who wants the gist in words).
// They read the same data as the charts and never print NaN.

import { STATE_CODES, type RoundRecord, type StateCode } from '../../model/types.ts';
import type { EffectPoint } from '../../sim/effects.ts';
import { costEffectWords } from '../summary.ts';
import { en, type Messages } from '../i18n/en.ts';
import type { TradeMatrix } from './chordMatrix.ts';
import type { DifferencePoint } from './difference.ts';
import { formatValue } from './format.ts';
import type { MeasureRow } from './measureSpans.ts';
import type { MemoryShares } from './stack.ts';
import { seriesOf } from './series.ts';

/** The words of the headline charts' summaries: a catalog (English unless given) and its round labels. */
export interface ChartSummaryWords {
  t: Pick<Messages, 'chartWords' | 'summaryWords' | 'states'>;
  /** the engine's round label ("Q3 2022") in the catalog's language */
  round: (label: string) => string;
}
const ENGLISH: ChartSummaryWords = { t: en, round: (label) => label };

/** "rose from 100.0 to 105.8", "fell from ...", "held at 100.0": a change smaller than `still` counts as none. */
function movement(
  from: number,
  to: number,
  digits: number,
  still: number,
  w: Messages['chartWords'] = en.chartWords,
): string {
  const a = formatValue(from, { digits });
  const b = formatValue(to, { digits });
  if (Math.abs(to - from) < still || a === b) return w.held(b);
  return to > from ? w.rose(a, b) : w.fell(a, b);
}

function labelOf(records: readonly RoundRecord[], round: number): string {
  return records.find((r) => r.round === round)?.label ?? `Round ${round}`;
}

/** "Supply-chain cost index rose from 100.0 to 105.8 by Q3 2023; China highest at 108.1." */
export function costSummary(
  records: readonly RoundRecord[],
  { t, round }: ChartSummaryWords = ENGLISH,
): string {
  const w = t.chartWords;
  const global = seriesOf(records, (r) => r.supplyChainCost?.global);
  if (global.length === 0) return w.notRun(w.costIndex);
  const first = global[0];
  const last = global[global.length - 1];
  const lastRecord = records[records.length - 1];
  let top: { code: StateCode; value: number } | null = null;
  for (const code of STATE_CODES) {
    const v = lastRecord.supplyChainCost?.[code];
    if (typeof v === 'number' && Number.isFinite(v) && (top === null || v > top.value))
      top = { code, value: v };
  }
  const highest = top ? w.highest(t.states[top.code], formatValue(top.value)) : '';
  const when = round(labelOf(records, last.round));
  if (global.length === 1) return w.costIs(formatValue(last.value), when, highest);
  return w.costMoved(movement(first.value, last.value, 1, 0.05, w), when, highest);
}

/** "Standards divergence rose from 0.00 to 0.41 by Q3 2025; standard A holds 98% of US-aligned and 12% of ..." */
export function divergenceSummary(
  records: readonly RoundRecord[],
  { t, round }: ChartSummaryWords = ENGLISH,
): string {
  const w = t.chartWords;
  const d = seriesOf(records, (r) => r.standardsDivergence);
  if (d.length === 0) return w.notRun(w.divergence);
  const first = d[0];
  const last = d[d.length - 1];
  const when = round(labelOf(records, last.round));
  const head =
    d.length === 1
      ? w.divergenceIs(formatValue(last.value, { digits: 2 }), when)
      : w.divergenceMoved(movement(first.value, last.value, 2, 0.005, w), when);
  const shares = records[records.length - 1].standardShares;
  const us = shares?.US;
  const cn = shares?.CN;
  const tail =
    Number.isFinite(us) && Number.isFinite(cn)
      ? w.stackShares(
          formatValue(us, { percent: true, digits: 0 }),
          formatValue(cn, { percent: true, digits: 0 }),
        )
      : '';
  return w.divergenceEnd(head, tail);
}

/** "Measures have …" in the middle of a sentence */
const midSentence = (words: string) => words.charAt(0).toLowerCase() + words.slice(1);

/**
 * "In Q3 2025, measures have raised device makers’ input costs by 0.3 points above the same world without them;
 * the United States’ rose the most (+0.4 points)."
 * (with a fall: "...; the United States’ rose the most (+0.4 points), Taiwan’s fell the most (−0.1)."
 */
export function costEffectSummary(
  effects: readonly EffectPoint[],
  { t, round }: ChartSummaryWords = ENGLISH,
): string {
  const w = t.chartWords;
  const sw = t.summaryWords;
  const last = effects[effects.length - 1];
  if (!last) return w.noTwin(w.cost);
  // The state whose cost rose the most (the "Hardest hit" tile's) and the one whose cost fell the most, each where it
  // shows at one decimal: one "moved the most" by size alone named a fall beside a tile naming a rise.
  let up: { code: StateCode; value: number } | null = null;
  let down: { code: StateCode; value: number } | null = null;
  for (const code of STATE_CODES) {
    const v = last.supplyChainCost[code];
    if (!Number.isFinite(v) || formatValue(v) === formatValue(0)) continue;
    if (v > 0 && (up === null || v > up.value)) up = { code, value: v };
    if (v < 0 && (down === null || v < down.value)) down = { code, value: v };
  }
  const signed = (v: number) => formatValue(v, { signed: true });
  const most =
    up && down
      ? w.costRoseFell(sw.owner[up.code], signed(up.value), sw.owner[down.code], signed(down.value))
      : up
        ? w.costRose(sw.owner[up.code], signed(up.value))
        : down
          ? w.costFell(sw.owner[down.code], signed(down.value))
          : '';
  const effect = midSentence(costEffectWords(last.supplyChainCost.global, sw.deviceMakers, sw));
  return w.costEffect(round(last.label), effect, most);
}

/** "In Q3 2025, standards divergence is +0.05 against the same world without measures (0: no difference)." */
export function divergenceEffectSummary(
  effects: readonly EffectPoint[],
  { t, round }: ChartSummaryWords = ENGLISH,
): string {
  const w = t.chartWords;
  const last = effects[effects.length - 1];
  if (!last) return w.noTwin(w.divergence);
  return w.divergenceEffect(
    round(last.label),
    formatValue(last.standardsDivergence, { digits: 2, signed: true }),
  );
}

/** "Trade across blocs fell from 37.3% to 34.1% of all trade by Q3 2025." */
export function crossBlocSummary(
  records: readonly RoundRecord[],
  { t, round }: ChartSummaryWords = ENGLISH,
): string {
  const w = t.chartWords;
  const x = seriesOf(records, (r) => r.crossBlocTradeShare);
  if (x.length === 0) return w.notRun(w.crossBloc);
  const at = (v: number) => formatValue(v, { percent: true });
  const last = x[x.length - 1];
  const when = round(labelOf(records, last.round));
  if (x.length === 1) return w.crossIs(at(last.value), when);
  const [a, b] = [at(x[0].value), at(last.value)];
  if (a === b) return w.crossHeld(b, when);
  return last.value > x[0].value ? w.crossRose(a, b, when) : w.crossFell(a, b, when);
}

/** "In Q3 2025, measures have cut trade across blocs by 3.2 percentage points against the same world without them." */
export function crossBlocEffectSummary(
  effects: readonly EffectPoint[],
  { t, round }: ChartSummaryWords = ENGLISH,
): string {
  const w = t.chartWords;
  const last = effects[effects.length - 1];
  if (!last) return w.noTwin(w.crossBloc);
  const pp = last.crossBlocTradeShare * 100;
  const size = formatValue(Math.abs(pp));
  const when = round(last.label);
  if (size === formatValue(0)) return w.crossUnchanged(when);
  return pp < 0 ? w.crossCut(when, size) : w.crossRaised(when, size);
}

/** "Cross-border trade in Q3 2023 totals 812.3, 3.0% below Q3 2022; China's trade changed most (-12.0%)." */
export function tradeSummary(view: TradeMatrix | null, { t, round }: ChartSummaryWords = ENGLISH): string {
  const w = t.chartWords;
  if (!view) return w.notRun(w.trade);
  const head = w.tradeTotal(round(view.label), formatValue(view.total));
  if (view.round === 0 || !(view.baseTotal > 0)) return w.end(head);
  const change = view.total / view.baseTotal - 1;
  const base = round(view.baseLabel);
  const size = formatValue(Math.abs(change), { percent: true });
  const vs =
    Math.abs(change) < 0.0005
      ? w.tradeUnchanged(base)
      : change > 0
        ? w.tradeAbove(size, base)
        : w.tradeBelow(size, base);
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
      ? w.tradeMost(t.states[most.code], formatValue(most.change, { percent: true, signed: true }))
      : '';
  return w.end(`${head}${vs}${tail}`);
}

/**
 * "Memory-chip shares in Q3 2025: Samsung leads with 43.3%; Micron moved most since Q3 2022, from 18.1% to 15.0%."
 * The makers are named as `data` labels them (the chart labels them in the reader's language).
 */
export function memorySummary(data: MemoryShares, { t, round }: ChartSummaryWords = ENGLISH): string {
  const w = t.chartWords;
  const { keys, rows } = data;
  if (rows.length === 0 || keys.length === 0) return w.notRun(w.memory);
  const first = rows[0];
  const last = rows[rows.length - 1];
  const lead = keys
    .filter((k) => k.key !== 'others')
    .reduce((a, b) => (last.shares[b.key] > last.shares[a.key] ? b : a), keys[0]);
  const head = w.memoryLead(
    round(last.label),
    lead.label,
    formatValue(last.shares[lead.key], { percent: true }),
  );
  if (rows.length === 1) return w.end(head);
  const moved = keys.reduce((a, b) =>
    Math.abs(last.shares[b.key] - first.shares[b.key]) > Math.abs(last.shares[a.key] - first.shares[a.key])
      ? b
      : a,
  );
  const from = formatValue(first.shares[moved.key], { percent: true });
  const to = formatValue(last.shares[moved.key], { percent: true });
  if (from === to) return w.memoryStill(head, round(first.label));
  return w.memoryMoved(head, moved.label, round(first.label), from, to);
}

/** "By Q3 2025, 5 measures imposed, 4 still active; escalation intensity 1.32." */
export function escalationSummary(
  rows: readonly MeasureRow[],
  records: readonly RoundRecord[],
  { t, round }: ChartSummaryWords = ENGLISH,
): string {
  const w = t.chartWords;
  if (records.length === 0) return w.notRun(w.escalation);
  const last = records[records.length - 1];
  const active = rows.filter((r) => r.spans[r.spans.length - 1]?.end === null).length;
  return w.escalationBy(round(last.label), rows.length, active, formatValue(last.escalation, { digits: 2 }));
}

function compared(
  point: DifferencePoint | undefined,
  what: string,
  digits: number,
  unit: string,
  w: Messages['chartWords'],
): string {
  if (!point) return w.noComparable(what);
  // a difference too small for the usual digits gets up to two more, as the spread in words does, rather than "the
  // same" beside a band of 0.028 to 0.038 points
  let shown = digits;
  while (
    shown < digits + 2 &&
    formatValue(point.value, { digits: shown }) === formatValue(0, { digits: shown })
  )
    shown++;
  if (formatValue(point.value, { digits: shown }) === formatValue(0, { digits: shown }))
    return w.sameAs(what);
  const value = `${formatValue(Math.abs(point.value), { digits: shown })}${unit}`;
  return point.value > 0 ? w.higherBy(what, value) : w.lowerBy(what, value);
}

/** "By Q3 2025, compared with Main run, No ban has a global cost index 1.2 points lower and standards divergence 0.05 higher." */
export function differenceSummary(
  cost: readonly DifferencePoint[],
  divergence: readonly DifferencePoint[],
  baselineName: string,
  whatIfName: string,
  { t, round }: ChartSummaryWords = ENGLISH,
): string {
  const w = t.chartWords;
  const c = cost[cost.length - 1];
  const d = divergence[divergence.length - 1];
  if (!c && !d) return w.noRoundsInCommon(whatIfName, baselineName);
  const when = c && d ? (c.round >= d.round ? c.label : d.label) : (c ?? d)!.label;
  return w.differenceBy(
    round(when),
    baselineName,
    whatIfName,
    compared(c, w.globalCost, 1, w.points, w),
    compared(d, w.divergenceNoun, 2, '', w),
  );
}
