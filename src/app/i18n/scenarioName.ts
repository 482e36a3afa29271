// A scenario's name as the language on view says it: a preset's own name, left as the preset wrote it, is the preset's
// title in that language; a name someone typed (or a preset renamed) stays as written. A saved entry's name is data
// in browser storage: the names the app gives the entries it keeps on its own, and a preset's name or title, are
// said in the language on view; any other name as it was typed.

import { PRESETS } from '../../model/presets.ts';
import { MAIN_BRANCH_NAME } from '../../sim/workspace.ts';
import { en, type Messages } from './en.ts';

export function scenarioNameIn(scenario: { preset?: string; name: string }, t: Messages = en): string {
  const preset = PRESETS.find((p) => p.id === scenario.preset);
  return preset && scenario.name === preset.scenario.name ? t.presets[preset.id] : scenario.name;
}

/**
 * A branch's name as the language on view says it: the name a new workspace's first branch is given ("Main run"), left
 * as it was, in that language; any other name as it was typed. Files keep the name as stored where they hold the
 * workspace (links, saved files) or name the download (App.svelte fileBase).
 */
export function branchNameIn(name: string, t: Messages = en): string {
  return name === MAIN_BRANCH_NAME ? t.branches.mainName : name;
}

/** A saved entry's name in the saved-scenarios list and its notices. */
export function savedNameIn(name: string, t: Messages = en): string {
  for (const key of Object.keys(en.saved.keptNames) as (keyof Messages['saved']['keptNames'])[])
    if (name === en.saved.keptNames[key]) return t.saved.keptNames[key];
  const preset = PRESETS.find((p) => name === p.title || name === p.scenario.name);
  // English keeps the name as stored (a preset's scenario name may differ from its title)
  return preset && t.presets[preset.id] !== en.presets[preset.id] ? t.presets[preset.id] : name;
}
