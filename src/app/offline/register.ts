// Registers the offline copy (sw.ts) in the hosted build. Not in the dev server (its files change under it), nor in
// the single file opened from disk, where a service worker cannot run.

export async function registerOfflineCopy(): Promise<void> {
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  let registration: ServiceWorkerRegistration;
  try {
    // sw.js sits beside index.html, so its scope is the folder the app is served from, whatever its path
    registration = await navigator.serviceWorker.register('./sw.js');
  } catch (error) {
    // without it the app still runs online; a warning, not an error, because nothing the user did failed
    console.warn('Decoupling Lab: the offline copy could not be set up:', error);
    return;
  }
  // a new build writes a new sw.js; look for it on every visit, since the browser alone may wait much longer
  if (registration.active) {
    registration.update().catch(() => {
      // offline, or the server is down: the copy in hand goes on serving
    });
  }
}
