// Headless runs on the same engine as the app: a preset or a scenario file, overridden field by field, or a branch of
// a workspace file, printed as JSON or CSV. Files are read as the app reads them (src/sim/files), so the CLI takes
// every file the app takes, with the same sentences for those it refuses; the report is the app's (src/sim/branchReport).
// Errors in the input or the output (flags, files, a full disk, a closed pipe) exit with status 2 and one line on
// stderr, and print nothing on stdout; a file is read up to the size the app opens, never further.
//
//   npm run --silent sim -- --preset micron-2023 --seed 7 --set noise=0.03 --format csv --out run.csv

import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';
import { PRESET_IDS, isPresetId, presetById } from '../model/presets.ts';
import { toCsv } from '../model/report.ts';
import { ScenarioError, MAX_ROUNDS, type Scenario } from '../model/scenario.ts';
import { MAX_FIRMS, MIN_FIRMS } from '../model/calibration.ts';
import { parseFirmDetail, type FirmDetail } from '../model/columns.ts';
import type { FingerprintVersion } from '../model/reportStream.ts';
import {
  reportOfBranch,
  streamCsv,
  streamJson,
  FingerprintVersionError,
  UnknownFirmError,
  type BranchReport,
  type BranchSource,
} from '../sim/branchReport.ts';
import { BAND_OUTCOMES } from '../sim/ensemble.ts';
import { bandsCsv, bandTable, ensembleReport, playEnsemble, type BandTable } from '../sim/ensembleReport.ts';
import { drawnAssumptions } from '../sim/assumptions.ts';
import {
  MAX_FILE_BYTES,
  checkScenario,
  fileMessage,
  formatBytes,
  isWorkspaceData,
  parseFile,
  parseScenarioFields,
} from '../sim/files/validate.ts';
import { newWorkspace, type Workspace } from '../sim/workspace.ts';
import type { ParamKey } from '../model/params.ts';
import type { Reading } from '../sim/ensemble.ts';
import { DEFAULT_SENSITIVITY_SEEDS } from '../sim/sensitivity.ts';
import {
  DEFAULT_OUTCOME,
  outcomeOf,
  parseParameters,
  sensitivityText,
  SensitivityUsage,
} from './sensitivity.ts';

/** most seeds one command may run: beyond this a batch belongs in a script that calls the CLI repeatedly */
export const MAX_RUNS = 1000;

export class UsageError extends Error {}

export interface CliOptions {
  preset?: string;
  scenarioFile?: string;
  /** with a workspace file: the branch to run (default: the workspace's active branch) */
  branch?: string;
  seed?: number;
  rounds?: number;
  firms?: number;
  runs: number;
  sets: Array<{ path: string; value: unknown }>;
  /** bands: the ensemble's bands as the app's "Bands (CSV)" writes them (needs --runs 2 or more) */
  format: 'json' | 'csv' | 'bands';
  /** --firm-detail: which firms the JSON series details (the named firms by default) */
  firmDetail: FirmDetail;
  /**
   * --fingerprint-version 1|2: which fingerprint the JSON carries; by default 1, or 2 for a single run of a large
   * world (fingerprintVersionFor in src/sim/branchReport.ts), as the app shows it
   */
  fingerprintVersion?: FingerprintVersion;
  out?: string;
  help: boolean;
  /** --sensitivity: the tornado of one outcome over every parameter's range */
  sensitivity?: boolean;
  /** --sweep PATH=FROM:TO:STEPS, once or twice */
  sweeps?: string[];
  /** --outcome ID for --sensitivity and --sweep */
  outcome?: string;
  /** --reading effect|raw for --sensitivity and --sweep */
  reading?: Reading;
  /** --parameters KEY,KEY: the tornado over these alone */
  parameters?: ParamKey[];
  /** whether --runs was given (a tornado or sweep plays DEFAULT_SENSITIVITY_SEEDS otherwise) */
  runsGiven?: boolean;
  /** --draw-assumptions: each seed of the ensemble also draws the assumptions the rulebook bounds (sim/assumptions.ts) */
  drawAssumptions?: boolean;
}

export const USAGE = `Usage: npm run --silent sim -- --preset ID [--scenario FILE [--branch ID]] [--seed N] [--rounds N] [--firms N] [--runs N [--draw-assumptions]] [--set PATH=VALUE]... [--format json|csv|bands] [--firm-detail named|all|ID,ID...] [--fingerprint-version 1|2] [--out FILE]
       add --sensitivity [--parameters KEY,KEY...] or --sweep PATH=FROM:TO:STEPS [--sweep PATH=FROM:TO:STEPS], each with [--outcome ID] [--reading effect|raw] (--runs N seeds, ${DEFAULT_SENSITIVITY_SEEDS} by default)
Presets: ${PRESET_IDS.join(', ')}
Outcomes: cost.global, cost.STATE, divergence, crossBloc, welfare.STATE, firm.FIRM.revenue, firm.FIRM.marketShare`;

function integer(flag: string, raw: string | undefined, min: number, max: number): number {
  if (raw === undefined || !/^\d+$/.test(raw))
    throw new UsageError(`${flag} expects a whole number from ${min} to ${max}, got "${raw ?? ''}"`);
  const n = Number(raw);
  if (n < min || n > max)
    throw new UsageError(`${flag} expects a whole number from ${min} to ${max}, got ${n}`);
  return n;
}

/** Runs a check from the sensitivity module, turning its refusal into a usage error. */
function checked<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof SensitivityUsage) throw new UsageError(e.message);
    throw e;
  }
}

/** A --set value: JSON where it parses (numbers, true, null, arrays), else the text as given. */
export function parseSetValue(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = {
    runs: 1,
    sets: [],
    format: 'json',
    firmDetail: 'named',
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = () => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${flag} needs a value`);
      i++;
      return next;
    };
    switch (flag) {
      case '--preset':
        options.preset = value();
        break;
      case '--scenario':
        options.scenarioFile = value();
        break;
      case '--branch':
        options.branch = value();
        break;
      case '--seed':
        options.seed = integer('--seed', value(), 0, 2 ** 32 - 1);
        break;
      case '--rounds':
        options.rounds = integer('--rounds', value(), 1, MAX_ROUNDS);
        break;
      case '--firms':
        options.firms = integer('--firms', value(), MIN_FIRMS, MAX_FIRMS);
        break;
      case '--runs':
        options.runs = integer('--runs', value(), 1, MAX_RUNS);
        options.runsGiven = true;
        break;
      case '--draw-assumptions':
        if (inline !== undefined) throw new UsageError('--draw-assumptions takes no value');
        options.drawAssumptions = true;
        break;
      case '--sensitivity':
        if (inline !== undefined) throw new UsageError('--sensitivity takes no value');
        options.sensitivity = true;
        break;
      case '--sweep': {
        const sweeps = (options.sweeps ??= []);
        if (sweeps.length === 2)
          throw new UsageError('--sweep may be given at most twice (a grid of two paths)');
        sweeps.push(value());
        break;
      }
      case '--outcome': {
        const id = value();
        options.outcome = checked(() => outcomeOf(id).id);
        break;
      }
      case '--reading': {
        const r = value();
        if (r !== 'effect' && r !== 'raw')
          throw new UsageError(`--reading expects effect or raw, got "${r}"`);
        options.reading = r;
        break;
      }
      case '--parameters':
        options.parameters = checked(() => parseParameters(value()));
        break;
      case '--set': {
        const text = value();
        const eq = text.indexOf('=');
        if (eq <= 0) throw new UsageError(`--set expects PATH=VALUE (e.g. noise=0.03), got "${text}"`);
        options.sets.push({ path: text.slice(0, eq), value: parseSetValue(text.slice(eq + 1)) });
        break;
      }
      case '--format': {
        const f = value();
        if (f !== 'json' && f !== 'csv' && f !== 'bands')
          throw new UsageError(`--format expects json, csv or bands, got "${f}"`);
        options.format = f;
        break;
      }
      case '--firm-detail': {
        const detail = parseFirmDetail(value());
        if (detail.length === 0)
          throw new UsageError('--firm-detail expects named, all, or firm ids separated by commas');
        options.firmDetail = detail;
        break;
      }
      case '--fingerprint-version': {
        const v = value();
        if (v !== '1' && v !== '2') throw new UsageError(`--fingerprint-version expects 1 or 2, got "${v}"`);
        options.fingerprintVersion = v === '1' ? 1 : 2;
        break;
      }
      case '--out':
        options.out = value();
        break;
      case '--help':
      case '-h':
        options.help = true;
        break;
      default:
        throw new UsageError(`unknown flag "${arg}"; ${USAGE.split('\n')[0]}`);
    }
  }
  return options;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

/** Sets a dotted path in a plain object, creating objects on the way; array indices are numbers in the path. */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  if (keys.some((k) => k === '' || FORBIDDEN_KEYS.has(k)))
    throw new UsageError(`--set: "${path}" is not a field path`);
  let node: Record<string, unknown> = target;
  keys.slice(0, -1).forEach((key) => {
    const next = node[key];
    if (next === undefined || next === null) node[key] = {};
    else if (typeof next !== 'object')
      throw new UsageError(`--set: "${path}" goes through "${key}", which is not an object`);
    node = node[key] as Record<string, unknown>;
  });
  node[keys[keys.length - 1]] = value;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The file's fields over the preset's: objects merge key by key, everything else (timeline included) replaces. */
export function mergeOver(
  base: Record<string, unknown>,
  over: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    if (FORBIDDEN_KEYS.has(k)) continue;
    out[k] = isPlainObject(v) && isPlainObject(out[k]) ? mergeOver(out[k] as Record<string, unknown>, v) : v;
  }
  return out;
}

/** Why a file operation failed, in words, from Node's error code. */
export function ioReason(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'there is no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EPIPE':
      return 'the program reading the output has stopped';
    case 'EROFS':
      return 'the disk is read-only';
    default:
      return typeof code === 'string' ? code : 'the system refused';
  }
}

/**
 * A file's text, read as the app reads one: at most MAX_FILE_BYTES (plus one byte, to know there is more), so that a
 * huge file or an endless one (/dev/zero, a pipe) is refused with the app's sentence instead of filling memory.
 */
export function readFileText(file: string, max = MAX_FILE_BYTES): string {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    throw new UsageError(`cannot read "${file}": ${ioReason(e)}`);
  }
  try {
    const size = fstatSync(fd).isFile() ? fstatSync(fd).size : 0;
    if (size > max)
      throw new UsageError(
        `${file}: ${fileMessage('too-large', `it is ${formatBytes(size)}, and the most Decoupling Lab reads is ${formatBytes(max)}`, 'scenario')}`,
      );
    const buffer = Buffer.alloc(max + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > max)
        throw new UsageError(
          `${file}: ${fileMessage('too-large', `it is more than ${formatBytes(max)}, the most Decoupling Lab reads`, 'scenario')}`,
        );
    }
    // decoded as a browser decodes a file (invalid bytes become U+FFFD); a byte-order mark is dropped when parsed
    return new TextDecoder('utf-8').decode(buffer.subarray(0, length));
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`cannot read "${file}": ${ioReason(e)}`);
  } finally {
    closeSync(fd);
  }
}

/** What a run starts from, and the app's notice when the file was in an older format (said on stderr). */
export interface RunInput {
  source: BranchSource;
  notice: string | null;
}

/**
 * The scenario the options describe (preset, then file, then flags, then --set, then the app's checks), or the branch
 * of a workspace file (one with "branches"), which runs as saved.
 */
export function inputFromOptions(options: CliOptions): RunInput {
  const file = options.scenarioFile;
  if (options.preset === undefined && file === undefined) {
    throw new UsageError(`give --preset ID or --scenario FILE; presets: ${PRESET_IDS.join(', ')}`);
  }
  if (options.branch !== undefined && file === undefined)
    throw new UsageError('--branch needs --scenario with a workspace file');
  let input: Record<string, unknown> = {};
  let notice: string | null = null;
  if (options.preset !== undefined) {
    if (!isPresetId(options.preset))
      throw new UsageError(`unknown preset "${options.preset}"; presets: ${PRESET_IDS.join(', ')}`);
    input = structuredClone(presetById(options.preset).scenario) as Record<string, unknown>;
  }
  if (file !== undefined) {
    const text = readFileText(file);
    // over a preset the file may hold a few fields only; on its own it is a whole file, read as the app reads one
    const read = options.preset !== undefined ? parseScenarioFields(text) : parseFile(text);
    if (!read.ok) throw new UsageError(`${file}: ${read.message}`);
    if ('fields' in read) {
      if (isWorkspaceData(read.fields)) workspaceRunsAsSaved();
      input = mergeOver(input, read.fields);
    } else if (read.kind === 'workspace') {
      return { source: branchFromOptions(options, read.workspace), notice: read.notice };
    } else {
      input = read.scenario as unknown as Record<string, unknown>;
      notice = read.notice;
    }
  }
  if (options.branch !== undefined)
    throw new UsageError('--branch needs a workspace file (one with "branches")');
  return { source: { scenario: withFlags(input, options) }, notice };
}

function workspaceRunsAsSaved(): never {
  throw new UsageError(
    'a workspace file runs as saved: only --branch, --runs, --format and --out go with it',
  );
}

/** The scenario with --seed, --rounds, --firms and --set applied, checked as the app checks a scenario. */
function withFlags(input: Record<string, unknown>, options: CliOptions): Scenario {
  if (options.seed !== undefined) input.seed = options.seed;
  if (options.rounds !== undefined) input.rounds = options.rounds;
  if (options.firms !== undefined) input.firms = options.firms;
  for (const { path, value } of options.sets) setPath(input, path, value);
  const checked = checkScenario(input);
  if (!checked.ok) throw new UsageError(`invalid scenario: ${checked.detail}`);
  return checked.value;
}

/** The branch of a workspace file to run: --branch, or the branch the app had on view when it was saved. */
function branchFromOptions(options: CliOptions, workspace: Workspace): BranchSource {
  if (
    options.preset !== undefined ||
    options.seed !== undefined ||
    options.rounds !== undefined ||
    options.firms !== undefined ||
    options.sets.length > 0
  )
    workspaceRunsAsSaved();
  const branchId = options.branch ?? workspace.active;
  const branch = workspace.branches.find((b) => b.id === branchId);
  if (!branch) {
    throw new UsageError(
      `no branch "${branchId}"; branches: ${workspace.branches.map((b) => b.id).join(', ')}`,
    );
  }
  return { workspace, branchId };
}

export { toCsv };

/** The branch's name as the app shows it (a scenario on its own is the app's main line of a new workspace). */
function branchName(source: BranchSource): string {
  if ('workspace' in source)
    return source.workspace.branches.find((b) => b.id === source.branchId)?.name ?? source.branchId;
  return newWorkspace(source.scenario).branches[0].name;
}

/**
 * Joins pieces into chunks of about a megabyte, so output goes out in few writes, but never holds a piece back
 * longer than FLUSH_MS: rounds written as they are played reach a reader as they come.
 */
function* batched(pieces: Iterable<string>, size = 1 << 20): Generator<string> {
  let buffer: string[] = [];
  let length = 0;
  let since = Date.now();
  for (const piece of pieces) {
    buffer.push(piece);
    length += piece.length;
    if (length >= size || Date.now() - since >= FLUSH_MS) {
      yield buffer.join('');
      buffer = [];
      length = 0;
      since = Date.now();
    }
  }
  if (buffer.length > 0) yield buffer.join('');
}

/** most time (ms) output is held back before it is written */
const FLUSH_MS = 250;

/**
 * The report of the run; with several runs also the `ensemble` key: every seed played with its twin (as the app's
 * "Run N seeds" plays them), read as bands raw and as the effect of the measures. A main line keeps `percentiles` too.
 */
function reportOf(
  source: BranchSource,
  runs: number,
  assumptions = false,
): { report: BranchReport; table: BandTable | null } {
  const tty = process.stderr.isTTY;
  try {
    const report: BranchReport = reportOfBranch(source, {
      runs,
      onRun: (done, total) => {
        if (total > 1 && tty) process.stderr.write(`\rrun ${done} of ${total}`);
      },
    });
    if (runs > 1) {
      const all = playEnsemble(
        source,
        runs,
        (done, total) => {
          if (tty) process.stderr.write(`\rseed ${done} of ${total} with its twin`);
        },
        { assumptions },
      );
      const table = bandTable(all, BAND_OUTCOMES);
      report.runs = runs;
      report.ensemble = ensembleReport(all, BAND_OUTCOMES, table);
      if (assumptions) report.ensemble.assumptions = drawnAssumptions();
      return { report, table };
    }
    return { report, table: null };
  } catch (e) {
    // a schedule the engine cannot run (a branch that changes the seed of the run it branches from)
    if (e instanceof ScenarioError) throw new UsageError(`invalid workspace: ${e.message}`);
    throw e;
  }
}

/** Writes the output file, or says why it could not (what was written before a failure stays, as with any tool). */
function writeFile(out: string, pieces: Iterable<string>) {
  let fd: number;
  try {
    fd = openSync(out, 'w');
  } catch (e) {
    throw new UsageError(`cannot write "${out}": ${ioReason(e)}`);
  }
  try {
    for (const chunk of batched(pieces)) {
      try {
        writeSync(fd, chunk);
      } catch (e) {
        throw new UsageError(`cannot write "${out}": ${ioReason(e)}`);
      }
    }
  } finally {
    closeSync(fd);
  }
}

/** The one line for an error on standard output (a full disk, a closed pipe), which Node reports as an event. */
export function outputErrorLine(e: unknown): string {
  return `sim: cannot write the output: ${ioReason(e)}\n`;
}

function runOutput(source: BranchSource, options: CliOptions): Iterable<string> {
  if (options.format === 'bands' && options.runs < 2)
    throw new UsageError('--format bands needs --runs 2 or more');
  if (options.drawAssumptions && options.runs < 2)
    throw new UsageError('--draw-assumptions needs --runs 2 or more: it draws the assumptions seed by seed');
  const whole = () => {
    const { report, table } = reportOf(source, options.runs, options.drawAssumptions);
    if (options.runs > 1 && process.stderr.isTTY) process.stderr.write('\n');
    return { report, table };
  };
  if (options.format === 'bands') {
    const { table } = whole();
    return [bandsCsv([{ branch: branchName(source), table: table! }], BAND_OUTCOMES)];
  }
  // a single run is written round by round as it is played; several runs and a tournament need whole runs first
  const report = () => whole().report;
  const pieces =
    options.format === 'csv'
      ? streamCsv(source, { runs: options.runs, report })
      : streamJson(source, {
          runs: options.runs,
          report,
          firmDetail: options.firmDetail,
          fingerprintVersion: options.fingerprintVersion,
        });
  return started(pieces);
}

/**
 * The output's first piece made before anything is written, so that what can be refused (an unknown firm, a
 * workspace the engine cannot run) is refused with nothing on stdout and no --out file made; then the rest as made.
 */
function started(pieces: Iterator<string>): Iterable<string> {
  let first: IteratorResult<string>;
  try {
    first = pieces.next();
  } catch (e) {
    if (e instanceof UnknownFirmError) throw new UsageError(`--firm-detail: ${e.message}`);
    if (e instanceof FingerprintVersionError) throw new UsageError(`--fingerprint-version: ${e.message}`);
    if (e instanceof ScenarioError) throw new UsageError(`invalid workspace: ${e.message}`);
    throw e;
  }
  return (function* () {
    if (!first.done) yield first.value;
    for (let next = pieces.next(); !next.done; next = pieces.next()) yield next.value;
  })();
}

function sensitivityAsked(options: CliOptions): boolean {
  const sweep = (options.sweeps?.length ?? 0) > 0;
  if (options.sensitivity && sweep) throw new UsageError('give --sensitivity or --sweep, not both');
  if (!options.sensitivity && !sweep) {
    if (options.outcome !== undefined || options.reading !== undefined)
      throw new UsageError('--outcome and --reading go with --sensitivity or --sweep');
    if (options.parameters !== undefined) throw new UsageError('--parameters goes with --sensitivity');
    return false;
  }
  if (sweep && options.parameters !== undefined) throw new UsageError('--parameters goes with --sensitivity');
  if (options.format === 'bands')
    throw new UsageError('--format bands goes with --runs, not with --sensitivity or --sweep');
  if (options.drawAssumptions)
    throw new UsageError('--draw-assumptions goes with --runs, not with --sensitivity or --sweep');
  return true;
}

/** The tornado or the sweep (src/cli/sensitivity.ts), with the seeds --runs gives. */
function sensitivityOutput(source: BranchSource, options: CliOptions): string {
  return checked(() =>
    sensitivityText(source, {
      mode: options.sensitivity ? 'sensitivity' : 'sweep',
      sweeps: options.sweeps ?? [],
      outcome: options.outcome ?? DEFAULT_OUTCOME,
      reading: options.reading ?? 'effect',
      runs: options.runsGiven ? options.runs : DEFAULT_SENSITIVITY_SEEDS,
      parameters: options.parameters,
      format: options.format === 'csv' ? 'csv' : 'json',
    }),
  );
}

export function main(argv: readonly string[]): number {
  try {
    const options = parseArgs(argv);
    if (options.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const { source, notice } = inputFromOptions(options);
    if (notice) process.stderr.write(`sim: ${options.scenarioFile}: ${notice}\n`);
    const pieces = sensitivityAsked(options)
      ? [sensitivityOutput(source, options)]
      : runOutput(source, options);
    if (options.out !== undefined) writeFile(options.out, pieces);
    else for (const chunk of batched(pieces)) process.stdout.write(chunk);
    return 0;
  } catch (e) {
    const message =
      e instanceof UsageError ? e.message : `internal error: ${(e as Error).message ?? String(e)}`;
    process.stderr.write(`sim: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
    return e instanceof UsageError ? 2 : 1;
  }
}
