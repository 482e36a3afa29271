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
//   Checked<T> = { ok: true, value, notice } | { ok: false, problem, detail, reason }: detail is a phrase without
//     context ("field seed: expected ..."), to which the caller adds "This file ..." or "This link ..."; reason is the
//     same as data (Reason: a kind with its fields), which reasonText words in English as the detail and the app's
//     catalogs word in other languages.
//   notice: null, or a sentence to show once (e.g. the data was in an older format and has been updated).
//
// Text from outside (names, notes, descriptions) is accepted as it is, markup included: it is data, never markup.
// The UI must show it with text interpolation ({name}), never as raw HTML.

// zod's setting first (jitless.ts): when the page's bundle splits the schemas into a chunk of their own (they are
// shared with the room's pages, loaded later), that chunk runs before the page's first module
import '../jitless.ts';
import type { z } from 'zod';
import {
  ScenarioError,
  parseScenario,
  scenarioProblemText,
  scenarioSchema,
  type Scenario,
  type ScenarioProblem,
} from '../../model/scenario.ts';
import { teamPlayProblem, teamPlayProblemText, type TeamPlayProblem } from '../teamPlay.ts';
import { workspaceSchema, type Workspace } from '../workspace.ts';
import { isPlainObject, migrateScenario, migrateWorkspace, newerMessage, type Newer } from './migrate.ts';

/** largest file (or unpacked link, or stored workspace) read: 1 MB holds a dozen branches with 2,000-entry timelines */
export const MAX_FILE_BYTES = 1024 * 1024;
/** deepest nesting of arrays and objects accepted: a workspace needs 7 levels; more is not a scenario */
export const MAX_DEPTH = 32;

export type Problem = 'too-large' | 'too-deep' | 'not-json' | 'newer' | 'invalid';
export type Checked<T> =
  | { ok: true; value: T; notice: string | null }
  | { ok: false; problem: Problem; detail: string; reason: Reason };

/** A value from outside as a refusal names it (describeValue), as data. */
export type Shown =
  | { is: 'nothing' }
  | { is: 'null' }
  | { is: 'nan' }
  | { is: 'huge'; negative: boolean }
  | { is: 'number'; value: number }
  | { is: 'text'; text: string; cut: boolean }
  | { is: 'boolean'; value: boolean }
  | { is: 'list'; entries: number }
  | { is: 'object' };

/** What a field expects, as data: "a whole number from 1 to 400", "one of "cii" or "all"". */
export type Expected =
  | { is: 'number'; whole: boolean; min: number | null; max: number | null }
  | { is: 'text'; min: number; max: number | null }
  | { is: 'one-of'; values: readonly unknown[] }
  | { is: 'values'; values: readonly unknown[] }
  | { is: 'list' }
  | { is: 'object' }
  | { is: 'boolean' }
  | { is: 'tagged'; tag: string }
  | { is: 'shorter-text' }
  | { is: 'in-range' }
  /** zod's own name of a type, where the schema at the path is not known (rare) */
  | { is: 'type'; name: string };

/** Where a problem is: a field by its path, or the whole of what was read ("the scenario"). */
export interface Where {
  path: readonly string[];
  what: string;
}

/** Why data from outside is refused, as data: the detail phrase is reasonText(reason). */
export type Reason =
  | { kind: 'too-large'; bytes: number; most: number }
  | { kind: 'too-deep'; line: number; column: number; most: number }
  | { kind: 'not-json'; line: number; column: number; unexpected: string | null }
  | ({ kind: 'newer' } & Newer)
  | { kind: 'not-object'; got: Shown }
  | { kind: 'unknown-field'; path: readonly string[]; what: string; more: number }
  | { kind: 'missing'; where: Where; expected: Expected }
  | { kind: 'wrong-type'; where: Where; expected: Expected; got: Shown }
  | { kind: 'entries'; where: Where; atMost: boolean; bound: number; got: number | null }
  | { kind: 'text-length'; where: Where; expected: Expected; got: number | null }
  | { kind: 'out-of-range'; where: Where; expected: Expected; got: Shown }
  | { kind: 'not-one-of'; where: Where; values: readonly unknown[]; got: Shown }
  | { kind: 'no-form'; where: Where }
  | { kind: 'characters'; where: Where; got: Shown; format: string | null }
  /** zod's own message for a rule no other kind covers (rare: the schemas use none) */
  | { kind: 'zod'; where: Where; message: string }
  | { kind: 'not-valid'; what: string }
  | { kind: 'more-fields'; first: Reason; more: number }
  | { kind: 'proto'; path: readonly string[] }
  | { kind: 'model'; prefix: string; problem: ScenarioProblem }
  | { kind: 'team'; problem: TeamPlayProblem }
  | { kind: 'branch-id'; index: number; id: string }
  | { kind: 'no-main-line' }
  | { kind: 'two-main-lines'; index: number }
  | { kind: 'no-parent'; index: number; id: string }
  | { kind: 'circle'; index: number }
  | { kind: 'branch-keeps'; index: number; field: 'seed' | 'firms'; parent: number; got: number }
  | { kind: 'no-branch'; field: string; id: string }
  | { kind: 'compared-already'; index: number; id: string }
  | { kind: 'compare-first' }
  /** a sentence without a kind: an error the model throws without data (rare), kept as written */
  | { kind: 'other'; text: string };

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

function lineColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < index && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: index - start + 1 };
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
  if (bytes > MAX_FILE_BYTES) return refused('too-large', { kind: 'too-large', bytes, most: MAX_FILE_BYTES });
  const deep = tooDeepAt(text, MAX_DEPTH);
  if (deep >= 0) return refused('too-deep', { kind: 'too-deep', ...lineColumn(text, deep), most: MAX_DEPTH });
  try {
    return { ok: true, value: JSON.parse(text), notice: null };
  } catch {
    // engines word JSON errors differently and some give no position, so the place is found here
    const at = jsonErrorAt(text);
    return refused('not-json', {
      kind: 'not-json',
      ...lineColumn(text, at),
      unexpected: at >= text.length ? null : text[at],
    });
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

/** What a schema expects, as data. */
function expected(schema: AnySchema | undefined): Expected | undefined {
  const def = defOf(schema);
  if (!def) return undefined;
  const s = schema as unknown as Record<string, unknown>;
  switch (def.type) {
    case 'number': {
      const min = s.minValue as number | null;
      const max = s.maxValue as number | null;
      const hasMin = typeof min === 'number' && Number.isFinite(min) && min > Number.MIN_SAFE_INTEGER;
      const hasMax = typeof max === 'number' && Number.isFinite(max) && max < Number.MAX_SAFE_INTEGER;
      return { is: 'number', whole: Boolean(s.isInt), min: hasMin ? min : null, max: hasMax ? max : null };
    }
    case 'string':
      return { is: 'text', min: (s.minLength as number | null) ?? 0, max: s.maxLength as number | null };
    case 'enum':
      return { is: 'one-of', values: Object.values(def.entries as Record<string, unknown>) };
    case 'literal':
      return { is: 'values', values: def.values as unknown[] };
    case 'array':
      return { is: 'list' };
    case 'object':
    case 'record':
      return { is: 'object' };
    case 'boolean':
      return { is: 'boolean' };
    case 'union':
      return typeof def.discriminator === 'string' ? { is: 'tagged', tag: def.discriminator } : undefined;
    default:
      return undefined;
  }
}

/** What a field expects, in English: "a whole number from 1 to 400", "one of "cii", "all"". */
export function expectedText(e: Expected): string {
  switch (e.is) {
    case 'number': {
      const kind = e.whole ? 'a whole number' : 'a number';
      if (e.min !== null && e.max !== null)
        return `${kind} from ${plainNumber(e.min)} to ${plainNumber(e.max)}`;
      if (e.min !== null) return `${kind} of at least ${plainNumber(e.min)}`;
      if (e.max !== null) return `${kind} of at most ${plainNumber(e.max)}`;
      return kind;
    }
    case 'text':
      if (e.max !== null && e.min > 0) return `text of ${e.min} to ${e.max} characters`;
      if (e.max !== null) return `text of at most ${e.max} characters`;
      return e.min > 0 ? 'text that is not empty' : 'text';
    case 'one-of':
      return `one of ${oneOf(e.values)}`;
    case 'values':
      return oneOf(e.values);
    case 'list':
      return 'a list';
    case 'object':
      return 'an object';
    case 'boolean':
      return 'true or false';
    case 'tagged':
      return `an object with a "${e.tag}"`;
    case 'shorter-text':
      return 'shorter text';
    case 'in-range':
      return 'a number in range';
    case 'type':
      return e.name;
  }
}

/** Values as a refusal lists them: "a", "b" or "c", the first 12 only. */
export function oneOf(values: readonly unknown[]): string {
  const shown = values.slice(0, 12).map((v) => JSON.stringify(v));
  const text =
    shown.length === 1 ? shown[0] : `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
  return values.length > 12 ? `${text} (or ${values.length - 12} more)` : text;
}

/** A value from outside as data, briefly and safely (long text is cut to 40 characters). */
export function shownOf(value: unknown): Shown {
  if (value === undefined) return { is: 'nothing' };
  if (value === null) return { is: 'null' };
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return { is: 'nan' };
    if (!Number.isFinite(value)) return { is: 'huge', negative: value < 0 };
    return { is: 'number', value };
  }
  if (typeof value === 'string')
    return value.length > 40
      ? { is: 'text', text: value.slice(0, 40), cut: true }
      : { is: 'text', text: value, cut: false };
  if (typeof value === 'boolean') return { is: 'boolean', value };
  if (Array.isArray(value)) return { is: 'list', entries: value.length };
  return { is: 'object' };
}

/** A value shown in English. */
export function shownText(shown: Shown): string {
  switch (shown.is) {
    case 'nothing':
      return 'nothing';
    case 'null':
      return 'null';
    case 'nan':
      return 'NaN';
    case 'huge':
      return `${shown.negative ? '-' : ''}a number too large to store`;
    case 'number':
      return String(shown.value);
    case 'text':
      return `${JSON.stringify(shown.cut ? `${shown.text}…` : shown.text)} (text)`;
    case 'boolean':
      return String(shown.value);
    case 'list':
      return shown.entries === 1 ? 'a list of 1 entry' : `a list of ${shown.entries} entries`;
    case 'object':
      return 'an object';
  }
}

/** A value from outside, described briefly and safely (long text is cut). */
export function describeValue(value: unknown): string {
  return shownText(shownOf(value));
}

const cutKey = (k: PropertyKey) => {
  const s = String(k);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
};

function fieldName(path: readonly string[]): string {
  return path.length === 0 ? 'the whole' : `field ${path.join('.')}`;
}

const whereText = (where: Where) => (where.path.length === 0 ? `the ${where.what}` : fieldName(where.path));

function issueReason(issue: z.core.$ZodIssue, root: AnySchema, input: unknown, what: string): Reason {
  const path = issue.path.map(cutKey);
  const value = (issue as { input?: unknown }).input;
  const where: Where = { path, what };
  const wanted = expected(schemaAt(root, issue.path, input));
  switch (issue.code) {
    case 'unrecognized_keys': {
      const [first, ...rest] = issue.keys;
      return { kind: 'unknown-field', path: [...path, cutKey(first)], what, more: rest.length };
    }
    case 'invalid_type':
      if (path.length === 0) return { kind: 'not-object', got: shownOf(value) };
      if (value === undefined)
        return { kind: 'missing', where, expected: wanted ?? { is: 'type', name: issue.expected } };
      return {
        kind: 'wrong-type',
        where,
        expected: wanted ?? { is: 'type', name: issue.expected },
        got: shownOf(value),
      };
    case 'too_big':
    case 'too_small': {
      if (issue.origin === 'array' || issue.origin === 'set') {
        const atMost = issue.code === 'too_big';
        const bound = Number(issue.code === 'too_big' ? issue.maximum : issue.minimum);
        return { kind: 'entries', where, atMost, bound, got: Array.isArray(value) ? value.length : null };
      }
      if (issue.origin === 'string')
        return {
          kind: 'text-length',
          where,
          expected: wanted ?? { is: 'shorter-text' },
          got: typeof value === 'string' ? value.length : null,
        };
      return { kind: 'out-of-range', where, expected: wanted ?? { is: 'in-range' }, got: shownOf(value) };
    }
    case 'invalid_value':
      return { kind: 'not-one-of', where, values: issue.values as unknown[], got: shownOf(value) };
    case 'invalid_union': {
      const disc = (issue as { discriminator?: string }).discriminator;
      const options = (issue as { options?: unknown[] }).options;
      if (disc && options) {
        // zod puts the tag's name at the end of the path; the input is the object that carries it
        const at = issue.path[issue.path.length - 1] === disc ? path : [...path, cutKey(disc)];
        return {
          kind: 'not-one-of',
          where: { path: at, what },
          values: options,
          got: shownOf(own(value, disc)),
        };
      }
      return { kind: 'no-form', where };
    }
    case 'invalid_format':
      return {
        kind: 'characters',
        where,
        got: shownOf(value),
        format: issue.format === 'regex' && issue.pattern === '/^[a-z0-9-]{1,40}$/' ? null : issue.format,
      };
    default:
      return { kind: 'zod', where, message: issue.message };
  }
}

function schemaReason(error: z.ZodError, root: AnySchema, input: unknown, what: string): Reason {
  const [first, ...rest] = error.issues;
  if (!first) return { kind: 'not-valid', what };
  const reason = issueReason(first, root, input, what);
  // one field can break two rules (a huge fraction is neither whole nor in range): count fields, not rules
  const key = (issue: z.core.$ZodIssue) => issue.path.map(String).join('.');
  const more = new Set(rest.map(key).filter((k) => k !== key(first))).size;
  return more > 0 ? { kind: 'more-fields', first: reason, more } : reason;
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** A reason in English: the detail phrase a refusal has always given, which the CLI and the tests read. */
export function reasonText(r: Reason): string {
  switch (r.kind) {
    case 'too-large':
      return `it is ${formatBytes(r.bytes)}, and the most Decoupling Lab reads is ${formatBytes(r.most)}`;
    case 'too-deep':
      return `line ${r.line}, column ${r.column}: lists and objects are nested more than ${r.most} levels deep`;
    case 'not-json':
      return `line ${r.line}, column ${r.column}: it is not valid JSON (${
        r.unexpected === null ? 'the text ends too early' : `unexpected ${JSON.stringify(r.unexpected)}`
      })`;
    case 'newer':
      return newerMessage(r);
    case 'not-object':
      return `expected a JSON object ({ ... }), got ${shownText(r.got)}`;
    case 'unknown-field': {
      const more = r.more > 0 ? ` (and ${r.more} more unknown ${plural(r.more, 'field', 'fields')})` : '';
      return `${fieldName(r.path)}: no such field in a ${r.what}${more}`;
    }
    case 'missing':
      return `${whereText(r.where)}: missing; expected ${expectedText(r.expected)}`;
    case 'wrong-type':
      return `${whereText(r.where)}: expected ${expectedText(r.expected)}, got ${
        r.got.is === 'number' ? `the number ${r.got.value}` : shownText(r.got)
      }`;
    case 'entries':
      return `${whereText(r.where)}: expected ${r.atMost ? 'at most' : 'at least'} ${r.bound} entries${
        r.got === null ? '' : `, got ${r.got}`
      }`;
    case 'text-length':
      return `${whereText(r.where)}: expected ${expectedText(r.expected)}${
        r.got === null ? '' : `, got ${r.got} characters`
      }`;
    case 'out-of-range':
      return `${whereText(r.where)}: expected ${expectedText(r.expected)}, got ${shownText(r.got)}`;
    case 'not-one-of':
      return `${whereText(r.where)}: expected ${oneOf(r.values)}, got ${shownText(r.got)}`;
    case 'no-form':
      return `${whereText(r.where)}: does not match any of the forms it may take`;
    case 'characters':
      return `${whereText(r.where)}: ${shownText(r.got)} has characters that are not allowed here (expected ${
        r.format === null ? 'lower-case letters, digits and dashes' : `the ${r.format} format`
      })`;
    case 'zod':
      return `${whereText(r.where)}: ${r.message}`;
    case 'not-valid':
      return `not a valid ${r.what}`;
    case 'more-fields':
      return `${reasonText(r.first)} (and problems in ${r.more} more ${plural(r.more, 'field', 'fields')})`;
    case 'proto':
      return `${fieldName(r.path)}: "__proto__" is not allowed as a field name`;
    case 'model':
      return `field ${r.prefix}${scenarioProblemText(r.problem)}`;
    case 'team':
      return teamPlayProblemText(r.problem);
    case 'branch-id':
      return `field branches.${r.index}.id: another branch already has the id "${r.id}"`;
    case 'no-main-line':
      return 'field branches: no branch is the main line (the main line has parent null)';
    case 'two-main-lines':
      return `field branches.${r.index}.parent: only the main line may have no parent`;
    case 'no-parent':
      return `field branches.${r.index}.parent: no branch has the id "${r.id}"`;
    case 'circle':
      return `field branches.${r.index}.parent: the branches' parents go round in a circle`;
    case 'branch-keeps':
      return `field branches.${r.index}.scenario.${r.field}: a branch keeps the ${
        r.field === 'seed' ? 'seed' : 'number of firms'
      } of the run it branches from (${r.parent}), got ${r.got}`;
    case 'no-branch':
      return `field ${r.field}: no branch has the id "${r.id}"`;
    case 'compared-already':
      return `field compareAlso.${r.index}: the branch "${r.id}" is compared already`;
    case 'compare-first':
      return 'field compareAlso: more branches are compared only after the first ("compare")';
    case 'other':
      return r.text;
  }
}

/** A refusal of data already parsed, with its detail in English and its reason as data. */
const refused = (problem: Problem, reason: Reason) =>
  ({ ok: false, problem, detail: reasonText(reason), reason }) as const;

/** The model's own checks between fields (firm ids exist, a relaxed measure was imposed), as a reason. */
function referenceProblem(scenario: unknown, prefix: string): Reason | null {
  try {
    parseScenario(scenario);
    return null;
  } catch (e) {
    if (e instanceof ScenarioError)
      return e.problem
        ? { kind: 'model', prefix, problem: e.problem }
        : { kind: 'other', text: `field ${prefix}${e.message}` };
    return { kind: 'other', text: `${prefix || 'scenario'}: ${(e as Error).message}` };
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
  return path && refused('invalid', { kind: 'proto', path: path.map(cutKey) });
}

/** Scenario data from outside before the schema: "__proto__" keys refused, an older format migrated. */
function migratedScenario(data: unknown): Checked<unknown> {
  const proto = protoProblem(data);
  if (proto) return proto;
  const migration = migrateScenario(data);
  if (!migration.ok) return refused('newer', { kind: 'newer', ...migration.newer });
  return { ok: true, value: migration.value, notice: migration.migrated ? MIGRATED_NOTICE : null };
}

/** A scenario from outside (already parsed from JSON): migrated, checked and with defaults filled in. */
export function checkScenario(data: unknown): Checked<Scenario> {
  const migration = migratedScenario(data);
  if (!migration.ok) return migration;
  const input = migration.value;
  const result = scenarioSchema.safeParse(input, { reportInput: true });
  if (!result.success)
    return refused('invalid', schemaReason(result.error, scenarioSchema, input, 'scenario'));
  const refs = referenceProblem(result.data, '');
  if (refs) return refused('invalid', refs);
  return { ok: true, value: result.data as Scenario, notice: migration.notice };
}

/** Links between branches that the schema cannot see: unique ids, parents that exist, no circles, shared seeds. */
function structureProblem(ws: Workspace): Reason | null {
  const byId = new Map<string, number>();
  for (const [i, b] of ws.branches.entries()) {
    if (byId.has(b.id)) return { kind: 'branch-id', index: i, id: b.id };
    byId.set(b.id, i);
  }
  const roots = ws.branches.flatMap((b, i) => (b.parent === null ? [i] : []));
  if (roots.length === 0) return { kind: 'no-main-line' };
  if (roots.length > 1) return { kind: 'two-main-lines', index: roots[1] };
  for (const [i, b] of ws.branches.entries()) {
    if (b.parent === null) continue;
    const parentIndex = byId.get(b.parent);
    if (parentIndex === undefined) return { kind: 'no-parent', index: i, id: b.parent };
    // walk up: a chain longer than the list of branches goes round in a circle
    let node: (typeof ws.branches)[number] | undefined = b;
    for (let steps = 0; node && node.parent !== null; steps++) {
      if (steps > ws.branches.length) return { kind: 'circle', index: i };
      node = ws.branches[byId.get(node.parent) ?? -1];
    }
    const parent = ws.branches[parentIndex];
    if (b.fromRound > 1) {
      if (b.scenario.seed !== parent.scenario.seed)
        return {
          kind: 'branch-keeps',
          index: i,
          field: 'seed',
          parent: parent.scenario.seed,
          got: b.scenario.seed,
        };
      if (b.scenario.firms !== parent.scenario.firms)
        return {
          kind: 'branch-keeps',
          index: i,
          field: 'firms',
          parent: parent.scenario.firms,
          got: b.scenario.firms,
        };
    }
  }
  for (const [i, b] of ws.branches.entries()) {
    const team = teamPlayProblem(b, `branches.${i}.team.`);
    if (team) return { kind: 'team', problem: team };
  }
  if (!byId.has(ws.active)) return { kind: 'no-branch', field: 'active', id: ws.active };
  if (ws.compare !== null && !byId.has(ws.compare))
    return { kind: 'no-branch', field: 'compare', id: ws.compare };
  for (const [i, id] of (ws.compareAlso ?? []).entries()) {
    if (!byId.has(id)) return { kind: 'no-branch', field: `compareAlso.${i}`, id };
    if (id === ws.compare || ws.compareAlso!.indexOf(id) !== i)
      return { kind: 'compared-already', index: i, id };
  }
  if ((ws.compareAlso?.length ?? 0) > 0 && ws.compare === null) return { kind: 'compare-first' };
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
  if (!result.success) return refused('invalid', schemaReason(result.error, schema as AnySchema, data, what));
  return { ok: true, value: result.data, notice: null };
}

export function parseWorkspace(data: unknown): Checked<Workspace> {
  const proto = protoProblem(data);
  if (proto) return proto;
  const migration = migrateWorkspace(data);
  if (!migration.ok) return refused('newer', { kind: 'newer', ...migration.newer });
  const input = migration.value;
  const result = workspaceSchema.safeParse(input, { reportInput: true });
  if (!result.success)
    return refused('invalid', schemaReason(result.error, workspaceSchema, input, 'workspace'));
  const ws = result.data as Workspace;
  for (const [i, b] of ws.branches.entries()) {
    const refs = referenceProblem(b.scenario, `branches.${i}.scenario.`);
    if (refs) return refused('invalid', refs);
  }
  const structure = structureProblem(ws);
  if (structure) return refused('invalid', structure);
  return { ok: true, value: ws, notice: migration.migrated ? MIGRATED_NOTICE : null };
}

// ---- Files ----

/** Why a file cannot be read, as data: fileProblemText words it in English (the message). */
export interface FileProblem {
  problem: Problem;
  reason: Reason;
  what: 'scenario' | 'workspace';
}
/** A file that cannot be read, with the sentence the UI shows for it and why as data. */
type FileRefusal = { ok: false; message: string; refusal: FileProblem };
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

/** A file's refusal in English. */
export const fileProblemText = (p: FileProblem) => fileMessage(p.problem, reasonText(p.reason), p.what);

const refusal = (
  checked: { problem: Problem; reason: Reason },
  what: 'scenario' | 'workspace',
): FileRefusal => {
  const problem: FileProblem = { problem: checked.problem, reason: checked.reason, what };
  return { ok: false, message: fileProblemText(problem), refusal: problem };
};
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
    return refusal({ problem: 'invalid', reason: { kind: 'not-object', got: shownOf(fields) } }, 'scenario');
  return { ok: true, fields };
}

/** Whether parsed JSON is a workspace (it has branches) rather than a scenario. */
export function isWorkspaceData(data: unknown): boolean {
  return isPlainObject(data) && Object.hasOwn(data, 'branches');
}
