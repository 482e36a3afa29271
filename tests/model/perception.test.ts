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

  it('says how each observation was misread: larger, smaller or invented; and never misreads one it saw right', () => {
    const how = new Set<string>();
    for (let seed = 0; seed < 40; seed++) {
      for (const [observer, seen] of Object.entries(observe(ACTS, 0.5, createRng(seed)))) {
        for (const o of seen) {
          const real = ACTS.find((a) => a.from === o.from && a.to === observer && a.action === o.action);
          expect(o.misperceived).toBe(o.misread !== undefined);
          if (o.misread) how.add(o.misread);
          if (o.misread === 'invented')
            expect(o).toMatchObject({ action: 'impose', intensity: PHANTOM_INTENSITY });
          else if (o.misread === 'larger') expect(o.intensity).toBe(real!.intensity * SIZE_STEP);
          else if (o.misread === 'smaller') expect(o.intensity).toBe(real!.intensity / SIZE_STEP);
          else expect(o.intensity).toBe(real!.intensity);
        }
      }
    }
    expect([...how].sort()).toEqual(['invented', 'larger', 'smaller']);
  });

  it('passes on which measure an act was, its sectors and its firm, so that an answer can name it', () => {
    const acts: ActRecord[] = [
      { ...ACTS[0]!, measureId: 'us-tools', sectors: ['lithography'] },
      { ...ACTS[2]!, measureId: 'cn-ban', firm: 'micron' },
    ];
    const seen = observe(acts, 0, createRng(1));
    expect(seen.CHN).toEqual([
      { ...ACTS[0], to: undefined, measureId: 'us-tools', sectors: ['lithography'], misperceived: false },
    ]);
    expect(seen.USA[0]).toMatchObject({ from: 'CHN', measureId: 'cn-ban', firm: 'micron' });
    expect(observe([], 1, createRng(4)).USA[0]!.measureId).toBeUndefined();
  });

  it('does not modify its input', () => {
    const acts = structuredClone(ACTS);
    expectUnchanged([acts], () => observe(acts, 1, createRng(1)));
  });
});
