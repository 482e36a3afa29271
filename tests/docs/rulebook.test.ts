// Keeps the rulebook (docs/model.md) true to the model: every parameter with its default, and every preset, strategy
// and measure kind the model knows, must be documented there.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PARAM_SPECS } from '../../src/model/params.ts';
import { STATES } from '../../src/model/calibration.ts';
import { PRESET_IDS } from '../../src/model/presets.ts';
import { MEASURE_KINDS } from '../../src/model/measures/index.ts';
import { STRATEGY_IDS } from '../../src/model/types.ts';

const RULEBOOK = readFileSync(new URL('../../docs/model.md', import.meta.url), 'utf8');

/** A default as the rulebook writes it: as in the code, except long fractions (1/3) to three decimals. */
function formatDefault(value: number): string {
  const plain = String(value);
  return Number(value.toFixed(3)) === value ? plain : value.toFixed(3);
}

function tableRows(doc: string): string[][] {
  return doc
    .split('\n')
    .filter((line) => line.trimStart().startsWith('|'))
    .map((line) =>
      line
        .trim()
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((cell) => cell.trim()),
    );
}

/** Parameters with no table row that names `key` and has a cell holding exactly its default. */
function undocumentedParams(doc: string, specs: readonly { key: string; default: number }[]): string[] {
  const rows = tableRows(doc);
  return specs
    .filter(
      (spec) =>
        !rows.some(
          (cells) => cells.includes(`\`${spec.key}\``) && cells.includes(formatDefault(spec.default)),
        ),
    )
    .map((spec) => spec.key);
}

/** Ids that no heading of the document names in backticks. */
function idsWithoutHeading(doc: string, ids: readonly string[]): string[] {
  const headings = doc.split('\n').filter((line) => /^#{1,6} /.test(line));
  return ids.filter((id) => !headings.some((h) => h.includes(`\`${id}\``)));
}

describe('the rulebook', () => {
  it('lists every parameter in a table row with its default as the code has it', () => {
    expect(undocumentedParams(RULEBOOK, PARAM_SPECS)).toEqual([]);
  });

  it('gives every state’s defaults in the state table as the code has them', () => {
    const rows = tableRows(RULEBOOK);
    for (const st of STATES) {
      const row = rows.find((cells) => cells[0]?.endsWith(`(${st.code})`));
      const d = st.defaults;
      expect(row?.slice(1, 7), st.code).toEqual([
        ...[d.alignment, d.ciiShare, d.subsidyBudget, d.forgiveness, st.demandShare].map(formatDefault),
        `\`${d.strategy}\``,
      ]);
    }
  });

  it('gives every preset a section headed by its id', () => {
    expect(idsWithoutHeading(RULEBOOK, PRESET_IDS)).toEqual([]);
  });

  it('gives every retaliation strategy a section headed by its id', () => {
    expect(idsWithoutHeading(RULEBOOK, STRATEGY_IDS)).toEqual([]);
  });

  it('gives every measure kind a section headed by its id', () => {
    expect(idsWithoutHeading(RULEBOOK, MEASURE_KINDS)).toEqual([]);
  });
});

describe('the rulebook checks', () => {
  const table = [
    '| Key | Default |',
    '| --- | ------- |',
    '| `alpha` | 0.3 |',
    '| `beta` | 0.333 |',
    '| `gamma` | 80 |',
  ].join('\n');

  it('write a long fraction such as 1/3 as 0.333 and short numbers as the code has them', () => {
    expect(formatDefault(1 / 3)).toBe('0.333');
    expect(formatDefault(0.3)).toBe('0.3');
    expect(formatDefault(80)).toBe('80');
    expect(formatDefault(-2)).toBe('-2');
  });

  it('accept a table that names every parameter with its default', () => {
    const specs = [
      { key: 'alpha', default: 0.3 },
      { key: 'beta', default: 1 / 3 },
      { key: 'gamma', default: 80 },
    ];
    expect(undocumentedParams(table, specs)).toEqual([]);
  });

  it('report a parameter whose row is missing', () => {
    const specs = [
      { key: 'alpha', default: 0.3 },
      { key: 'delta', default: 1 },
    ];
    expect(undocumentedParams(table, specs)).toEqual(['delta']);
  });

  it('report a parameter whose row shows another default', () => {
    expect(undocumentedParams(table, [{ key: 'alpha', default: 0.25 }])).toEqual(['alpha']);
  });

  it('report a parameter whose default only appears as part of another number', () => {
    expect(undocumentedParams('| `alpha` | 0.35 |', [{ key: 'alpha', default: 0.3 }])).toEqual(['alpha']);
  });

  it('report a parameter that appears in prose but in no table row', () => {
    expect(undocumentedParams('The default of `alpha` is 0.3.', [{ key: 'alpha', default: 0.3 }])).toEqual([
      'alpha',
    ]);
  });

  it('report an id that appears only in prose and not in a heading', () => {
    const doc = '## Presets\n\n### `open-world`: Open world\n\nCompare with `two-blocs`.';
    expect(idsWithoutHeading(doc, ['open-world', 'two-blocs'])).toEqual(['two-blocs']);
  });

  /** What a check finds missing in a changed rulebook that it did not already find in the real one. */
  const newlyMissing = (before: string[], after: string[]) => after.filter((id) => !before.includes(id));

  it('find every id of the real lists missing from a rulebook that lacks one of each', () => {
    const lacking = RULEBOOK.replace('### `detente`', '### Detente')
      .replace('### `escalator`', '### Escalator')
      .replace('### `entityListing`', '### Entity listing');
    for (const [ids, removed] of [
      [PRESET_IDS, 'detente'],
      [STRATEGY_IDS, 'escalator'],
      [MEASURE_KINDS, 'entityListing'],
    ] as const) {
      expect(newlyMissing(idsWithoutHeading(RULEBOOK, ids), idsWithoutHeading(lacking, ids))).toEqual([
        removed,
      ]);
    }
  });

  it('find a parameter missing from a rulebook whose row for it was removed', () => {
    const lacking = RULEBOOK.split('\n')
      .filter((line) => !line.startsWith('| `joinLag`'))
      .join('\n');
    expect(
      newlyMissing(undocumentedParams(RULEBOOK, PARAM_SPECS), undocumentedParams(lacking, PARAM_SPECS)),
    ).toEqual(['joinLag']);
  });
});
