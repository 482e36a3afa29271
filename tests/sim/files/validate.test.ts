import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/model/scenario.ts';
import { scenarioFileText } from '../../../src/app/share/export.ts';
import {
  jsonErrorAt,
  parseFile,
  parseScenarioFields,
  parseScenarioFile,
} from '../../../src/sim/files/validate.ts';
import { ACCEPTED_FILES, SCENARIO_CORPUS, WORKSPACE_CORPUS, micron, micronText } from './corpus.ts';

describe('broken and hostile files', () => {
  for (const [name, text, message] of [...SCENARIO_CORPUS, ...WORKSPACE_CORPUS]) {
    it(`${name} is refused with one sentence that says what is wrong and where`, () => {
      const read = parseFile(text());
      if (read.ok) throw new Error('accepted');
      if (typeof message === 'string') expect(read.message).toBe(message);
      else expect(read.message).toMatch(message);
    });
  }

  for (const [name, text] of ACCEPTED_FILES) {
    it(`${name} is read`, () => {
      const read = parseFile(text());
      expect(read.ok ? null : read.message).toBeNull();
    });
  }

  it('script tags and HTML in names and notes are accepted and kept verbatim, as text', () => {
    const scenario = micron();
    const hostile: Scenario = {
      ...scenario,
      name: '<script>alert("name")</script>',
      description: '<img src=x onerror=alert(1)><b>bold</b>',
      timeline: scenario.timeline.map((e, i) =>
        i === 0 ? { ...e, note: '<iframe src="javascript:alert(1)">' } : e,
      ),
    };
    const read = parseScenarioFile(scenarioFileText(hostile));
    if (!read.ok) throw new Error(read.message);
    expect(read.scenario.name).toBe('<script>alert("name")</script>');
    expect(read.scenario.description).toBe('<img src=x onerror=alert(1)><b>bold</b>');
    expect(read.scenario.timeline[0].note).toBe('<iframe src="javascript:alert(1)">');
  });

  it('a file that starts with a byte-order mark is read', () => {
    const read = parseScenarioFile(`\uFEFF${micronText()}`);
    expect(read).toEqual({ ok: true, scenario: micron(), notice: null });
  });
});

describe('fields to lay over another scenario', () => {
  it('a few fields are read without the schema, and a format-0 field is migrated', () => {
    expect(parseScenarioFields('{ "name": "No ban", "rounds": 4 }')).toEqual({
      ok: true,
      fields: { name: 'No ban', rounds: 4, version: 1 },
    });
    expect(parseScenarioFields('{ "title": "Old", "strategies": { "USA": "passive" } }')).toEqual({
      ok: true,
      fields: { name: 'Old', version: 1, states: { USA: { strategy: 'passive' } } },
    });
  });

  it('refuses what a file is refused for, in the same words', () => {
    for (const text of ['', '[1, 2, 3]', `{"__proto__": {"polluted": true}}`, '{ "version": 2 }']) {
      const fields = parseScenarioFields(text);
      const file = parseFile(text);
      expect(fields.ok).toBe(false);
      expect(file.ok).toBe(false);
      expect(!fields.ok && fields.message).toBe(!file.ok && file.message);
    }
  });
});

describe('locating JSON errors', () => {
  const cases: Array<[string, number]> = [
    ['{"a": 1,}', 8],
    ['{"a" 1}', 5],
    ['[1, 2', 5],
    ['"\\x"', 1],
    ['01', 1],
    ['{"a": tru}', 6],
    ['[1] [2]', 4],
    ['{"a": "line\nbreak"}', 11],
  ];
  for (const [text, at] of cases) {
    it(`finds the error in ${JSON.stringify(text)} at index ${at}`, () => {
      expect(() => JSON.parse(text)).toThrow();
      expect(jsonErrorAt(text)).toBe(at);
    });
  }
});
