// Golden runs: every preset at its own seed, per-round headline metrics rounded to four decimals. A change to the
// model that moves any of them must regenerate these files in the same commit and say why:
//   UPDATE_GOLDEN=1 npx vitest run tests/golden.test.ts

import { PRESET_IDS, presetScenario, type PresetId } from '../src/model/presets.ts';
import { runScenario } from '../src/model/run.ts';
import { STATE_CODES } from '../src/model/types.ts';

const r4 = (x: number) => Math.round(x * 1e4) / 1e4;

export interface GoldenRound {
  round: number;
  label: string;
  supplyChainCost: Record<string, number>;
  standardsDivergence: number;
  crossBlocTradeShare: number;
  escalation: number;
  activeMeasures: number;
  events: number;
}

export function goldenRun(id: PresetId): { preset: PresetId; seed: number; series: GoldenRound[] } {
  const scenario = presetScenario(id);
  const run = runScenario(scenario);
  return {
    preset: id,
    seed: scenario.seed,
    series: run.records.map((r) => ({
      round: r.round,
      label: r.label,
      supplyChainCost: Object.fromEntries(
        ['global', ...STATE_CODES].map((k) => [k, r4(r.supplyChainCost[k as 'global'])]),
      ),
      standardsDivergence: r4(r.standardsDivergence),
      crossBlocTradeShare: r4(r.crossBlocTradeShare),
      escalation: r4(r.escalation),
      activeMeasures: r.activeMeasures,
      events: r.events.length,
    })),
  };
}

export { PRESET_IDS };
