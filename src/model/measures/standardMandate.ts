// A standard mandate: the maker tells its standards-bearing firms to prefer one technology stack (its strength is
// added to that stack's value in their choice). Not hostile: it counts toward no escalation.

import { z } from 'zod';
import { STANDARD_NAMES } from '../names.ts';
import { stateIndex } from '../world.ts';
import { actor } from '../words.ts';
import { STANDARD_IDS, type StandardId, type StateCode } from '../types.ts';
import { id, labelStart, readNumber, standardId, stateCode, type MeasureSpec } from './spec.ts';

/** The kind's name in lists, legends and row labels. */
const NAME = 'Standard mandate';

/** The maker tells its standards-bearing firms to prefer a standard (added to the standard's value). */
export interface StandardMandateMeasure {
  kind: 'standardMandate';
  id: string;
  maker: StateCode;
  standard: StandardId;
  strength: number;
}

export const standardMandateSchema = z.strictObject({
  kind: z.literal('standardMandate'),
  id,
  maker: stateCode,
  standard: standardId,
  strength: z.number().min(0).max(10),
}) satisfies z.ZodType<StandardMandateMeasure>;

export const standardMandate: MeasureSpec<StandardMandateMeasure> = {
  kind: 'standardMandate',
  name: NAME,
  names: { 'zh-CN': '技术标准强制令' },
  style: { colour: 'skyBlue', pattern: 'vertical' },
  hostile: false,
  inStartingWorld: false,
  shapesAccess: false,
  joinable: false,
  makers: (m) => [m.maker],
  targets: () => [],
  subject: () => ({}),
  namedFirm: () => undefined,
  followedFirm: () => undefined,
  check: () => null,
  compile(m, base, policy) {
    policy.mandate[stateIndex[m.maker] * STANDARD_IDS.length + STANDARD_IDS.indexOf(m.standard)] +=
      m.strength * base.params.mandateScale;
  },
  describe: (m) => `${actor(m.maker)} tells its firms to build on ${STANDARD_NAMES[m.standard]}`,
  describeRelax: (m) => `${actor(m.maker)} drops its ${STANDARD_NAMES[m.standard]} mandate`,
  noun: () => 'stack mandate',
  label: (m) => `${labelStart(m, NAME)} for standard ${m.standard}`,
  zh: {
    describe: (m, zh) => `${zh.state(m.maker)}要求本国企业采用${zh.stack(m.standard)}`,
    describeRelax: (m, zh) => `${zh.state(m.maker)}取消采用${zh.stack(m.standard)}的强制要求`,
    noun: () => '技术标准强制令',
    label: (m, zh) => `${zh.labelStart(m)}：${zh.stack(m.standard)}`,
  },
  form: {
    fields: [{ field: 'standard' }, { field: 'strength', hint: 'value units (0-10)' }],
    aim: () => '',
    read: (f, common) => ({
      kind: 'standardMandate',
      ...common,
      standard: f.standard,
      strength: readNumber('strength', f.strength, 0, 10),
    }),
    write: (m) => ({ standard: m.standard, strength: String(m.strength) }),
  },
};
