// The README's sentences about the calibration table must count what the table holds: how many rows, how many of
// them are tests of the model, and how many of those tests the model misses.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CALIBRATION_TARGETS } from '../../src/cli/calibration.ts';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');
const WORDS = ['none', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const number = (w: string) => (/^\d+$/.test(w) ? Number(w) : WORDS.indexOf(w));

describe('the README', () => {
  it('counts the calibration table’s rows, its tests and the tests the model misses as the table has them', () => {
    const m = README.match(/(\w+) of the (\d+) rows are tests, and (\w+) of those the model misses/);
    expect(m, 'the README’s sentence on the calibration rows').not.toBeNull();
    const tests = CALIBRATION_TARGETS.filter((t) => t.evidence === 'test');
    expect(number(m![2])).toBe(CALIBRATION_TARGETS.length);
    expect(number(m![1])).toBe(tests.length);
    expect(number(m![3])).toBe(tests.filter((t) => t.status === 'miss').length);
  });
});
