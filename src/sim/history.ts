// Undo and redo for the workspace: every user edit is one immer producer whose patches are kept, so a step back
// replays the inverse patches and a step forward the patches. The present stays frozen (immer's auto-freeze), so
// nothing can change history behind the view's back.

import { applyPatches, enablePatches, produceWithPatches, type Draft, type Patch } from 'immer';

enablePatches();

/** most edits kept for undo: a workshop's afternoon, small enough that the patches never matter for memory */
export const MAX_UNDO = 200;

export interface HistoryStep {
  /** what the edit did, in words ("Remove the Micron ban"), for the undo button's title */
  label: string;
  patches: Patch[];
  inverse: Patch[];
}

export interface History<T> {
  present: T;
  past: readonly HistoryStep[];
  future: readonly HistoryStep[];
}

export function startHistory<T>(present: T): History<T> {
  const [frozen] = produceWithPatches(present, () => {});
  return { present: frozen as T, past: [], future: [] };
}

/**
 * Applies one edit. A recipe that changes nothing leaves the history as it was (no empty undo step); a recipe that
 * throws leaves it as it was too, and the error reaches the caller.
 */
export function edit<T>(history: History<T>, label: string, recipe: (draft: Draft<T>) => void): History<T> {
  const [next, patches, inverse] = produceWithPatches(history.present, recipe);
  return record(history, label, next as T, patches, inverse);
}

/** Replaces the present outright (a new preset), still as one undoable step. */
export function replace<T>(history: History<T>, label: string, value: T): History<T> {
  const [next, patches, inverse] = produceWithPatches(history.present, () => value);
  return record(history, label, next as T, patches, inverse);
}

function record<T>(
  history: History<T>,
  label: string,
  next: T,
  patches: Patch[],
  inverse: Patch[],
): History<T> {
  if (patches.length === 0) return history;
  const past = [...history.past, { label, patches, inverse }];
  return {
    present: next,
    past: past.length > MAX_UNDO ? past.slice(past.length - MAX_UNDO) : past,
    future: [],
  };
}

export function canUndo<T>(history: History<T>): boolean {
  return history.past.length > 0;
}

export function canRedo<T>(history: History<T>): boolean {
  return history.future.length > 0;
}

export function undo<T>(history: History<T>): History<T> {
  const step = history.past[history.past.length - 1];
  if (!step) return history;
  return {
    present: applyPatches(history.present as object, step.inverse) as T,
    past: history.past.slice(0, -1),
    future: [step, ...history.future],
  };
}

export function redo<T>(history: History<T>): History<T> {
  const step = history.future[0];
  if (!step) return history;
  return {
    present: applyPatches(history.present as object, step.patches) as T,
    past: [...history.past, step],
    future: history.future.slice(1),
  };
}
