// An export control: the maker's firms (and those of allies who join) may not sell items of the listed sectors at or
// above a technology level to the target, a state, one firm, or every foreign buyer. It bites by what is bought
// (policy.itemLevel), not by what the supplier can make.

import { z } from 'zod';
import { ScenarioError } from '../errors.ts';
import { NK, NS, stateIndex } from '../world.ts';
import { actor, listSectors, percent, targetName } from '../words.ts';
import { SECTOR_IDS, STATE_CODES, type SectorId, type StateCode } from '../types.ts';
import {
  homeOfFirm,
  id,
  isState,
  labelStart,
  labelTarget,
  percentText,
  readNumber,
  sectorId,
  sectorsOf,
  share,
  shareOf,
  stateCode,
  type MeasureSpec,
} from './spec.ts';

/** The kind's name in lists, legends and row labels. */
const NAME = 'Export control';

/**
 * The maker's firms (and those of states that join later) may not sell items of the listed sectors at or above the
 * technology threshold to the target: a state, a firm id, or 'ALL' (every foreign buyer).
 */
export interface ExportControlMeasure {
  kind: 'exportControl';
  id: string;
  maker: StateCode;
  target: StateCode | 'ALL' | string;
  sectors: SectorId[];
  /** technology level (0-1) from which items are covered; 0 covers the whole sector */
  threshold: number;
  /** share of covered trade denied (licence denial rate), 0-1 */
  size: number;
  /** states that joined this control after it was imposed (filled in by the align phase) */
  joined?: StateCode[];
}

export const exportControlSchema = z.strictObject({
  kind: z.literal('exportControl'),
  id,
  maker: stateCode,
  /** a state code, a firm id, or ALL; firm ids are checked against the world when it is built */
  target: z.string().min(1).max(80),
  sectors: z.array(sectorId).min(1).max(SECTOR_IDS.length),
  threshold: share.default(0),
  size: share.default(1),
  joined: z.array(stateCode).max(STATE_CODES.length).optional(),
}) satisfies z.ZodType<ExportControlMeasure>;

export const exportControl: MeasureSpec<ExportControlMeasure> = {
  kind: 'exportControl',
  name: NAME,
  names: { 'zh-CN': '出口管制' },
  style: { colour: 'blue', pattern: 'diagonal' },
  hostile: true,
  inStartingWorld: 'shares',
  shapesAccess: true,
  joinable: true,
  makers: (m) => [m.maker, ...(m.joined ?? [])],
  targets(m, homeOf) {
    if (m.target === 'ALL') return 'everyone';
    return isState(m.target) ? [m.target] : homeOfFirm(m.target, homeOf);
  },
  subject: (m) => (m.sectors ? { sectors: m.sectors } : {}),
  namedFirm: (m) => (m.target === 'ALL' || isState(m.target) ? undefined : m.target),
  followedFirm: () => undefined,
  check(m, isKnownFirm) {
    if (m.target !== 'ALL' && !isState(m.target) && !isKnownFirm(m.target))
      return { kind: 'unknown-target', path: 'measure.target', target: m.target };
    return null;
  },
  compile(m, base, policy) {
    const maker = stateIndex[m.maker];
    const makers = [maker, ...(m.joined ?? []).map((c) => stateIndex[c])];
    const rule = { threshold: m.threshold, size: m.size };
    const targetState = stateIndex[m.target as keyof typeof stateIndex];
    if (targetState !== undefined || m.target === 'ALL') {
      for (const sup of makers) {
        for (let buyer = 0; buyer < NS; buyer++) {
          if (buyer === sup) continue;
          if (m.target !== 'ALL' && buyer !== targetState) continue;
          for (const k of sectorsOf(m.sectors)) {
            const idx = (sup * NS + buyer) * NK + k;
            (policy.controls[idx] ??= []).push(rule);
            policy.hasControls = true;
          }
        }
      }
    } else {
      const firm = base.firmIndex.get(m.target);
      if (firm === undefined) return;
      const list = policy.firmControls.get(firm) ?? [];
      list.push({ ...rule, makers: new Set(makers), sectors: new Set(sectorsOf(m.sectors)) });
      policy.firmControls.set(firm, list);
    }
  },
  describe(m, names) {
    const tech = m.threshold > 0 ? ` at technology level ${m.threshold} and above` : '';
    const part = m.size < 1 ? ` (denying ${percent(m.size)} of licences)` : '';
    return `${actor(m.maker)} restricts exports of ${listSectors(m.sectors)}${tech} to ${targetName(m.target, names)}${part}`;
  },
  describeRelax: (m, names) =>
    `${actor(m.maker)} lifts its controls on exports of ${listSectors(m.sectors)} to ${targetName(m.target, names)}`,
  joinedAs: (m, names) => `its controls on ${listSectors(m.sectors)} to ${targetName(m.target, names)}`,
  noun: (act) =>
    act.sectors && act.sectors.length > 0 ? `control on ${listSectors(act.sectors)}` : 'export control',
  label: (m, firmName) =>
    `${labelStart(m, NAME)} on ${labelTarget(m.target, firmName)} (${m.sectors.join(', ')})`,
  zh: {
    describe(m, zh, names) {
      const tech = m.threshold > 0 ? `技术水平${zh.number(m.threshold)}及以上的` : '';
      const part = m.size < 1 ? `（拒发${zh.percent(m.size)}的许可证）` : '';
      return `${zh.state(m.maker)}限制向${zh.target(m.target, names)}出口${tech}${zh.sectors(m.sectors)}${part}`;
    },
    describeRelax: (m, zh, names) =>
      `${zh.state(m.maker)}解除对${zh.target(m.target, names)}的${zh.sectors(m.sectors)}出口管制`,
    joinedAs: (m, zh, names) => `对${zh.target(m.target, names)}的${zh.sectors(m.sectors)}出口管制`,
    noun: (act, zh) =>
      act.sectors && act.sectors.length > 0 ? `对${zh.sectors(act.sectors)}的出口管制` : '出口管制',
    label: (m, zh, firmName) =>
      `${zh.labelStart(m)}：${zh.labelTarget(m.target, firmName)}（${zh.sectorList(m.sectors)}）`,
  },
  form: {
    fields: [
      { field: 'target', targets: 'statesBuyersFirms' },
      { field: 'sectors' },
      { field: 'sizePercent', hint: 'of covered trade (0-100)' },
      { field: 'threshold', hint: '0-1; 0 covers the whole sector' },
    ],
    aim: (f) => f.target,
    read(f, common) {
      if (f.sectors.length === 0) throw new ScenarioError({ kind: 'choose', what: 'sector' });
      return {
        kind: 'exportControl',
        ...common,
        target: f.target,
        sectors: [...f.sectors],
        threshold: readNumber('threshold', f.threshold, 0, 1),
        size: shareOf(readNumber('size', f.sizePercent, 0, 100)),
      };
    },
    write: (m) => ({
      target: m.target,
      sectors: [...m.sectors],
      sizePercent: percentText(m.size),
      threshold: String(m.threshold),
    }),
  },
};
