import { describe, expect, it } from 'vitest';
import {
  onStepGrid,
  readNumberInput,
  shownNumber,
  snapToStep,
  stepDecimals,
} from '../../src/app/numberInput.ts';

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

describe('a field and its slider', () => {
  it.each([
    [1 / 3, 0.05, '0.333'],
    [0.35, 0.05, '0.35'],
    [1, 0.05, '1'],
    [2 / 3, 0.001, '0.6667'],
    [1234.5678, 100, '1234.6'],
    [7, 1, '7'],
  ])('shows %d on a step of %d as %s', (value, step, shown) => {
    expect(shownNumber(value, step)).toBe(shown);
  });

  it.each([
    [0.05, 2],
    [1, 0],
    [0.1, 1],
    [1e-3, 3],
    [2.5e-7, 8],
  ])('a step of %d has %d decimals', (step, decimals) => {
    expect(stepDecimals(step)).toBe(decimals);
  });

  it('knows which values a slider can hold exactly', () => {
    expect(onStepGrid(0.35, 0, 0.05)).toBe(true);
    expect(onStepGrid(1 / 3, 0, 0.05)).toBe(false);
    expect(onStepGrid(1, 0.05, 0.1)).toBe(false);
    expect(onStepGrid(1.05, 0.05, 0.1)).toBe(true);
  });

  it('snaps a moved slider to the step grid from its minimum, inside the range', () => {
    expect(snapToStep(1 / 3, 0, 1, 0.05)).toBe(0.35);
    expect(snapToStep(0.97, 0.05, 2, 0.1)).toBe(0.95);
    expect(snapToStep(5, 0, 1, 0.05)).toBe(1);
    expect(snapToStep(0.3 * 3, 0, 1, 0.1)).toBe(0.9);
  });
});
