// An ensemble's bands in sentences a workshop can read aloud: how far the measures move each state's cost across the
// seeds (against the same world without them), and how far one branch moves it against another, paired by seed
// ("The ban adds 1.8 to 1.9 points to China’s cost in 90% of runs"). The range is the 90% band, p5 to p95.

import { STATE_CODES, type StateCode } from '../../model/types.ts';
import type { Band } from '../../sim/ensemble.ts';
import type { BandTable } from '../../sim/ensembleReport.ts';
import { OWNER } from '../summary.ts';

export interface BandSentence {
  /** outcome id (cost.global, cost.CHN, ...) */
  id: string;
  text: string;
}

/** Points as the sentences say them: one decimal, no sign, never "NaN". */
const points = (v: number) => (Number.isFinite(v) ? Math.abs(v).toFixed(1) : 'n/a');
const signed = (v: number) => {
  const t = v.toFixed(1);
  if (Number(t) === 0) return '0.0';
  return v > 0 ? `+${t}` : `\u2212${t.slice(1)}`;
};

/**
 * "adds 1.8 to 1.9 points to China’s cost", from a band's p5 and p95 in index points; `plural` for a plural subject
 * ("the measures add").
 */
export function costRangeWords(band: Pick<Band, 'p5' | 'p95'>, owner: string, plural = false): string {
  const verb = (one: string, many: string) => (plural ? many : one);
  const lo = Number(band.p5.toFixed(1));
  const hi = Number(band.p95.toFixed(1));
  const range = (a: number, b: number) =>
    points(a) === points(b) ? `${points(a)} points` : `${points(a)} to ${points(b)} points`;
  if (lo === 0 && hi === 0) return `${verb('leaves', 'leave')} ${owner} cost unchanged (within 0.05 points)`;
  if (lo >= 0) return `${verb('adds', 'add')} ${range(band.p5, band.p95)} to ${owner} cost`;
  if (hi <= 0) return `${verb('lowers', 'lower')} ${owner} cost by ${range(band.p95, band.p5)}`;
  return `${verb('changes', 'change')} ${owner} cost by ${signed(band.p5)} to ${signed(band.p95)} points (up in some runs, down in others)`;
}

const COST_IDS: Array<{ id: string; owner: string }> = [
  { id: 'cost.global', owner: 'the world’s' },
  ...STATE_CODES.map((c: StateCode) => ({ id: `cost.${c}`, owner: OWNER[c] })),
];

const lastOf = (bands: readonly Band[] | undefined) => bands?.[bands.length - 1];

/** "10 seeds", or "10 seeds, assumptions drawn" when each seed also drew the assumptions (sim/assumptions.ts) */
const seedsWords = (seeds: number, assumptions: boolean) =>
  `${seeds} seeds${assumptions ? ', assumptions drawn' : ''}`;

/** Of one branch: what its measures do to each cost at the last round, against its twin, over the seeds. */
export function effectSentences(table: BandTable, seeds: number, assumptions = false): BandSentence[] {
  const runs = seedsWords(seeds, assumptions);
  const out: BandSentence[] = [];
  for (const { id, owner } of COST_IDS) {
    const b = lastOf(table[id]?.effect);
    if (!b) continue;
    out.push({
      id,
      text: `By ${b.label}, the measures ${costRangeWords(b, owner, true)} in 90% of runs, against the same world without them (${runs}).`,
    });
  }
  return out;
}

/**
 * Of two branches paired by seed: what the branch on view does to each cost at the last round against the compared
 * one, read as effects (each against its own twin) so learning and luck shared by both cancel.
 */
export function differenceSentences(
  table: BandTable,
  seeds: number,
  name: string,
  against: string,
  assumptions = false,
): BandSentence[] {
  const runs = seedsWords(seeds, assumptions);
  const out: BandSentence[] = [];
  for (const { id, owner } of COST_IDS) {
    const b = lastOf(table[id]?.effect);
    if (!b) continue;
    out.push({
      id,
      text: `By ${b.label}, “${name}” ${costRangeWords(b, owner)} compared with “${against}” in 90% of runs (${runs}, paired by seed).`,
    });
  }
  return out;
}
