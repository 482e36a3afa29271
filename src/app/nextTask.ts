// Ends the current task and goes on in a new one, so that the browser can draw, take input and start workers in
// between: the page's start is cut into pieces of a few tens of milliseconds rather than one long task.

interface Scheduler {
  yield?: () => Promise<void>;
}

/** Resolves in a later task: scheduler.yield where the browser has it (Chromium 129+), else a zero timeout. */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
