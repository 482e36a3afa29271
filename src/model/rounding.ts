// How reports round numbers: six significant digits or ten decimal places, whichever is coarser, so that a report
// reads well and hashes the same on every engine. report.ts and columns.ts both round with it.

/** significant digits kept in reports: far below the model's own precision, far above what a chart can show */
export const REPORT_DIGITS = 6;

/**
 * decimal places kept in reports, whatever a number's size: 1e-10, so that a value that is really zero reads 0. Six
 * orders of magnitude below the smallest step the app shows (four decimals of a share or an index point, 1e-4), and
 * at least a hundred times above the rounding error of the largest quantities the model subtracts (cost indices and
 * cumulative outputs up to about 1e4, whose last binary digit is about 2e-12): a difference of two equal costs,
 * 3.2e-17 on one engine and 2.7e-17 on another, or a share decaying towards 0 (2e-19 after 40 rounds), is 0 in the
 * report and the fingerprint, on every engine.
 */
export const REPORT_DECIMALS = 10;

/** below 1e-5 (10^(REPORT_DIGITS - 1 - REPORT_DECIMALS)) the ten decimals are coarser than the six digits */
const DECIMALS_RULE_BELOW = 1e-5;

/**
 * A number as reports keep it: six significant digits or ten decimal places, whichever is coarser (one rounding,
 * never both in turn), with -0, NaN and infinities as 0. toPrecision and toFixed are exactly specified by the
 * language, so every engine gives the same digits.
 */
export function round6(x: number): number {
  if (!Number.isFinite(x)) return 0;
  const r = Number(
    Math.abs(x) < DECIMALS_RULE_BELOW ? x.toFixed(REPORT_DECIMALS) : x.toPrecision(REPORT_DIGITS),
  );
  return Object.is(r, -0) ? 0 : r;
}
