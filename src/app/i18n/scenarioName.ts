// A scenario's name as the language on view says it: a preset's own name, left as the preset wrote it, is the preset's
// title in that language; a name someone typed (or a preset renamed) stays as written.

import { PRESETS } from '../../model/presets.ts';
import { en, type Messages } from './en.ts';

export function scenarioNameIn(scenario: { preset?: string; name: string }, t: Messages = en): string {
  const preset = PRESETS.find((p) => p.id === scenario.preset);
  return preset && scenario.name === preset.scenario.name ? t.presets[preset.id] : scenario.name;
}
