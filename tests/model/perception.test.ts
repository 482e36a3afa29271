import { describe, expect, it } from 'vitest';
import { observe, PHANTOM_INTENSITY, SIZE_STEP } from '../../src/model/perception.ts';
import { createRng } from '../../src/model/rng.ts';
import { STATE_CODES } from '../../src/model/types.ts';
import type { ActRecord } from '../../src/model/world.ts';
import { expectUnchanged } from './helpers.ts';

const ACTS: ActRecord[] = [
  { from: 'USA', to: 'CHN', kind: 'exportControl', action: 'impose', intensity: 2 },
  { from: 'USA', to: 'JPN', kind: 'tariff', action: 'impose', intensity: 0.4 },
  { from: 'CHN', to: 'USA', kind: 'purchaseBan', action: 'impose', intensity: 1.5 },
  { from: 'EU', to: 'CHN', kind: 'tariff', action: 'relax', intensity: 0.3 },
];

describe('observe', () => {
  it('with noise 0, each state sees exactly what was done to it', () => {
    for (let seed = 0; seed < 10; seed++) {
      const seen = observe(ACTS, 0, createRng(seed));
      for (const observer of STATE_CODES) {
        const expected = ACTS.filter((a) => a.to === observer).map((a) => ({
          from: a.from,
          kind: a.kind,
          action: a.action,
          intensity: a.intensity,
          misperceived: false,
        }));
        expect(seen[observer]).toEqual(expect.arrayContaining(expected));
        expect(seen[observer]).toHaveLength(expected.length);
      }
    }
  });

  it('with noise 1, every pair is misperceived: a real act is seen one size larger or smaller', () => {
    for (let seed = 0; seed < 20; seed++) {
      const seen = observe(ACTS, 1, createRng(seed));
      const control = seen.CHN.find((o) => o.from === 'USA')!;
      expect(control.misperceived).toBe(true);
      expect([2 * SIZE_STEP, 2 / SIZE_STEP]).toContain(control.intensity);
    }
  });

  it('with noise 1, a hostile act is seen where none was taken', () => {
    const seen = observe([], 1, createRng(4));
    for (const observer of STATE_CODES) {
      expect(seen[observer]).toHaveLength(STATE_CODES.length - 1);
      for (const o of seen[observer]) {
        expect(o).toMatchObject({ action: 'impose', intensity: PHANTOM_INTENSITY, misperceived: true });
        expect(o.from).not.toBe(observer);
      }
    }
  });

  it('with noise 1, a relaxation is still seen, alongside an invented hostile act', () => {
    const seen = observe(ACTS, 1, createRng(2)).CHN.filter((o) => o.from === 'EU');
    expect(seen).toHaveLength(2);
    expect(seen.find((o) => o.action === 'relax')).toMatchObject({ intensity: 0.3, misperceived: false });
    expect(seen.find((o) => o.action === 'impose')).toMatchObject({ misperceived: true });
  });

  it('sees larger and smaller about equally often', () => {
    let larger = 0;
    const n = 400;
    for (let seed = 0; seed < n; seed++) {
      const o = observe(ACTS, 1, createRng(seed)).CHN.find((x) => x.from === 'USA')!;
      if (o.intensity > 2) larger++;
    }
    expect(larger / n).toBeGreaterThan(0.4);
    expect(larger / n).toBeLessThan(0.6);
  });

  it('misperceives about a share epsilon of pairs', () => {
    let wrong = 0;
    let pairs = 0;
    for (let seed = 0; seed < 200; seed++) {
      const seen = observe([], 0.2, createRng(seed));
      for (const c of STATE_CODES) wrong += seen[c].length;
      pairs += STATE_CODES.length * (STATE_CODES.length - 1);
    }
    expect(wrong / pairs).toBeGreaterThan(0.17);
    expect(wrong / pairs).toBeLessThan(0.23);
  });

  it('is seeded: the same seed gives the same view, other seeds another', () => {
    expect(observe(ACTS, 0.3, createRng(8))).toEqual(observe(ACTS, 0.3, createRng(8)));
    const views = new Set(
      Array.from({ length: 10 }, (_, s) => JSON.stringify(observe(ACTS, 0.3, createRng(s)))),
    );
    expect(views.size).toBeGreaterThan(1);
  });

  it('draws the same numbers whatever happened, so later draws do not depend on the acts', () => {
    const a = createRng(6);
    const b = createRng(6);
    observe(ACTS, 0.5, a);
    observe([], 0.5, b);
    expect(a.next()).toBe(b.next());
  });

  it('does not modify its input', () => {
    const acts = structuredClone(ACTS);
    expectUnchanged([acts], () => observe(acts, 1, createRng(1)));
  });
});
