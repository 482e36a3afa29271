// A preset's own name in the language on view: the "Played for ..." line and the printed report name an unedited
// preset by its title in that language, and a name someone typed as written.

import { describe, expect, it } from 'vitest';
import { branchNameIn, savedNameIn, scenarioNameIn } from '../../../src/app/i18n/scenarioName.ts';
import { en } from '../../../src/app/i18n/en.ts';
import { zhCN } from '../../../src/app/i18n/zh-CN.ts';
import { PRESETS, presetScenario } from '../../../src/model/presets.ts';
import { newWorkspace } from '../../../src/sim/workspace.ts';

describe('a scenario’s name', () => {
  it('is the preset’s own name in English, byte for byte', () => {
    for (const p of PRESETS) expect(scenarioNameIn(p.scenario, en)).toBe(p.scenario.name);
  });

  it('is the preset’s Chinese title in Chinese while the name is the preset’s own', () => {
    for (const p of PRESETS) {
      const zh = scenarioNameIn(p.scenario, zhCN);
      expect(zh).toBe(zhCN.presets[p.id]);
      expect(zh).not.toBe(p.scenario.name);
    }
  });

  it('stays as written when someone renamed the preset or wrote their own', () => {
    expect(scenarioNameIn({ preset: 'two-blocs', name: 'Our class’s blocs' }, zhCN)).toBe(
      'Our class’s blocs',
    );
    expect(scenarioNameIn({ name: 'Two blocs' }, zhCN)).toBe('Two blocs');
    expect(scenarioNameIn({ preset: 'no-such-preset', name: 'Two blocs' }, zhCN)).toBe('Two blocs');
  });
});

describe('a saved entry’s name', () => {
  it('is as stored in English', () => {
    for (const name of Object.values(en.saved.keptNames)) expect(savedNameIn(name, en)).toBe(name);
    for (const p of PRESETS) {
      expect(savedNameIn(p.scenario.name, en)).toBe(p.scenario.name);
      expect(savedNameIn(p.title, en)).toBe(p.title);
    }
  });

  it('is the Chinese for the entries the app keeps on its own and for a preset’s name or title', () => {
    for (const [key, name] of Object.entries(en.saved.keptNames)) {
      const zh = savedNameIn(name, zhCN);
      expect(zh).toBe(zhCN.saved.keptNames[key as keyof typeof en.saved.keptNames]);
      expect(zh).not.toMatch(/[A-Za-z]{2,}/);
    }
    for (const p of PRESETS) {
      expect(savedNameIn(p.scenario.name, zhCN)).toBe(zhCN.presets[p.id]);
      expect(savedNameIn(p.title, zhCN)).toBe(zhCN.presets[p.id]);
    }
  });

  it('stays as typed otherwise', () => {
    expect(savedNameIn('Our class, week 3', zhCN)).toBe('Our class, week 3');
  });
});

describe('a branch’s name', () => {
  it('is the first branch’s own name, said in the language on view while left as a new workspace gives it', () => {
    const first = newWorkspace(presetScenario(PRESETS[0]!.id)).branches[0]!.name;
    expect(branchNameIn(first, en)).toBe(first);
    expect(branchNameIn(first, zhCN)).toBe(zhCN.branches.mainName);
    expect(zhCN.branches.mainName).not.toBe(first);
  });

  it('stays as written when someone named or renamed it', () => {
    for (const name of ['What if… (from Q3 2023)', 'No ban', 'Main run, faster', 'main run'])
      expect(branchNameIn(name, zhCN)).toBe(name);
  });
});
