// A legend tells the truth about what is drawn: each swatch of a line is in the colour and dash of a line the chart
// draws, so a reader can match them (the what-if chart's swatches were black while its lines were orange).

import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import DifferenceChart from '../../../src/app/charts/DifferenceChart.svelte';
import { presetScenario } from '../../../src/model/presets.ts';
import { runScenario } from '../../../src/model/run.ts';
import type { Scenario } from '../../../src/model/scenario.ts';

const ROUNDS = 6;
const play = (edit: (s: Scenario) => Scenario = (s) => s) =>
  runScenario(edit({ ...presetScenario('micron-2023'), firms: 100, rounds: ROUNDS })).records;
const noBan = (s: Scenario): Scenario => ({
  ...s,
  timeline: s.timeline.filter((e) => !(e.action === 'impose' && e.measure.kind === 'purchaseBan')),
});
const noTimeline = (s: Scenario): Scenario => ({ ...s, timeline: [] });

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? '';
const style = (tag: string) => `${attr(tag, 'stroke')} ${attr(tag, 'stroke-dasharray')}`;

/** the legend's entries (label and swatch, if any) and the lines drawn, as colour-and-dash pairs */
function drawn(body: string) {
  const legend = /<div class="legend[^"]*" role="group"[\s\S]*?<\/div>/.exec(body)?.[0] ?? '';
  const entries = [...legend.matchAll(/<button[\s\S]*?<\/button>/g)].map(([b]) => ({
    label: /<span[^>]*>([^<]*)<\/span>/.exec(b)?.[1] ?? '',
    swatch: /<line[^>]*>/.exec(b)?.[0] ?? null,
  }));
  const lines = [...body.matchAll(/<path class="line[^"]*"[^>]*>/g)].map(([p]) => style(p));
  return { entries, lines: new Set(lines) };
}

describe('the what-if chart’s legend', () => {
  const whatIf = { name: 'Main run', records: play() };
  const props = { whatIf, totalRounds: ROUNDS, current: ROUNDS, onselectround: () => {} };

  it('with one baseline: each panel’s swatch is its line, in the line’s colour and dash, not black', () => {
    const { body } = render(DifferenceChart, {
      props: { ...props, baselines: [{ name: 'No ban', records: play(noBan) }] },
    });
    const { entries, lines } = drawn(body);
    expect(entries.length).toBe(2);
    expect(lines.size).toBeGreaterThan(0);
    for (const e of entries) {
      expect(e.swatch, e.label).not.toBeNull();
      expect(attr(e.swatch!, 'stroke'), e.label).not.toBe('currentColor');
      expect(lines, e.label).toContain(style(e.swatch!));
    }
  });

  it('with several baselines: each baseline’s swatch is drawn, and a panel (several colours) claims none', () => {
    const { body } = render(DifferenceChart, {
      props: {
        ...props,
        baselines: [
          { name: 'No ban', records: play(noBan) },
          { name: 'No measures', records: play(noTimeline) },
        ],
      },
    });
    const { entries, lines } = drawn(body);
    const swatches = entries.filter((e) => e.swatch);
    expect(swatches.map((e) => e.label)).toEqual([
      expect.stringContaining('No ban'),
      expect.stringContaining('No measures'),
    ]);
    for (const e of swatches) expect(lines, e.label).toContain(style(e.swatch!));
    expect(entries.filter((e) => !e.swatch).length).toBe(2);
  });
});
