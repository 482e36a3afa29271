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

/**
 * Resolves in a later task of the ordinary kind, a zero timeout: queued behind the tasks already waiting (the worker's
 * messages among them), where a continuation of scheduler.yield would go before them, so that parts of the page built
 * later do not hold up the first chart. Not the background priority of scheduler.postTask: the browser may put such
 * tasks off for as long as the page is busy (a run playing), and with it one run of the lessons' browser test failed.
 */
export function laterTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
