// Starts the simulator: the worker that runs the engine, the page's state, and the Svelte app.

// first: zod must be told not to compile before any schema is parsed (see jitless.ts); the room's pages, loaded
// later, share the schemas' chunk with this page, which this import then opens
import './sim/jitless.ts';
import { mount } from 'svelte';
import App from './app/App.svelte';
import { AppState, type SettingsLevel } from './app/appState.svelte.ts';
import './app/app.css';
import { lessonFromSearch } from './app/lessons/lessons.ts';
import { registerOfflineCopy } from './app/offline/register.ts';
import { language } from './app/i18n/language.svelte.ts';
import { initialLocale, LANGUAGE_KEY } from './app/i18n/locales.ts';
import { startBatchWorker, startSimWorker } from './app/workers.ts';
import { nextTask } from './app/nextTask.ts';

const HELP_SEEN = 'decoupling-lab:help-seen';

function readFlag(key: string): boolean {
  try {
    return localStorage.getItem(key) === '1';
  } catch {
    return false;
  }
}

/**
 * How many settings the scenario panel shows: a lesson's link asks for the simple ones (`?settings=simple`), and
 * otherwise the reader's last choice on this machine is kept; every parameter by default.
 */
const SETTINGS = 'decoupling-lab:settings';
function settingsLevel(): SettingsLevel {
  const asked = new URLSearchParams(location.search).get('settings');
  if (asked === 'simple' || asked === 'all') return asked;
  try {
    return localStorage.getItem(SETTINGS) === 'simple' ? 'simple' : 'all';
  } catch {
    return 'all';
  }
}

/** the language: the reader's last choice on this machine, else the browser's, else English */
function storedLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_KEY);
  } catch {
    return null;
  }
}

// English is part of this script; another language's words are a chunk of their own, fetched from here on while the
// worker starts. The page mounts once they are here, so a reader of Chinese never sees the page drawn in English
// first and then redrawn; if they cannot be fetched, it mounts in English and says so (App.svelte).
const languageShown = language.show(
  initialLocale(storedLanguage(), navigator.languages ?? [navigator.language]),
);

const worker = startSimWorker();

/** The page's state, made once the worker has started (see start). */
function makeApp(): AppState {
  // the pool of "Run N seeds" starts batch workers on demand and terminates them when done or cancelled
  const app = new AppState(worker, {
    createWorker: startBatchWorker,
    cores: navigator.hardwareConcurrency,
  });
  app.helpOpen = !readFlag(HELP_SEEN);
  app.settings = settingsLevel();
  // a lesson's link opens its step, with the simple settings unless the link asks otherwise
  app.lesson = lessonFromSearch(location.search);
  if (app.lesson && !new URLSearchParams(location.search).has('settings')) app.settings = 'simple';
  return app;
}

/**
 * Makes the state and mounts the page, each in a task of its own: the browser starts the worker only when the page's
 * main thread is free, so the modules' evaluation, the state (which asks the worker for the first run) and the
 * mount are cut apart by nextTask, and the worker loads and starts on the other core meanwhile.
 */
async function start() {
  await nextTask();
  const app = makeApp();
  await nextTask();
  document.documentElement.lang = language.locale;
  // a team's laptop in a room (?join or ?join=CODE) draws the facilitator's session with its own worker and saves
  // nothing
  const join = new URLSearchParams(location.search).get('join');
  if (join !== null)
    void import('./app/room/TeamRoom.svelte').then(({ default: TeamRoom }) =>
      mount(TeamRoom, { target: document.getElementById('app')!, props: { app, code: join } }),
    );
  else
    mount(App, {
      target: document.getElementById('app')!,
      props: {
        app,
        onsettings: (level: SettingsLevel) => {
          try {
            localStorage.setItem(SETTINGS, level);
          } catch {
            // private windows may refuse storage; the choice then lasts for this visit only
          }
        },
        onseenhelp: () => {
          try {
            localStorage.setItem(HELP_SEEN, '1');
          } catch {
            // private windows may refuse storage; the hint then shows again next time, which is harmless
          }
        },
      },
    });
}
void languageShown.then(start);

// the offline copy belongs to the hosted build only: the dev server changes its files, the single file has no server
if (import.meta.env.PROD && import.meta.env.MODE !== 'single') void registerOfflineCopy();
