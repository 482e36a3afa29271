// What the cross-engine test compares, made the same way in Node and in Chromium (which imports this file through
// Vite's dev server): a preset at a seed, run and reported as the CLI does, reduced to its report fingerprint and, for
// every round, a hash of the exact bits of every number and the text of every string in the round's record.

import { presetScenario, type PresetId } from '../../src/model/presets.ts';
import { runScenario } from '../../src/model/run.ts';
import { parseScenario } from '../../src/model/scenario.ts';
import { reportOfBranch } from '../../src/sim/branchReport.ts';

export interface EngineDigest {
  fingerprint: string;
  /** one 16-hex-digit hash per round, of the record's full-precision values */
  rounds: string[];
}

const cell = new Float64Array(1);
const words = new Uint32Array(cell.buffer);

/** FNV-1a over 32-bit words, two lanes. */
class Hash {
  a = 0x811c9dc5;
  b = 0x01000193 ^ 0x5bd1e995;
  word(w: number): void {
    this.a = Math.imul(this.a ^ w, 0x01000193) >>> 0;
    this.b = Math.imul(this.b ^ w, 0x01000193) >>> 0;
    this.b = (this.b ^ (this.b >>> 13)) >>> 0;
  }
  number(x: number): void {
    cell[0] = x;
    this.word(words[0]!);
    this.word(words[1]!);
  }
  text(s: string): void {
    this.word(s.length);
    for (let i = 0; i < s.length; i++) this.word(s.charCodeAt(i));
  }
  value(v: unknown): void {
    if (typeof v === 'number') this.number(v);
    else if (typeof v === 'string') this.text(v);
    else if (typeof v === 'boolean') this.word(v ? 1 : 2);
    else if (v === null || v === undefined) this.word(3);
    else if (ArrayBuffer.isView(v)) {
      const a = v as unknown as ArrayLike<number>;
      this.word(a.length);
      for (let i = 0; i < a.length; i++) this.number(a[i]!);
    } else if (Array.isArray(v)) {
      this.word(v.length);
      for (const x of v) this.value(x);
    } else {
      const o = v as Record<string, unknown>;
      for (const k of Object.keys(o).sort()) {
        this.text(k);
        this.value(o[k]);
      }
    }
  }
  hex(): string {
    return this.a.toString(16).padStart(8, '0') + this.b.toString(16).padStart(8, '0');
  }
}

export function engineDigest(preset: PresetId, seed: number): EngineDigest {
  const scenario = parseScenario({ ...presetScenario(preset), seed });
  const run = runScenario(scenario);
  const rounds = run.records.map((r) => {
    const h = new Hash();
    h.value(r);
    return h.hex();
  });
  return { fingerprint: reportOfBranch({ scenario }).fingerprint, rounds };
}
