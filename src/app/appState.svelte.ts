// The page's state: the workspace with its undo history (the single source of truth for what the user built), the
// runs the worker has made for its branches, and the play head. Views read from here and call its methods; nothing
// else talks to the worker.

import { presetScenario, type PresetId } from '../model/presets.ts';
import type { EditRefusal } from './i18n/editRefusal.ts';
import { ScenarioError, type ScenarioProblem } from '../model/scenario.ts';
import type { FirmDetail } from '../model/columns.ts';
import type { BranchReport } from '../sim/branchReport.ts';
import { canRedo, canUndo, edit, redo, replace, startHistory, undo, type History } from '../sim/history.ts';
import { activeBranch, branchOf, type Recipe } from '../sim/edits.ts';
import {
  applyMessage,
  pendingRun,
  runKey,
  type FromWorker,
  type RunState,
  type ToWorker,
} from '../sim/protocol.ts';
import { comparedIds, scheduleOf, newWorkspace, type BranchSpec, type Workspace } from '../sim/workspace.ts';
import { growsLarge, runBytes, type RunCost } from '../sim/cost.ts';
import { EnsembleState, type EnsembleTarget } from './ensemble/ensembleState.svelte.ts';
import type { BatchWorker } from './ensemble/pool.ts';
import type { LessonId } from './lessons/lessons.ts';
import type { Reading } from './reading.ts';
import { sessionRoundOf } from './humanMoves.ts';

export const DEFAULT_PRESET: PresetId = 'micron-2023';

/** A run's data as a file's text in parts (see AppState.exportRun), with what the status line names. */
export interface ExportedRun {
  /** the text's chunks in order, each a Blob as soon as it came, so the page never holds the text as strings */
  parts: Blob[];
  fingerprint: string;
  seed: number;
}

/** A branch compared with the one on view: its id, its spec, its run key and its run so far (if the worker has one). */
export interface Compared {
  id: string;
  branch: BranchSpec;
  key: string;
  run: RunState | undefined;
}

/** rounds per second the play head moves at; 0 is top speed, one round per animation frame */
export const SPEEDS = [1, 2, 4, 8, 0] as const;
export type Speed = (typeof SPEEDS)[number];

/**
 * memory the runs kept for quick undo and branch switching may hold, by their size (cost.ts's runBytes), not their
 * count: a 400-firm run of 40 rounds is about 1.5 MB, so dozens fit; a 20,000-firm run of 400 rounds is about
 * 500 MB, so none is kept beside the runs on view (which are always kept, whatever their size)
 */
export const KEPT_RUNS_BYTES = 192 * 1024 * 1024;

/** How many settings the scenario panel shows: see ScenarioPanel.svelte. */
export type SettingsLevel = 'simple' | 'all';

/** An edit that would make the world large, waiting for the user's yes (App.svelte asks). */
export interface PendingEdit {
  /** the undo step's label, "Firms 20000" */
  label: string;
  /** what the world would cost after the edit (cost.ts) */
  cost: RunCost;
  /** the firms and rounds kept on a no */
  before: { firms: number; rounds: number };
}

export class AppState {
  history: History<Workspace> = $state.raw(startHistory(newWorkspace(presetScenario(DEFAULT_PRESET))));
  /** runs by key (see runKey); replaced as chunks arrive, never deep-proxied */
  runs: Record<string, RunState> = $state.raw({});
  /** the round the play head is at */
  current = $state(0);
  playing = $state(false);
  speed: Speed = $state(4);
  /** the last edit the workspace refused, with the reason; cleared by the next good edit */
  editError: string | null = $state(null);
  /** why the last edit was refused, as data, where the model's own checks refused it (t.checks.scenario words it) */
  editProblem: ScenarioProblem | null = $state(null);

  /** the last edit's refusal, for a view to say in the language on view (i18n/editRefusal.ts refusalIn) */
  get editRefusal(): EditRefusal | null {
    return this.editError === null ? null : { text: this.editError, problem: this.editProblem };
  }
  /** the "how to use" panel is open (on a first visit, and from the Help button) */
  helpOpen = $state(false);
  /** the guided lesson open, and its step (0-based); null when none is (see lessons/LessonPanel.svelte) */
  lesson: { id: LessonId; step: number } | null = $state(null);
  /** how the numbers read: the effect of the measures against the run's twin (the default), or the raw index */
  reading: Reading = $state('effect');
  /** the scenario panel's settings: the handful a class needs ('simple'), or every parameter with its source */
  settings: SettingsLevel = $state('all');
  /** presentation mode: the side panels hidden, the run's charts and summary large enough to project */
  presenting = $state(false);

  /** an edit that would make the world large, waiting for confirmEdit or cancelEdit, or null */
  pendingEdit: PendingEdit | null = $state.raw(null);

  workspace = $derived(this.history.present);
  active = $derived(activeBranch(this.workspace));
  activeKey = $derived(runKey(this.workspace, this.workspace.active));
  activeRun: RunState | undefined = $derived(this.runs[this.activeKey]);
  /** the branches compared with the one on view, `compare` first (workspace.ts comparedIds), with their runs */
  compared: Compared[] = $derived(
    comparedIds(this.workspace).map((id) => {
      const key = runKey(this.workspace, id);
      return { id, branch: branchOf(this.workspace, id), key, run: this.runs[key] };
    }),
  );
  /** the first compared branch ("Compare with"), as views that compare one branch read it */
  compareBranch = $derived(this.compared[0]?.branch ?? null);
  compareKey = $derived(this.compared[0]?.key ?? null);
  compareRun: RunState | undefined = $derived(this.compared[0]?.run);
  totalRounds = $derived(this.active.scenario.rounds);
  /**
   * the round a hot-seat session is at on the branch on view, or null: teams playing states by hand have not all
   * settled their moves for the round after it, so the play head goes no further (humanMoves.ts sessionRoundOf)
   */
  holdAt: number | null = $derived(sessionRoundOf(this.active));
  /** last round computed so far for the branch on view */
  computed = $derived(Math.max(0, (this.activeRun?.records.length ?? 1) - 1));
  /** the round shown: the play head, unless the worker has not reached it yet */
  shown = $derived(Math.min(this.current, this.computed));
  canUndo = $derived(canUndo(this.history));
  canRedo = $derived(canRedo(this.history));

  /** the pending edit's recipe and the answer its field waits for */
  #asking: { make: () => Recipe; answers: Array<(applied: boolean) => void> } | null = null;
  #worker: Worker | null = null;
  #job = 0;
  // bookkeeping of the worker conversation, never drawn: a plain Map on purpose
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #jobKeys = new Map<number, string>();
  /** keys in order of last use, most recent last */
  #used: string[] = [];
  /** report requests waiting for the worker's answer, by job */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #reports = new Map<number, { resolve: (r: BranchReport) => void; reject: (e: Error) => void }>();
  /** export requests: the text received so far, by job */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #exports = new Map<
    number,
    { parts: Blob[]; resolve: (r: ExportedRun) => void; reject: (e: Error) => void }
  >();

  /** "Run N seeds": ensembles of the branch on view and the compared ones, and their bands */
  ensembles: EnsembleState;

  /**
   * `worker` plays the run on view; `ensemble.createWorker` starts a batch worker for the pool of "Run N seeds" (none:
   * ensembles say they cannot run), sized from `ensemble.cores` (navigator.hardwareConcurrency).
   */
  constructor(worker: Worker | null, ensemble: { createWorker?: () => BatchWorker; cores?: number } = {}) {
    this.ensembles = new EnsembleState(ensemble.createWorker ?? null, ensemble.cores);
    this.#worker = worker;
    if (worker) worker.onmessage = (e: MessageEvent<FromWorker>) => this.#receive(e.data);
    this.#ensureRuns();
  }

  /** Applies one edit as one undoable step; a refused edit leaves the workspace as it was and says why. */
  apply(label: string, make: () => Recipe): boolean {
    try {
      this.#commit(edit(this.history, label, make()));
      this.editError = null;
      this.editProblem = null;
      return true;
    } catch (e) {
      if (e instanceof ScenarioError) {
        this.editError = e.message;
        this.editProblem = e.problem;
        return false;
      }
      throw e;
    }
  }

  /**
   * An edit that can make the world larger (the firms or the rounds): applied at once, unless it makes the world
   * large (cost.ts growsLarge); then it waits for the user's yes (confirmEdit) or no (cancelEdit), and the world
   * stays as it is meanwhile. Resolves to whether the edit was applied, so that the field can show the old value again.
   */
  applyAsking(label: string, make: () => Recipe): Promise<boolean> {
    let next: History<Workspace>;
    try {
      next = edit(this.history, label, make());
    } catch (e) {
      if (!(e instanceof ScenarioError)) throw e;
      this.editError = e.message;
      this.editProblem = e.problem;
      return Promise.resolve(false);
    }
    const cost = growsLarge(this.workspace, next.present);
    if (!cost) return Promise.resolve(this.apply(label, make));
    // the same edit again while it is asked about (the field's Enter, then its change as the dialog takes the focus)
    const asking = this.#asking;
    if (asking && this.pendingEdit?.label === label)
      return new Promise<boolean>((answer) => asking.answers.push(answer));
    // another question still open is answered no: only the last edit asked about can be applied
    this.cancelEdit();
    const { firms, rounds } = this.active.scenario;
    return new Promise<boolean>((answer) => {
      this.#asking = { make, answers: [answer] };
      this.pendingEdit = { label, cost, before: { firms, rounds } };
    });
  }

  /** The user said yes to the pending edit: it is applied (made again on the workspace as it is now). */
  confirmEdit() {
    const pending = this.pendingEdit;
    const asking = this.#asking;
    this.pendingEdit = null;
    this.#asking = null;
    if (!pending || !asking) return;
    const applied = this.apply(pending.label, asking.make);
    for (const answer of asking.answers) answer(applied);
  }

  /** The user said no to the pending edit: nothing changes. */
  cancelEdit() {
    const asking = this.#asking;
    this.pendingEdit = null;
    this.#asking = null;
    for (const answer of asking?.answers ?? []) answer(false);
  }

  loadPreset(id: PresetId) {
    this.playing = false;
    this.current = 0;
    this.#commit(replace(this.history, `Load preset ${id}`, newWorkspace(presetScenario(id))));
    this.editError = null;
    this.editProblem = null;
  }

  /**
   * Starts afresh with a workspace from outside (a share link or the autosave, when the page opens): no undo step,
   * since there is nothing before it to go back to.
   */
  begin(workspace: Workspace) {
    this.playing = false;
    this.current = 0;
    this.editError = null;
    this.editProblem = null;
    this.#commit(startHistory(workspace));
    this.#toSession();
  }

  /** A hot-seat session opens at the round it is at (a reload, a link, a file), not at round 0. */
  #toSession() {
    if (this.holdAt !== null) this.current = this.holdAt;
  }

  /** Replaces the whole workspace (an opened file, link or saved scenario, or "reset all") as one undoable step. */
  open(workspace: Workspace, label: string) {
    this.playing = false;
    this.current = 0;
    this.editError = null;
    this.editProblem = null;
    this.#commit(replace(this.history, label, workspace));
    this.#toSession();
  }

  /** Back to the default preset with one main line; Undo brings every branch back. */
  resetAll() {
    this.open(newWorkspace(presetScenario(DEFAULT_PRESET)), 'Reset all');
  }

  /**
   * A branch's run in the CLI's report shape (its JSON and CSV exports), made by the worker: the main line's report
   * is exactly what `npm run sim` prints for its scenario, with the effects of its measures added after it.
   */
  report(branchId: string): Promise<BranchReport> {
    const job = ++this.#job;
    const worker = this.#worker;
    if (!worker) return Promise.reject(new Error('the simulator is not running'));
    return new Promise((resolve, reject) => {
      this.#reports.set(job, { resolve, reject });
      worker.postMessage({ type: 'report', job, workspace: this.workspace, branchId });
    });
  }

  /**
   * A branch's run data as the text of a CSV or JSON file, made by the worker and received in chunks, each kept as a
   * Blob at once (the parts of the file's Blob): the largest run's JSON (about 1.4 billion characters at 20,000 firms
   * over 400 rounds) is longer than one string may be, and as strings would fill the page's heap. `firmDetail`
   * says which firms the JSON details round by round: the named firms (as the command line does by default) or all.
   */
  exportRun(
    branchId: string,
    format: 'csv' | 'json',
    firmDetail: FirmDetail = 'named',
  ): Promise<ExportedRun> {
    const job = ++this.#job;
    const worker = this.#worker;
    if (!worker) return Promise.reject(new Error('the simulator is not running'));
    return new Promise((resolve, reject) => {
      this.#exports.set(job, { parts: [], resolve, reject });
      worker.postMessage({ type: 'export', job, workspace: this.workspace, branchId, format, firmDetail });
    });
  }

  /** The branches "Run N seeds" plays: the one on view, then each compared one (each paired with it by seed). */
  get ensembleTargets(): EnsembleTarget[] {
    const ids = [this.workspace.active, ...comparedIds(this.workspace)];
    return ids
      .filter((id, k) => ids.indexOf(id) === k)
      .map((id) => {
        const { root, schedule } = scheduleOf(this.workspace, id);
        return {
          runKey: runKey(this.workspace, id),
          name: branchOf(this.workspace, id).name,
          root,
          schedule,
        };
      });
  }

  /** Plays the branch on view, and the compared ones, at the chosen number of seeds (see EnsembleState.run). */
  runEnsemble(): Promise<void> {
    return this.ensembles.run(this.ensembleTargets);
  }

  undo() {
    this.#commit(undo(this.history));
  }

  redo() {
    this.#commit(redo(this.history));
  }

  /** Moves the play head, never past the round a hot-seat session waits at (holdAt). */
  setCurrent(round: number) {
    const last = this.holdAt ?? this.totalRounds;
    this.current = Math.max(0, Math.min(Math.round(round), this.totalRounds, last));
  }

  step(delta: number) {
    this.playing = false;
    this.setCurrent(Math.min(this.shown + delta, delta > 0 ? this.computed : this.totalRounds));
  }

  reset() {
    this.playing = false;
    this.current = 0;
  }

  togglePlay() {
    if (this.playing) {
      this.playing = false;
      return;
    }
    // a hot-seat session waits here for its teams: Play does not pass it (HumanMoves.svelte says who is waited for)
    if (this.holdAt !== null && this.current >= this.holdAt) return;
    // play from the start again once the end is reached
    if (this.shown >= this.totalRounds) this.current = 0;
    this.playing = true;
  }

  /** Moves the play head on by `rounds` (a fraction is kept by the caller); stops at the end of the run or at `holdAt`. */
  advancePlayHead(rounds: number) {
    if (rounds <= 0) return;
    // a session waiting at this round (or before it: an undo took a round's moves back) goes no further
    if (this.holdAt !== null && this.current >= this.holdAt) {
      this.playing = false;
      return;
    }
    const target = Math.min(this.current + rounds, this.totalRounds, this.holdAt ?? this.totalRounds);
    this.current = Math.min(target, this.computed);
    if (this.current >= this.totalRounds || this.current === this.holdAt) this.playing = false;
  }

  /** Share of the active run computed, for the progress bar. */
  get progress(): number {
    const run = this.activeRun;
    if (!run) return 0;
    if (run.status === 'done') return 1;
    return run.totalRounds > 0 ? Math.max(0, run.records.length - 1) / run.totalRounds : 0;
  }

  #commit(next: History<Workspace>) {
    if (next === this.history) return;
    this.history = next;
    this.#ensureRuns();
  }

  /** Asks the worker for the runs the view needs and cancels those it no longer does. */
  #ensureRuns() {
    const wanted = [this.activeKey, ...this.compared.map((c) => c.key)];
    let runs = this.runs;
    for (const [job, key] of this.#jobKeys) {
      const run = runs[key];
      if (!wanted.includes(key) && run?.status === 'running') {
        this.#post({ type: 'cancel', job });
        const { [key]: _dropped, ...rest } = runs;
        runs = rest;
      }
      if (!runs[key] || runs[key].job !== job) this.#jobKeys.delete(job);
    }
    for (const id of [this.workspace.active, ...comparedIds(this.workspace)]) {
      const key = runKey(this.workspace, id);
      if (runs[key] && runs[key].status !== 'error') continue;
      const job = ++this.#job;
      const { root, schedule } = scheduleOf(this.workspace, id);
      runs = { ...runs, [key]: pendingRun(key, job, branchOf(this.workspace, id).scenario.rounds) };
      this.#jobKeys.set(job, key);
      this.#post({ type: 'run', job, root, schedule });
    }
    this.#used = [...this.#used.filter((k) => !wanted.includes(k)), ...wanted];
    this.#used = keptRuns(this.#used, wanted, runs, KEPT_RUNS_BYTES);
    const keep = this.#used;
    this.runs = Object.fromEntries(Object.entries(runs).filter(([k]) => keep.includes(k)));
  }

  #post(msg: ToWorker) {
    this.#worker?.postMessage(msg);
  }

  #receive(msg: FromWorker) {
    const exporting = this.#exports.get(msg.job);
    if (exporting) {
      if (msg.type === 'exportChunk') exporting.parts.push(new Blob([msg.text]));
      else if (msg.type === 'exported')
        exporting.resolve({ parts: exporting.parts, fingerprint: msg.fingerprint, seed: msg.seed });
      else if (msg.type === 'error') exporting.reject(new Error(msg.message));
      if (msg.type === 'exported' || msg.type === 'error') this.#exports.delete(msg.job);
      return;
    }
    const asked = this.#reports.get(msg.job);
    if (asked) {
      if (msg.type === 'report') asked.resolve(msg.report);
      else if (msg.type === 'error') asked.reject(new Error(msg.message));
      if (msg.type === 'report' || msg.type === 'error') this.#reports.delete(msg.job);
      return;
    }
    const key = this.#jobKeys.get(msg.job);
    if (key === undefined) return;
    const run = this.runs[key];
    if (!run) return;
    this.runs = { ...this.runs, [key]: applyMessage(run, msg) };
    if (msg.type === 'done' || msg.type === 'error') this.#jobKeys.delete(msg.job);
  }
}

/**
 * The run keys to keep, in order of use (most recent last): the runs on view always, then the others from the most
 * recently used back while their memory together stays within the budget.
 */
export function keptRuns(
  used: readonly string[],
  wanted: readonly string[],
  runs: Record<string, RunState>,
  budget: number,
): string[] {
  let total = wanted.reduce((n, k) => n + (runs[k] ? runBytes(runs[k]) : 0), 0);
  // a plain computation, never drawn
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  const kept = new Set(wanted);
  for (let i = used.length - 1; i >= 0; i--) {
    const key = used[i];
    const run = runs[key];
    if (kept.has(key) || !run) continue;
    const size = runBytes(run);
    if (total + size > budget) continue;
    total += size;
    kept.add(key);
  }
  return used.filter((k) => kept.has(k));
}
