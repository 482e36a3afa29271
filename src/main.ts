// Starts the simulator: the worker that runs the engine first, then the page (app/startPage.ts).

// first: zod must be told not to compile before any schema is parsed (see jitless.ts); the room's pages, loaded
// later, share the schemas' chunk with this page, which this import then opens
import './sim/jitless.ts';
import './app/app.css';
import { startSimWorker } from './app/workers.ts';

// The first chart waits for the worker's first rounds, and the browser starts a worker only while the page's main
// thread is free: so the worker is asked for here, before the page's modules are fetched and evaluated (a long task
// of their own), and it loads and starts on the other core meanwhile.
const worker = startSimWorker();
// The page's modules are evaluated in two tasks: the workspace's model with its schemas (zod builds each schema as
// its module runs), fetched with the page's own, then the page's, which no longer wait for the first to be fetched.
const model = import('./sim/workspace.ts');
const page = import('./app/startPage.ts');
void model
  .then(() => page)
  .then(({ startPage }) => startPage(worker))
  .catch((e: unknown) => {
    // a part of the page that could not be fetched (a dropped connection, a copy missing a file): say so, not a
    // blank page
    const note = document.createElement('p');
    note.setAttribute('role', 'alert');
    note.textContent = `The simulator could not start (${e instanceof Error ? e.message : String(e)}). Reload the page; if it happens again, the copy of the app may be missing a file. 模拟器无法启动，请重新加载页面。`;
    document.body.prepend(note);
  });
