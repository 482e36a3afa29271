// A subsidy: the maker pays a share of its firms' own costs in the listed sectors, out of its budget (round.ts
// scales the rates down where they would exceed it). Not hostile: it counts toward no escalation.

import { z } from 'zod';
import { ScenarioError } from '../errors.ts';
import { NK, stateIndex } from '../world.ts';
import { actor, listSectors, percent } from '../words.ts';
import { SECTOR_IDS, type SectorId, type StateCode } from '../types.ts';
import {
  id,
  labelStart,
  percentText,
  readNumber,
  sectorId,
  sectorsOf,
  shareOf,
  stateCode,
  type MeasureSpec,
} from './spec.ts';

/** The kind's name in lists, legends and row labels. */
const NAME = 'Subsidy';

/** The maker pays a share of its firms' value added in the listed sectors and funds extra capacity. */
export interface SubsidyMeasure {
  kind: 'subsidy';
  id: string;
  maker: StateCode;
  sectors: SectorId[];
  rate: number;
}

export const subsidySchema = z.strictObject({
  kind: z.literal('subsidy'),
  id,
  maker: stateCode,
  sectors: z.array(sectorId).min(1).max(SECTOR_IDS.length),
  rate: z.number().min(0).max(0.9),
}) satisfies z.ZodType<SubsidyMeasure>;

export const subsidy: MeasureSpec<SubsidyMeasure> = {
  kind: 'subsidy',
  name: NAME,
  names: { 'zh-CN': '补贴' },
  style: { colour: 'bluishGreen', pattern: 'horizontal' },
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
    const maker = stateIndex[m.maker];
    const rate = m.rate * base.params.subsidyScale;
    for (const k of sectorsOf(m.sectors)) policy.subsidy[maker * NK + k] += rate;
  },
  describe: (m) =>
    `${actor(m.maker)} subsidises its ${listSectors(m.sectors)} makers (${percent(m.rate)} of their own costs)`,
  describeRelax: (m) => `${actor(m.maker)} ends its subsidy to its ${listSectors(m.sectors)} makers`,
  noun: () => 'subsidy',
  label: (m) => `${labelStart(m, NAME)} (${m.sectors.join(', ')})`,
  zh: {
    describe: (m, zh) =>
      `${zh.state(m.maker)}补贴本国的${zh.sectors(m.sectors)}生产企业（承担其自身成本的${zh.percent(m.rate)}）`,
    describeRelax: (m, zh) => `${zh.state(m.maker)}停止补贴本国的${zh.sectors(m.sectors)}生产企业`,
    noun: () => '补贴',
    label: (m, zh) => `${zh.labelStart(m)}（${zh.sectorList(m.sectors)}）`,
  },
  form: {
    fields: [{ field: 'sectors' }, { field: 'ratePercent', hint: 'of own costs (0-90)' }],
    aim: () => '',
    read(f, common) {
      if (f.sectors.length === 0) throw new ScenarioError({ kind: 'choose', what: 'sector' });
      const rate = shareOf(readNumber('rate', f.ratePercent, 0, 90));
      return { kind: 'subsidy', ...common, sectors: [...f.sectors], rate };
    },
    write: (m) => ({ sectors: [...m.sectors], ratePercent: percentText(m.rate) }),
  },
};
