import { describe, expect, it } from 'vitest';
import { formatValue, MISSING } from '../../../src/app/charts/format.ts';

describe('formatValue', () => {
  it.each([
    { value: 105.83, options: {}, text: '105.8' },
    { value: 0.4123, options: { digits: 2 }, text: '0.41' },
    { value: 0.253, options: { percent: true }, text: '25.3%' },
    { value: 1.25, options: { signed: true }, text: '+1.3' },
    { value: -1.25, options: { signed: true }, text: '\u22121.3' },
    { value: -0.01, options: { digits: 1, signed: true }, text: '0.0' },
    { value: -0.12, options: { percent: true, signed: true, digits: 0 }, text: '\u221212%' },
  ])('formats $value with $options as "$text"', ({ value, options, text }) => {
    expect(formatValue(value, options)).toBe(text);
  });

  it.each([NaN, Infinity, -Infinity, null, undefined])('shows %s as missing rather than NaN', (value) => {
    expect(formatValue(value)).toBe(MISSING);
    expect(formatValue(value, { percent: true })).toBe(MISSING);
  });
});
