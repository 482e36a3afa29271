// The main chart views drawn on the server (svelte/server) from fixed runs and compared with their stored SVG pictures
// (__snapshots__/*.html: each view's legend swatches and plots, one page that opens in any browser): a change in the numbers, the scales, the shapes or the words of a
// chart fails here. When the change is meant (a model change moves every line), rewrite them with
// `npx vitest run tests/app/charts/snapshots.test.ts -u` in the same commit, and look at the pictures.

import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import CostChart from '../../../src/app/charts/CostChart.svelte';
import CrossBlocChart from '../../../src/app/charts/CrossBlocChart.svelte';
import DifferenceChart from '../../../src/app/charts/DifferenceChart.svelte';
import DivergenceChart from '../../../src/app/charts/DivergenceChart.svelte';
import EscalationTimeline from '../../../src/app/charts/EscalationTimeline.svelte';
import MemoryShareChart from '../../../src/app/charts/MemoryShareChart.svelte';
import TradeChord from '../../../src/app/charts/TradeChord.svelte';
import { presetScenario, type PresetId } from '../../../src/model/presets.ts';
import { runScenario, type Run } from '../../../src/model/run.ts';
import type { Scenario } from '../../../src/model/scenario.ts';
import { twinOf } from '../../../src/model/twin.ts';
import { twinPointOf } from '../../../src/sim/effects.ts';

const ROUNDS = 8;
const runs = new Map<string, Run>();
function runOf(id: PresetId, edit: (s: Scenario) => Scenario = (s) => s): Run {
  const key = `${id}/${edit.name}`;
  let run = runs.get(key);
  if (!run) {
    run = runScenario(edit({ ...presetScenario(id), firms: 100, rounds: ROUNDS }));
    runs.set(key, run);
  }
  return run;
}
const noBan = (s: Scenario): Scenario => ({
  ...s,
  timeline: s.timeline.filter((e) => !(e.action === 'impose' && e.measure.kind === 'purchaseBan')),
});

/**
 * The chart's SVG pictures, as a stored file holds them: Svelte's hydration comments and its style-scoping classes
 * (which follow the component's CSS, not the picture) taken out, one element per line.
 */
function pictures<P extends Record<string, unknown>>(component: Component<P>, props: P): string {
  const { body } = render(component, { props });
  const svgs = body.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
  expect(svgs.length, 'the chart draws at least one picture').toBeGreaterThan(0);
  return `<!doctype html>\n<meta charset="utf-8">\n${PAGE_STYLE}\n${svgs
    .join('\n')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/ ?svelte-[a-z0-9]+/g, '')
    .replace(/ class=""/g, '')
    .replace(/></g, '>\n<')}\n`;
}

/** Enough of the app's look for a person to read a stored picture: lines unfilled, the pointer overlay clear. */
const PAGE_STYLE =
  '<style>svg { display: block; margin: 8px; font: 12px sans-serif; } .line, .grid, .domain { fill: none; } ' +
  '.grid { stroke: #ddd; } .overlay { fill: none; } .area { opacity: 0.25; }</style>';

function lineProps(run: Run, reading: 'raw' | 'effect') {
  return {
    records: run.records,
    twin: twinOf(run).records.map(twinPointOf),
    reading,
    totalRounds: ROUNDS,
    current: ROUNDS,
    onselectround: () => {},
    name: 'Main run',
  };
}

describe('the main views, drawn from fixed runs, match their stored pictures', () => {
  const micron = () => runOf('micron-2023');
  const blocs = () => runOf('two-blocs');

  it.each([
    ['cost-effect', () => pictures(CostChart, lineProps(micron(), 'effect'))],
    ['cost-raw', () => pictures(CostChart, lineProps(micron(), 'raw'))],
    ['divergence', () => pictures(DivergenceChart, lineProps(blocs(), 'raw'))],
    ['cross-bloc', () => pictures(CrossBlocChart, lineProps(blocs(), 'effect'))],
    [
      'trade-chord',
      () =>
        pictures(TradeChord, {
          records: blocs().records,
          totalRounds: ROUNDS,
          current: ROUNDS,
          onselectround: () => {},
        }),
    ],
    [
      'memory-share',
      () =>
        pictures(MemoryShareChart, {
          records: micron().records,
          totalRounds: ROUNDS,
          current: ROUNDS,
          onselectround: () => {},
          firms: micron().firms,
          compared: [],
        }),
    ],
    [
      'escalation',
      () =>
        pictures(EscalationTimeline, {
          records: micron().records,
          totalRounds: ROUNDS,
          current: ROUNDS,
          onselectround: () => {},
          firms: micron().firms,
        }),
    ],
    [
      'difference',
      () =>
        pictures(DifferenceChart, {
          baselines: [{ name: 'No ban', records: runOf('micron-2023', noBan).records }],
          whatIf: { name: 'Main run', records: micron().records },
          totalRounds: ROUNDS,
          current: ROUNDS,
          onselectround: () => {},
        }),
    ],
  ])('%s', async (name, draw) => {
    const svg = draw();
    expect(svg).not.toMatch(/NaN|undefined|Infinity/);
    await expect(svg).toMatchFileSnapshot(`__snapshots__/${name}.html`);
  });
});
