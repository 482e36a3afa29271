// The share link: the whole workspace, as compact JSON, compressed (zlib, by fflate) and written in URL-safe base64,
// after a link-format number, in the URL hash: `#w=1.eNq...`. Opening the link rebuilds the same workspace, so the
// run and its fingerprint are the same. A link is untrusted input: decoding never throws and every refusal says why.
//
// API:
//   shareHash(ws) -> { ok: true, hash: '#w=1.eNq…' } | { ok: false, message }   refuses a workspace too large to share
//   readShareHash(location.hash) -> null (no workspace in this hash) | DecodeResult
//   encodeWorkspace(ws) -> '1.eNq…'                  the token alone, without the size check
//   decodeWorkspace(token) -> DecodeResult = { ok: true, workspace, notice } | { ok: false, message }
//     message: "This link is damaged: …", "This link is too long …", "This link was made by a newer version …"
//     notice: null, or a sentence to show once (the link was in an older format and has been updated).
//
// Limits, and why:
//   MAX_LINK_CHARS (64 KB of text): Chromium keeps URLs of up to 2 MB, but mail and chat tools cut or refuse links
//     long before that; a workspace that needs more goes by file. Typical workspaces make links of 1-5 KB.
//   MAX_FILE_BYTES unpacked (1 MB, as for a file): a link and a file carry the same data. Deflate can expand a few
//     bytes a thousandfold, so decompression stops as soon as the output passes the limit.

import { Inflate, zlibSync } from 'fflate';
import { formatted, type Workspace } from '../workspace.ts';
import {
  formatBytes,
  MAX_FILE_BYTES,
  parseJsonText,
  parseWorkspace,
  reasonText,
  type Reason,
} from './validate.ts';

/** version of the link's encoding (compression and alphabet), apart from the workspace's own format version */
export const LINK_FORMAT = 1;
/** the hash parameter that carries the workspace: #w=... */
export const LINK_PARAM = 'w';
/** longest token accepted, in characters (see the header) */
export const MAX_LINK_CHARS = 64 * 1024;

export type DecodeResult =
  | { ok: true; workspace: Workspace; notice: string | null }
  | { ok: false; message: string; problem: LinkProblem };

/** Why a link cannot be opened, as data: linkProblemText words it in English (the message). */
export type LinkProblem =
  | { kind: 'too-long'; chars: number; most: number }
  | { kind: 'newer-link'; format: number; current: number }
  | { kind: 'unpacked-too-large'; most: number }
  /** the workspace it carries is of a newer format (reason.kind 'newer') */
  | { kind: 'newer'; reason: Reason }
  | { kind: 'damaged'; why: LinkDamage };

/** How a link is damaged. */
export type LinkDamage =
  | { kind: 'no-format' }
  | { kind: 'no-such-format'; format: number }
  | { kind: 'character'; character: string; position: number }
  | { kind: 'cut' }
  | { kind: 'checksum' }
  | { kind: 'not-utf8' }
  /** what it carries is not a valid workspace: the checker's reason */
  | { kind: 'content'; reason: Reason };

const COPY_AGAIN = 'Copy the whole link again';

/** A link's refusal in English. */
export function linkProblemText(p: LinkProblem): string {
  switch (p.kind) {
    case 'too-long':
      return `This link is too long: ${formatBytes(p.chars)}, and the most a link may carry is ${formatBytes(p.most)}.`;
    case 'newer-link':
      return `This link was made by a newer version of Decoupling Lab (link format ${p.format}; this version reads formats up to ${p.current}). Open it in the newer version of the app.`;
    case 'unpacked-too-large':
      return `This link is too large once unpacked: more than ${formatBytes(p.most)}, the most Decoupling Lab reads.`;
    case 'newer':
      return `This link ${reasonText(p.reason)}`;
    case 'damaged':
      return `This link is damaged: ${damageText(p.why)}.`;
  }
}

function damageText(d: LinkDamage): string {
  switch (d.kind) {
    case 'no-format':
      return `it does not start with a link format number. ${COPY_AGAIN}`;
    case 'no-such-format':
      return `there is no link format ${d.format}`;
    case 'character':
      return `it has a character a link never has (${JSON.stringify(d.character)} at position ${d.position}). ${COPY_AGAIN}`;
    case 'cut':
      return `it was cut short or changed on the way. ${COPY_AGAIN}`;
    case 'checksum':
      return `its checksum does not match, so it was cut short or changed on the way. ${COPY_AGAIN}`;
    case 'not-utf8':
      return 'its text is not valid UTF-8';
    case 'content':
      return reasonText(d.reason);
  }
}

const refused = (problem: LinkProblem): DecodeResult => ({
  ok: false,
  message: linkProblemText(problem),
  problem,
});

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

/** Unpadded base64url (RFC 4648 §5), which needs no escaping in a URL. */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63];
    if (i + 1 < bytes.length) out += ALPHABET[(n >> 6) & 63];
    if (i + 2 < bytes.length) out += ALPHABET[n & 63];
  }
  return out;
}

/** The bytes of unpadded base64url text, or the index of the first character that cannot be in it. */
export function fromBase64Url(text: string): Uint8Array | { badAt: number } {
  if (text.length % 4 === 1) return { badAt: text.length - 1 };
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let buffer = 0;
  let o = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const v = c < 128 ? VALUE[c] : -1;
    if (v < 0) return { badAt: i };
    buffer = (buffer << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (buffer >> bits) & 0xff;
    }
  }
  return out;
}

/** Adler-32 of the bytes (RFC 1950): fflate strips the zlib trailer without checking it, so the link checks it here. */
export function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < bytes.length;) {
    // 3800 bytes at a time keep both sums far from 2^53 before the modulo
    const end = Math.min(bytes.length, i + 3800);
    for (; i < end; i++) {
      a += bytes[i];
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** The token for a workspace: "1." then the compressed JSON in base64url. */
export function encodeWorkspace(workspace: Workspace): string {
  const bytes = new TextEncoder().encode(JSON.stringify(formatted(workspace)));
  return `${LINK_FORMAT}.${toBase64Url(zlibSync(bytes, { level: 9 }))}`;
}

/** The URL hash for a workspace, or a message when it is too large for a link. */
export function shareHash(workspace: Workspace): { ok: true; hash: string } | { ok: false; message: string } {
  const token = encodeWorkspace(workspace);
  if (token.length > MAX_LINK_CHARS)
    return {
      ok: false,
      message:
        `This workspace is too large to share as a link (${formatBytes(token.length)} of link; the most is ` +
        `${formatBytes(MAX_LINK_CHARS)}). Export it as a file and share the file instead.`,
    };
  return { ok: true, hash: `#${LINK_PARAM}=${token}` };
}

const damaged = (why: LinkDamage): DecodeResult => refused({ kind: 'damaged', why });

class TooLarge extends Error {}

/** The zlib stream's content, or a reason it cannot be trusted; stops once the output passes the limit. */
function inflateLimited(data: Uint8Array, limit: number): Uint8Array | 'too-large' | LinkDamage {
  // RFC 1950 header: deflate with a window of at most 32 KB, no preset dictionary, and a check on the two bytes
  if (
    data.length < 6 ||
    (data[0] & 15) !== 8 ||
    data[0] >> 4 > 7 ||
    ((data[0] << 8) | data[1]) % 31 !== 0 ||
    data[1] & 32
  )
    return { kind: 'cut' };
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > limit) throw new TooLarge();
    chunks.push(chunk);
  });
  const body = data.subarray(2, data.length - 4);
  if (body.length === 0) return { kind: 'cut' };
  try {
    // pushed in small pieces so that no single step can expand far past the limit
    const step = 1024;
    for (let i = 0; i < body.length; i += step)
      inflater.push(body.subarray(i, i + step), i + step >= body.length);
  } catch (e) {
    if (e instanceof TooLarge) return 'too-large';
    return { kind: 'cut' };
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  const t = data.length - 4;
  const stored = ((data[t] << 24) | (data[t + 1] << 16) | (data[t + 2] << 8) | data[t + 3]) >>> 0;
  if (stored !== adler32(out)) return { kind: 'checksum' };
  return out;
}

/** The workspace a token carries, or a message saying what is wrong with the link. Never throws. */
export function decodeWorkspace(token: string): DecodeResult {
  const text = token.trim();
  if (text.length > MAX_LINK_CHARS)
    return refused({ kind: 'too-long', chars: text.length, most: MAX_LINK_CHARS });
  const head = /^(\d{1,6})\./.exec(text);
  if (!head) return damaged({ kind: 'no-format' });
  const format = Number(head[1]);
  if (format > LINK_FORMAT) return refused({ kind: 'newer-link', format, current: LINK_FORMAT });
  if (format < 1) return damaged({ kind: 'no-such-format', format });
  const body = text.slice(head[0].length);
  const bytes = fromBase64Url(body);
  if (!(bytes instanceof Uint8Array)) {
    const at = head[0].length + bytes.badAt;
    return damaged(
      bytes.badAt < body.length && VALUE[body.charCodeAt(bytes.badAt)] === -1
        ? { kind: 'character', character: text[at], position: at + 1 }
        : { kind: 'cut' },
    );
  }
  const json = inflateLimited(bytes, MAX_FILE_BYTES);
  if (json === 'too-large') return refused({ kind: 'unpacked-too-large', most: MAX_FILE_BYTES });
  if (!(json instanceof Uint8Array)) return damaged(json);
  let jsonText: string;
  try {
    jsonText = new TextDecoder('utf-8', { fatal: true }).decode(json);
  } catch {
    return damaged({ kind: 'not-utf8' });
  }
  const parsed = parseJsonText(jsonText);
  if (!parsed.ok) return damaged({ kind: 'content', reason: parsed.reason });
  const checked = parseWorkspace(parsed.value);
  if (!checked.ok)
    return checked.problem === 'newer'
      ? refused({ kind: 'newer', reason: checked.reason })
      : damaged({ kind: 'content', reason: checked.reason });
  return { ok: true, workspace: checked.value, notice: checked.notice && `This link ${checked.notice}` };
}

/** The workspace in a URL hash ("#w=..."), or null when the hash carries none (an ordinary visit). */
export function readShareHash(hash: string): DecodeResult | null {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const token = params.get(LINK_PARAM);
  return token === null ? null : decodeWorkspace(token);
}
