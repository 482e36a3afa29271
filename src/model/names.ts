// The one vocabulary: how states, blocs, sectors, stacks and kinds of measure are named wherever people read them (the
// narrative, the charts, the tiles, the CLI, the printed report). Codes and ids stay in types.ts; their words live
// here and nowhere else, so a name changed here changes everywhere at once.

import type { Bloc, SectorId, StandardId, StateCode } from './types.ts';

/** A state's full name, for labels and headings. */
export const STATE_NAMES: Record<StateCode, string> = {
  USA: 'United States',
  CHN: 'China',
  EU: 'European Union',
  JPN: 'Japan',
  KOR: 'South Korea',
  TWN: 'Taiwan',
  ROW: 'Rest of world',
};

/** Short names for direct labels at the end of a line, where space is tight. */
export const STATE_SHORT: Record<StateCode, string> = {
  USA: 'USA',
  CHN: 'China',
  EU: 'EU',
  JPN: 'Japan',
  KOR: 'Korea',
  TWN: 'Taiwan',
  ROW: 'RoW',
};

/** How a sentence names the state as an actor ("China bars ...", "the USA restricts ..."). */
export const STATE_ACTORS: Record<StateCode, string> = {
  USA: 'the USA',
  CHN: 'China',
  EU: 'the EU',
  JPN: 'Japan',
  KOR: 'South Korea',
  TWN: 'Taiwan',
  ROW: 'the rest of the world',
};

export const BLOC_NAMES: Record<Bloc, string> = {
  US: 'US-aligned bloc',
  CN: 'China-aligned bloc',
  NA: 'Non-aligned states',
};

/** A sector's name as a label (capitalised); narrate.ts lowers it inside a sentence. */
export const SECTOR_NAMES: Record<SectorId, string> = {
  gallium: 'Gallium',
  germanium: 'Germanium',
  wafers: 'Silicon wafers',
  lithography: 'Lithography tools',
  process: 'Etch and deposition tools',
  memory: 'Memory chips (DRAM and NAND)',
  logic: 'Logic chips',
  telecom: 'Telecom equipment',
  servers: 'Servers',
  phones: 'Phones and PCs',
  cars: 'Cars (electronics)',
};

/** A technology stack's name inside a sentence ("switches to stack A"). */
export const STANDARD_NAMES: Record<StandardId, string> = {
  A: 'stack A',
  B: 'stack B',
};

/** A state's full name from a code that may come from outside (a file, a link): the code itself when unknown. */
export function stateName(code: string): string {
  return Object.hasOwn(STATE_NAMES, code) ? STATE_NAMES[code as StateCode] : code;
}
