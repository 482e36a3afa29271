// A tariff: the maker charges an ad valorem duty on goods from the target state, on some sectors or all of them.

import { z } from 'zod';
import { ScenarioError } from '../errors.ts';
import { NK, NS, stateIndex } from '../world.ts';
import { actor, listSectors, percent } from '../words.ts';
import { SECTOR_IDS, type SectorId, type StateCode } from '../types.ts';
import {
  id,
  isState,
  labelStart,
  labelTarget,
  percentText,
  readNumber,
  sectorId,
  sectorsOf,
  shareOf,
  stateCode,
  type MeasureSpec,
} from './spec.ts';

/** The kind's name in lists, legends and row labels. */
const NAME = 'Tariff';

/** A tariff the maker charges on goods from the target state (ad valorem, 0.25 = 25%). */
export interface TariffMeasure {
  kind: 'tariff';
  id: string;
  maker: StateCode;
  target: StateCode;
  /** sectors covered; empty or absent means every sector */
  sectors?: SectorId[];
  rate: number;
}

export const tariffSchema = z.strictObject({
  kind: z.literal('tariff'),
  id,
  maker: stateCode,
  target: stateCode,
  sectors: z.array(sectorId).max(SECTOR_IDS.length).optional(),
  rate: z.number().min(0).max(5),
}) satisfies z.ZodType<TariffMeasure>;

export const tariff: MeasureSpec<TariffMeasure> = {
  kind: 'tariff',
  name: NAME,
  names: { 'zh-CN': '关税' },
  style: { colour: 'orange', pattern: 'solid' },
  hostile: true,
  inStartingWorld: 'prices',
  shapesAccess: true,
  joinable: false,
  makers: (m) => [m.maker],
  targets: (m) => [m.target],
  subject: (m) => (m.sectors ? { sectors: m.sectors } : {}),
  namedFirm: () => undefined,
  followedFirm: () => undefined,
  check: () => null,
  compile(m, _base, policy) {
    const maker = stateIndex[m.maker];
    const target = stateIndex[m.target as keyof typeof stateIndex];
    if (target === undefined || target === maker) return;
    for (const k of sectorsOf(m.sectors)) policy.tariff[(maker * NS + target) * NK + k] += m.rate;
  },
  describe(m, _names, replacing) {
    const before = replacing && replacing.kind === 'tariff' ? (replacing as TariffMeasure).rate : undefined;
    const where = `its tariff on ${listSectors(m.sectors)} from ${actor(m.target)}`;
    if (before !== undefined && Math.abs(before - m.rate) < 1e-9) {
      return `${actor(m.maker)} keeps ${where} at ${percent(m.rate)}`;
    }
    const verb = before === undefined ? 'sets' : before < m.rate ? 'raises' : 'lowers';
    return `${actor(m.maker)} ${verb} ${where} to ${percent(m.rate)}`;
  },
  describeRelax: (m) =>
    `${actor(m.maker)} removes its ${percent(m.rate)} tariff on ${listSectors(m.sectors)} from ${actor(m.target)}`,
  noun: (act) => (act.sectors && act.sectors.length > 0 ? `tariff on ${listSectors(act.sectors)}` : 'tariff'),
  label(m, firmName) {
    const sectors = m.sectors && m.sectors.length > 0 ? `, ${m.sectors.join(', ')}` : '';
    const rate = Number.isFinite(m.rate) ? ` (${Math.round(m.rate * 1000) / 10}%${sectors})` : '';
    return `${labelStart(m, NAME)} on ${labelTarget(m.target, firmName)}${rate}`;
  },
  zh: {
    describe(m, zh, _names, replacing) {
      const before = replacing && replacing.kind === 'tariff' ? (replacing as TariffMeasure).rate : undefined;
      const where = `来自${zh.state(m.target)}的${zh.sectors(m.sectors)}`;
      if (before !== undefined && Math.abs(before - m.rate) < 1e-9)
        return `${zh.state(m.maker)}对${where}维持${zh.percent(m.rate)}的关税`;
      if (before === undefined) return `${zh.state(m.maker)}对${where}征收${zh.percent(m.rate)}的关税`;
      return `${zh.state(m.maker)}把对${where}的关税${before < m.rate ? '提高' : '降低'}到${zh.percent(m.rate)}`;
    },
    describeRelax: (m, zh) =>
      `${zh.state(m.maker)}取消对来自${zh.state(m.target)}的${zh.sectors(m.sectors)}征收的${zh.percent(m.rate)}关税`,
    noun: (act, zh) =>
      act.sectors && act.sectors.length > 0 ? `对${zh.sectors(act.sectors)}的关税` : '关税',
    label(m, zh, firmName) {
      const covered = m.sectors && m.sectors.length > 0 ? `；${zh.sectorList(m.sectors)}` : '';
      const rate = Number.isFinite(m.rate) ? `（${zh.percent(m.rate)}${covered}）` : '';
      return `${zh.labelStart(m)}：${zh.labelTarget(m.target, firmName)}${rate}`;
    },
  },
  form: {
    fields: [
      { field: 'target', targets: 'states' },
      { field: 'sectors', hint: 'none ticked: every sector' },
      { field: 'ratePercent', hint: 'of the price (0-500)' },
    ],
    aim: (f) => f.target,
    read(f, common) {
      if (!isState(f.target)) throw new ScenarioError({ kind: 'tariff-state' });
      const rate = shareOf(readNumber('rate', f.ratePercent, 0, 500));
      return {
        kind: 'tariff',
        ...common,
        target: f.target,
        rate,
        ...(f.sectors.length > 0 ? { sectors: [...f.sectors] } : {}),
      };
    },
    write: (m) => ({ target: m.target, sectors: [...(m.sectors ?? [])], ratePercent: percentText(m.rate) }),
  },
};
