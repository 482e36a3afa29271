// Observe: each state sees what others did to it last round, through misperception noise. With probability epsilon
// per pair of states and round, an act is read one size larger or smaller, or, between states already in a dispute
// (a hostile measure in force either way), a hostile act is seen where none was: allies do not imagine attacks.

import type { Rng } from './rng.ts';
import { STATE_CODES, type Observation, type StateCode } from './types.ts';
import type { ActRecord } from './world.ts';

/** intensity of a phantom act: about the size of a 10% tariff on a mid-sized trade flow */
export const PHANTOM_INTENSITY = 0.5;
/** one size larger or smaller: a factor of two */
export const SIZE_STEP = 2;

export function observe(
  acts: readonly ActRecord[],
  noise: number,
  rng: Rng,
  /** whether the observer is in a dispute with the other state, so that a phantom act is credible */
  inDispute: (observer: StateCode, other: StateCode) => boolean = () => true,
): Record<StateCode, Observation[]> {
  const seen = Object.fromEntries(STATE_CODES.map((c) => [c, [] as Observation[]])) as Record<
    StateCode,
    Observation[]
  >;
  for (const observer of STATE_CODES) {
    for (const other of STATE_CODES) {
      if (other === observer) continue;
      // Always draw twice per pair, so the stream does not depend on what happened.
      const distort = rng.next() < noise;
      const how = rng.next();
      const real = acts.filter((a) => a.from === other && a.to === observer);
      const obs: Observation[] = real.map((a) => ({
        from: other,
        kind: a.kind,
        action: a.action,
        intensity: a.intensity,
        misperceived: false,
        ...subject(a),
      }));
      if (distort) {
        const target = obs.find((o) => o.action === 'impose');
        if (target) {
          target.intensity *= how < 0.5 ? SIZE_STEP : 1 / SIZE_STEP;
          target.misperceived = true;
          target.misread = how < 0.5 ? 'larger' : 'smaller';
        } else if (inDispute(observer, other)) {
          obs.push({
            from: other,
            kind: 'tariff',
            action: 'impose',
            intensity: PHANTOM_INTENSITY,
            misperceived: true,
            misread: 'invented',
          });
        }
      }
      seen[observer].push(...obs);
    }
  }
  return seen;
}

/** What the act was, where the record says: its measure, sectors and firm (only the fields it has). */
function subject(a: ActRecord): Pick<Observation, 'measureId' | 'sectors' | 'firm'> {
  const out: Pick<Observation, 'measureId' | 'sectors' | 'firm'> = {};
  if (a.measureId !== undefined) out.measureId = a.measureId;
  if (a.sectors !== undefined) out.sectors = a.sectors;
  if (a.firm !== undefined) out.firm = a.firm;
  return out;
}
