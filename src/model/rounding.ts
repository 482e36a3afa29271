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
 * language, so every engine gives the same digits. A report rounds millions of numbers (160,000 a round at 20,000
 * firms), so the digits are found by arithmetic where that is sure to give the same number (fastRounded), and by the
 * text where it is not.
 */
export function round6(x: number): number {
  if (!Number.isFinite(x) || x === 0) return 0;
  const a = Math.abs(x);
  const fast = fastRounded(a);
  const r = fast === fast ? fast : textRounded(a);
  return r === 0 ? 0 : x < 0 ? -r : r;
}

/** round6 of a positive number through the language's text, as it has always been computed. */
export function textRounded(a: number): number {
  return Number(a < DECIMALS_RULE_BELOW ? a.toFixed(REPORT_DECIMALS) : a.toPrecision(REPORT_DIGITS));
}

/** 10^k for k = 0 .. 22: each one exact in binary floating point, so a product or quotient with it rounds once */
const POW10 = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));
/** 10^e for e = -5 .. 22, where the six digits of a number begin (10^-5 .. 10^-1 are not exact: see fastRounded) */
const DIGIT_START = Array.from({ length: 28 }, (_, i) => Number(`1e${i - 5}`));
/** how near a half the scaled number may come before its rounding is left to the text: far above its error */
const NEAR_HALF = 1e-6;

/**
 * round6 of a positive finite number by arithmetic, or NaN where that could differ from the text. The text keeps n
 * digits: n = the integer nearest a / 10^k (the larger on a tie), with k = e - 5 for the six digits (10^e <= a <
 * 10^(e+1)) or k = -10 for the ten decimals, and the number is the nearest double to n * 10^k. Here a * 10^-k (or a /
 * 10^k) is one correctly rounded operation with an exact power of ten, so it is within 1.2e-10 of the exact value
 * (below 10^6): its nearest integer is n unless it is within NEAR_HALF of a half, which is left to the text; then n *
 * 10^k (or n / 10^-k) is again one correctly rounded operation, the nearest double to n * 10^k, which is what
 * Number() of the text gives. e is read off DIGIT_START; where it is off by one (a next to an inexact power of ten)
 * the scaled number falls outside [10^5, 10^6) and the text decides.
 */
function fastRounded(a: number): number {
  let k: number;
  if (a < DECIMALS_RULE_BELOW) k = -REPORT_DECIMALS;
  else {
    let lo = 0;
    let hi = DIGIT_START.length - 1;
    if (a >= DIGIT_START[hi]) return NaN;
    // the last start at or below a: DIGIT_START[lo] <= a < DIGIT_START[lo + 1]
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (a >= DIGIT_START[mid]) lo = mid;
      else hi = mid;
    }
    k = lo - 5 - (REPORT_DIGITS - 1);
  }
  const y = k >= 0 ? a / POW10[k] : a * POW10[-k];
  const whole = Math.floor(y);
  const fraction = y - whole;
  if (Math.abs(fraction - 0.5) < NEAR_HALF) return NaN;
  if (k !== -REPORT_DECIMALS && (y < 99999.9999 || y >= 999999.4)) return NaN;
  const n = fraction > 0.5 ? whole + 1 : whole;
  return k >= 0 ? n * POW10[k] : n / POW10[-k];
}
