// Bit-exact fingerprints of played seeds, for the speed work's tests (tests/sim/bits.test.ts): every number hashed by
// its 64 bits (so -0, the last ulp and NaN's payload all count), typed arrays element by element, objects with sorted
// keys. The stored hashes (tests/sim/files/bits.json) were made by the engine before it was made faster; a faster
// path must give the same bits, not merely the same rounded figures the goldens keep.

import { createHash, type Hash } from 'node:crypto';
import { PRESET_IDS, presetScenario, type PresetId } from '../../src/model/presets.ts';
import type { ScheduledScenario } from '../../src/model/run.ts';
import { parseScenario, type Scenario } from '../../src/model/scenario.ts';

const cell = new Float64Array(1);
const cellBytes = new Uint8Array(cell.buffer);

function feed(hash: Hash, v: unknown): void {
  if (typeof v === 'number') {
    cell[0] = v;
    hash.update('n');
    hash.update(cellBytes);
  } else if (typeof v === 'string') hash.update(`s${v.length}:${v}`);
  else if (typeof v === 'boolean' || v === null || v === undefined) hash.update(`l${String(v)};`);
  else if (ArrayBuffer.isView(v) && !(v instanceof DataView)) {
    const a = v as unknown as ArrayLike<number>;
    hash.update(`t${v.constructor.name}${a.length}[`);
    for (let i = 0; i < a.length; i++) feed(hash, a[i]);
    hash.update(']');
  } else if (Array.isArray(v)) {
    hash.update(`a${v.length}[`);
    for (const x of v) feed(hash, x);
    hash.update(']');
  } else if (v instanceof Map) {
    feed(hash, [...v.entries()]);
  } else if (typeof v === 'object') {
    const keys = Object.keys(v as object).sort();
    hash.update(`o${keys.length}{`);
    for (const k of keys) {
      hash.update(`k${k}:`);
      feed(hash, (v as Record<string, unknown>)[k]);
    }
    hash.update('}');
  } else throw new Error(`cannot hash a ${typeof v}`);
}

/** sha-256 of a value's bits (hex, first 24 digits). */
export function bitsOf(value: unknown): string {
  const hash = createHash('sha256');
  feed(hash, value);
  return hash.digest('hex').slice(0, 24);
}

/** One world the bit tests play: a preset at one seed, or a branch of one (a schedule). */
export interface BitCase {
  name: string;
  root: Scenario;
  schedule: ScheduledScenario[];
  seed: number;
}

/** Every preset at two seeds (its own and one far off), and a branch of the default preset that changes parameters mid-run. */
export function bitCases(): BitCase[] {
  const out: BitCase[] = [];
  for (const id of PRESET_IDS as readonly PresetId[]) {
    const root = parseScenario(presetScenario(id));
    for (const seed of [root.seed, root.seed + 7919])
      out.push({ name: `${id}@${seed}`, root, schedule: [], seed });
  }
  const micron = parseScenario(presetScenario('micron-2023'));
  const branch = parseScenario({
    ...micron,
    params: { ...micron.params, shortagePremium: 0.6, elasticityScale: 1.4 },
  });
  out.push({
    name: `micron-2023 branch@${micron.seed + 3}`,
    root: micron,
    schedule: [{ fromRound: 5, scenario: branch }],
    seed: micron.seed + 3,
  });
  return out;
}
