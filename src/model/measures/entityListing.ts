// An entity listing: the maker's firms may not sell anything to one firm.

import { z } from 'zod';
import { stateIndex } from '../world.ts';
import { actor } from '../words.ts';
import type { StateCode } from '../types.ts';
import { checkFirm, homeOfFirm, id, labelStart, stateCode, type MeasureSpec } from './spec.ts';

/** The kind's name in lists, legends and row labels. */
const NAME = 'Entity listing';

/** The maker's firms may not sell anything to the listed firm. */
export interface EntityListingMeasure {
  kind: 'entityListing';
  id: string;
  maker: StateCode;
  firm: string;
}

export const entityListingSchema = z.strictObject({
  kind: z.literal('entityListing'),
  id,
  maker: stateCode,
  firm: id,
}) satisfies z.ZodType<EntityListingMeasure>;

export const entityListing: MeasureSpec<EntityListingMeasure> = {
  kind: 'entityListing',
  name: NAME,
  names: { 'zh-CN': '实体清单' },
  style: { colour: 'reddishPurple', pattern: 'dots' },
  hostile: true,
  inStartingWorld: 'shares',
  shapesAccess: true,
  joinable: false,
  makers: (m) => [m.maker],
  targets: (m, homeOf) => homeOfFirm(m.firm, homeOf),
  subject: (m) => ({ firm: m.firm }),
  namedFirm: (m) => m.firm,
  followedFirm: (m) => m.firm,
  followedTrade: 'purchases',
  check: (m, isKnownFirm) => checkFirm(m.firm, isKnownFirm),
  compile(m, base, policy) {
    const firm = base.firmIndex.get(m.firm);
    if (firm === undefined) return;
    const list = policy.firmControls.get(firm) ?? [];
    // every sector (null), whatever its technology level (threshold 0), all of it (size 1)
    list.push({ threshold: 0, size: 1, makers: new Set([stateIndex[m.maker]]), sectors: null });
    policy.firmControls.set(firm, list);
    if (stateIndex[m.maker] !== base.nodeState[firm]) policy.listedAbroad.add(firm);
  },
  describe: (m, names) =>
    `${actor(m.maker)} adds ${names.firmName(m.firm)} to its entity list: its firms may no longer sell to it`,
  describeRelax: (m, names) => `${actor(m.maker)} takes ${names.firmName(m.firm)} off its entity list`,
  noun: (act, names) => (act.firm ? `listing of ${names.firmName(act.firm)}` : 'entity listing'),
  label: (m, firmName) => `${labelStart(m, NAME)} of ${firmName(m.firm)}`,
  zh: {
    describe: (m, zh, names) =>
      `${zh.state(m.maker)}把${zh.firm(m.firm, names)}列入实体清单：本国企业不得再向其销售`,
    describeRelax: (m, zh, names) => `${zh.state(m.maker)}把${zh.firm(m.firm, names)}移出实体清单`,
    noun: (act, zh, names) => (act.firm ? `对${zh.firm(act.firm, names)}的实体清单限制` : '实体清单限制'),
    label: (m, zh, firmName) => `${zh.labelStart(m)}：${zh.labelTarget(m.firm, firmName)}`,
  },
  form: {
    fields: [{ field: 'firm' }],
    aim: (f) => f.firm,
    read: (f, common) => ({ kind: 'entityListing', ...common, firm: f.firm.trim() }),
    write: (m) => ({ firm: m.firm }),
  },
};
