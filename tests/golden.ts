// Golden runs: every preset at its own seed. Each file pins the per-round headline metrics (rounded to four
// decimals), the report's fingerprint (the 16 hex digits `npm run sim -- --preset ID` prints, which hashes every
// series, rounded to six significant digits or ten decimal places) and every event line, so that no change in numbers or words passes
// unseen. A change to the model that moves any of them must regenerate these files in the same commit and say why:
//   UPDATE_GOLDEN=1 npx vitest run tests/golden.test.ts

import { PRESET_IDS, presetScenario, type PresetId } from '../src/model/presets.ts';
import { runScenario } from '../src/model/run.ts';
import { STATE_CODES } from '../src/model/types.ts';
import { reportOfBranch } from '../src/sim/branchReport.ts';

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

export interface Golden {
  preset: PresetId;
  seed: number;
  /** the CLI's fingerprint of the preset's report */
  fingerprint: string;
  series: GoldenRound[];
  /** every event of the run, in order, as the event log and the report word it */
  events: string[];
}

export function goldenRun(id: PresetId): Golden {
  const scenario = presetScenario(id);
  const run = runScenario(scenario);
  const report = reportOfBranch({ scenario });
  return {
    preset: id,
    seed: scenario.seed,
    fingerprint: report.fingerprint,
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
    events: run.records.flatMap((r) => r.events.map((e) => e.text)),
  };
}

export { PRESET_IDS };
