// What a number field does with what was typed: a valid value to keep, or a message to show while the last valid
// value stays in force.

/** a plain decimal number as people type it: -1, 0.5, .5, 2., 1e-3 */
const PLAIN_DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

import { en, type Messages } from './i18n/en.ts';

export type NumberInput = { ok: true; value: number } | { ok: false; message: string };

export function readNumberInput(
  text: string,
  min: number,
  max: number,
  options: { integer?: boolean; unit?: string } = {},
  words: Messages['numberField'] = en.numberField,
): NumberInput {
  const trimmed = text.trim();
  // Number() also reads "0x10", "0b1", "0o7" and "" (as 0): only plain decimals (with an optional exponent) count
  const value = PLAIN_DECIMAL.test(trimmed) ? Number(trimmed) : NaN;
  const range = words.rangeText(String(min), String(max), options.unit ?? '');
  if (!Number.isFinite(value)) return { ok: false, message: words.enter(range) };
  if (options.integer && !Number.isInteger(value)) return { ok: false, message: words.enterWhole(range) };
  if (value < min || value > max) return { ok: false, message: words.outOfRange(range) };
  return { ok: true, value };
}

/** decimals of a step: 0.05 -> 2, 1 -> 0, 1e-3 -> 3 */
export function stepDecimals(step: number): number {
  if (!Number.isFinite(step) || step <= 0 || Number.isInteger(step)) return 0;
  const [mantissa, exponent] = step.toExponential().split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent));
}

/** most decimals a field shows: 0.3333 is as precise as a class needs, and 0.3333333333333333 reads as noise */
const MAX_SHOWN_DECIMALS = 4;

/**
 * A value as its field shows it: one decimal more than the step has (so that a default between two steps, such as
 * 1/3 on a 0.05 step, still reads as itself), at most four, without trailing zeros.
 */
export function shownNumber(value: number, step: number): string {
  if (!Number.isFinite(value)) return String(value);
  const digits = Math.min(stepDecimals(step) + 1, MAX_SHOWN_DECIMALS);
  return String(Number(value.toFixed(digits)));
}

/** Whether a range input with this min and step can hold the value exactly (else the browser moves its thumb). */
export function onStepGrid(value: number, min: number, step: number): boolean {
  const steps = (value - min) / step;
  return Math.abs(steps - Math.round(steps)) < 1e-9;
}

/** A slider's position snapped to the step grid from min, kept in range, without floating-point tails. */
export function snapToStep(value: number, min: number, max: number, step: number): number {
  const snapped = min + Math.round((value - min) / step) * step;
  const clamped = Math.min(max, Math.max(min, snapped));
  return Number(clamped.toFixed(Math.max(stepDecimals(step), stepDecimals(min))));
}
