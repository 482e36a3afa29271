// The calibrated starting world: sectors of the supply chain, the seven states, and the named anchor firms with their
// approximate real shares. Sources are in docs/model.md ("Calibration").

import type { SectorId, StateCode, StateConfig, Tier } from './types.ts';
import { SECTOR_NAMES, STATE_ACTORS, STATE_NAMES } from './names.ts';

export interface SectorSpec {
  id: SectorId;
  label: string;
  tier: Tier;
  /** input cost shares at round-0 prices; the rest of unit cost is the sector's own value added */
  inputs: Partial<Record<SectorId, number>>;
  /** elasticity of substitution between suppliers (CES / Armington) */
  elasticity: number;
  /** quarters a buyer needs to qualify a new supplier of this sector */
  qualificationLag: number;
  /** learning rate: fall in value-added cost per doubling of cumulative output */
  learningRate: number;
  /** whether firms in this sector carry a technology standard */
  standard: boolean;
  /**
   * whether critical-infrastructure operators buy this sector's products (telecom networks, servers in data
   * centres): a CII purchase ban reaches only buyers in these sectors, each state's CII share of them
   */
  critical: boolean;
  /** share of generated firms that fall in this sector */
  generatedShare: number;
  /** where generated firms of this sector are based (weights by state) */
  generatedHomes: Partial<Record<StateCode, number>>;
  /** mean technology level (0-1) of generated firms, by home state; others take 0.4 */
  generatedTech: Partial<Record<StateCode, number>>;
}

export const SECTORS: readonly SectorSpec[] = [
  {
    id: 'gallium',
    label: SECTOR_NAMES.gallium,
    tier: 'materials',
    inputs: {},
    elasticity: 2,
    qualificationLag: 2,
    learningRate: 0.05,
    standard: false,
    critical: false,
    generatedShare: 0.02,
    generatedHomes: { CHN: 3, ROW: 2, JPN: 1, EU: 1, KOR: 1 },
    generatedTech: {},
  },
  {
    id: 'germanium',
    label: SECTOR_NAMES.germanium,
    tier: 'materials',
    inputs: {},
    elasticity: 2,
    qualificationLag: 2,
    learningRate: 0.05,
    standard: false,
    critical: false,
    generatedShare: 0.02,
    generatedHomes: { CHN: 3, ROW: 2, EU: 1, USA: 1 },
    generatedTech: {},
  },
  {
    id: 'wafers',
    label: SECTOR_NAMES.wafers,
    tier: 'materials',
    inputs: {},
    elasticity: 2.5,
    qualificationLag: 3,
    learningRate: 0.08,
    standard: false,
    critical: false,
    generatedShare: 0.04,
    generatedHomes: { JPN: 2, TWN: 1, CHN: 2, EU: 1, KOR: 1, USA: 1 },
    generatedTech: { JPN: 0.8, CHN: 0.5 },
  },
  {
    id: 'lithography',
    label: SECTOR_NAMES.lithography,
    tier: 'equipment',
    inputs: { germanium: 0.001, wafers: 0.01 },
    elasticity: 1.5,
    qualificationLag: 6,
    learningRate: 0.1,
    standard: false,
    critical: false,
    generatedShare: 0.02,
    generatedHomes: { JPN: 1, EU: 1, CHN: 2, USA: 1 },
    generatedTech: { EU: 0.8, JPN: 0.7, USA: 0.7, CHN: 0.3 },
  },
  {
    id: 'process',
    label: SECTOR_NAMES.process,
    tier: 'equipment',
    inputs: { wafers: 0.01 },
    elasticity: 1.5,
    qualificationLag: 4,
    learningRate: 0.1,
    standard: false,
    critical: false,
    generatedShare: 0.06,
    generatedHomes: { USA: 2, JPN: 2, EU: 1, CHN: 2, KOR: 1 },
    generatedTech: { USA: 0.75, JPN: 0.7, EU: 0.7, KOR: 0.55, CHN: 0.4 },
  },
  {
    id: 'memory',
    label: SECTOR_NAMES.memory,
    tier: 'chips',
    inputs: { wafers: 0.1, lithography: 0.1, process: 0.15 },
    elasticity: 4,
    qualificationLag: 2,
    learningRate: 0.2,
    standard: false,
    critical: false,
    generatedShare: 0.03,
    generatedHomes: { TWN: 2, CHN: 2, USA: 1, KOR: 1, JPN: 1 },
    generatedTech: { TWN: 0.6, CHN: 0.5, USA: 0.6, KOR: 0.6, JPN: 0.6 },
  },
  {
    id: 'logic',
    label: SECTOR_NAMES.logic,
    tier: 'chips',
    inputs: { wafers: 0.08, lithography: 0.14, process: 0.15, gallium: 0.0005 },
    elasticity: 2,
    qualificationLag: 4,
    learningRate: 0.2,
    standard: false,
    critical: false,
    generatedShare: 0.06,
    generatedHomes: { TWN: 2, CHN: 2, USA: 2, EU: 1, JPN: 1, KOR: 1 },
    generatedTech: { TWN: 0.65, USA: 0.65, CHN: 0.45, EU: 0.5, JPN: 0.5, KOR: 0.55 },
  },
  {
    id: 'telecom',
    label: SECTOR_NAMES.telecom,
    tier: 'devices',
    inputs: { memory: 0.08, logic: 0.2, gallium: 0.001, germanium: 0.0005 },
    elasticity: 3,
    qualificationLag: 2,
    learningRate: 0.1,
    standard: true,
    critical: true,
    generatedShare: 0.1,
    generatedHomes: { CHN: 2, EU: 1, USA: 1, KOR: 1, JPN: 1, ROW: 1 },
    generatedTech: {},
  },
  {
    id: 'servers',
    label: SECTOR_NAMES.servers,
    tier: 'devices',
    inputs: { memory: 0.3, logic: 0.3 },
    elasticity: 3,
    qualificationLag: 2,
    learningRate: 0.1,
    standard: true,
    critical: true,
    generatedShare: 0.15,
    generatedHomes: { USA: 2, CHN: 2, TWN: 2, EU: 1, JPN: 1, ROW: 1 },
    generatedTech: {},
  },
  {
    id: 'phones',
    label: SECTOR_NAMES.phones,
    tier: 'devices',
    inputs: { memory: 0.15, logic: 0.25, gallium: 0.0003 },
    elasticity: 3,
    qualificationLag: 1,
    learningRate: 0.1,
    standard: true,
    critical: false,
    generatedShare: 0.25,
    generatedHomes: { CHN: 3, USA: 1, KOR: 1, TWN: 1, JPN: 1, EU: 1, ROW: 2 },
    generatedTech: {},
  },
  {
    id: 'cars',
    label: SECTOR_NAMES.cars,
    tier: 'devices',
    inputs: { memory: 0.03, logic: 0.12, gallium: 0.0002 },
    elasticity: 2,
    qualificationLag: 2,
    learningRate: 0.05,
    standard: false,
    critical: false,
    generatedShare: 0.25,
    generatedHomes: { EU: 2, JPN: 2, USA: 2, CHN: 2, KOR: 1, ROW: 1 },
    generatedTech: {},
  },
];

export const TIERS: readonly Tier[] = ['materials', 'equipment', 'chips', 'devices'];

export function sectorSpec(id: SectorId): SectorSpec {
  const spec = SECTORS.find((s) => s.id === id);
  if (!spec) throw new Error(`unknown sector ${id}`);
  return spec;
}

export interface StateSpec {
  code: StateCode;
  name: string;
  /** how the narrative names the state as an actor ("China bars ...") */
  actor: string;
  /** share of world final demand for devices at round 0 */
  demandShare: number;
  defaults: StateConfig;
}

/**
 * Alignment follows voting and alliance ties as of 2022; demand shares follow approximate shares of world
 * electronics consumption. CII shares are of the critical sectors' demand, telecom equipment a third of it and servers
 * two thirds (DEVICE_DEMAND). China's is 1: its 2023 ban on Micron reached every server buyer (Reuters, October 2025:
 * Micron left the server business in mainland China and kept selling to phone and car makers). The USA's, Japan's,
 * the EU's and Taiwan's 0.4 read the reach of their rules on Chinese network gear: every network operator (a third)
 * and government buyers of servers, about 12% of data-centre systems (Gartner), so 1/3 + 2/3 x 0.12, about 0.4
 * (docs/calibration-sources.md). Korea's and the rest of the world's are assumptions: no such rule to read.
 */
export const STATES: readonly StateSpec[] = [
  {
    code: 'USA',
    name: STATE_NAMES.USA,
    actor: STATE_ACTORS.USA,
    demandShare: 0.24,
    defaults: { strategy: 'passive', alignment: 1, ciiShare: 0.4, subsidyBudget: 0.05, forgiveness: 1 / 3 },
  },
  {
    code: 'CHN',
    name: STATE_NAMES.CHN,
    actor: STATE_ACTORS.CHN,
    demandShare: 0.26,
    defaults: { strategy: 'passive', alignment: -1, ciiShare: 1, subsidyBudget: 0.1, forgiveness: 1 / 3 },
  },
  {
    code: 'EU',
    name: STATE_NAMES.EU,
    actor: STATE_ACTORS.EU,
    demandShare: 0.18,
    defaults: {
      strategy: 'passive',
      alignment: 0.55,
      ciiShare: 0.4,
      subsidyBudget: 0.05,
      forgiveness: 1 / 3,
    },
  },
  {
    code: 'JPN',
    name: STATE_NAMES.JPN,
    actor: STATE_ACTORS.JPN,
    demandShare: 0.06,
    defaults: { strategy: 'passive', alignment: 0.8, ciiShare: 0.4, subsidyBudget: 0.05, forgiveness: 1 / 3 },
  },
  {
    code: 'KOR',
    name: STATE_NAMES.KOR,
    actor: STATE_ACTORS.KOR,
    demandShare: 0.03,
    defaults: { strategy: 'passive', alignment: 0.6, ciiShare: 0.3, subsidyBudget: 0.05, forgiveness: 1 / 3 },
  },
  {
    code: 'TWN',
    name: STATE_NAMES.TWN,
    actor: STATE_ACTORS.TWN,
    demandShare: 0.02,
    defaults: { strategy: 'passive', alignment: 0.7, ciiShare: 0.4, subsidyBudget: 0.05, forgiveness: 1 / 3 },
  },
  {
    code: 'ROW',
    name: STATE_NAMES.ROW,
    actor: STATE_ACTORS.ROW,
    demandShare: 0.21,
    defaults: { strategy: 'passive', alignment: 0, ciiShare: 0.2, subsidyBudget: 0.02, forgiveness: 1 / 3 },
  },
];

export function stateSpec(code: StateCode): StateSpec {
  const spec = STATES.find((s) => s.code === code);
  if (!spec) throw new Error(`unknown state ${code}`);
  return spec;
}

/** Share of world device demand by sector at round 0 (value at base prices). */
export const DEVICE_DEMAND: Partial<Record<SectorId, number>> = {
  telecom: 0.1,
  servers: 0.2,
  phones: 0.4,
  cars: 0.3,
};

export interface AnchorFirm {
  id: string;
  name: string;
  state: StateCode;
  sector: SectorId;
  /** approximate share of world sector output at round 0 */
  share: number;
  /** technology level 0-1 (1 = leading edge) */
  tech: number;
}

/**
 * Memory shares combine TrendForce's DRAM shares for 4Q22 (weight 0.57) and NAND shares for 1Q24 (weight 0.43), the
 * two markets' approximate 2022 revenue split: Samsung 45.1/36.7, SK hynix 27.7/22.2, Micron 23.0/11.7,
 * Kioxia 0/12.4, WDC 0/11.6. Other sectors' shares are rounded public estimates, marked approximate in the rulebook.
 */
export const ANCHOR_FIRMS: readonly AnchorFirm[] = [
  // materials
  {
    id: 'cn-gallium',
    name: 'Chinese gallium refiners',
    state: 'CHN',
    sector: 'gallium',
    share: 0.8,
    tech: 0.5,
  },
  {
    id: 'jp-gallium',
    name: 'Japanese gallium refiners',
    state: 'JPN',
    sector: 'gallium',
    share: 0.05,
    tech: 0.7,
  },
  {
    id: 'eu-gallium',
    name: 'European gallium refiners',
    state: 'EU',
    sector: 'gallium',
    share: 0.03,
    tech: 0.7,
  },
  {
    id: 'cn-germanium',
    name: 'Chinese germanium refiners',
    state: 'CHN',
    sector: 'germanium',
    share: 0.6,
    tech: 0.5,
  },
  { id: 'umicore', name: 'Umicore', state: 'EU', sector: 'germanium', share: 0.15, tech: 0.8 },
  {
    id: 'us-germanium',
    name: 'US germanium refiners',
    state: 'USA',
    sector: 'germanium',
    share: 0.05,
    tech: 0.7,
  },
  { id: 'shin-etsu', name: 'Shin-Etsu', state: 'JPN', sector: 'wafers', share: 0.27, tech: 0.95 },
  { id: 'sumco', name: 'SUMCO', state: 'JPN', sector: 'wafers', share: 0.22, tech: 0.95 },
  { id: 'globalwafers', name: 'GlobalWafers', state: 'TWN', sector: 'wafers', share: 0.17, tech: 0.9 },
  { id: 'siltronic', name: 'Siltronic', state: 'EU', sector: 'wafers', share: 0.13, tech: 0.9 },
  { id: 'sk-siltron', name: 'SK siltron', state: 'KOR', sector: 'wafers', share: 0.11, tech: 0.85 },
  { id: 'nsig', name: 'NSIG', state: 'CHN', sector: 'wafers', share: 0.04, tech: 0.6 },
  // equipment
  { id: 'asml', name: 'ASML', state: 'EU', sector: 'lithography', share: 0.82, tech: 1 },
  { id: 'nikon', name: 'Nikon', state: 'JPN', sector: 'lithography', share: 0.09, tech: 0.75 },
  { id: 'canon', name: 'Canon', state: 'JPN', sector: 'lithography', share: 0.06, tech: 0.65 },
  { id: 'smee', name: 'SMEE', state: 'CHN', sector: 'lithography', share: 0.01, tech: 0.35 },
  {
    id: 'applied-materials',
    name: 'Applied Materials',
    state: 'USA',
    sector: 'process',
    share: 0.3,
    tech: 0.95,
  },
  { id: 'lam-research', name: 'Lam Research', state: 'USA', sector: 'process', share: 0.25, tech: 0.95 },
  { id: 'tokyo-electron', name: 'Tokyo Electron', state: 'JPN', sector: 'process', share: 0.22, tech: 0.9 },
  {
    id: 'asm-international',
    name: 'ASM International',
    state: 'EU',
    sector: 'process',
    share: 0.05,
    tech: 0.9,
  },
  { id: 'naura', name: 'Naura', state: 'CHN', sector: 'process', share: 0.04, tech: 0.55 },
  { id: 'amec', name: 'AMEC', state: 'CHN', sector: 'process', share: 0.02, tech: 0.6 },
  // chips
  { id: 'samsung', name: 'Samsung', state: 'KOR', sector: 'memory', share: 0.415, tech: 0.95 },
  { id: 'sk-hynix', name: 'SK hynix', state: 'KOR', sector: 'memory', share: 0.253, tech: 0.95 },
  { id: 'micron', name: 'Micron', state: 'USA', sector: 'memory', share: 0.181, tech: 0.95 },
  { id: 'kioxia', name: 'Kioxia', state: 'JPN', sector: 'memory', share: 0.053, tech: 0.9 },
  { id: 'western-digital', name: 'Western Digital', state: 'USA', sector: 'memory', share: 0.05, tech: 0.9 },
  { id: 'ymtc', name: 'YMTC', state: 'CHN', sector: 'memory', share: 0.017, tech: 0.9 },
  { id: 'cxmt', name: 'CXMT', state: 'CHN', sector: 'memory', share: 0.014, tech: 0.75 },
  { id: 'tsmc', name: 'TSMC', state: 'TWN', sector: 'logic', share: 0.45, tech: 1 },
  { id: 'intel', name: 'Intel', state: 'USA', sector: 'logic', share: 0.2, tech: 0.9 },
  { id: 'samsung-foundry', name: 'Samsung Foundry', state: 'KOR', sector: 'logic', share: 0.1, tech: 0.95 },
  { id: 'smic', name: 'SMIC', state: 'CHN', sector: 'logic', share: 0.05, tech: 0.8 },
  { id: 'globalfoundries', name: 'GlobalFoundries', state: 'USA', sector: 'logic', share: 0.04, tech: 0.7 },
  { id: 'umc', name: 'UMC', state: 'TWN', sector: 'logic', share: 0.04, tech: 0.7 },
  { id: 'infineon', name: 'Infineon', state: 'EU', sector: 'logic', share: 0.03, tech: 0.65 },
  // devices
  { id: 'huawei', name: 'Huawei', state: 'CHN', sector: 'telecom', share: 0.29, tech: 0.9 },
  { id: 'ericsson', name: 'Ericsson', state: 'EU', sector: 'telecom', share: 0.24, tech: 0.9 },
  { id: 'nokia', name: 'Nokia', state: 'EU', sector: 'telecom', share: 0.19, tech: 0.9 },
  { id: 'zte', name: 'ZTE', state: 'CHN', sector: 'telecom', share: 0.1, tech: 0.8 },
  { id: 'cisco', name: 'Cisco', state: 'USA', sector: 'telecom', share: 0.08, tech: 0.9 },
  {
    id: 'samsung-networks',
    name: 'Samsung Networks',
    state: 'KOR',
    sector: 'telecom',
    share: 0.03,
    tech: 0.85,
  },
  { id: 'dell', name: 'Dell', state: 'USA', sector: 'servers', share: 0.17, tech: 0.85 },
  { id: 'hpe', name: 'HPE', state: 'USA', sector: 'servers', share: 0.13, tech: 0.85 },
  { id: 'inspur', name: 'Inspur', state: 'CHN', sector: 'servers', share: 0.1, tech: 0.75 },
  { id: 'lenovo', name: 'Lenovo', state: 'CHN', sector: 'servers', share: 0.06, tech: 0.75 },
  { id: 'supermicro', name: 'Supermicro', state: 'USA', sector: 'servers', share: 0.06, tech: 0.8 },
  { id: 'foxconn', name: 'Foxconn (server ODM)', state: 'TWN', sector: 'servers', share: 0.1, tech: 0.8 },
  { id: 'apple', name: 'Apple', state: 'USA', sector: 'phones', share: 0.22, tech: 0.95 },
  {
    id: 'samsung-electronics',
    name: 'Samsung Electronics (devices)',
    state: 'KOR',
    sector: 'phones',
    share: 0.2,
    tech: 0.9,
  },
  { id: 'xiaomi', name: 'Xiaomi', state: 'CHN', sector: 'phones', share: 0.12, tech: 0.75 },
  { id: 'oppo', name: 'OPPO', state: 'CHN', sector: 'phones', share: 0.09, tech: 0.75 },
  { id: 'vivo', name: 'vivo', state: 'CHN', sector: 'phones', share: 0.08, tech: 0.75 },
  { id: 'sony', name: 'Sony', state: 'JPN', sector: 'phones', share: 0.02, tech: 0.85 },
  { id: 'toyota', name: 'Toyota', state: 'JPN', sector: 'cars', share: 0.12, tech: 0.8 },
  { id: 'volkswagen', name: 'Volkswagen', state: 'EU', sector: 'cars', share: 0.1, tech: 0.8 },
  { id: 'byd', name: 'BYD', state: 'CHN', sector: 'cars', share: 0.06, tech: 0.7 },
  { id: 'hyundai', name: 'Hyundai', state: 'KOR', sector: 'cars', share: 0.08, tech: 0.75 },
  { id: 'general-motors', name: 'General Motors', state: 'USA', sector: 'cars', share: 0.07, tech: 0.75 },
  { id: 'tesla', name: 'Tesla', state: 'USA', sector: 'cars', share: 0.03, tech: 0.85 },
];

export const ANCHOR_IDS: ReadonlySet<string> = new Set(ANCHOR_FIRMS.map((f) => f.id));

/** Smallest and largest world the model builds (firms, anchors included). */
export const MIN_FIRMS = 100;
export const MAX_FIRMS = 20000;
export const DEFAULT_FIRMS = 400;
