import { describe, expect, it } from 'vitest';
import { BLOC_NAMES, KIND_NAMES, STATE_NAMES, STATE_SHORT } from '../../../src/app/charts/names.ts';
import { MEASURE_KINDS, STATE_CODES } from '../../../src/model/types.ts';

describe('names', () => {
  it.each([
    { what: 'state names', names: STATE_CODES.map((c) => STATE_NAMES[c]) },
    { what: 'short state names', names: STATE_CODES.map((c) => STATE_SHORT[c]) },
    { what: 'kinds of measure', names: MEASURE_KINDS.map((k) => KIND_NAMES[k]) },
    { what: 'blocs', names: (['US', 'CN', 'NA'] as const).map((b) => BLOC_NAMES[b]) },
  ])('gives every one of the $what a distinct, non-empty name', ({ names }) => {
    for (const n of names) expect(n?.trim()).toBeTruthy();
    expect(new Set(names).size).toBe(names.length);
  });

  it('keeps short state names short enough for a direct label at a line end', () => {
    for (const c of STATE_CODES) expect(STATE_SHORT[c].length).toBeLessThanOrEqual(7);
  });
});
