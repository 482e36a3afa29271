// Number formatting for chart labels, tooltips and tables: a non-finite value reads "n/a", never "NaN".

/** Text shown where a value is missing or not a finite number. */
export const MISSING = 'n/a';

export interface FormatOptions {
  /** digits after the decimal point */
  digits?: number;
  /** show the value as a percentage (0.25 -> "25%") */
  percent?: boolean;
  /** prefix positive values with "+" (for changes and differences) */
  signed?: boolean;
}

export function formatValue(value: number | null | undefined, options: FormatOptions = {}): string {
  const { digits = 1, percent = false, signed = false } = options;
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  const scaled = percent ? value * 100 : value;
  let text = scaled.toFixed(digits);
  // -0.0 reads as a change where there is none
  if (Number(text) === 0) text = (0).toFixed(digits);
  else if (signed && scaled > 0) text = `+${text}`;
  else if (scaled < 0) text = `\u2212${text.slice(1)}`;
  return percent ? `${text}%` : text;
}
