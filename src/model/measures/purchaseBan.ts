// A purchase ban: buyers in the maker state may not buy from one firm, either their critical-infrastructure share of
// demand ('cii', as China's 2023 order on Micron) or all of it.

import { z } from 'zod';
import { stateIndex } from '../world.ts';
import { actor } from '../words.ts';
import type { StateCode } from '../types.ts';
import { checkFirm, homeOfFirm, id, labelStart, stateCode, type MeasureSpec } from './spec.ts';

/** The kind's name in lists, legends and row labels. */
const NAME = 'Purchase ban';

/** Buyers in the maker state may not buy from the firm: their critical-infrastructure share ('cii') or all of it. */
export interface PurchaseBanMeasure {
  kind: 'purchaseBan';
  id: string;
  maker: StateCode;
  firm: string;
  scope: 'cii' | 'all';
}

export const purchaseBanSchema = z.strictObject({
  kind: z.literal('purchaseBan'),
  id,
  maker: stateCode,
  firm: id,
  scope: z.enum(['cii', 'all']).default('cii'),
}) satisfies z.ZodType<PurchaseBanMeasure>;

export const purchaseBan: MeasureSpec<PurchaseBanMeasure> = {
  kind: 'purchaseBan',
  name: NAME,
  names: { 'zh-CN': '采购禁令' },
  style: { colour: 'vermillion', pattern: 'crosshatch' },
  hostile: true,
  inStartingWorld: 'shares',
  shapesAccess: true,
  joinable: false,
  makers: (m) => [m.maker],
  targets: (m, homeOf) => homeOfFirm(m.firm, homeOf),
  subject: (m) => ({ firm: m.firm }),
  namedFirm: (m) => m.firm,
  followedFirm: (m) => m.firm,
  check: (m, isKnownFirm) => checkFirm(m.firm, isKnownFirm),
  compile(m, base, policy) {
    const firm = base.firmIndex.get(m.firm);
    if (firm === undefined) return;
    const map = m.scope === 'all' ? policy.banAll : policy.banCii;
    const set = map.get(firm) ?? new Set<number>();
    set.add(stateIndex[m.maker]);
    map.set(firm, set);
  },
  describe: (m, names) =>
    m.scope === 'cii'
      ? `${actor(m.maker)} bars critical-infrastructure operators from buying ${names.firmName(m.firm)}`
      : `${actor(m.maker)} bars all its buyers from buying ${names.firmName(m.firm)}`,
  describeRelax: (m, names) =>
    m.scope === 'cii'
      ? `${actor(m.maker)} lets critical-infrastructure operators buy ${names.firmName(m.firm)} again`
      : `${actor(m.maker)} lets its buyers buy ${names.firmName(m.firm)} again`,
  noun: (act, names) => (act.firm ? `ban on ${names.firmName(act.firm)}` : 'purchase ban'),
  label: (m, firmName) =>
    `${labelStart(m, NAME)} on ${firmName(m.firm)}${m.scope === 'cii' ? ' (critical infrastructure)' : ''}`,
  zh: {
    describe: (m, zh, names) =>
      m.scope === 'cii'
        ? `${zh.state(m.maker)}禁止关键信息基础设施运营者采购${zh.firm(m.firm, names)}的产品`
        : `${zh.state(m.maker)}禁止本国所有买家采购${zh.firm(m.firm, names)}的产品`,
    describeRelax: (m, zh, names) =>
      m.scope === 'cii'
        ? `${zh.state(m.maker)}重新允许关键信息基础设施运营者采购${zh.firm(m.firm, names)}的产品`
        : `${zh.state(m.maker)}重新允许本国买家采购${zh.firm(m.firm, names)}的产品`,
    noun: (act, zh, names) => (act.firm ? `对${zh.firm(act.firm, names)}的采购禁令` : '采购禁令'),
    label: (m, zh, firmName) =>
      `${zh.labelStart(m)}：${zh.labelTarget(m.firm, firmName)}${m.scope === 'cii' ? '（关键信息基础设施）' : ''}`,
  },
  form: {
    fields: [{ field: 'firm' }, { field: 'scope' }],
    aim: (f) => f.firm,
    read: (f, common) => ({ kind: 'purchaseBan', ...common, firm: f.firm.trim(), scope: f.scope }),
    write: (m) => ({ firm: m.firm, scope: m.scope }),
  },
};
