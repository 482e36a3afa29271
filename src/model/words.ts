// The small words every sentence about a measure shares: how a state acts, how sectors and targets are listed, and
// how a rate reads. The narrative (narrate.ts) and each kind of measure (measures/) build their sentences from these.

import { sectorSpec } from './calibration.ts';
import { STATE_ACTORS } from './names.ts';
import { STATE_CODES, type SectorId, type StateCode } from './types.ts';

/** How sentences name a firm: an anchor's name, or the id of a generated firm. */
export interface NameBook {
  firmName(id: string): string;
}

/** A sector's label inside a sentence: lower case, except acronyms such as DRAM, NAND and PCs. */
export function sectorNoun(k: SectorId): string {
  return sectorSpec(k)
    .label.split(' ')
    .map((w) => ((w.match(/[A-Z]/g) ?? []).length >= 2 ? w : w.toLowerCase()))
    .join(' ');
}

/** "lithography tools", "DRAM and NAND", "all goods" where none are listed. */
export function listSectors(sectors: readonly SectorId[] | undefined): string {
  if (!sectors || sectors.length === 0) return 'all goods';
  const names = sectors.map(sectorNoun);
  if (names.length === 1) return names[0];
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function actor(code: StateCode): string {
  return STATE_ACTORS[code];
}

/** The target of a control in a sentence: a state as an actor, every foreign buyer, or a firm by its name. */
export function targetName(target: string, names: NameBook): string {
  if (target === 'ALL') return 'every foreign buyer';
  const state = STATE_CODES.find((c) => c === target);
  return state ? actor(state) : names.firmName(target);
}

/** 0.251 -> "25.1%" */
export function percent(x: number): string {
  return `${Math.round(x * 1000) / 10}%`;
}

export function capitalise(s: string): string {
  return s.length > 0 ? s[0].toUpperCase() + s.slice(1) : s;
}
