import { describe, expect, it } from 'vitest';
import { emptyTextOf } from '../../../src/app/charts/emptyText.ts';

describe('emptyTextOf', () => {
  it.each([
    [0, false, 'Press play to run'],
    [0, true, 'Press play to run'],
    [3, true, 'The same world without measures is still being computed'],
    [3, false, 'Every series is hidden: pick one above'],
  ])('with %d rounds and waiting for the twin %s says "%s"', (rounds, waiting, text) => {
    expect(emptyTextOf(rounds, waiting)).toBe(text);
  });
});
