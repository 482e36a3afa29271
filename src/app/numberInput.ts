// What a number field does with what was typed: a valid value to keep, or a message to show while the last valid
// value stays in force.

/** a plain decimal number as people type it: -1, 0.5, .5, 2., 1e-3 */
const PLAIN_DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

export type NumberInput = { ok: true; value: number } | { ok: false; message: string };

export function readNumberInput(
  text: string,
  min: number,
  max: number,
  options: { integer?: boolean; unit?: string } = {},
): NumberInput {
  const trimmed = text.trim();
  // Number() also reads "0x10", "0b1", "0o7" and "" (as 0): only plain decimals (with an optional exponent) count
  const value = PLAIN_DECIMAL.test(trimmed) ? Number(trimmed) : NaN;
  const range = `${min} to ${max}${options.unit ? ` ${options.unit}` : ''}`;
  if (!Number.isFinite(value)) return { ok: false, message: `Enter a number from ${range}.` };
  if (options.integer && !Number.isInteger(value))
    return { ok: false, message: `Enter a whole number from ${range}.` };
  if (value < min || value > max)
    return { ok: false, message: `Out of range: enter a number from ${range}.` };
  return { ok: true, value };
}
