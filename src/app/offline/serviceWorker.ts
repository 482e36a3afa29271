// The offline copy of the hosted app: what its service worker (sw.ts) does at install, at activation and on each
// request. Plain functions over the parts of the worker's scope they use, so Node tests can drive them with fakes.

/** What the build tells the worker: the name of this build's cache, and every file of the build (relative paths). */
export interface OfflineManifest {
  /** `decoupling-lab-` and a hash of every file the build wrote: a new build gets a new cache */
  version: string;
  /** paths relative to the folder the app is served from, index.html first */
  files: string[];
}

/** The parts of CacheStorage the worker uses (the browser's `caches`). */
export interface Caches {
  open(name: string): Promise<Pick<Cache, 'addAll' | 'match'>>;
  keys(): Promise<string[]>;
  delete(name: string): Promise<boolean>;
  match(request: Request | string, options?: CacheQueryOptions): Promise<Response | undefined>;
}

/** Every cache name of this app in the folder `scope` starts so; other folders on the same site keep their own. */
export const cachePrefix = (scope: string) => `decoupling-lab ${scope} `;

export const cacheName = (scope: string, manifest: OfflineManifest) =>
  `${cachePrefix(scope)}${manifest.version}`;

/**
 * Install: fetch every file of the build into this build's cache, past the browser's HTTP cache, so the cache never
 * mixes two builds. If one file fails, the install fails and the previous copy stays in charge.
 */
export async function install(caches: Caches, scope: string, manifest: OfflineManifest): Promise<void> {
  const cache = await caches.open(cacheName(scope, manifest));
  await cache.addAll(manifest.files.map((file) => new Request(new URL(file, scope), { cache: 'reload' })));
}

/**
 * Activate (once no page uses the previous build): delete the previous builds' caches of this folder. Until then
 * the previous worker serves its pages from its own cache, so an open lesson never mixes two builds.
 */
export async function activate(caches: Caches, scope: string, manifest: OfflineManifest): Promise<void> {
  const keep = cacheName(scope, manifest);
  const names = await caches.keys();
  await Promise.all(
    names.filter((n) => n.startsWith(cachePrefix(scope)) && n !== keep).map((n) => caches.delete(n)),
  );
}

/**
 * Hosts send `Vary` (Origin, Accept-Encoding), and the page's requests carry headers the install's did not; the
 * cached files are one build's, the same whatever the request said, so the match ignores it.
 */
const IGNORE_VARY: CacheQueryOptions = { ignoreVary: true };

/**
 * The answer to a request, or null to leave it to the network. A page (a navigation) comes from the network when it
 * can, so a new build shows as soon as it is online, and when it cannot from the cache: the page itself if the build
 * has it (a rulebook page), else index.html (the app, whatever its query). Other files of the folder are named by
 * their content's hash, so any cached copy is the right one: cache first, network after.
 */
export function respond(
  caches: Caches,
  scope: string,
  manifest: OfflineManifest,
  request: Request,
  fetchFn: (request: Request) => Promise<Response>,
): Promise<Response> | null {
  if (request.method !== 'GET' || !request.url.startsWith(scope)) return null;
  if (request.mode === 'navigate') {
    return fetchFn(request).catch(async (error: unknown) => {
      const cache = await caches.open(cacheName(scope, manifest));
      // a page of the build other than the app's own (the rulebook's), else the app for any address in the folder
      const page =
        (await cache.match(request, IGNORE_VARY)) ??
        (await cache.match(new URL(manifest.files[0], scope).href, IGNORE_VARY));
      if (page) return page;
      throw error;
    });
  }
  return caches.match(request, IGNORE_VARY).then((hit) => hit ?? fetchFn(request));
}
