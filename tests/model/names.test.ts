import { describe, expect, it } from 'vitest';
import { SECTORS, STATES } from '../../src/model/calibration.ts';
import { describeMeasure } from '../../src/model/narrate.ts';
import {
  BLOC_NAMES,
  SECTOR_NAMES,
  STANDARD_NAMES,
  STATE_ACTORS,
  STATE_NAMES,
  STATE_SHORT,
  stateName,
} from '../../src/model/names.ts';
import { KIND_NAMES, MEASURE_KINDS, MEASURES } from '../../src/model/measures/index.ts';
import { SECTOR_IDS, STATE_CODES } from '../../src/model/types.ts';

describe('names', () => {
  it.each([
    { what: 'state names', names: STATE_CODES.map((c) => STATE_NAMES[c]) },
    { what: 'short state names', names: STATE_CODES.map((c) => STATE_SHORT[c]) },
    { what: 'state actors', names: STATE_CODES.map((c) => STATE_ACTORS[c]) },
    { what: 'kinds of measure', names: MEASURE_KINDS.map((k) => KIND_NAMES[k]) },
    { what: 'sectors', names: SECTOR_IDS.map((k) => SECTOR_NAMES[k]) },
    { what: 'stacks', names: (['A', 'B'] as const).map((k) => STANDARD_NAMES[k]) },
    { what: 'blocs', names: (['US', 'CN', 'NA'] as const).map((b) => BLOC_NAMES[b]) },
  ])('gives every one of the $what a distinct, non-empty name', ({ names }) => {
    for (const n of names) expect(n?.trim()).toBeTruthy();
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives every measure kind, in its own module, a Chinese name and a chart style no other kind has', () => {
    const zh = MEASURE_KINDS.map((k) => MEASURES[k].names['zh-CN']);
    for (const n of zh) expect(n.trim()).toBeTruthy();
    expect(new Set(zh).size).toBe(zh.length);
    const styles = MEASURE_KINDS.map((k) => `${MEASURES[k].style.colour}/${MEASURES[k].style.pattern}`);
    expect(new Set(styles).size).toBe(styles.length);
    // fills differ without colour too
    expect(new Set(MEASURE_KINDS.map((k) => MEASURES[k].style.pattern)).size).toBe(MEASURE_KINDS.length);
  });

  it('keeps short state names short enough for a direct label at a line end', () => {
    for (const c of STATE_CODES) expect(STATE_SHORT[c].length).toBeLessThanOrEqual(7);
  });

  it('is the one source of the calibration’s and the narrative’s words', () => {
    for (const s of STATES) {
      expect(s.name).toBe(STATE_NAMES[s.code]);
      expect(s.actor).toBe(STATE_ACTORS[s.code]);
    }
    for (const s of SECTORS) expect(s.label).toBe(SECTOR_NAMES[s.id]);
    const text = describeMeasure(
      { kind: 'standardMandate', id: 'm', maker: 'EU', standard: 'B', strength: 1 },
      { firmName: (id) => id },
    );
    expect(text).toContain(STATE_ACTORS.EU);
    expect(text).toContain(STANDARD_NAMES.B);
  });

  it('names a code from outside by itself when it is not a state, never by an inherited key', () => {
    expect(stateName('CHN')).toBe('China');
    expect(stateName('XYZ')).toBe('XYZ');
    expect(stateName('toString')).toBe('toString');
  });
});
