// Checks everything that comes from outside (a file, a link, browser storage) before it can reach the workspace:
// size and nesting limits on the text, JSON syntax, older formats migrated, then the schemas, then the references
// between fields. Every refusal is one plain sentence that says what is wrong and where; nothing here throws.
//
// The app (open.ts, storage, links) and the CLI read files through here, so both accept the same files and refuse the
// others with the same sentences.
//
// API:
//   parseFile(text) -> { ok: true, kind: 'scenario', scenario, notice } | { ok: true, kind: 'workspace', workspace,
//     notice } | { ok: false, message }   a file as the app opens it and the CLI runs it ("branches" makes a workspace)
//   parseScenarioFile(text) -> { ok: true, scenario, notice } | { ok: false, message }
//   parseScenarioFields(text) -> { ok: true, fields } | { ok: false, message }   fields to lay over another scenario
//     (the CLI's --scenario over --preset): limits, "__proto__" keys and migration checked; the schema is not
//   parseWorkspace(data: unknown) -> Checked<Workspace>   for data already parsed from JSON (links, storage)
//   checkScenario(data: unknown) -> Checked<Scenario>
//   parseJsonText(text) -> Checked<unknown>               limits and syntax only
//   Checked<T> = { ok: true, value, notice } | { ok: false, problem, detail }: detail is a phrase without context
//     ("field seed: expected ..."), to which the caller adds "This file ..." or "This link ...".
//   notice: null, or a sentence to show once (e.g. the data was in an older format and has been updated).
//
// Text from outside (names, notes, descriptions) is accepted as it is, markup included: it is data, never markup.
// The UI must show it with text interpolation ({name}), never as raw HTML.

// zod's setting first (jitless.ts): when the page's bundle splits the schemas into a chunk of their own (they are
// shared with the room's pages, loaded later), that chunk runs before the page's first module
import '../jitless.ts';
import type { z } from 'zod';
import { ScenarioError, parseScenario, scenarioSchema, type Scenario } from '../../model/scenario.ts';
import { teamPlayProblem } from '../teamPlay.ts';
import { workspaceSchema, type Workspace } from '../workspace.ts';
import { isPlainObject, migrateScenario, migrateWorkspace } from './migrate.ts';

/** largest file (or unpacked link, or stored workspace) read: 1 MB holds a dozen branches with 2,000-entry timelines */
export const MAX_FILE_BYTES = 1024 * 1024;
/** deepest nesting of arrays and objects accepted: a workspace needs 7 levels; more is not a scenario */
export const MAX_DEPTH = 32;

export type Problem = 'too-large' | 'too-deep' | 'not-json' | 'newer' | 'invalid';
export type Checked<T> =
  { ok: true; value: T; notice: string | null } | { ok: false; problem: Problem; detail: string };

/** the end of the sentence shown once when a file, link or autosave in an older format has been updated */
export const MIGRATED_NOTICE =
  'was saved by an older version of Decoupling Lab and has been updated to the current format.';

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

/** UTF-8 length of a text, without allocating its bytes. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function lineColumn(text: string, index: number): string {
  let line = 1;
  let start = 0;
  for (let i = 0; i < index && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return `line ${line}, column ${index - start + 1}`;
}

/** Index where the nesting of arrays and objects first goes deeper than the limit, or -1; strings are skipped. */
function tooDeepAt(text: string, limit: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: the next character is escaped
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > limit) return i;
    } else if (c === 93 || c === 125) depth--;
  }
  return -1;
}

/** The text as JSON, within the size and depth limits; the nesting is measured before parsing, so depth costs nothing. */
export function parseJsonText(input: string): Checked<unknown> {
  // a byte-order mark, as some editors on Windows write, is not part of the JSON
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  // UTF-16 length never exceeds UTF-8 length, so a long text is refused without measuring it
  const bytes = text.length > MAX_FILE_BYTES ? text.length : utf8Length(text);
  if (bytes > MAX_FILE_BYTES)
    return {
      ok: false,
      problem: 'too-large',
      detail: `it is ${formatBytes(bytes)}, and the most Decoupling Lab reads is ${formatBytes(MAX_FILE_BYTES)}`,
    };
  const deep = tooDeepAt(text, MAX_DEPTH);
  if (deep >= 0)
    return {
      ok: false,
      problem: 'too-deep',
      detail: `${lineColumn(text, deep)}: lists and objects are nested more than ${MAX_DEPTH} levels deep`,
    };
  try {
    return { ok: true, value: JSON.parse(text), notice: null };
  } catch {
    // engines word JSON errors differently and some give no position, so the place is found here
    const at = jsonErrorAt(text);
    const what = at >= text.length ? 'the text ends too early' : `unexpected ${JSON.stringify(text[at])}`;
    return {
      ok: false,
      problem: 'not-json',
      detail: `${lineColumn(text, at)}: it is not valid JSON (${what})`,
    };
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;

/**
 * Index of the first character where the text stops being JSON (RFC 8259), or its length when it ends too early.
 * Called only on text JSON.parse refused and whose nesting was checked, so the recursion stays shallow.
 */
export function jsonErrorAt(text: string): number {
  let i = 0;
  const space = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r'))
      i++;
  };
  const match = (re: RegExp) => {
    re.lastIndex = i;
    if (!re.test(text)) throw i;
    i = re.lastIndex;
  };
  const string = () => {
    if (text[i] !== '"') throw i;
    i++;
    for (;;) {
      if (i >= text.length) throw i;
      const c = text.charCodeAt(i);
      if (c === 34) return void i++;
      if (c < 0x20) throw i;
      if (c === 92) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) throw i;
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else throw i;
      } else i++;
    }
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      space();
      if (text[i] === close) return void i++;
      for (;;) {
        if (close === '}') {
          space();
          string();
          space();
          if (text[i] !== ':') throw i;
          i++;
        }
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === close) return void i++;
        else throw i;
      }
    }
    if (c === '"') return string();
    if (c === '-' || (c >= '0' && c <= '9')) return match(NUMBER);
    match(LITERAL);
  };
  try {
    value();
    space();
    return i;
  } catch (at) {
    return typeof at === 'number' ? at : text.length;
  }
}

// ---- Messages from schema issues ----

type AnySchema = z.core.$ZodType;
type Def = { type: string; [k: string]: unknown };
const defOf = (s: AnySchema | undefined): Def | undefined =>
  (s as { _zod?: { def: Def } } | undefined)?._zod?.def;

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'nonoptional', 'catch']);

function own(value: unknown, key: PropertyKey): unknown {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, key)
    ? (value as Record<PropertyKey, unknown>)[key]
    : undefined;
}

/** The schema that applies to a value: wrappers removed, and the option of a discriminated union its tag selects. */
function unwrap(schema: AnySchema | undefined, value: unknown): AnySchema | undefined {
  let s = schema;
  for (let guard = 0; guard < 10 && s; guard++) {
    const def = defOf(s)!;
    if (WRAPPERS.has(def.type)) s = def.innerType as AnySchema;
    else if (def.type === 'union' && typeof def.discriminator === 'string') {
      const tag = own(value, def.discriminator);
      const option = (def.options as AnySchema[]).find((o) => {
        const field = (defOf(o)?.shape as Record<string, AnySchema> | undefined)?.[
          def.discriminator as string
        ];
        return ((defOf(field)?.values as unknown[]) ?? []).includes(tag);
      });
      if (!option) return s;
      s = option;
    } else return s;
  }
  return s;
}

/** The schema at a path of the input, or undefined where the path leaves the schema. */
function schemaAt(root: AnySchema, path: readonly PropertyKey[], input: unknown): AnySchema | undefined {
  let s: AnySchema | undefined = root;
  let value = input;
  for (const key of path) {
    s = unwrap(s, value);
    const def = defOf(s);
    if (!def) return undefined;
    if (def.type === 'object') s = (def.shape as Record<PropertyKey, AnySchema>)[key];
    else if (def.type === 'array') s = def.element as AnySchema;
    else if (def.type === 'record') s = def.valueType as AnySchema;
    else return undefined;
    value = own(value, key);
  }
  return unwrap(s, value);
}

const plainNumber = (n: number) => String(n);

/** What a schema expects, in words: "a whole number from 1 to 400", "one of "cii", "all"". */
function expected(schema: AnySchema | undefined): string | undefined {
  const def = defOf(schema);
  if (!def) return undefined;
  const s = schema as unknown as Record<string, unknown>;
  switch (def.type) {
    case 'number': {
      const kind = s.isInt ? 'a whole number' : 'a number';
      const min = s.minValue as number | null;
      const max = s.maxValue as number | null;
      const hasMin = typeof min === 'number' && Number.isFinite(min) && min > Number.MIN_SAFE_INTEGER;
      const hasMax = typeof max === 'number' && Number.isFinite(max) && max < Number.MAX_SAFE_INTEGER;
      if (hasMin && hasMax) return `${kind} from ${plainNumber(min)} to ${plainNumber(max)}`;
      if (hasMin) return `${kind} of at least ${plainNumber(min)}`;
      if (hasMax) return `${kind} of at most ${plainNumber(max)}`;
      return kind;
    }
    case 'string': {
      const min = (s.minLength as number | null) ?? 0;
      const max = s.maxLength as number | null;
      if (max !== null && min > 0) return `text of ${min} to ${max} characters`;
      if (max !== null) return `text of at most ${max} characters`;
      return min > 0 ? 'text that is not empty' : 'text';
    }
    case 'enum':
      return `one of ${oneOf(Object.values(def.entries as Record<string, unknown>))}`;
    case 'literal':
      return oneOf(def.values as unknown[]);
    case 'array':
      return 'a list';
    case 'object':
    case 'record':
      return 'an object';
    case 'boolean':
      return 'true or false';
    case 'union':
      return typeof def.discriminator === 'string' ? `an object with a "${def.discriminator}"` : undefined;
    default:
      return undefined;
  }
}

function oneOf(values: readonly unknown[]): string {
  const shown = values.slice(0, 12).map((v) => JSON.stringify(v));
  const text =
    shown.length === 1 ? shown[0] : `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
  return values.length > 12 ? `${text} (or ${values.length - 12} more)` : text;
}

/** A value from outside, described briefly and safely (long text is cut). */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    if (!Number.isFinite(value)) return `${value > 0 ? '' : '-'}a number too large to store`;
    return String(value);
  }
  if (typeof value === 'string') {
    const cut = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `${JSON.stringify(cut)} (text)`;
  }
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value))
    return value.length === 1 ? 'a list of 1 entry' : `a list of ${value.length} entries`;
  return 'an object';
}

const cutKey = (k: PropertyKey) => {
  const s = String(k);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
};

function fieldName(path: readonly PropertyKey[]): string {
  return path.length === 0 ? 'the whole' : `field ${path.map(cutKey).join('.')}`;
}

function issueDetail(issue: z.core.$ZodIssue, root: AnySchema, input: unknown, what: string): string {
  const path = issue.path;
  const value = (issue as { input?: unknown }).input;
  const where = path.length === 0 ? `the ${what}` : fieldName(path);
  const wanted = expected(schemaAt(root, path, input));
  switch (issue.code) {
    case 'unrecognized_keys': {
      const [first, ...rest] = issue.keys;
      const more =
        rest.length > 0 ? ` (and ${rest.length} more unknown field${rest.length > 1 ? 's' : ''})` : '';
      return `${fieldName([...path, first])}: no such field in a ${what}${more}`;
    }
    case 'invalid_type':
      if (path.length === 0) return `expected a JSON object ({ ... }), got ${describeValue(value)}`;
      if (value === undefined) return `${where}: missing; expected ${wanted ?? issue.expected}`;
      return `${where}: expected ${wanted ?? issue.expected}, got ${typeof value === 'number' && Number.isFinite(value) ? `the number ${value}` : describeValue(value)}`;
    case 'too_big':
    case 'too_small': {
      if (issue.origin === 'array' || issue.origin === 'set') {
        const bound = Number(issue.code === 'too_big' ? issue.maximum : issue.minimum);
        const n = Array.isArray(value) ? value.length : undefined;
        const limit = issue.code === 'too_big' ? `at most ${bound}` : `at least ${bound}`;
        return `${where}: expected ${limit} entries${n === undefined ? '' : `, got ${n}`}`;
      }
      if (issue.origin === 'string') {
        const n = typeof value === 'string' ? value.length : undefined;
        return `${where}: expected ${wanted ?? 'shorter text'}${n === undefined ? '' : `, got ${n} characters`}`;
      }
      return `${where}: expected ${wanted ?? 'a number in range'}, got ${describeValue(value)}`;
    }
    case 'invalid_value':
      return `${where}: expected ${oneOf(issue.values as unknown[])}, got ${describeValue(value)}`;
    case 'invalid_union': {
      const disc = (issue as { discriminator?: string }).discriminator;
      const options = (issue as { options?: unknown[] }).options;
      if (disc && options) {
        // zod puts the tag's name at the end of the path; the input is the object that carries it
        const at = path[path.length - 1] === disc ? path : [...path, disc];
        return `${fieldName(at)}: expected ${oneOf(options)}, got ${describeValue(own(value, disc))}`;
      }
      return `${where}: does not match any of the forms it may take`;
    }
    case 'invalid_format':
      return `${where}: ${describeValue(value)} has characters that are not allowed here (expected ${
        issue.format === 'regex' && issue.pattern === '/^[a-z0-9-]{1,40}$/'
          ? 'lower-case letters, digits and dashes'
          : `the ${issue.format} format`
      })`;
    default:
      return `${where}: ${issue.message}`;
  }
}

function schemaProblem(error: z.ZodError, root: AnySchema, input: unknown, what: string): string {
  const [first, ...rest] = error.issues;
  if (!first) return `not a valid ${what}`;
  const detail = issueDetail(first, root, input, what);
  // one field can break two rules (a huge fraction is neither whole nor in range): count fields, not rules
  const key = (issue: z.core.$ZodIssue) => issue.path.map(String).join('.');
  const more = new Set(rest.map(key).filter((k) => k !== key(first))).size;
  return more > 0 ? `${detail} (and problems in ${more} more field${more > 1 ? 's' : ''})` : detail;
}

/** The model's own checks between fields (firm ids exist, a relaxed measure was imposed), as a detail phrase. */
function referenceProblem(scenario: unknown, prefix: string): string | null {
  try {
    parseScenario(scenario);
    return null;
  } catch (e) {
    if (e instanceof ScenarioError) return `field ${prefix}${e.message}`;
    return `${prefix || 'scenario'}: ${(e as Error).message}`;
  }
}

/**
 * The path of the first key named __proto__, or null. JSON.parse keeps such a key as plain data, but code that copies
 * it with ordinary assignment would set a prototype, and zod's records drop it silently: refused everywhere.
 */
function protoKeyPath(value: unknown, path: string[] = []): string[] | null {
  if (typeof value !== 'object' || value === null || path.length > MAX_DEPTH) return null;
  for (const key of Object.keys(value)) {
    if (key === '__proto__') return [...path, key];
    const found = protoKeyPath((value as Record<string, unknown>)[key], [...path, key]);
    if (found) return found;
  }
  return null;
}

function protoProblem(data: unknown): Checked<never> | null {
  const path = protoKeyPath(data);
  return (
    path && {
      ok: false,
      problem: 'invalid',
      detail: `${fieldName(path)}: "__proto__" is not allowed as a field name`,
    }
  );
}

/** Scenario data from outside before the schema: "__proto__" keys refused, an older format migrated. */
function migratedScenario(data: unknown): Checked<unknown> {
  const proto = protoProblem(data);
  if (proto) return proto;
  const migration = migrateScenario(data);
  if (!migration.ok) return { ok: false, problem: 'newer', detail: migration.message };
  return { ok: true, value: migration.value, notice: migration.migrated ? MIGRATED_NOTICE : null };
}

/** A scenario from outside (already parsed from JSON): migrated, checked and with defaults filled in. */
export function checkScenario(data: unknown): Checked<Scenario> {
  const migration = migratedScenario(data);
  if (!migration.ok) return migration;
  const input = migration.value;
  const result = scenarioSchema.safeParse(input, { reportInput: true });
  if (!result.success)
    return {
      ok: false,
      problem: 'invalid',
      detail: schemaProblem(result.error, scenarioSchema, input, 'scenario'),
    };
  const refs = referenceProblem(result.data, '');
  if (refs) return { ok: false, problem: 'invalid', detail: refs };
  return { ok: true, value: result.data as Scenario, notice: migration.notice };
}

/** Links between branches that the schema cannot see: unique ids, parents that exist, no circles, shared seeds. */
function structureProblem(ws: Workspace): string | null {
  const byId = new Map<string, number>();
  for (const [i, b] of ws.branches.entries()) {
    if (byId.has(b.id)) return `field branches.${i}.id: another branch already has the id "${b.id}"`;
    byId.set(b.id, i);
  }
  const roots = ws.branches.flatMap((b, i) => (b.parent === null ? [i] : []));
  if (roots.length === 0) return 'field branches: no branch is the main line (the main line has parent null)';
  if (roots.length > 1) return `field branches.${roots[1]}.parent: only the main line may have no parent`;
  for (const [i, b] of ws.branches.entries()) {
    if (b.parent === null) continue;
    const parentIndex = byId.get(b.parent);
    if (parentIndex === undefined) return `field branches.${i}.parent: no branch has the id "${b.parent}"`;
    // walk up: a chain longer than the list of branches goes round in a circle
    let node: (typeof ws.branches)[number] | undefined = b;
    for (let steps = 0; node && node.parent !== null; steps++) {
      if (steps > ws.branches.length)
        return `field branches.${i}.parent: the branches' parents go round in a circle`;
      node = ws.branches[byId.get(node.parent) ?? -1];
    }
    const parent = ws.branches[parentIndex];
    if (b.fromRound > 1) {
      if (b.scenario.seed !== parent.scenario.seed)
        return `field branches.${i}.scenario.seed: a branch keeps the seed of the run it branches from (${parent.scenario.seed}), got ${b.scenario.seed}`;
      if (b.scenario.firms !== parent.scenario.firms)
        return `field branches.${i}.scenario.firms: a branch keeps the number of firms of the run it branches from (${parent.scenario.firms}), got ${b.scenario.firms}`;
    }
  }
  for (const [i, b] of ws.branches.entries()) {
    const team = teamPlayProblem(b, `branches.${i}.team.`);
    if (team) return team;
  }
  if (!byId.has(ws.active)) return `field active: no branch has the id "${ws.active}"`;
  if (ws.compare !== null && !byId.has(ws.compare))
    return `field compare: no branch has the id "${ws.compare}"`;
  for (const [i, id] of (ws.compareAlso ?? []).entries()) {
    if (!byId.has(id)) return `field compareAlso.${i}: no branch has the id "${id}"`;
    if (id === ws.compare || ws.compareAlso!.indexOf(id) !== i)
      return `field compareAlso.${i}: the branch "${id}" is compared already`;
  }
  if ((ws.compareAlso?.length ?? 0) > 0 && ws.compare === null)
    return 'field compareAlso: more branches are compared only after the first ("compare")';
  return null;
}

/** A workspace from outside (already parsed from JSON): migrated, checked, with every scenario's defaults filled in. */
/**
 * Data already parsed from JSON checked against one of the formats' schemas (a part of a workspace, as a room's
 * messages carry it), with the same "__proto__" check and the same sentences as a file: `what` names it ("move").
 */
export function checkPart<T>(schema: z.ZodType<T>, data: unknown, what: string): Checked<T> {
  const proto = protoProblem(data);
  if (proto) return proto;
  const result = schema.safeParse(data, { reportInput: true });
  if (!result.success)
    return {
      ok: false,
      problem: 'invalid',
      detail: schemaProblem(result.error, schema as AnySchema, data, what),
    };
  return { ok: true, value: result.data, notice: null };
}

export function parseWorkspace(data: unknown): Checked<Workspace> {
  const proto = protoProblem(data);
  if (proto) return proto;
  const migration = migrateWorkspace(data);
  if (!migration.ok) return { ok: false, problem: 'newer', detail: migration.message };
  const input = migration.value;
  const result = workspaceSchema.safeParse(input, { reportInput: true });
  if (!result.success)
    return {
      ok: false,
      problem: 'invalid',
      detail: schemaProblem(result.error, workspaceSchema, input, 'workspace'),
    };
  const ws = result.data as Workspace;
  for (const [i, b] of ws.branches.entries()) {
    const refs = referenceProblem(b.scenario, `branches.${i}.scenario.`);
    if (refs) return { ok: false, problem: 'invalid', detail: refs };
  }
  const structure = structureProblem(ws);
  if (structure) return { ok: false, problem: 'invalid', detail: structure };
  return { ok: true, value: ws, notice: migration.migrated ? MIGRATED_NOTICE : null };
}

// ---- Files ----

/** A file that cannot be read, with the sentence the UI shows for it. */
type FileRefusal = { ok: false; message: string };
export type ScenarioFileResult = { ok: true; scenario: Scenario; notice: string | null } | FileRefusal;
export type FileResult =
  | { ok: true; kind: 'scenario'; scenario: Scenario; notice: string | null }
  | { ok: true; kind: 'workspace'; workspace: Workspace; notice: string | null }
  | FileRefusal;

/** The sentence the UI shows for a file that cannot be read. */
export function fileMessage(problem: Problem, detail: string, what: 'scenario' | 'workspace'): string {
  switch (problem) {
    case 'too-large':
      return `This file is too large: ${detail}.`;
    case 'newer':
      return `This file ${detail}`;
    default:
      return `This file is not a valid ${what}: ${detail}.`;
  }
}

const refusal = (
  checked: { problem: Problem; detail: string },
  what: 'scenario' | 'workspace',
): FileRefusal => ({
  ok: false,
  message: fileMessage(checked.problem, checked.detail, what),
});
const fileNotice = (notice: string | null) => notice && `This file ${notice}`;

/** A scenario file's text (from the file picker or a drop), checked; older formats are migrated. */
export function parseScenarioFile(text: string): ScenarioFileResult {
  const json = parseJsonText(text);
  if (!json.ok) return refusal(json, 'scenario');
  const checked = checkScenario(json.value);
  if (!checked.ok) return refusal(checked, 'scenario');
  return { ok: true, scenario: checked.value, notice: fileNotice(checked.notice) };
}

/**
 * A file's text as the app opens it and the CLI runs it: a workspace (an exported one, or what autosave stored) when
 * it has "branches", else a scenario; checked, older formats migrated.
 */
export function parseFile(text: string): FileResult {
  const json = parseJsonText(text);
  if (!json.ok) return refusal(json, 'scenario');
  if (isWorkspaceData(json.value)) {
    const checked = parseWorkspace(json.value);
    if (!checked.ok) return refusal(checked, 'workspace');
    return { ok: true, kind: 'workspace', workspace: checked.value, notice: fileNotice(checked.notice) };
  }
  const checked = checkScenario(json.value);
  if (!checked.ok) return refusal(checked, 'scenario');
  return { ok: true, kind: 'scenario', scenario: checked.value, notice: fileNotice(checked.notice) };
}

/**
 * A file's text as scenario fields to lay over another scenario (the CLI's --scenario over --preset): the limits,
 * "__proto__" keys and migration of a scenario file, but not the schema, which the scenario they make must meet. No
 * notice: a file of a few fields says no format, so it always reads as an older one.
 */
export function parseScenarioFields(
  text: string,
): { ok: true; fields: Record<string, unknown> } | FileRefusal {
  const json = parseJsonText(text);
  if (!json.ok) return refusal(json, 'scenario');
  const migration = migratedScenario(json.value);
  if (!migration.ok) return refusal(migration, 'scenario');
  const fields = migration.value;
  if (!isPlainObject(fields))
    return refusal(
      { problem: 'invalid', detail: `expected a JSON object ({ ... }), got ${describeValue(fields)}` },
      'scenario',
    );
  return { ok: true, fields };
}

/** Whether parsed JSON is a workspace (it has branches) rather than a scenario. */
export function isWorkspaceData(data: unknown): boolean {
  return isPlainObject(data) && Object.hasOwn(data, 'branches');
}
