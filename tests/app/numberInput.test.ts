import { describe, expect, it } from 'vitest';
import { readNumberInput } from '../../src/app/numberInput.ts';

describe('number fields', () => {
  it.each([
    ['0.5', 0.5],
    [' 2 ', 2],
    ['1e-1', 0.1],
    ['0', 0],
    ['-0.25', -0.25],
    ['.5', 0.5],
    ['+1', 1],
  ])('accepts %j inside the range', (text, value) => {
    expect(readNumberInput(text, -1, 2)).toEqual({ ok: true, value });
  });

  it.each([
    ['abc'],
    [''],
    ['NaN'],
    ['Infinity'],
    ['1,5'],
    ['0x10'],
    ['0b1'],
    ['0o7'],
    ['1_0'],
    ['1e'],
    ['.'],
  ])('refuses %j as not a number', (text) => {
    const r = readNumberInput(text, 0, 2);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/Enter a number from 0 to 2/);
  });

  it('refuses a value out of range and names the range with its unit', () => {
    const r = readNumberInput('3', 0, 2, { unit: 'quarters' });
    expect(r).toEqual({ ok: false, message: 'Out of range: enter a number from 0 to 2 quarters.' });
  });

  it('refuses a fraction where a whole number is needed', () => {
    const r = readNumberInput('1.5', 0, 10, { integer: true });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/whole number/);
  });
});
