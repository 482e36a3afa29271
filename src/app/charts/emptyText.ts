// What a line chart says where it has nothing to draw: nothing run yet, the twin not reached yet, or every line hidden.

import { en, type Messages } from '../i18n/en.ts';

export function emptyTextOf(
  rounds: number,
  waitingForTwin: boolean,
  words: Messages['chart'] = en.chart,
): string {
  if (rounds === 0) return words.pressPlay;
  if (waitingForTwin) return words.waitingTwin;
  return words.allHidden;
}
