// The link the team-play browser tests open: micron-2023 with the given states played by human teams.

import { presetScenario } from '../../src/model/presets.ts';
import type { StateCode } from '../../src/model/types.ts';
import { shareHash } from '../../src/sim/files/link.ts';
import { newWorkspace } from '../../src/sim/workspace.ts';

export function teamLink(teams: readonly StateCode[]): string {
  const scenario = presetScenario('micron-2023');
  const states = { ...scenario.states };
  for (const s of teams) states[s] = { ...states[s], strategy: 'human' };
  const link = shareHash(newWorkspace({ ...scenario, states }));
  if (!link.ok) throw new Error(link.message);
  return link.hash;
}
