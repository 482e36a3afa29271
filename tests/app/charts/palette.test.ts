import { describe, expect, it } from 'vitest';
import {
  BLOC_STYLE,
  COMPARE_DASH,
  COMPARE_DASHES,
  KIND_STYLE,
  MEMORY_STYLES,
  OKABE_ITO,
  STATE_STYLE,
} from '../../../src/app/charts/palette.ts';
import { NAMED_MEMORY_FIRMS } from '../../../src/app/charts/stack.ts';
import { MEASURE_KINDS } from '../../../src/model/measures/index.ts';
import { STATE_CODES } from '../../../src/model/types.ts';

const okabeIto = new Set<string>(Object.values(OKABE_ITO));

describe('palette', () => {
  it('gives every state its own colour', () => {
    const colours = STATE_CODES.map((c) => STATE_STYLE[c].colour);
    expect(new Set(colours).size).toBe(STATE_CODES.length);
  });

  it('keeps the faint yellow off every line', () => {
    for (const s of [...Object.values(STATE_STYLE), ...Object.values(BLOC_STYLE)]) {
      expect(s.colour).not.toBe(OKABE_ITO.yellow);
    }
  });

  it('draws the share of standard A dotted, unlike a compared branch or a solid line', () => {
    for (const s of Object.values(BLOC_STYLE)) {
      expect(s.dash).not.toBe('');
      expect(s.dash).not.toBe(COMPARE_DASH);
      expect(COMPARE_DASHES).not.toContain(s.dash);
    }
  });

  it('gives each of the four compared branches its own dash, none of them solid', () => {
    expect(COMPARE_DASHES).toHaveLength(4);
    expect(new Set(COMPARE_DASHES).size).toBe(4);
    for (const d of COMPARE_DASHES) expect(d).not.toBe('');
  });

  it('gives every kind of measure its own colour and its own fill pattern', () => {
    const styles = MEASURE_KINDS.map((k) => KIND_STYLE[k]);
    expect(new Set(styles.map((s) => s.colour)).size).toBe(MEASURE_KINDS.length);
    expect(new Set(styles.map((s) => s.pattern)).size).toBe(MEASURE_KINDS.length);
    for (const s of styles) expect(okabeIto.has(s.colour)).toBe(true);
  });

  it('has a distinct fill for each named memory firm and Others', () => {
    expect(MEMORY_STYLES.length).toBeGreaterThanOrEqual(NAMED_MEMORY_FIRMS.length + 1);
    expect(new Set(MEMORY_STYLES.map((s) => s.colour)).size).toBe(MEMORY_STYLES.length);
    expect(new Set(MEMORY_STYLES.map((s) => s.pattern)).size).toBe(MEMORY_STYLES.length);
  });
});
