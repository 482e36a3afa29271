import { describe, expect, it } from 'vitest';
import { describeCost, type RunCost } from '../../../src/sim/cost.ts';
import { en } from '../../../src/app/i18n/en.ts';
import { zhCN } from '../../../src/app/i18n/zh-CN.ts';
import { describeCostIn } from '../../../src/app/i18n/runCost.ts';

const MB = 1024 * 1024;
const costs = [
  [3, 5 * MB],
  [44, 300 * MB],
  [600, 1536 * MB],
  [20_000, 9000 * MB],
].map(([seconds, bytes]) => ({ seconds, bytes }) as RunCost);

describe('what a large run takes, in words', () => {
  it.each(costs)('the English reads as describeCost does (%j)', (cost) => {
    expect(describeCostIn(cost, en.runCost)).toBe(describeCost(cost));
  });

  it('the Chinese names the time and the memory', () => {
    expect(describeCostIn(costs[2], zhCN.runCost)).toBe('10分钟、1.5 GB内存');
    expect(describeCostIn(costs[0], zhCN.runCost)).toBe('几秒钟、10 MB内存');
  });
});
