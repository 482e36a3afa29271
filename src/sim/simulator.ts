// The simulation side of the worker protocol, apart from the worker itself so that tests can drive it in Node: takes
// requests, runs each branch round by round with its no-measures twin alongside, and posts records (and the twin's
// rounds) in chunks, a start and a done (see protocol.ts); a report request runs a branch whole and posts its report
// in the CLI's shape, with the effects of its measures added.

import { advance, finalRound, runScenario, startRun } from '../model/run.ts';
import { fingerprintV2Of, type FingerprintVersion } from '../model/reportStream.ts';
import { startTwin, twinOf } from '../model/twin.ts';
import {
  exportReportOfBranch,
  reportOfBranch,
  runCsv,
  fingerprintVersionFor,
  shownFingerprint,
  streamJson,
  withEffects,
} from './branchReport.ts';
import { concernsFirm, postedTwinPoint } from './effects.ts';
import { EXPORT_CHUNK_CHARS, shouldFlush, type FromWorker, type ToWorker } from './protocol.ts';
import { scheduleOf } from './workspace.ts';

type RunRequest = Extract<ToWorker, { type: 'run' }>;
type ReportRequest = Extract<ToWorker, { type: 'report' }>;
type ExportRequest = Extract<ToWorker, { type: 'export' }>;

export interface SimulatorOptions {
  post: (msg: FromWorker) => void;
  /** ms clock for chunking (performance.now in the worker) */
  now?: () => number;
  /** lets queued messages in between chunks; a macrotask in the worker */
  breathe?: () => Promise<void>;
}

/** Returns the message handler; requests run one at a time, in order, and a cancelled one stops at its next chunk. */
export function createSimulator({
  post,
  now = () => performance.now(),
  breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0)),
}: SimulatorOptions) {
  const cancelled = new Set<number>();
  const queue: Array<RunRequest | ReportRequest | ExportRequest> = [];
  let busy = false;

  async function execute({ job, root, schedule }: RunRequest) {
    const began = now();
    try {
      const run = startRun(root, schedule);
      const twin = startTwin(run);
      const end = finalRound(run);
      post({ type: 'start', job, firms: run.firms, totalRounds: end });
      // the firms the scenario or a branch follows: their tiles read against the twin's revenue
      const followed = run.firms
        .map((f) => f.id)
        .filter((id) => concernsFirm(root, id) || schedule.some((s) => concernsFirm(s.scenario, id)));
      let pending = 1;
      let lastPost = now();
      const flush = () => {
        const from = run.records.length - pending;
        const records = run.records.slice(from);
        post({
          type: 'records',
          job,
          records,
          twin: twin.records.slice(from).map((r) => postedTwinPoint(r, twin.firms, followed)),
        });
        pending = 0;
        lastPost = now();
      };
      // round 0 at once: the charts can draw the starting world while the first rounds compute
      flush();
      while (run.world.round < end) {
        advance(run);
        // the twin keeps step, so every round posted can be read against the same world without measures
        advance(twin);
        pending++;
        if (shouldFlush(pending, now() - lastPost, false)) {
          flush();
          await breathe();
          if (cancelled.has(job)) return;
        }
      }
      if (shouldFlush(pending, 0, true)) flush();
      // the twin played beside the run is the one the report reads welfare against: it is not played again
      post({ type: 'done', job, ...shownFingerprint(run, root, schedule, twin), ms: now() - began });
    } catch (e) {
      post({ type: 'error', job, message: e instanceof Error ? e.message : String(e) });
    }
  }

  function report({ job, workspace, branchId }: ReportRequest) {
    try {
      // the run made here is reported as it is and read against its twin for the effects
      const { root, schedule } = scheduleOf(workspace, branchId);
      const run = runScenario(root, undefined, schedule);
      const twin = twinOf(run);
      post({
        type: 'report',
        job,
        report: withEffects(reportOfBranch({ workspace, branchId }, { run, twin }), run, twin),
      });
    } catch (e) {
      post({ type: 'error', job, message: e instanceof Error ? e.message : String(e) });
    }
  }

  /** A branch's run data as text, posted in chunks of about EXPORT_CHUNK_CHARS, then its fingerprint. */
  async function exportRun({ job, workspace, branchId, format, firmDetail }: ExportRequest) {
    try {
      let done: { fingerprint: string; fingerprintVersion: FingerprintVersion; seed: number } = {
        fingerprint: '',
        fingerprintVersion: 1,
        seed: 0,
      };
      let pieces: Iterable<string>;
      if (format === 'csv') {
        const { root, schedule } = scheduleOf(workspace, branchId);
        const run = runScenario(root, undefined, schedule);
        const twin = twinOf(run);
        const { report } = exportReportOfBranch({ workspace, branchId }, run, twin);
        pieces = [runCsv(report)];
        // the file holds no fingerprint; the one the app tells is the one it shows for this run
        const shown = fingerprintVersionFor(run.firms.length, finalRound(run), !root.tournament);
        done =
          shown === 2
            ? { fingerprint: fingerprintV2Of(run, twin), fingerprintVersion: 2, seed: report.seed }
            : { fingerprint: report.fingerprint, fingerprintVersion: 1, seed: report.seed };
      } else {
        // the CLI's JSON, written round by round as the run and its twin are played, with the effects after it
        pieces = streamJson(
          { workspace, branchId },
          {
            effects: true,
            firmDetail: firmDetail ?? 'named',
            onDone: (fingerprint, seed, fingerprintVersion) =>
              (done = { fingerprint, fingerprintVersion, seed }),
          },
        );
      }
      let buffer: string[] = [];
      let length = 0;
      for (const piece of pieces) {
        buffer.push(piece);
        length += piece.length;
        if (length >= EXPORT_CHUNK_CHARS) {
          post({ type: 'exportChunk', job, text: buffer.join('') });
          buffer = [];
          length = 0;
          await breathe();
          if (cancelled.has(job)) return;
        }
      }
      if (buffer.length > 0) post({ type: 'exportChunk', job, text: buffer.join('') });
      post({ type: 'exported', job, ...done });
    } catch (e) {
      post({ type: 'error', job, message: e instanceof Error ? e.message : String(e) });
    }
  }

  async function drain() {
    if (busy) return;
    busy = true;
    while (queue.length > 0) {
      const next = queue.shift()!;
      if (!cancelled.has(next.job)) {
        if (next.type === 'report') report(next);
        else if (next.type === 'export') await exportRun(next);
        else await execute(next);
      }
      cancelled.delete(next.job);
    }
    busy = false;
  }

  /** Resolves when every queued request has been handled (for tests). */
  async function idle() {
    while (busy || queue.length > 0) await breathe();
  }

  function receive(msg: ToWorker) {
    if (msg.type === 'cancel') cancelled.add(msg.job);
    else {
      queue.push(msg);
      void drain();
    }
  }

  return { receive, idle };
}
