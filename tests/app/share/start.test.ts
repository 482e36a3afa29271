import { describe, expect, it } from 'vitest';
import { presetScenario } from '../../../src/model/presets.ts';
import { newWorkspace } from '../../../src/sim/workspace.ts';
import { shareHash } from '../../../src/sim/files/link.ts';
import { shareUrl, startingWorkspace, withoutShareHash } from '../../../src/app/share/start.ts';

const fallback = newWorkspace(presetScenario('micron-2023'));
const autosaved = newWorkspace(presetScenario('two-blocs'));
const linked = newWorkspace(presetScenario('tariff-war-2018'));
const hashOf = (ws: typeof linked) => {
  const made = shareHash(ws);
  if (!made.ok) throw new Error(made.message);
  return made.hash;
};
const none = { workspace: null, notice: null };

describe('the workspace a page opens with', () => {
  it('a link wins over the autosave, which stays underneath so that opening the link can be undone', () => {
    const start = startingWorkspace(hashOf(linked), { workspace: autosaved, notice: null }, fallback);
    expect(start.link).toEqual(linked);
    expect(start.base).toBe(autosaved);
    expect(start.restored).toBe(true);
    expect(start.alerts).toEqual([]);
  });

  it('without a link the autosave is restored, and without either the default opens', () => {
    expect(startingWorkspace('', { workspace: autosaved, notice: null }, fallback)).toMatchObject({
      base: autosaved,
      link: null,
      restored: true,
    });
    expect(startingWorkspace('#other=1', none, fallback)).toMatchObject({
      base: fallback,
      link: null,
      restored: false,
    });
  });

  it('a damaged link is refused with an alert that says what opened instead', () => {
    const hash = hashOf(linked);
    const cut = hash.slice(0, -10);
    const withSave = startingWorkspace(cut, { workspace: autosaved, notice: null }, fallback);
    expect(withSave.link).toBeNull();
    expect(withSave.base).toBe(autosaved);
    expect(withSave.alerts).toEqual([
      expect.stringMatching(/^This link is damaged.*opened your autosaved work instead\.$/),
    ]);
    const fresh = startingWorkspace(cut, none, fallback);
    expect(fresh.alerts[0]).toMatch(/opened the default scenario instead\.$/);
  });

  it('a link from a newer version is refused as such', () => {
    const start = startingWorkspace('#w=9.abc', none, fallback);
    expect(start.alerts[0]).toMatch(/newer version/);
  });

  it('storage notices are passed on as notices, not alerts', () => {
    const start = startingWorkspace(
      '',
      { workspace: null, notice: 'Browser storage is turned off.' },
      fallback,
    );
    expect(start.notices).toEqual(['Browser storage is turned off.']);
    expect(start.alerts).toEqual([]);
  });
});

describe('share addresses', () => {
  it('withoutShareHash drops the workspace from the hash and keeps the rest of the address', () => {
    expect(withoutShareHash('http://x.test/app/?lang=en#w=1.abc')).toBe('http://x.test/app/?lang=en');
    expect(withoutShareHash('http://x.test/#w=1.abc&view=trade')).toBe('http://x.test/#view=trade');
    expect(withoutShareHash('http://x.test/')).toBe('http://x.test/');
    // a hash with no workspace in it is left as written, not rewritten as parameters
    expect(withoutShareHash('http://x.test/#asdf%%$$qwerty')).toBe('http://x.test/#asdf%%$$qwerty');
    expect(withoutShareHash('http://x.test/#charts')).toBe('http://x.test/#charts');
  });

  it('shareUrl puts the workspace hash on the page address in place of an older link', () => {
    expect(shareUrl('http://x.test/app/#w=1.old', '#w=1.new')).toBe('http://x.test/app/#w=1.new');
  });
});
