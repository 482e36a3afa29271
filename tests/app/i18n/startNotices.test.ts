// What the page says as it opens, and when a name is refused, in every language: a link that cannot be read, a link
// or an autosave in an older format, and a saved name refused. English is as the page always said it (tests and the
// dedupe compare it); the Chinese says it in Chinese, the link checker's reason too.

import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/app/i18n/en.ts';
import { zhCN } from '../../../src/app/i18n/zh-CN.ts';
import { startingWorkspace } from '../../../src/app/share/start.ts';
import { AUTOSAVE_KEY, NOTICE_WORDS, noticeIn, WorkspaceStore } from '../../../src/app/share/storage.ts';
import { presetScenario } from '../../../src/model/presets.ts';
import { shareHash, toBase64Url } from '../../../src/sim/files/link.ts';
import { newWorkspace } from '../../../src/sim/workspace.ts';
import { FakeStorage } from '../share/fakeStorage.ts';

const fallback = newWorkspace(presetScenario('micron-2023'));
const autosaved = newWorkspace(presetScenario('two-blocs'));
const none = { workspace: null, notice: null };
const OLDER = 'was saved by an older version of Decoupling Lab and has been updated to the current format.';

function damagedHash(): string {
  const made = shareHash(newWorkspace(presetScenario('tariff-war-2018')));
  if (!made.ok) throw new Error(made.message);
  return made.hash.slice(0, -10);
}

/** no Latin words left in a Chinese sentence once the app's name and the quoted English detail are taken out */
const latinLeft = (zh: string) =>
  zh
    .replace(/Decoupling Lab/g, '')
    .replace(/英文说明：[^）]*/g, '')
    .match(/[A-Za-z]{2,}/g);

describe('a link that cannot be read as the page opens', () => {
  it('is said in English as it always was', () => {
    const withSave = startingWorkspace(damagedHash(), { workspace: autosaved, notice: null }, fallback);
    expect(withSave.alerts[0]).toMatch(
      /^This link is damaged.*Decoupling Lab opened your autosaved work instead\.$/,
    );
    expect(noticeIn(withSave.alerts[0], en)).toBe(withSave.alerts[0]);
    const fresh = startingWorkspace(damagedHash(), none, fallback);
    expect(fresh.alerts[0]).toMatch(/ Decoupling Lab opened the default scenario instead\.$/);
  });

  it('is said in Chinese, the checker’s reason too, saying what opened instead', () => {
    const withSave = startingWorkspace(damagedHash(), { workspace: autosaved, notice: null }, fallback);
    const zh = noticeIn(withSave.alerts[0], zhCN);
    expect(NOTICE_WORDS.has(withSave.alerts[0])).toBe(true);
    expect(zh).toMatch(/^这个链接已损坏：.*。Decoupling Lab 改为打开了你自动保存的工作/);
    expect(zh).not.toContain('英文说明');
    expect(latinLeft(zh)).toBeNull();
    expect(noticeIn(startingWorkspace(damagedHash(), none, fallback).alerts[0], zhCN)).toContain('默认情景');
  });
});

describe('a link or an autosave in an older format', () => {
  it('a link’s notice is the English it was, and Chinese in Chinese', () => {
    const { version: _version, ...bare } = presetScenario('detente');
    const token = `1.${toBase64Url(zlibSync(new TextEncoder().encode(JSON.stringify(bare))))}`;
    const start = startingWorkspace(`#w=${token}`, none, fallback);
    expect(start.notices).toEqual([`This link ${OLDER}`]);
    expect(noticeIn(start.notices[0], zhCN)).toBe(zhCN.notices.linkUpdated);
    expect(latinLeft(zhCN.notices.linkUpdated)).toBeNull();
  });

  it('an autosave’s notice is the English it was, and Chinese in Chinese', () => {
    const storage = new FakeStorage();
    storage.setItem(AUTOSAVE_KEY, JSON.stringify(presetScenario('detente')));
    const restored = new WorkspaceStore(storage).restore();
    expect(restored.workspace).not.toBeNull();
    expect(restored.notice).toBe(`Your autosaved work ${OLDER}`);
    expect(noticeIn(restored.notice!, zhCN)).toBe(zhCN.notices.autosaveUpdated);
    expect(latinLeft(zhCN.notices.autosaveUpdated)).toBeNull();
  });
});

describe('a saved name refused', () => {
  it('says why in English as before and in Chinese', () => {
    const store = new WorkspaceStore(new FakeStorage());
    const empty = store.save('   ', fallback);
    const long = store.save('n'.repeat(81), fallback);
    if (empty.ok || long.ok) throw new Error('a bad name was saved');
    expect(empty.notice).toBe('A saved scenario needs a name.');
    expect(long.notice).toBe('A name may have at most 80 characters; this one has 81.');
    expect(noticeIn(empty.notice, zhCN)).toBe('已保存的情景需要一个名称。');
    expect(noticeIn(long.notice, zhCN)).toBe('名称最多 80 个字符；这个名称有 81 个。');
  });
});
