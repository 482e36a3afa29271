import { describe, expect, it } from 'vitest';
import { failedModuleUrl, retryingLoader } from '../../../src/app/i18n/packs.ts';

const CHUNK = 'http://localhost:4173/assets/pack.zh-CN-CZmQSg3O.js';

describe('a language pack fetched again after a failure', () => {
  it('reads the URL a failed import names, as Chromium and Firefox word it, and none where there is none', () => {
    expect(failedModuleUrl(new TypeError(`Failed to fetch dynamically imported module: ${CHUNK}`))).toBe(
      CHUNK,
    );
    expect(failedModuleUrl(new TypeError(`error loading dynamically imported module: ${CHUNK}.`))).toBe(
      CHUNK,
    );
    expect(failedModuleUrl(new TypeError('Importing a module script failed.'))).toBeNull();
    expect(failedModuleUrl('offline')).toBeNull();
  });

  it('imports the failed URL under a new query each time after a failure, so a browser that keeps the failure fetches it again', async () => {
    const calls: string[] = [];
    let online = false;
    const loader = retryingLoader(
      async () => {
        calls.push('first');
        throw new TypeError(`Failed to fetch dynamically imported module: ${CHUNK}`);
      },
      async (url) => {
        calls.push(url);
        if (!online) throw new TypeError(`Failed to fetch dynamically imported module: ${url}`);
        return 'words';
      },
    );
    await expect(loader()).rejects.toThrow();
    await expect(loader()).rejects.toThrow();
    online = true;
    await expect(loader()).resolves.toBe('words');
    expect(calls).toEqual(['first', `${CHUNK}?retry=1`, `${CHUNK}?retry=2`]);
  });

  it('tries the first way again where the failure names no URL', async () => {
    let n = 0;
    const loader = retryingLoader(
      async () => {
        n += 1;
        if (n === 1) throw new TypeError('Importing a module script failed.');
        return n;
      },
      async () => {
        throw new Error('not used');
      },
    );
    await expect(loader()).rejects.toThrow();
    await expect(loader()).resolves.toBe(2);
  });
});
