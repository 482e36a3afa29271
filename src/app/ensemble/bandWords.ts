// An ensemble's bands in sentences a workshop can read aloud: how far the measures move each state's cost across the
// seeds (against the same world without them), and how far one branch moves it against another, paired by seed
// ("The ban adds 1.8 to 1.9 points to China’s cost in 90% of runs"). The range is the 90% band, p5 to p95, said in the
// language on view (the catalogs' bandWords) with as many decimals as the band needs to read as more than zero.

import { STATE_CODES, type StateCode } from '../../model/types.ts';
import type { Band } from '../../sim/ensemble.ts';
import type { BandTable } from '../../sim/ensembleReport.ts';
import { en, type Messages } from '../i18n/en.ts';

export interface BandSentence {
  /** outcome id (cost.global, cost.CHN, ...) */
  id: string;
  text: string;
}

/**
 * Decimals for a band: one where either end is a point or more, two under a point, three under a tenth, so that an
 * effect of a few hundredths of a point is not read as "0.0 to 0.0".
 */
export function bandDecimals(band: Pick<Band, 'p5' | 'p95'>): number {
  const top = Math.max(Math.abs(band.p5), Math.abs(band.p95));
  return !(top < 1) ? 1 : top < 0.1 ? 3 : 2;
}

/**
 * "adds 1.8 to 1.9 points to China’s cost", from a band's p5 and p95 in index points; `plural` for a plural subject
 * ("the measures add").
 */
export function costRangeWords(
  band: Pick<Band, 'p5' | 'p95'>,
  owner: string,
  plural = false,
  t: Messages = en,
): string {
  const w = plural ? t.bandWords.many : t.bandWords.one;
  const range = (a: string, b: string) => t.bandWords.range(a, b);
  const d = bandDecimals(band);
  /** points as the sentences say them: no sign, never "NaN" */
  const points = (v: number) => (Number.isFinite(v) ? Math.abs(v).toFixed(d) : 'n/a');
  const signed = (v: number) => {
    if (!Number.isFinite(v)) return 'n/a';
    const s = v.toFixed(d);
    if (Number(s) === 0) return (0).toFixed(d);
    return v > 0 ? `+${s}` : `\u2212${s.slice(1)}`;
  };
  const lo = Number(band.p5.toFixed(d));
  const hi = Number(band.p95.toFixed(d));
  if (lo === 0 && hi === 0) return w.unchanged(owner, (0.5 * 10 ** -d).toFixed(d + 1));
  if (lo >= 0) return w.adds(owner, range(points(band.p5), points(band.p95)));
  if (hi <= 0) return w.lowers(owner, range(points(band.p95), points(band.p5)));
  return w.changes(owner, signed(band.p5), signed(band.p95));
}

const COST_IDS: Array<{ id: string; owner: (t: Messages) => string }> = [
  { id: 'cost.global', owner: (t) => t.bandWords.world },
  ...STATE_CODES.map((c: StateCode) => ({
    id: `cost.${c}`,
    owner: (t: Messages) => t.summaryWords.owner[c],
  })),
];

const lastOf = (bands: readonly Band[] | undefined) => bands?.[bands.length - 1];

/** How sentences are said: the catalog, and a round's label ("Q3 2026") in its language. */
export interface BandVoice {
  t: Messages;
  round: (label: string) => string;
}

const ENGLISH: BandVoice = { t: en, round: (label) => label };

/** One sentence per cost (the world's, then each state's), said of its effect band at the last round. */
function costSentences(
  table: BandTable,
  t: Messages,
  say: (band: Band, owner: string) => string,
): BandSentence[] {
  const out: BandSentence[] = [];
  for (const { id, owner } of COST_IDS) {
    const b = lastOf(table[id]?.effect);
    if (b) out.push({ id, text: say(b, owner(t)) });
  }
  return out;
}

/** Of one branch: what its measures do to each cost at the last round, against its twin, over the seeds. */
export function effectSentences(
  table: BandTable,
  seeds: number,
  assumptions = false,
  voice: BandVoice = ENGLISH,
): BandSentence[] {
  const { t } = voice;
  const runs = t.bandWords.seeds(seeds, assumptions);
  return costSentences(table, t, (b, owner) =>
    t.bandWords.effect(voice.round(b.label), costRangeWords(b, owner, true, t), runs),
  );
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
  voice: BandVoice = ENGLISH,
): BandSentence[] {
  const { t } = voice;
  const runs = t.bandWords.seeds(seeds, assumptions);
  return costSentences(table, t, (b, owner) =>
    t.bandWords.difference(voice.round(b.label), name, costRangeWords(b, owner, false, t), against, runs),
  );
}
