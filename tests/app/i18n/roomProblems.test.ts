// The room's publish and session problems in every language: English as the room always said it (the engine's
// message, byte for byte), Chinese in Chinese, the session checker's reason too.

import { describe, expect, it } from 'vitest';
import { en } from '../../../src/app/i18n/en.ts';
import { zhCN } from '../../../src/app/i18n/zh-CN.ts';
import { readSession } from '../../../src/sim/roomMessages.ts';
import { sessionWords } from '../../../src/app/room/ackWords.ts';
import { formatBytes } from '../../../src/sim/files/validate.ts';
import { MAX_LINK_CHARS } from '../../../src/sim/files/link.ts';

const RAWS: unknown[] = [
  42,
  '{not json',
  JSON.stringify({ v: 2, workspace: '1.x', shown: 0, fingerprint: null }),
  JSON.stringify({ v: 1, workspace: '1.eNqrVg', shown: 0, fingerprint: null }),
];

describe('the room’s session problems', () => {
  it('say in English what the engine says, byte for byte', () => {
    for (const raw of RAWS) {
      const read = readSession(raw);
      if (read.ok) throw new Error('read a bad session');
      const inWorkspace = !read.message.endsWith(`: ${read.detail}`);
      expect(en.roomWords.sessionUnread(read.detail, inWorkspace)).toBe(read.message);
      expect(sessionWords(read.problem)(en)).toBe(read.message);
    }
  });

  it('say in Chinese, the checker’s reason too', () => {
    const said = RAWS.map((raw) => {
      const read = readSession(raw);
      if (read.ok) throw new Error('read a bad session');
      return sessionWords(read.problem)(zhCN);
    });
    for (const zh of said) {
      expect(zh).toMatch(/^无法读取主持人的会话/);
      expect(zh).not.toContain('英文说明');
      expect(zh.replace(/JSON|"[^"]*"|字段 \S+：|Decoupling Lab/g, ''), zh).not.toMatch(/[A-Za-z]{2,}/);
    }
    expect(said[0]).toBe('无法读取主持人的会话：它不是文本。');
    expect(said[3]).toMatch(/^无法读取主持人的会话中的工作区：这个链接已损坏：/);
  });

  it('a workspace too large to publish is said in English as before and in Chinese', () => {
    const size = formatBytes(MAX_LINK_CHARS + 1000);
    const most = formatBytes(MAX_LINK_CHARS);
    expect(en.roomWords.tooLargeForRoom(size, most)).toBe(
      `This workspace is too large for a room (${size} as a link; the most is ${most}). Remove branches or timeline entries.`,
    );
    const zh = zhCN.roomWords.tooLargeForRoom(size, most);
    expect(zh).toContain(size);
    expect(zh.replaceAll(size, '').replaceAll(most, '')).not.toMatch(/[A-Za-z]{2,}/);
  });
});
