// The offline copy's rules in Node (the browser test tests/e2e/schools.test.ts drives the real service worker): the
// build's manifest, which caches activation removes, and where each request is answered from. And the single
// file's policy.

import { describe, expect, it } from 'vitest';
import { offlineManifest, withManifest } from '../../build/offline.ts';
import { singleFilePolicy } from '../../build/singleFile.ts';
import {
  activate,
  cacheName,
  install,
  respond,
  type Caches,
  type OfflineManifest,
} from '../../src/app/offline/serviceWorker.ts';

const SCOPE = 'https://school.example/geography/lab/';
const manifest: OfflineManifest = { version: 'v2', files: ['index.html', 'assets/index-abc.js'] };

/** CacheStorage in memory: cache name -> url -> body. */
function fakeCaches(initial: Record<string, Record<string, string>> = {}) {
  const store = new Map(
    Object.entries(initial).map(([name, files]) => [name, new Map(Object.entries(files))]),
  );
  const fetched: string[] = [];
  const cacheOf = (name: string) => {
    if (!store.has(name)) store.set(name, new Map());
    const files = store.get(name)!;
    return {
      addAll: async (requests: RequestInfo[]) => {
        for (const r of requests) {
          const url = typeof r === 'string' ? r : r.url;
          fetched.push(url);
          files.set(url, `body of ${url}`);
        }
      },
      match: async (r: RequestInfo | URL) => {
        const body = files.get(typeof r === 'string' ? r : r instanceof URL ? r.href : r.url);
        return body === undefined ? undefined : new Response(body);
      },
    };
  };
  const caches: Caches = {
    open: async (name) => cacheOf(name) as unknown as Pick<Cache, 'addAll' | 'match'>,
    keys: async () => [...store.keys()],
    delete: async (name) => store.delete(name),
    match: async (r) => {
      for (const name of store.keys()) {
        const hit = await cacheOf(name).match(r);
        if (hit) return hit;
      }
      return undefined;
    },
  };
  return { caches, store, fetched };
}

const navigation = (url: string) => {
  const request = new Request(url);
  // Node's Request cannot be made with mode 'navigate'; the worker only reads it
  Object.defineProperty(request, 'mode', { value: 'navigate' });
  return request;
};

describe('the build’s manifest', () => {
  const files = [
    { name: 'sw-free.txt', bytes: 'a' },
    { name: 'assets/index-abc.js', bytes: 'code' },
    { name: 'index.html', bytes: '<html>' },
  ];

  it('lists every file with index.html first, and the same files give the same version', () => {
    const m = offlineManifest(files);
    expect(m.files).toEqual(['index.html', 'assets/index-abc.js', 'sw-free.txt']);
    expect(offlineManifest([...files].reverse())).toEqual(m);
  });

  it('gets a new version when any file changes, so a new build gets a new cache', () => {
    const changed = files.map((f) => (f.name === 'index.html' ? { ...f, bytes: '<html lang="en">' } : f));
    expect(offlineManifest(changed).version).not.toBe(offlineManifest(files).version);
  });

  it('is written into sw.js in place of its one placeholder, whatever quotes the minifier chose', () => {
    for (const q of ['"', "'", '`']) {
      const code = withManifest(`var a=JSON.parse(${q}__DECOUPLING_LAB_OFFLINE_MANIFEST__${q});`, manifest);
      expect(code).toBe(`var a=JSON.parse(${JSON.stringify(JSON.stringify(manifest))});`);
      expect(JSON.parse(JSON.parse(code.slice('var a=JSON.parse('.length, -2)))).toEqual(manifest);
    }
    expect(() => withManifest('var a=1;', manifest)).toThrow(/one manifest placeholder, found 0/);
  });
});

describe('the offline copy', () => {
  it('installs every file of the build into this build’s cache', async () => {
    const { caches, store, fetched } = fakeCaches();
    await install(caches, SCOPE, manifest);
    expect(fetched).toEqual([`${SCOPE}index.html`, `${SCOPE}assets/index-abc.js`]);
    expect([...store.keys()]).toEqual([cacheName(SCOPE, manifest)]);
  });

  it('on activation removes this folder’s older copies, and leaves other folders’ and other apps’ caches', async () => {
    const other = 'https://school.example/history/lab/';
    const { caches, store } = fakeCaches({
      [cacheName(SCOPE, { version: 'v1', files: [] })]: {},
      [cacheName(SCOPE, manifest)]: {},
      [cacheName(other, { version: 'v1', files: [] })]: {},
      'someone-else': {},
    });
    await activate(caches, SCOPE, manifest);
    expect([...store.keys()].sort()).toEqual(
      [cacheName(SCOPE, manifest), cacheName(other, { version: 'v1', files: [] }), 'someone-else'].sort(),
    );
  });

  it('serves a page from the network when it can, and the cached index.html when it cannot', async () => {
    const { caches } = fakeCaches({
      [cacheName(SCOPE, manifest)]: { [`${SCOPE}index.html`]: 'cached page' },
    });
    const online = respond(
      caches,
      SCOPE,
      manifest,
      navigation(SCOPE),
      async () => new Response('fresh page'),
    );
    expect(await (await online)!.text()).toBe('fresh page');
    const offline = respond(caches, SCOPE, manifest, navigation(`${SCOPE}?lesson=1`), () =>
      Promise.reject(new TypeError('Failed to fetch')),
    );
    expect(await (await offline)!.text()).toBe('cached page');
  });

  it('serves a rulebook page offline from the cache as itself, not as the app', async () => {
    const rulebook = `${SCOPE}rulebook/model.html`;
    const { caches } = fakeCaches({
      [cacheName(SCOPE, manifest)]: { [`${SCOPE}index.html`]: 'cached page', [rulebook]: 'cached rulebook' },
    });
    const offline = respond(caches, SCOPE, manifest, navigation(rulebook), () =>
      Promise.reject(new TypeError('Failed to fetch')),
    );
    expect(await (await offline)!.text()).toBe('cached rulebook');
  });

  it('serves the build’s files from the cache first, and goes to the network only for what it lacks', async () => {
    const script = `${SCOPE}assets/index-abc.js`;
    const { caches } = fakeCaches({ [cacheName(SCOPE, manifest)]: { [script]: 'cached code' } });
    const network = async (r: Request) => new Response(`network ${r.url}`);
    expect(await (await respond(caches, SCOPE, manifest, new Request(script), network))!.text()).toBe(
      'cached code',
    );
    expect(await (await respond(caches, SCOPE, manifest, new Request(`${SCOPE}x.js`), network))!.text()).toBe(
      `network ${SCOPE}x.js`,
    );
  });

  it('leaves requests outside its folder, and anything but GET, to the network', () => {
    const { caches } = fakeCaches();
    const never = () => Promise.reject(new Error('not asked'));
    expect(respond(caches, SCOPE, manifest, new Request('https://school.example/other/'), never)).toBeNull();
    expect(
      respond(caches, SCOPE, manifest, new Request(SCOPE, { method: 'POST', body: 'x' }), never),
    ).toBeNull();
  });
});

describe('the single file’s policy', () => {
  const policy = singleFilePolicy('sha256-abc=');

  it('runs only the script it carries, starts workers only from blob:, and allows no eval and no network', () => {
    expect(policy).toMatch(/script-src 'sha256-abc='(;|$)/);
    expect(policy).toMatch(/worker-src blob:(;|$)/);
    expect(policy).toMatch(/default-src 'none'/);
    expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|connect-src/);
  });
});
