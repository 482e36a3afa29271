// The current round in words a student reads at a glance: each headline number and a sentence that says what it
// means. By default a number is the effect of the measures, read against the same world without them (the run's twin,
// src/sim/effects.ts); the raw reading gives each index and its change since round 0. Pure, so that the wording is
// tested without a browser.

import type { Scenario } from '../model/scenario.ts';
import { STATE_CODES, type FirmInfo, type RoundRecord, type StateCode } from '../model/types.ts';
import { concernsFirm, effectOf, measuresTaken, type EffectPoint, type TwinPoint } from '../sim/effects.ts';
import { en, type Messages } from './i18n/en.ts';
import type { Reading } from './reading.ts';

/** the words of the sentences below, in one language (the catalogs' `summaryWords`, `states` and `statesShort`) */
export type SummaryWords = Pick<Messages, 'summaryWords' | 'states' | 'statesShort'>;

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
export function changeSince(
  now: number,
  before: number,
  startLabel: string,
  w: Messages['summaryWords'] = en.summaryWords,
): string {
  if (!Number.isFinite(now) || !Number.isFinite(before) || before === 0) return w.notComparable(startLabel);
  const change = now / before - 1;
  if (Math.abs(change) < SAME) return w.same(startLabel);
  return change > 0
    ? w.higher(formatPercent(change), startLabel)
    : w.lower(formatPercent(change), startLabel);
}

/** What a divergence of D (0-1) means for the two blocs' technology stacks. */
export function divergenceWords(d: number, w: Messages['summaryWords'] = en.summaryWords): string {
  if (!Number.isFinite(d)) return w.notAvailable;
  if (d < 0.15) return w.shareAlmostAll;
  if (d < 0.35) return w.shareMost;
  if (d < 0.7) return w.shareLittle;
  return w.separate;
}

/** A number that is never shown as NaN: non-finite values read as a dash. */
export function fixed(x: number, digits: number): string {
  return Number.isFinite(x) ? x.toFixed(digits) : '–';
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
export function costEffectWords(
  effect: number,
  whose: string,
  w: Messages['summaryWords'] = en.summaryWords,
): string {
  const points = Math.abs(effect).toFixed(1);
  if (!Number.isFinite(effect) || Number(points) === 0) return w.costUnchanged(whose);
  return effect > 0 ? w.costRaised(whose, points) : w.costLowered(whose, points);
}

/** The lines that read each index against the same world without measures, at the round of `now`. */
function effectLines(
  records: readonly RoundRecord[],
  now: RoundRecord,
  twin: TwinPoint | undefined,
  effect: EffectPoint | null,
  words: SummaryWords,
  round: (label: string) => string,
): SummaryLine[] {
  const w = words.summaryWords;
  if (!effect || !twin) {
    const text = w.twinComputing;
    return [{ id: 'cost', label: 'Supply-chain cost', value: '–', short: '–', text }];
  }
  const lines: SummaryLine[] = [];
  const taken = measuresTaken(records, now.round);
  const first = records[0];
  const cost = effect.supplyChainCost.global;
  const noneYet = now.round === 0 ? w.noEffectAtStart(round(now.label)) : w.noEffect(round(first.label));
  lines.push({
    id: 'cost',
    label: 'Supply-chain cost',
    value: w.points(signed(cost, 1)),
    // with its unit, as the cross-bloc tile has: a bare "0.0" said nothing of what it counts
    short: w.indexPts(signed(cost, 1)),
    text: taken
      ? w.costWithWithout(
          costEffectWords(cost, w.deviceMakers, w),
          // to two decimals: at one, an effect under a point can read "0.1 points (99.1 with them, 99.1 without)"
          fixed(now.supplyChainCost.global, 2),
          fixed(twin.supplyChainCost.global, 2),
        )
      : noneYet,
  });

  const worst = STATE_CODES.map((c) => ({ c, effect: effect.supplyChainCost[c] }))
    .filter((x) => Number.isFinite(x.effect))
    .sort((a, b) => b.effect - a.effect)[0];
  if (taken && worst && Number(worst.effect.toFixed(1)) > 0) {
    lines.push({
      id: 'worst',
      label: 'Hardest hit',
      value: `${words.states[worst.c]} ${signed(worst.effect, 1)}`,
      short: `${words.statesShort[worst.c]} ${signed(worst.effect, 1)}`,
      text: w.sentence(costEffectWords(worst.effect, w.owner[worst.c], w)),
    });
  }

  const d = effect.standardsDivergence;
  const dNow = fixed(now.standardsDivergence, 2);
  const dWords = divergenceWords(now.standardsDivergence, w);
  const dBy = fixed(Math.abs(d), 2);
  const dWithout = fixed(twin.standardsDivergence, 2);
  const dText = !taken
    ? w.divergenceAsWithout(dNow, dWords)
    : Number(Math.abs(d).toFixed(2)) === 0
      ? w.divergenceUnchanged(dNow, dWords)
      : d > 0
        ? w.divergenceFurther(dNow, dBy, dWithout)
        : w.divergenceCloser(dNow, dBy, dWithout);
  lines.push({
    id: 'divergence',
    label: 'Standards divergence',
    value: w.inDivergence(signed(d, 2)),
    short: signed(d, 2),
    text: dText,
  });

  const x = effect.crossBlocTradeShare * 100;
  const share = (v: number) => `${fixed(v * 100, 1)}%`;
  const xNow = share(now.crossBlocTradeShare);
  const xBy = fixed(Math.abs(x), 1);
  const xWithout = share(twin.crossBlocTradeShare);
  const xText = !taken
    ? w.tradeAsWithout(xNow)
    : Number(Math.abs(x).toFixed(1)) === 0
      ? w.tradeUnchanged(xNow)
      : x < 0
        ? w.tradeCut(xNow, xBy, xWithout)
        : w.tradeRaised(xNow, xBy, xWithout);
  lines.push({
    id: 'crossBloc',
    label: 'Trade across blocs',
    value: w.pointsOfTrade(signed(x, 1)),
    short: w.pts(signed(x, 1)),
    text: xText,
  });
  return lines;
}

/** The lines that read each index against round 0 of the same run: the raw reading. */
function rawLines(
  records: readonly RoundRecord[],
  now: RoundRecord,
  words: SummaryWords,
  round: (label: string) => string,
): SummaryLine[] {
  const w = words.summaryWords;
  const first = records[0];
  const start = round(first.label);
  const lines: SummaryLine[] = [];

  const cost = now.supplyChainCost.global;
  lines.push({
    id: 'cost',
    label: 'Supply-chain cost',
    value: w.indexValue(fixed(cost, 1), start),
    short: fixed(cost, 1),
    text: w.costSince(changeSince(cost, first.supplyChainCost.global, start, w)),
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
      value: `${words.states[worst.c]} +${formatPercent(worst.change)}`,
      short: `${words.statesShort[worst.c]} +${formatPercent(worst.change)}`,
      text: w.hardestHit(
        words.states[worst.c],
        changeSince(now.supplyChainCost[worst.c], first.supplyChainCost[worst.c], start, w),
      ),
    });
  }

  const d = now.standardsDivergence;
  const d0 = first.standardsDivergence;
  lines.push({
    id: 'divergence',
    label: 'Standards divergence',
    value: w.divergenceValue(fixed(d, 2)),
    short: fixed(d, 2),
    text: w.divergenceSince(fixed(d, 2), divergenceWords(d, w), fixed(d0, 2), start),
  });

  const x = now.crossBlocTradeShare;
  const x0 = first.crossBlocTradeShare;
  // one decimal: shares move by fractions of a point, and "up from 37% to 37%" would read as a contradiction
  const share = (v: number) => `${fixed(v * 100, 1)}%`;
  const since =
    Math.abs(x - x0) < SAME
      ? w.same(start)
      : x < x0
        ? w.downFrom(share(x0), start)
        : w.upFrom(share(x0), start);
  lines.push({
    id: 'crossBloc',
    label: 'Trade across blocs',
    value: w.ofTrade(share(x)),
    short: share(x),
    text: w.tradeSince(share(x), since),
  });
  return lines;
}

/**
 * Welfare, which is always read against the same world without measures (the rulebook's `welfare`): the state whose
 * households lose most, or a sentence that none does.
 */
function welfareLine(effect: EffectPoint | null, words: SummaryWords): SummaryLine | null {
  const w = words.summaryWords;
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
      value: w.noneWorseOffValue,
      short: '0.0%',
      text: w.noneWorseOff,
    };
  }
  return {
    id: 'welfare',
    label: 'Households worst off',
    value: `${words.states[worst.c]} ${signed(worst.w, 1)}%`,
    short: `${words.statesShort[worst.c]} ${signed(worst.w, 1)}%`,
    text: w.worstOff(w.owner[worst.c], loss),
  };
}

/** The Micron tile's English label when it reads against the twin (en.ts tiles.micronTwin says it in the catalog). */
const MICRON_TWIN_LABEL = 'Micron’s China revenue, % of world without measures';

export interface SummaryOptions {
  /** the run's no-measures twin, round 0 first (the worker's TwinPoints); without it there are no effects */
  twin?: readonly TwinPoint[];
  /** effects of the measures (the default in the app) or each raw index against round 0 */
  reading?: Reading;
  /** the sentences' words (English unless given) */
  words?: SummaryWords;
  /** a round's label as the engine writes it ("Q3 2022") in the words' language */
  round?: (label: string) => string;
}

/**
 * A headline's label in the words of a catalog (the lines carry English labels, which the tests read); `round` turns
 * the engine's round label into the catalog's language.
 */
export function headlineLabel(
  line: Pick<SummaryLine, 'id' | 'label'>,
  tiles: Messages['tiles'],
  round: (label: string) => string = (label) => label,
): string {
  switch (line.id) {
    case 'welfare':
      return line.label === 'Households' ? tiles.welfare : tiles.welfareWorst;
    case 'micron':
      if (line.label === MICRON_TWIN_LABEL) return tiles.micronTwin;
      return tiles.micron(round(line.label.replace(/^Micron’s China revenue, % of /, '')));
    case 'cost':
    case 'worst':
    case 'divergence':
    case 'crossBloc':
    case 'measures':
      return tiles[line.id];
    default:
      return line.label;
  }
}

/** The headline lines for one round: effects against the twin, or (raw) changes since round 0 of the same run. */
export function summarise(
  records: readonly RoundRecord[],
  current: number,
  firms: readonly FirmInfo[],
  scenario: Scenario,
  { twin = [], reading = 'raw', words = en, round = (label) => label }: SummaryOptions = {},
): SummaryLine[] {
  const first = records[0];
  const now = records[Math.min(Math.max(current, 0), records.length - 1)];
  if (!first || !now) return [];
  const w = words.summaryWords;
  const start = first.label;
  const twinNow = twin.find((p) => p.round === now.round);
  const effect = effectOf(now, twinNow);
  const lines =
    reading === 'effect'
      ? effectLines(records, now, twinNow, effect, words, round)
      : rawLines(records, now, words, round);

  lines.push({
    id: 'measures',
    label: 'Measures in force',
    value: `${now.activeMeasures}`,
    short: `${now.activeMeasures}`,
    text:
      now.activeMeasures === 0
        ? w.noMeasures
        : w.measuresInForce(now.activeMeasures, fixed(now.escalation, 2)),
  });

  const welfare = welfareLine(effect, words);
  if (welfare) lines.push(welfare);

  if (concernsFirm(scenario, 'micron') && firms.some((f) => f.id === 'micron')) {
    const r = firmRevenueFrom(now, firms, 'micron', 'CHN');
    const twinR = twinNow?.followedRevenue?.micron?.[STATE_CODES.indexOf('CHN')];
    if (reading === 'effect' && twinR !== undefined) {
      // against the same world without the measures: what the ban (and the rest) took, learning and growth aside
      const kept = twinR > 0 ? fixed((r / twinR) * 100, 1) : '–';
      lines.push({
        id: 'micron',
        label: MICRON_TWIN_LABEL,
        value: `${kept}%`,
        short: `${kept}%`,
        text: w.micronRevenueTwin(kept),
      });
    } else {
      const r0 = firmRevenueFrom(first, firms, 'micron', 'CHN');
      const kept = r0 > 0 ? `${fixed((r / r0) * 100, 1)}%` : '–';
      lines.push({
        id: 'micron',
        // the tile says what its 100% is: the share of the first round's revenue kept, not a share of Micron's sales
        label: `Micron’s China revenue, % of ${start}`,
        value: kept,
        short: kept,
        text: w.micronRevenue(changeSince(r, r0, round(start), w)),
      });
    }
  }
  return lines;
}
