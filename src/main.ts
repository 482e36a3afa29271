// Starts the simulator: the worker that runs the engine, the page's state, and the Svelte app.

import { mount } from 'svelte';
import App from './app/App.svelte';
import { AppState } from './app/appState.svelte.ts';
import './app/app.css';
import { registerOfflineCopy } from './app/offline/register.ts';
import { startBatchWorker, startSimWorker } from './app/workers.ts';

const HELP_SEEN = 'decoupling-lab:help-seen';

function readFlag(key: string): boolean {
  try {
    return localStorage.getItem(key) === '1';
  } catch {
    return false;
  }
}

const worker = startSimWorker();
// the pool of "Run N seeds" starts batch workers on demand and terminates them when done or cancelled
const app = new AppState(worker, {
  createWorker: startBatchWorker,
  cores: navigator.hardwareConcurrency,
});
app.helpOpen = !readFlag(HELP_SEEN);

mount(App, {
  target: document.getElementById('app')!,
  props: {
    app,
    onseenhelp: () => {
      try {
        localStorage.setItem(HELP_SEEN, '1');
      } catch {
        // private windows may refuse storage; the hint then shows again next time, which is harmless
      }
    },
  },
});

// the offline copy belongs to the hosted build only: the dev server changes its files, the single file has no server
if (import.meta.env.PROD && import.meta.env.MODE !== 'single') void registerOfflineCopy();
