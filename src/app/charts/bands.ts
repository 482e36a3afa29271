// An ensemble's bands on a line chart: the median as the line's points, the 50% and 90% bands as areas, and the cells
// of the data table. Bands come from src/sim/ensembleReport.ts, already in the chart's reading.

import { en, type Messages } from '../i18n/en.ts';
import type { Band, Reading } from '../../sim/ensemble.ts';
import type { BandTable } from '../../sim/ensembleReport.ts';
import type { Point } from './series.ts';
import { MISSING } from './format.ts';

/** An ensemble's bands as the charts take them: by outcome id, in one reading. */
export function bandsIn(table: BandTable, reading: Reading): Record<string, readonly Band[]> {
  return Object.fromEntries(Object.entries(table).map(([id, byReading]) => [id, byReading[reading]]));
}

/** The medians of a series of bands, as a line's points (non-finite ones left out). */
export function medianPoints(bands: readonly Band[] | undefined): Point[] {
  return (bands ?? []).filter((b) => Number.isFinite(b.p50)).map((b) => ({ round: b.round, value: b.p50 }));
}

/** Every quantile of the bands, for the value axis' extent. */
export function bandValues(bands: readonly Band[] | undefined): number[] {
  return (bands ?? []).flatMap((b) => [b.p5, b.p95]).filter((v) => Number.isFinite(v));
}

/** "a to b": a band's range in a table cell. */
export function rangeText(lo: number, hi: number, format: (v: number) => string): string {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return MISSING;
  return `${format(lo)} to ${format(hi)}`;
}

/** The band at a round, if any. */
export function bandAtRound(bands: readonly Band[] | undefined, round: number): Band | undefined {
  return bands?.find((b) => b.round === round);
}

/** One sentence for screen readers: the median and the 90% band of an outcome at the last round. */
export function bandSummary(
  what: string,
  bands: readonly Band[] | undefined,
  seeds: number,
  format: (v: number) => string,
  words: Messages['chart'] = en.chart,
  label: (round: string) => string = (round) => round,
): string {
  const last = bands?.[bands.length - 1];
  if (!last) return words.noBands(what);
  return words.bandSummary(
    what,
    seeds,
    label(last.label),
    format(last.p50),
    rangeText(last.p5, last.p95, format),
  );
}

/** Bands with every quantile times k (a share drawn in percent). */
export function scaleBands(bands: readonly Band[] | undefined, k: number): Band[] {
  return (bands ?? []).map((b) => ({
    ...b,
    p5: b.p5 * k,
    p25: b.p25 * k,
    p50: b.p50 * k,
    p75: b.p75 * k,
    p95: b.p95 * k,
  }));
}

/** Table rows of one banded series: the median, the middle 50% and 90% of runs at each round. */
export function bandRows(
  bands: readonly Band[],
  format: (v: number) => string,
  label: (round: string) => string = (round) => round,
): Array<{ key: number; header: string; values: Record<string, string> }> {
  return bands.map((b) => ({
    key: b.round,
    header: label(b.label),
    values: {
      median: format(b.p50),
      mid50: rangeText(b.p25, b.p75, format),
      mid90: rangeText(b.p5, b.p95, format),
    },
  }));
}

/** The columns of bandRows, in the words of a catalog. */
export function bandColumns(
  words: Messages['chart']['bandColumns'] = en.chart.bandColumns,
): Array<{ key: 'median' | 'mid50' | 'mid90'; label: string }> {
  return [
    { key: 'median', label: words.median },
    { key: 'mid50', label: words.mid50 },
    { key: 'mid90', label: words.mid90 },
  ];
}
