// Probe (not a test): what listedResearch moves over 20 seeds (1000 + 7919 i), the project's convention for claims.
//   npx tsx tests/sim/probeListedResearch.ts [values...]      (default 0 0.25 0.6)
//   PRESETS=a,b   presets to probe (default micron-2023, two-blocs, tit-for-tat-escalation)
//   SEEDS=n       how many seeds (default 20)
// For each preset and value: how many firms another state entity-lists per seed; for each listed firm (the most often
// listed first) the level of what it makes at the end against round 0, the part its research stock gives, and the
// level of what it needs (its own catch-up alone); the research stock 8 and 12 quarters after its first listing where
// the run lasts that long, and what the level of what it makes gained in all since the quarter before the listing; and China's and the world's cost effect (cost index minus the no-measures twin's, in index
// points), at the last round and at China's worst quarter. The twin has no listing, so no research: it is played once
// per seed and read for every value.
//
// Results of 4 December 2026 (means over the 20 seeds; CN effect = China's cost index minus the twin's, last round):
//                                          listedResearch 0      0.25     0.6
//   micron-2023  CN effect                               0.0135  0.0136   0.0138
//                world effect                            0.0112  0.0104   0.0093
//                YMTC made, 8 quarters after listing     +0.021  +0.026   +0.033   (research 0, 0.0052, 0.0125)
//                YMTC made, 12 quarters                  +0.032  +0.040   +0.051   (research 0, 0.0079, 0.0190)
//                YMTC need, end                          +0.032  +0.032   +0.032
//   two-blocs    no firm entity-listed: CN effect 13.45 and world 5.55 at every value
//   tit-for-tat  CN effect                               26.50   26.47    26.43    (0 to 9 firms listed a seed)
//                SMIC made, 8 quarters (9 seeds)         +0.024  +0.030   +0.039   (research 0, 0.0060, 0.0145)
//                SMIC made, 12 quarters (7 seeds)        +0.036  +0.045   +0.057   (research 0, 0.0090, 0.0215)
// The buyers that pay a gap to YMTC (those above its level) are American at round 0, so China's cost in micron-2023
// does not fall; SMIC has Chinese buyers above it, so in tit-for-tat it does, a little.

import { presetScenario, type PresetId } from '../../src/model/presets.ts';
import { advance, finalRound, startRun } from '../../src/model/run.ts';
import { twinOf } from '../../src/model/twin.ts';
import type { Run } from '../../src/model/run.ts';

const N = Number(process.env.SEEDS ?? 20);
const SEEDS = Array.from({ length: N }, (_, i) => 1000 + i * 7919);
const PRESETS = (process.env.PRESETS?.split(',') ?? [
  'micron-2023',
  'two-blocs',
  'tit-for-tat-escalation',
]) as PresetId[];
const VALUES = process.argv.slice(2).map(Number);
if (VALUES.length === 0) VALUES.push(0, 0.25, 0.6);

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
const range = (xs: number[]) =>
  xs.length ? `${Math.min(...xs).toFixed(4)}..${Math.max(...xs).toFixed(4)}` : '-';
const show = (xs: number[]) => `${mean(xs).toFixed(4)} (${range(xs)})`;

interface FirmSeries {
  made: number[];
  research: number[];
  need: number[];
  at8: number[];
  at12: number[];
  /** the level of what it makes, 8 and 12 quarters after its listing, less the level the quarter before */
  gain8: number[];
  gain12: number[];
}

/** the home state of each firm another state lists, in the run's measures */
function listedAbroad(run: Run): Set<string> {
  const out = new Set<string>();
  for (const m of run.world.measures)
    if (m.kind === 'entityListing') {
      const j = run.world.base.firmIndex.get(m.firm);
      if (j !== undefined && run.world.base.firms[j]!.state !== m.maker) out.add(m.firm);
    }
  return out;
}

for (const id of PRESETS) {
  const twins = new Map<number, Run>();
  for (const v of VALUES) {
    const firms = new Map<string, FirmSeries>();
    const cnLast: number[] = [];
    const cnPeak: number[] = [];
    const glLast: number[] = [];
    const counts: number[] = [];
    for (const seed of SEEDS) {
      const sc = presetScenario(id);
      sc.seed = seed;
      sc.params = { ...sc.params, listedResearch: v };
      const run = startRun(sc);
      const base = run.world.base;
      const end = finalRound(run);
      const firstListed = new Map<string, number>();
      const seen = new Set<string>();
      const at = new Map<string, { at8?: number; at12?: number; gain8?: number; gain12?: number }>();
      const madeBefore = new Map<string, number>();
      const madeOf = (j: number) => run.world.tech[j]! + run.world.research[j]!;
      while (run.world.round < end) {
        const before = run.world;
        advance(run);
        for (const f of listedAbroad(run))
          if (!firstListed.has(f)) {
            const j = base.firmIndex.get(f)!;
            firstListed.set(f, run.world.round);
            madeBefore.set(f, before.tech[j]! + before.research[j]!);
          }
        for (const [f, r0] of firstListed) {
          const j = base.firmIndex.get(f)!;
          const a = at.get(f) ?? {};
          // quarters since its listing took effect: the round it was imposed counts as the first
          if (run.world.round - r0 + 1 === 8) {
            a.at8 = run.world.research[j]!;
            a.gain8 = madeOf(j) - madeBefore.get(f)!;
          }
          if (run.world.round - r0 + 1 === 12) {
            a.at12 = run.world.research[j]!;
            a.gain12 = madeOf(j) - madeBefore.get(f)!;
          }
          at.set(f, a);
        }
      }
      for (const f of firstListed.keys()) seen.add(f);
      counts.push(seen.size);
      for (const f of seen) {
        const j = base.firmIndex.get(f)!;
        const s = firms.get(f) ?? {
          made: [],
          research: [],
          need: [],
          at8: [],
          at12: [],
          gain8: [],
          gain12: [],
        };
        const research = run.world.research[j]!;
        s.need.push(run.world.tech[j]! - base.firmTech[j]!);
        s.research.push(research);
        s.made.push(run.world.tech[j]! + research - base.firmTech[j]!);
        const a = at.get(f)!;
        if (a.at8 !== undefined) s.at8.push(a.at8);
        if (a.at12 !== undefined) s.at12.push(a.at12);
        if (a.gain8 !== undefined) s.gain8.push(a.gain8);
        if (a.gain12 !== undefined) s.gain12.push(a.gain12);
        firms.set(f, s);
      }
      let twin = twins.get(seed);
      if (!twin) twins.set(seed, (twin = twinOf(run)));
      let peak = -Infinity;
      let peakAt = 0;
      for (let t = 0; t < run.records.length; t++) {
        const e = run.records[t]!.supplyChainCost.CHN - twin.records[t]!.supplyChainCost.CHN;
        if (e > peak) [peak, peakAt] = [e, t];
      }
      void peakAt;
      const L = run.records.length - 1;
      cnLast.push(run.records[L]!.supplyChainCost.CHN - twin.records[L]!.supplyChainCost.CHN);
      cnPeak.push(peak);
      glLast.push(run.records[L]!.supplyChainCost.global - twin.records[L]!.supplyChainCost.global);
    }
    console.log(
      `${id} listedResearch=${v}: firms listed abroad per seed ${range(counts)}; CN effect last ${show(cnLast)}, CN peak ${show(cnPeak)}, global last ${show(glLast)}`,
    );
    const order = [...firms.keys()].sort((a, b) => firms.get(b)!.made.length - firms.get(a)!.made.length);
    for (const f of order.slice(0, 6)) {
      const s = firms.get(f)!;
      console.log(
        `  ${f} (listed in ${s.made.length} seeds): made +${show(s.made)}, of it research ${show(s.research)}; need +${show(s.need)}; after 8 quarters listed: research ${show(s.at8)}, made +${show(s.gain8)} [${s.at8.length} seeds]; after 12: research ${show(s.at12)}, made +${show(s.gain12)} [${s.at12.length}]`,
      );
    }
  }
}
