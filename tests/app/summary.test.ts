import { describe, expect, it } from 'vitest';
import { presetScenario } from '../../src/model/presets.ts';
import { runScenario } from '../../src/model/run.ts';
import { STATE_CODES, type RoundRecord } from '../../src/model/types.ts';
import { twinOf } from '../../src/model/twin.ts';
import { parseScenario } from '../../src/model/scenario.ts';
import { concernsFirm, postedTwinPoint, twinPointOf } from '../../src/sim/effects.ts';
import {
  changeSince,
  costEffectWords,
  signed,
  divergenceWords,
  firmRevenueFrom,
  formatPercent,
  summarise,
} from '../../src/app/summary.ts';

/** a tile's short value is its long one cut down: the same start, the same end, or the same figure in another unit */
const sameFigure = (value: string, short: string) =>
  value.startsWith(short) ||
  value.endsWith(short.split(' ').at(-1)!) ||
  value.split(' ')[0] === short.split(' ')[0];

describe('summary wording', () => {
  it.each([
    [105, 100, '5.0% higher than in Q3 2022'],
    [114.2, 100, '14.2% higher than in Q3 2022'],
    [95.5, 100, '4.5% lower than in Q3 2022'],
    [100.01, 100, 'the same as in Q3 2022'],
  ])('a change from %d to %d reads "%s"', (now, before, text) => {
    expect(changeSince(now, before, 'Q3 2022')).toBe(text);
  });

  it('never prints NaN: a change from zero or from a non-number is "not comparable"', () => {
    expect(changeSince(5, 0, 'Round 0')).toBe('not comparable with Round 0');
    expect(changeSince(NaN, 100, 'Round 0')).toBe('not comparable with Round 0');
  });

  it('gives every change one decimal, small or large, as the event log does', () => {
    expect(formatPercent(0.0523)).toBe('5.2%');
    expect(formatPercent(-0.1449)).toBe('14.5%');
    expect(formatPercent(-0.7104)).toBe('71.0%');
  });

  it.each([
    [0.02, 'share almost all'],
    [0.2, 'still share most'],
    [0.42, 'share little'],
    [0.9, 'separate technology stacks'],
  ])('divergence %d reads as "%s"', (d, words) => {
    expect(divergenceWords(d)).toContain(words);
  });

  it('the Micron preset concerns Micron; the open world does not', () => {
    expect(concernsFirm(presetScenario('micron-2023'), 'micron')).toBe(true);
    expect(concernsFirm(presetScenario('open-world'), 'micron')).toBe(false);
    expect(concernsFirm(presetScenario('two-blocs'), 'micron')).toBe(true);
  });
});

describe('summary of a run', () => {
  const scenario = presetScenario('micron-2023');
  const run = runScenario(scenario);
  const last = run.records.length - 1;

  it('round 0 says costs are where they started', () => {
    const lines = summarise(run.records, 0, run.firms, scenario);
    expect(lines.find((l) => l.id === 'cost')?.text).toBe(
      `Device makers’ input costs are the same as in ${run.records[0].label}.`,
    );
  });

  it('the last round states the cost change since round 0 in its direction', () => {
    const lines = summarise(run.records, last, run.firms, scenario);
    const cost = run.records[last].supplyChainCost.global;
    const text = lines.find((l) => l.id === 'cost')!.text;
    expect(text).toContain(cost > 100 ? 'higher than in Q3 2022' : 'lower than in Q3 2022');
    expect(text).toContain(formatPercent(cost / 100 - 1));
  });

  it('reports Micron’s revenue from China for the Micron preset, matching the records', () => {
    const lines = summarise(run.records, last, run.firms, scenario);
    const micron = lines.find((l) => l.id === 'micron');
    expect(micron).toBeDefined();
    const r = firmRevenueFrom(run.records[last], run.firms, 'micron', 'CHN');
    const r0 = firmRevenueFrom(run.records[0], run.firms, 'micron', 'CHN');
    expect(r0).toBeGreaterThan(0);
    expect(micron!.text).toContain(changeSince(r, r0, 'Q3 2022'));
  });

  it('no line shows NaN or undefined, whatever the round', () => {
    for (let t = 0; t <= last; t++) {
      for (const line of summarise(run.records, t, run.firms, scenario)) {
        expect(`${line.value} ${line.short} ${line.text}`).not.toMatch(/NaN|undefined|Infinity/);
        expect(sameFigure(line.value, line.short)).toBe(true);
      }
    }
  });

  it('the cross-bloc share reads with one decimal so that a small move never reads "up from 37% to 37%"', () => {
    const lines = summarise(run.records, last, run.firms, scenario);
    const text = lines.find((l) => l.id === 'crossBloc')!.text;
    const [now, before] = [...text.matchAll(/(\d+\.\d)%/g)].map((m) => Number(m[1]));
    expect(now).toBeCloseTo(run.records[last].crossBlocTradeShare * 100, 1);
    expect(before).toBeCloseTo(run.records[0].crossBlocTradeShare * 100, 1);
    const x = run.records[last].crossBlocTradeShare;
    const x0 = run.records[0].crossBlocTradeShare;
    // moves under a twentieth of a point read as no move
    expect(text).toContain(Math.abs(x - x0) < 0.0005 ? 'the same as in' : x < x0 ? 'down from' : 'up from');
  });

  it('an unchanged cross-bloc share reads "the same as in" the first round, without repeating the number', () => {
    const still = run.records.slice(0, 1);
    const text = summarise(still, 0, run.firms, scenario).find((l) => l.id === 'crossBloc')!.text;
    expect(text).toMatch(new RegExp(`of all trade, the same as in ${still[0].label}\\.$`));
    expect([...text.matchAll(/%/g)]).toHaveLength(1);
  });

  it('a round past the computed ones shows the last computed round', () => {
    const partial = run.records.slice(0, 3) as RoundRecord[];
    const lines = summarise(partial, 10, run.firms, scenario);
    expect(lines.find((l) => l.id === 'measures')?.value).toBe(String(partial[2].activeMeasures));
  });

  it('says nothing before round 0 exists', () => {
    expect(summarise([], 0, [], scenario)).toEqual([]);
  });
});

describe('effect wording', () => {
  it.each([
    [
      4.5,
      'China’s',
      'Measures have raised China’s input costs by 4.5 points above the same world without them',
    ],
    [
      -0.84,
      'device makers’',
      'Measures have lowered device makers’ input costs by 0.8 points below the same world without them',
    ],
    [1, 'Japan’s', 'Measures have raised Japan’s input costs by 1.0 point above the same world without them'],
    [0.04, 'China’s', 'Measures have left China’s input costs where they would be without them'],
    [-0.01, 'China’s', 'Measures have left China’s input costs where they would be without them'],
    [NaN, 'China’s', 'Measures have left China’s input costs where they would be without them'],
  ])('a cost effect of %d reads "%s … %s"', (effect, whose, text) => {
    expect(costEffectWords(effect, whose)).toBe(text);
  });

  it.each([
    [4.5, 1, '+4.5'],
    [-0.84, 1, '\u22120.8'],
    [-0.001, 2, '0.00'],
    [0, 1, '0.0'],
    [NaN, 1, '–'],
  ])('an effect of %d with %d decimals reads %s', (x, digits, text) => {
    expect(signed(x, digits)).toBe(text);
  });
});

describe('summary of a run against the same world without measures', () => {
  const scenario = presetScenario('micron-2023');
  const run = runScenario(scenario);
  const twin = twinOf(run).records.map(twinPointOf);
  const last = run.records.length - 1;
  const effect = { twin, reading: 'effect' } as const;
  const line = (t: number, id: string) =>
    summarise(run.records, t, run.firms, scenario, effect).find((l) => l.id === id);

  it('by default reads each index against round 0, as before', () => {
    expect(summarise(run.records, last, run.firms, scenario, { twin })).toEqual(
      summarise(run.records, last, run.firms, scenario, { twin, reading: 'raw' }),
    );
    expect(line(last, 'cost')?.text).not.toMatch(/than in Q3 2022/);
  });

  it('gives the cost in index points above the twin, with both indices, never as a change since round 0', () => {
    const points = run.records[last].supplyChainCost.global - twin[last].supplyChainCost.global;
    const cost = line(last, 'cost')!;
    expect(cost.short).toBe(`${signed(points, 1)} pts`);
    expect(cost.text).toContain(costEffectWords(points, 'device makers’'));
    expect(cost.text).toContain(`index ${run.records[last].supplyChainCost.global.toFixed(2)} with them`);
    expect(cost.text).not.toMatch(/round 0|Q3 2022|%/);
    // what a point is, for a reader who sees an effect of tenths of a point
    expect(cost.text).toMatch(
      /a point is a hundredth of what device makers paid for the inputs of each unit/,
    );
  });

  it('never says an effect beside two indices that read the same: in every round the figures agree with the points', () => {
    for (let t = 1; t <= last; t++) {
      const cost = line(t, 'cost')!;
      const m = /index (\d+\.\d+) with them, (\d+\.\d+) without/.exec(cost.text);
      if (!m) continue;
      const shown = Number(m[1]) - Number(m[2]);
      const points = run.records[t]!.supplyChainCost.global - twin[t]!.supplyChainCost.global;
      expect(Math.abs(shown - points), cost.text).toBeLessThan(0.0101);
      if (cost.short !== `${signed(0, 1)} pts`) expect(m[1], cost.text).not.toBe(m[2]);
    }
  });

  it('reads Micron’s China revenue against the twin’s when the worker posts it, and against round 0 when not', () => {
    const twinRun = twinOf(run);
    const posted = twinRun.records.map((r) => postedTwinPoint(r, twinRun.firms, ['micron']));
    const at = 7;
    const tile = summarise(run.records, at, run.firms, scenario, { twin: posted, reading: 'effect' }).find(
      (l) => l.id === 'micron',
    )!;
    const r = firmRevenueFrom(run.records[at], run.firms, 'micron', 'CHN');
    const twinR = firmRevenueFrom(twinRun.records[at], twinRun.firms, 'micron', 'CHN');
    const kept = ((100 * r) / twinR).toFixed(1);
    expect(tile.value).toBe(`${kept}%`);
    expect(tile.label).toBe('Micron’s China revenue, % of world without measures');
    expect(tile.text).toBe(
      `Micron’s revenue from China-headquartered buyers is ${kept}% of what it is in the same world without the measures.`,
    );
    // the lesson's answer: about half of it is left, a year after the ban
    expect(Number(kept)).toBeGreaterThan(40);
    expect(Number(kept)).toBeLessThan(65);
    // a twin without the followed firm's revenue (an older worker's, a report's) keeps the tile against round 0
    expect(line(at, 'micron')!.label).toBe('Micron’s China revenue, % of Q3 2022');
  });

  it('names the state whose costs the measures raise most, with its name as a sentence needs it', () => {
    // Q2 2023 (round 3), when the tool controls bite China's buyers; by the last round every effect is near zero
    const t = 3;
    const worst = line(t, 'worst')!;
    const [top] = STATE_CODES.map((c) => ({
      c,
      e: run.records[t].supplyChainCost[c] - twin[t].supplyChainCost[c],
    })).sort((a, b) => b.e - a.e);
    expect(top.e).toBeGreaterThan(0.5);
    const owner = { USA: 'the United States’', CHN: 'China’s', EU: 'the European Union’s' }[top.c as string];
    expect(owner).toBeDefined();
    expect(worst.text).toBe(
      `Measures have raised ${owner} input costs by ${top.e.toFixed(1)} ${top.e.toFixed(1) === '1.0' ? 'point' : 'points'} above the same world without them.`,
    );
    expect(worst.short).toMatch(new RegExp(`${signed(top.e, 1).replace('+', '\\+')}$`));
  });

  it('says how the measures moved divergence and the cross-bloc share against the twin', () => {
    const d = line(last, 'divergence')!;
    expect(d.short).toBe(signed(run.records[last].standardsDivergence - twin[last].standardsDivergence, 2));
    expect(d.text).toMatch(/^Measures have /);
    const x = line(last, 'crossBloc')!;
    const pp = (run.records[last].crossBlocTradeShare - twin[last].crossBlocTradeShare) * 100;
    expect(x.short).toBe(`${signed(pp, 1)} pts`);
    if (Math.abs(pp) < 0.05) {
      // A change that rounds to 0.0 is said to be none.
      expect(x.text).toContain('Measures have not changed the share of trade between the blocs');
    } else {
      expect(x.text).toContain(
        pp < 0 ? 'Measures have cut trade between the blocs' : 'Measures have raised trade',
      );
      expect(x.text).toContain('percentage points');
    }
  });

  it('names the state whose households lose most, in percent of the twin’s real income', () => {
    const w = line(last, 'welfare')!;
    const worst = STATE_CODES.map((c) => ({
      c,
      w: 100 * (run.records[last].realIncome[c] / twin[last].realIncome[c] - 1),
    })).sort((a, b) => a.w - b.w)[0];
    expect(w.text).toContain(`households can buy ${Math.abs(worst.w).toFixed(1)}% fewer devices`);
    expect(w.text).toContain('than in the same world without the measures');
  });

  it('says plainly at round 0 that measures have had no effect yet', () => {
    expect(line(0, 'cost')?.text).toBe(
      'In Q3 2022, the starting round, measures have had no effect yet: every effect is 0.',
    );
    expect(line(0, 'cost')?.short).toBe('0.0 pts');
    expect(line(0, 'worst')).toBeUndefined();
  });

  it('says plainly that a run without measures is its twin, and every effect 0', () => {
    const open = parseScenario({ ...structuredClone(presetScenario('open-world')), firms: 100, rounds: 6 });
    const openRun = runScenario(open);
    const openTwin = twinOf(openRun).records.map(twinPointOf);
    const lines = summarise(openRun.records, 6, openRun.firms, open, { twin: openTwin, reading: 'effect' });
    const by = (id: string) => lines.find((l) => l.id === id)!;
    expect(by('cost').text).toBe(
      `No measures have been taken since ${openRun.records[0].label}, so this run is the same as the world without them: every effect is 0.`,
    );
    expect(by('cost').short).toBe('0.0 pts');
    expect(by('divergence').short).toBe('0.00');
    expect(by('divergence').text).toMatch(/as in the same world without measures/);
    expect(by('crossBloc').short).toBe('0.0 pts');
    expect(by('welfare').text).toBe(
      'No state’s households are worse off than in the same world without the measures.',
    );
    expect(lines.find((l) => l.id === 'worst')).toBeUndefined();
  });

  it('says the twin is still being computed when it has not reached the round, and never prints NaN', () => {
    const lines = summarise(run.records, last, run.firms, scenario, {
      twin: twin.slice(0, 2),
      reading: 'effect',
    });
    expect(lines[0].text).toBe('The same world without measures is still being computed.');
    for (let t = 0; t <= last; t++)
      for (const l of summarise(run.records, t, run.firms, scenario, effect)) {
        expect(`${l.value} ${l.short} ${l.text}`).not.toMatch(/NaN|undefined|Infinity/);
        expect(sameFigure(l.value, l.short)).toBe(true);
      }
  });
});
