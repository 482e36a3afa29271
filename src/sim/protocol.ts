// The conversation between the page and the simulation worker. The page asks for a branch's run (its main-line
// scenario and schedule); the worker answers with the firms, then the round records in chunks as it makes them, then
// the run's fingerprint. Each chunk of records carries the same rounds of the run's no-measures twin (effects.ts),
// which the worker plays alongside, so the page can show every round against the same world without measures. A
// newer request for the same branch makes the older one moot: the page cancels it. For an
// export the page asks for a branch's run data as CSV or JSON text (the CLI's shape), which the worker makes with a run
// of its own and sends in chunks of text: the report of the largest run, as objects, is more than a structured clone
// can carry, and as one string longer than JavaScript allows.

import type { FirmDetail } from '../model/columns.ts';
import { canonicalJson } from '../model/fingerprint.ts';
import type { ScheduledScenario } from '../model/run.ts';
import type { FingerprintVersion } from '../model/reportStream.ts';
import type { Scenario } from '../model/scenario.ts';
import type { FirmInfo, RoundRecord } from '../model/types.ts';
import type { BranchReport } from './branchReport.ts';
import type { TwinPoint } from './effects.ts';
import { scheduleOf, type Workspace } from './workspace.ts';

export type ToWorker =
  | { type: 'run'; job: number; root: Scenario; schedule: ScheduledScenario[] }
  | { type: 'cancel'; job: number }
  | { type: 'report'; job: number; workspace: Workspace; branchId: string }
  | {
      type: 'export';
      job: number;
      workspace: Workspace;
      branchId: string;
      format: 'csv' | 'json';
      /** which firms the JSON's series details: the named ones unless asked (model/columns.ts FirmDetail) */
      firmDetail?: FirmDetail;
    };

export type FromWorker =
  | { type: 'start'; job: number; firms: FirmInfo[]; totalRounds: number }
  | {
      type: 'records';
      job: number;
      records: RoundRecord[];
      /** the twin's same rounds (the run's world and seed without measures); a chunk without it adds none */
      twin?: TwinPoint[];
    }
  | { type: 'done'; job: number; fingerprint: string; fingerprintVersion: FingerprintVersion; ms: number }
  | { type: 'error'; job: number; message: string }
  | { type: 'report'; job: number; report: BranchReport }
  /** a piece of an export's text, in order; the pieces joined are the file */
  | { type: 'exportChunk'; job: number; text: string }
  | {
      type: 'exported';
      job: number;
      fingerprint: string;
      fingerprintVersion: FingerprintVersion;
      seed: number;
    };

/** characters of export text the worker gathers before it posts them: few messages, none of them huge */
export const EXPORT_CHUNK_CHARS = 4 * 1024 * 1024;

/** most time (ms) the worker keeps finished rounds before it posts them: the page sees progress 20 times a second */
export const FLUSH_MS = 50;

/** Whether the worker should post what it has: the run is over, or enough time has passed since the last post. */
export function shouldFlush(pending: number, sinceLastPostMs: number, done: boolean): boolean {
  return pending > 0 && (done || sinceLastPostMs >= FLUSH_MS);
}

/**
 * What identifies a branch's run: everything the engine reads (the main-line scenario and the schedule), written
 * canonically. A rename changes nothing here, so it runs nothing; an undo back to a known key finds the run again.
 */
export function runKey(workspace: Workspace, branchId: string): string {
  if (!Object.isFrozen(workspace)) return canonicalJson(scheduleOf(workspace, branchId));
  let byBranch = keysOf.get(workspace);
  if (!byBranch) keysOf.set(workspace, (byBranch = new Map()));
  let key = byBranch.get(branchId);
  if (key === undefined) byBranch.set(branchId, (key = canonicalJson(scheduleOf(workspace, branchId))));
  return key;
}

/**
 * Run keys already written, by workspace and branch. The page asks for the same keys many times over for one
 * workspace (the branch on view, the compared ones, the runs to ask for), and a key is the scenario written whole; a
 * frozen workspace (the history's, history.ts) cannot change, so its keys are kept for as long as it lives.
 */
const keysOf = new WeakMap<Workspace, Map<string, string>>();

export interface RunState {
  key: string;
  job: number;
  status: 'running' | 'done' | 'error';
  firms: FirmInfo[];
  /** rounds the finished run will hold after round 0 */
  totalRounds: number;
  /** every round computed so far, round 0 first; replaced (never changed) when a chunk arrives */
  records: RoundRecord[];
  /** the no-measures twin's rounds so far, round 0 first (effects.ts); replaced like records */
  twin: TwinPoint[];
  fingerprint: string | null;
  /** which fingerprint it is (fingerprintVersionFor, branchReport.ts): 1, or 2 for a large world */
  fingerprintVersion: FingerprintVersion | null;
  error: string | null;
  /** ms the worker took for the whole run */
  ms: number | null;
}

export function pendingRun(key: string, job: number, totalRounds: number): RunState {
  return {
    key,
    job,
    status: 'running',
    firms: [],
    totalRounds,
    records: [],
    twin: [],
    fingerprint: null,
    fingerprintVersion: null,
    error: null,
    ms: null,
  };
}

/** The run after one message from the worker; messages for another job leave it as it was. */
export function applyMessage(run: RunState, msg: FromWorker): RunState {
  if (msg.job !== run.job) return run;
  switch (msg.type) {
    case 'start':
      return { ...run, firms: msg.firms, totalRounds: msg.totalRounds };
    case 'records': {
      // a chunk continues where the last one stopped; anything else is a stale or repeated message
      const first = msg.records[0];
      if (!first || first.round !== run.records.length) return run;
      // the twin's rounds continue its own list the same way; a twin that does not is left out, never misaligned
      const twin = msg.twin && msg.twin[0]?.round === run.twin.length ? [...run.twin, ...msg.twin] : run.twin;
      return { ...run, records: [...run.records, ...msg.records], twin };
    }
    case 'done':
      return {
        ...run,
        status: 'done',
        fingerprint: msg.fingerprint,
        fingerprintVersion: msg.fingerprintVersion,
        ms: msg.ms,
      };
    case 'error':
      return { ...run, status: 'error', error: msg.message };
    default:
      // a report answers a report request, never a run
      return run;
  }
}
