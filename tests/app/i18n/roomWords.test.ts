// The room's refusals in every language: the relay's answers and the close codes are worded by the catalogs, the
// English as the page always said it, the Chinese in Chinese.

import { describe, expect, it } from 'vitest';
import { closeWords, refusalWords, roomWordsIn } from '../../../src/app/room/connection.ts';
import { en } from '../../../src/app/i18n/en.ts';
import { zhCN } from '../../../src/app/i18n/zh-CN.ts';
import { CLOSE } from '../../../src/relay/codes.ts';

const BASE = 'http://192.168.1.20:4455';
const WHYS = ['unreachable', 'not-relay', 'no-room', 'not-host', 'full', 'bad-request'] as const;

describe('the room’s refusals', () => {
  it('say in English what they always said', () => {
    expect(refusalWords('no-room', BASE)).toBe(
      'Wrong code: this relay has no such room or team. Check the code with the facilitator (letters and digits, dashes optional).',
    );
    expect(refusalWords('unreachable', BASE)).toBe(
      `The room's relay at ${BASE} cannot be reached. Check that \`npm run relay\` is running on the facilitator's machine and that this laptop is on the same network, then try again.`,
    );
    for (const why of WHYS) expect(roomWordsIn(refusalWords(why, BASE), en)).toBe(refusalWords(why, BASE));
  });

  it('say in Chinese every refusal and close code, keeping only the address and the command', () => {
    const texts = [
      ...WHYS.map((why) => refusalWords(why, BASE)),
      ...[CLOSE.noRoom, CLOSE.notHost, CLOSE.full, 4999].map((code) => closeWords(code, BASE)),
    ];
    for (const text of texts) {
      const zh = roomWordsIn(text, zhCN);
      expect(zh, text).toMatch(/[\u4e00-\u9fff]/);
      expect(
        zh
          .replace(BASE, '')
          .replace('`npm run relay`', '')
          .match(/[A-Za-z]{2,}/g),
        zh,
      ).toBeNull();
    }
  });

  it('a sentence the catalogs do not word is shown as it is', () => {
    expect(roomWordsIn('Some detail from elsewhere.', zhCN)).toBe('Some detail from elsewhere.');
  });
});
