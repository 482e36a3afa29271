// Align: when a state imposes an export control, states in its bloc may join after a lag, with a probability that
// grows with their alignment and with the number of allies already in (Japan and the Netherlands joined the
// October 2022 US controls in 2023).

import { isJoinable } from './measures/index.ts';
import type { Rng } from './rng.ts';
import { STATE_CODES, type EventCause, type StateCode } from './types.ts';
import { blocOf, stateIndex, type World } from './world.ts';

export interface Join {
  measureId: string;
  state: StateCode;
  /** an ally joins the control's maker: whose control, in force since when */
  cause: EventCause;
}

export function joinProbability(joinRate: number, alignment: number, alreadyJoined: number): number {
  return Math.min(1, joinRate * Math.abs(alignment) * (1 + alreadyJoined));
}

export function allianceJoins(world: World, round: number, rng: Rng): Join[] {
  const { params, states } = world.base;
  const joins: Join[] = [];
  for (const m of world.measures) {
    if (!isJoinable(m)) continue;
    const meta = world.meta[m.id];
    const makerBloc = blocOf(world.alignment[stateIndex[m.maker]]);
    // Each control has its own stream, so adding or reordering other controls never changes who joins this one.
    const stream = rng.fork(m.id);
    for (const y of STATE_CODES) {
      // One draw per state, whatever happens, so the stream stays aligned across what-ifs.
      const draw = stream.next();
      if (y === m.maker || y === m.target || m.joined?.includes(y)) continue;
      if (makerBloc === 'NA' || !meta || round - meta.imposedRound < params.joinLag) continue;
      const strategy = states[y].strategy;
      if (strategy === 'scripted' || strategy === 'human') continue;
      const a = world.alignment[stateIndex[y]];
      if (blocOf(a) !== makerBloc) continue;
      if (draw < joinProbability(params.joinRate, a, m.joined?.length ?? 0))
        joins.push({
          measureId: m.id,
          state: y,
          cause: { source: 'alliance', rule: 'joinAlly', ally: m.maker, since: meta.imposedRound },
        });
    }
  }
  return joins;
}
