// The hosted build's service worker (built to sw.js beside index.html by build/offline.ts, which writes this build's
// manifest in place of the placeholder below): after the first visit the app opens and runs with the network cut.

/// <reference lib="webworker" />
import { activate, install, respond, type OfflineManifest } from './serviceWorker.ts';

declare const self: ServiceWorkerGlobalScope;

const manifest: OfflineManifest = JSON.parse('__DECOUPLING_LAB_OFFLINE_MANIFEST__');
const scope = self.registration.scope;

self.addEventListener('install', (event) => event.waitUntil(install(caches, scope, manifest)));

self.addEventListener('activate', (event) =>
  // claim the open pages: on the very first visit, the workers the page starts later come from the copy too
  event.waitUntil(activate(caches, scope, manifest).then(() => self.clients.claim())),
);

self.addEventListener('fetch', (event) => {
  const answer = respond(caches, scope, manifest, event.request, (r) => fetch(r));
  if (answer) event.respondWith(answer);
});
