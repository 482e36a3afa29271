import { describe, expect, it } from 'vitest';
import { presetScenario } from '../../../src/model/presets.ts';
import { openFile } from '../../../src/app/share/open.ts';
import { newWorkspace } from '../../../src/sim/workspace.ts';
import { deepFreeze } from '../../sim/arbitraries.ts';
import { ACCEPTED_FILES, SCENARIO_CORPUS, WORKSPACE_CORPUS, expectKept } from '../../sim/files/corpus.ts';

const openWorld = () => deepFreeze(newWorkspace(presetScenario('open-world')));

describe('broken and hostile scenario files', () => {
  for (const [name, text, message] of SCENARIO_CORPUS) {
    it(`${name} gives a clear message and leaves the workspace as it was`, () => {
      const current = openWorld();
      expectKept(openFile(current, text()), current, structuredClone(current), message);
    });
  }
});

describe('workspace files whose branches do not fit together', () => {
  for (const [name, text, message] of WORKSPACE_CORPUS) {
    it(`${name} is refused with a message naming the field`, () => {
      const current = openWorld();
      expectKept(openFile(current, text()), current, structuredClone(current), message);
    });
  }
});

describe('files the app opens', () => {
  for (const [name, text] of ACCEPTED_FILES) {
    it(`${name} replaces the workspace`, () => {
      const opened = openFile(openWorld(), text());
      expect(opened.message).toBeNull();
      expect(opened.changed).toBe(true);
    });
  }
});
