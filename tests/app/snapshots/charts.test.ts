// Stored SVG snapshots of the main chart views (issue 9 part 6): each view rendered on the server (svelte/server)
// from the Micron preset's run at its own seed, its <svg> drawings compared with a stored file, so that a change in
// what a chart draws (a line, an axis, a label) shows in review. A change that is meant regenerates them in the same
// commit, with the reason: npx vitest run tests/app/snapshots -u
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import CostChart from '../../../src/app/charts/CostChart.svelte';
import CrossBlocChart from '../../../src/app/charts/CrossBlocChart.svelte';
import DivergenceChart from '../../../src/app/charts/DivergenceChart.svelte';
import EscalationTimeline from '../../../src/app/charts/EscalationTimeline.svelte';
import MemoryShareChart from '../../../src/app/charts/MemoryShareChart.svelte';
import TradeChord from '../../../src/app/charts/TradeChord.svelte';
import { presetScenario } from '../../../src/model/presets.ts';
import { runScenario } from '../../../src/model/run.ts';
import { twinOf } from '../../../src/model/twin.ts';
import { twinPointOf } from '../../../src/sim/effects.ts';

const scenario = presetScenario('micron-2023');
const run = runScenario(scenario);
const twin = twinOf(run).records.map(twinPointOf);
const base = { records: run.records, totalRounds: scenario.rounds, current: scenario.rounds };

/**
 * The drawings of a rendered view: its <svg> elements, without Svelte's markers and scoped-style class names (which
 * change with any style edit and say nothing about what is drawn).
 */
function drawings(view: Component<never>, props: Record<string, unknown>): string {
  const { body } = render(view as Component<Record<string, unknown>>, { props });
  const svgs = body.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
  return `${svgs
    .map((svg) =>
      svg
        .replace(/<!--[\s\S]*?-->/g, '')
        .replace(/ ?svelte-[a-z0-9]+/g, '')
        .replace(/ class=""/g, '')
        .replace(/></g, '>\n<'),
    )
    .join('\n\n')}\n`;
}

const VIEWS: Array<[string, Component<never>, Record<string, unknown>]> = [
  ['cost-raw', CostChart as Component<never>, { ...base, reading: 'raw' }],
  ['cost-effect', CostChart as Component<never>, { ...base, twin, reading: 'effect' }],
  ['divergence', DivergenceChart as Component<never>, { ...base, twin, reading: 'effect' }],
  ['cross-bloc', CrossBlocChart as Component<never>, { ...base, twin, reading: 'effect' }],
  ['trade-chord', TradeChord as Component<never>, base],
  ['memory-share', MemoryShareChart as Component<never>, { ...base, firms: run.firms }],
  ['escalation', EscalationTimeline as Component<never>, { ...base, firms: run.firms }],
];

describe('the main views draw what they drew when their snapshot was stored', () => {
  for (const [name, view, props] of VIEWS) {
    it(`${name}: the stored SVG`, async () => {
      const svg = drawings(view, props);
      expect(svg).toMatch(/<svg[\s\S]*<path /);
      await expect(svg).toMatchFileSnapshot(`./__snapshots__/${name}.svg`);
    });
  }

  it('a changed run draws another picture: the snapshots would catch it', () => {
    const other = runScenario({ ...scenario, seed: scenario.seed + 1 });
    const props = { ...base, records: other.records, reading: 'raw' };
    expect(drawings(CostChart as Component<never>, props)).not.toBe(
      drawings(CostChart as Component<never>, { ...base, reading: 'raw' }),
    );
  });
});
