// The page itself: its language, its state and the Svelte app, started by main.ts once the simulation worker is on
// its way (see main.ts for why the two are apart).

import { mount } from 'svelte';
import App from './App.svelte';
import { AppState, type SettingsLevel } from './appState.svelte.ts';
import { lessonFromSearch } from './lessons/lessons.ts';
import { registerOfflineCopy } from './offline/register.ts';
import { language } from './i18n/language.svelte.ts';
import { initialLocale, LANGUAGE_KEY } from './i18n/locales.ts';
import { startBatchWorker } from './workers.ts';
import { nextTask } from './nextTask.ts';

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

/** The page's state, made once the worker has started (see startPage). */
function makeApp(worker: Worker): AppState {
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
 * Shows the page in its language, then makes the state and mounts the page, each in a task of its own (nextTask.ts),
 * so that no one of them holds the browser for long. English is part of this script; another language's words are a
 * chunk of their own, fetched first: the page mounts once they are here, so a reader of Chinese never sees the page
 * drawn in English first and then redrawn; if they cannot be fetched, it mounts in English and says so (App.svelte).
 */
export async function startPage(worker: Worker) {
  await language.show(initialLocale(storedLanguage(), navigator.languages ?? [navigator.language]));
  await nextTask();
  const app = makeApp(worker);
  await nextTask();
  document.documentElement.lang = language.locale;
  // a team's laptop in a room (?join or ?join=CODE) draws the facilitator's session with its own worker and saves
  // nothing
  const join = new URLSearchParams(location.search).get('join');
  if (join !== null)
    void import('./room/TeamRoom.svelte').then(({ default: TeamRoom }) =>
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
  // the offline copy belongs to the hosted build only: the dev server changes its files, the single file has no
  // server
  if (import.meta.env.PROD && import.meta.env.MODE !== 'single') void registerOfflineCopy();
}
