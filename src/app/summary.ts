// The current round in words a student reads at a glance: each headline number and a sentence that says what it
// means. By default a number is the effect of the measures, read against the same world without them (the run's twin,
// src/sim/effects.ts); the raw reading gives each index and its change since round 0. Pure, so that the wording is
// tested without a browser.

import { specOf } from '../model/measures/index.ts';
import type { Scenario } from '../model/scenario.ts';
import { STATE_CODES, type FirmInfo, type RoundRecord, type StateCode } from '../model/types.ts';
import { effectOf, measuresTaken, type EffectPoint, type TwinPoint } from '../sim/effects.ts';
import { STATE_NAMES, STATE_SHORT } from '../model/names.ts';
import type { Reading } from './reading.ts';

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
    (e) => e.action === 'impose' && specOf(e.measure).namedFirm(e.measure) === firmId,
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

/** "+4.5", "−0.8", "0.0": a signed effect with a true minus sign, never "-0.0" */
export function signed(x: number, digits: number): string {
  if (!Number.isFinite(x)) return '–';
  const text = Math.abs(x).toFixed(digits);
  if (Number(text) === 0) return (0).toFixed(digits);
  return `${x > 0 ? '+' : '\u2212'}${text}`;
}

/**
 * "raised China’s input costs by 4.5 points above", "lowered … by 0.8 points below", "left … where they would be":
 * what the measures did to a cost index, in index points against the twin.
 */
export function costEffectWords(effect: number, whose: string): string {
  const points = Math.abs(effect).toFixed(1);
  if (!Number.isFinite(effect) || Number(points) === 0)
    return `Measures have left ${whose} input costs where they would be without them`;
  const plural = points === '1.0' ? 'point' : 'points';
  return effect > 0
    ? `Measures have raised ${whose} input costs by ${points} ${plural} above the same world without them`
    : `Measures have lowered ${whose} input costs by ${points} ${plural} below the same world without them`;
}

/** a state's name as the owner of something, mid-sentence: "China’s", "the United States’" */
export const OWNER: Record<StateCode, string> = {
  USA: 'the United States’',
  CHN: 'China’s',
  EU: 'the European Union’s',
  JPN: 'Japan’s',
  KOR: 'South Korea’s',
  TWN: 'Taiwan’s',
  ROW: 'the rest of the world’s',
};

/** "The United States’": OWNER at the start of a sentence */
function ownerFirst(code: StateCode): string {
  return OWNER[code].charAt(0).toUpperCase() + OWNER[code].slice(1);
}

/** The lines that read each index against the same world without measures, at the round of `now`. */
function effectLines(
  records: readonly RoundRecord[],
  now: RoundRecord,
  twin: TwinPoint | undefined,
  effect: EffectPoint | null,
): SummaryLine[] {
  if (!effect || !twin) {
    const text = 'The same world without measures is still being computed.';
    return [{ id: 'cost', label: 'Supply-chain cost', value: '–', short: '–', text }];
  }
  const lines: SummaryLine[] = [];
  const taken = measuresTaken(records, now.round);
  const first = records[0];
  const cost = effect.supplyChainCost.global;
  const noneYet =
    now.round === 0
      ? `In ${now.label}, the starting round, measures have had no effect yet: every effect is 0.`
      : `No measures have been taken since ${first.label}, so this run is the same as the world without them: every effect is 0.`;
  lines.push({
    id: 'cost',
    label: 'Supply-chain cost',
    value: `${signed(cost, 1)} points`,
    short: signed(cost, 1),
    text: taken
      ? `${costEffectWords(cost, 'device makers’')} (index ${fixed(now.supplyChainCost.global, 1)} with them, ${fixed(twin.supplyChainCost.global, 1)} without).`
      : noneYet,
  });

  const worst = STATE_CODES.map((c) => ({ c, effect: effect.supplyChainCost[c] }))
    .filter((x) => Number.isFinite(x.effect))
    .sort((a, b) => b.effect - a.effect)[0];
  if (taken && worst && Number(worst.effect.toFixed(1)) > 0) {
    lines.push({
      id: 'worst',
      label: 'Hardest hit',
      value: `${stateName(worst.c)} ${signed(worst.effect, 1)}`,
      short: `${STATE_SHORT[worst.c]} ${signed(worst.effect, 1)}`,
      text: `${costEffectWords(worst.effect, OWNER[worst.c])}.`,
    });
  }

  const d = effect.standardsDivergence;
  const dNow = fixed(now.standardsDivergence, 2);
  const dText = !taken
    ? `Standards divergence is ${dNow}, as in the same world without measures: ${divergenceWords(now.standardsDivergence)}.`
    : Number(Math.abs(d).toFixed(2)) === 0
      ? `Measures have not changed how far the blocs’ technology standards have split (divergence ${dNow}: ${divergenceWords(now.standardsDivergence)}).`
      : `Measures have ${d > 0 ? 'split the blocs’ technology standards further' : 'kept the blocs’ technology standards closer'}: divergence is ${dNow}, ${fixed(Math.abs(d), 2)} ${d > 0 ? 'above' : 'below'} the same world without them (${fixed(twin.standardsDivergence, 2)}).`;
  lines.push({
    id: 'divergence',
    label: 'Standards divergence',
    value: `${signed(d, 2)} in divergence`,
    short: signed(d, 2),
    text: dText,
  });

  const x = effect.crossBlocTradeShare * 100;
  const share = (v: number) => `${fixed(v * 100, 1)}%`;
  const xText = !taken
    ? `Trade between the blocs is ${share(now.crossBlocTradeShare)} of all trade, as in the same world without measures.`
    : Number(Math.abs(x).toFixed(1)) === 0
      ? `Measures have not changed the share of trade between the blocs (${share(now.crossBlocTradeShare)} of all trade).`
      : `Measures have ${x < 0 ? 'cut' : 'raised'} trade between the blocs to ${share(now.crossBlocTradeShare)} of all trade, ${fixed(Math.abs(x), 1)} percentage points ${x < 0 ? 'below' : 'above'} the same world without them (${share(twin.crossBlocTradeShare)}).`;
  lines.push({
    id: 'crossBloc',
    label: 'Trade across blocs',
    value: `${signed(x, 1)} pts of trade`,
    short: `${signed(x, 1)} pts`,
    text: xText,
  });
  return lines;
}

/** The lines that read each index against round 0 of the same run: the raw reading. */
function rawLines(records: readonly RoundRecord[], now: RoundRecord): SummaryLine[] {
  const first = records[0];
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
  return lines;
}

/**
 * Welfare, which is always read against the same world without measures (the rulebook's `welfare`): the state whose
 * households lose most, or a sentence that none does.
 */
function welfareLine(effect: EffectPoint | null): SummaryLine | null {
  if (!effect) return null;
  const worst = STATE_CODES.map((c) => ({ c, w: effect.welfare[c] }))
    .filter((x) => Number.isFinite(x.w))
    .sort((a, b) => a.w - b.w)[0];
  if (!worst) return null;
  const loss = Math.abs(worst.w).toFixed(1);
  if (worst.w >= 0 || Number(loss) === 0) {
    return {
      id: 'welfare',
      label: 'Households',
      value: '0.0% no state worse off',
      short: '0.0%',
      text: 'No state’s households are worse off than in the same world without the measures.',
    };
  }
  return {
    id: 'welfare',
    label: 'Households worst off',
    value: `${stateName(worst.c)} ${signed(worst.w, 1)}%`,
    short: `${STATE_SHORT[worst.c]} ${signed(worst.w, 1)}%`,
    text: `${ownerFirst(worst.c)} households can buy ${loss}% fewer devices than in the same world without the measures (tariff revenue and subsidies counted).`,
  };
}

export interface SummaryOptions {
  /** the run's no-measures twin, round 0 first (the worker's TwinPoints); without it there are no effects */
  twin?: readonly TwinPoint[];
  /** effects of the measures (the default in the app) or each raw index against round 0 */
  reading?: Reading;
}

/** The headline lines for one round: effects against the twin, or (raw) changes since round 0 of the same run. */
export function summarise(
  records: readonly RoundRecord[],
  current: number,
  firms: readonly FirmInfo[],
  scenario: Scenario,
  { twin = [], reading = 'raw' }: SummaryOptions = {},
): SummaryLine[] {
  const first = records[0];
  const now = records[Math.min(Math.max(current, 0), records.length - 1)];
  if (!first || !now) return [];
  const start = first.label;
  const twinNow = twin.find((p) => p.round === now.round);
  const effect = effectOf(now, twinNow);
  const lines = reading === 'effect' ? effectLines(records, now, twinNow, effect) : rawLines(records, now);

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

  const welfare = welfareLine(effect);
  if (welfare) lines.push(welfare);

  if (concernsFirm(scenario, 'micron') && firms.some((f) => f.id === 'micron')) {
    const r = firmRevenueFrom(now, firms, 'micron', 'CHN');
    const r0 = firmRevenueFrom(first, firms, 'micron', 'CHN');
    const kept = r0 > 0 ? `${fixed((r / r0) * 100, 1)}%` : '–';
    lines.push({
      id: 'micron',
      // the tile says what its 100% is: the share of the first round's revenue kept, not a share of Micron's sales
      label: `Micron’s China revenue, % of ${start}`,
      value: kept,
      short: kept,
      text: `Micron’s revenue from China-headquartered buyers is ${changeSince(r, r0, start)}.`,
    });
  }
  return lines;
}
