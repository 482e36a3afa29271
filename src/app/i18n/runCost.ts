// What a large run will take, in the reader's language: src/sim/cost.ts's describeCost with the words from a catalog
// (the English reads exactly as describeCost does; tests/app/i18n/runCost.test.ts holds them together).

import type { RunCost } from '../../sim/cost.ts';
import type { Messages } from './en.ts';

export function describeCostIn(cost: RunCost, words: Messages['runCost']): string {
  const { seconds, bytes } = cost;
  const minutes = Math.round(seconds / 60);
  const duration =
    seconds < 10
      ? words.fewSeconds
      : seconds < 90
        ? words.seconds(Math.round(seconds / 10) * 10)
        : minutes < 90
          ? words.minutes(minutes)
          : words.hours(Math.round(minutes / 60));
  const mb = bytes / (1024 * 1024);
  const memory = mb >= 1024 ? `${(mb / 1024).toFixed(1)} GB` : `${Math.max(1, Math.round(mb / 10) * 10)} MB`;
  return words.about(duration, memory);
}
