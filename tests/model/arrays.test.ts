import { describe, expect, it } from 'vitest';
import { madeInTask, newFloat64, newInt32, newUint8, recycling } from '../../src/model/arrays.ts';
import { presetScenario } from '../../src/model/presets.ts';
import { parseScenario } from '../../src/model/scenario.ts';
import { playSeed } from '../../src/sim/ensemble.ts';
import { ensembleTasks } from '../../src/sim/ensembleReport.ts';

describe('recycled arrays', () => {
  it('outside a task every array is new', () => {
    const a = newFloat64(5);
    a[0] = 1;
    expect(newFloat64(5)).not.toBe(a);
    expect(newUint8(3)).toEqual(new Uint8Array(3));
  });

  it('a task takes the arrays the task before it made, cleared', () => {
    const first = recycling(() => {
      const a = newFloat64(7);
      a.fill(3);
      const b = newUint8(4);
      b.fill(9);
      return { a, b };
    });
    const second = recycling(() => ({ a: newFloat64(7), b: newUint8(4), c: newFloat64(7) }));
    // the memory is kept, not the array: a new view of it, so caches kept per array never see the last task's
    expect(second.a.buffer).toBe(first.a.buffer);
    expect(second.a).not.toBe(first.a);
    expect(second.b.buffer).toBe(first.b.buffer);
    expect(second.a).toEqual(new Float64Array(7));
    expect(second.b).toEqual(new Uint8Array(4));
    // one spare of that size: the next is new
    expect(second.c.buffer).not.toBe(first.a.buffer);
  });

  it('a long array is given room to spare, and a task asking for a little less or more takes the same memory', () => {
    const first = recycling(() => newFloat64(13_846).fill(2));
    expect(first.length).toBe(13_846);
    expect(first.buffer.byteLength).toBe(14 * 8192);
    const shorter = recycling(() => newFloat64(13_749));
    expect(shorter.buffer).toBe(first.buffer);
    expect(shorter).toEqual(new Float64Array(13_749));
    const longer = recycling(() => newFloat64(13_900));
    expect(longer.buffer).toBe(first.buffer);
    expect(longer).toEqual(new Float64Array(13_900));
    const bytes = recycling(() => newUint8(9_000).fill(1));
    const fewer = recycling(() => newUint8(8_500));
    expect(fewer.buffer).toBe(bytes.buffer);
    expect(fewer).toEqual(new Uint8Array(8_500));
    // the memory serves any kind of array
    const ints = recycling(() => newInt32(2_100));
    expect(ints.buffer).toBe(bytes.buffer);
    expect(ints).toEqual(new Int32Array(2_100));
  });

  it('knows the arrays made within the task running now', () => {
    const outside = newFloat64(3);
    recycling(() => {
      expect(madeInTask(newFloat64(3))).toBe(true);
      expect(madeInTask(outside)).toBe(false);
    });
    expect(madeInTask(outside)).toBe(false);
  });

  it('two arrays alive in one task are never the same array', () => {
    recycling(() => [newFloat64(6), newFloat64(6), newFloat64(6)]);
    const arrays = recycling(() => [newFloat64(6), newFloat64(6), newFloat64(6), newFloat64(6)]);
    expect(new Set(arrays.map((a) => a.buffer)).size).toBe(4);
  });

  it('a task that throws still gives its arrays back, and the next one runs', () => {
    let made: Float64Array | null = null;
    expect(() =>
      recycling(() => {
        made = newFloat64(11);
        throw new Error('stop');
      }),
    ).toThrow('stop');
    expect(recycling(() => newFloat64(11)).buffer).toBe(made!.buffer);
    expect(newFloat64(11).buffer).not.toBe(made!.buffer);
  });

  it('a seed played after others gives the same series as the seed played first', () => {
    const tasks = ensembleTasks(parseScenario(presetScenario('micron-2023')), [], 3);
    const alone = playSeed(tasks[2]);
    playSeed(tasks[0]);
    playSeed(tasks[1]);
    expect(playSeed(tasks[2])).toEqual(alone);
  });
});
