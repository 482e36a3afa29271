// The room's names and codes, shared by the relay (Node) and the page: the room's join code, the facilitator's host
// key, and each team's secret, from which the name of the team's own document is made. A team's secret is an HMAC of
// the room and the state under the host key, so the relay and the facilitator's page derive it alike and nobody
// without the host key can make one: knowing the room's code lets a laptop read the shared charts, not a team's move.
// Plain TypeScript on the Web Crypto API, which Node 20 and every browser have; no Node built-ins.

/** letters and digits that cannot be misread for one another (no 0/O, 1/I/L): a code is typed from a projector */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
/** characters of a room's code: 31^6, about 900 million rooms, to tell rooms apart, not to keep anyone out */
export const ROOM_CODE_LENGTH = 6;
/** characters of a team's secret: 31^8, about 2^40, far beyond what a laptop can try against the relay in a session */
export const TEAM_SECRET_LENGTH = 8;
/** characters of the facilitator's host key: 31^26, about 2^128 */
export const HOST_KEY_LENGTH = 26;

/** The relay's close codes (4400-4499: y-websocket does not try again after them). */
export const CLOSE = {
  /** the room's code or a team's secret is not this relay's */
  noRoom: 4404,
  /** the host key is wrong */
  notHost: 4401,
  /** too many laptops in the room or on one team */
  full: 4409,
  /** not a room's address at all */
  badRequest: 4400,
} as const;

/** What the relay's check (GET /room/check) answers, and the close codes mean, in the words the page shows. */
export type RoomRefusal = 'no-room' | 'not-host' | 'full' | 'bad-request';

export function randomCode(length: number): string {
  const bytes = new Uint8Array(length);
  let out = '';
  while (out.length < length) {
    crypto.getRandomValues(bytes);
    // 31 letters: bytes from 248 up are dropped so that every letter is as likely
    for (const b of bytes) if (b < 248 && out.length < length) out += CODE_ALPHABET[b % 31];
  }
  return out;
}

const CODE_CHAR = `[${CODE_ALPHABET}]`;
const ROOM_RE = new RegExp(`^${CODE_CHAR}{${ROOM_CODE_LENGTH}}$`);
const SECRET_RE = new RegExp(`^${CODE_CHAR}{${TEAM_SECRET_LENGTH}}$`);
const HOST_RE = new RegExp(`^${CODE_CHAR}{${HOST_KEY_LENGTH}}$`);
/** a state's code as the relay sees it (the page checks it is one of the model's states) */
const STATE_RE = /^[A-Z]{2,4}$/;

export const isRoomCode = (text: string) => ROOM_RE.test(text);
export const isHostKey = (text: string) => HOST_RE.test(text);

/** A team's secret: the HMAC-SHA-256 of "room:state" under the host key, as TEAM_SECRET_LENGTH letters. */
export async function teamSecret(hostKey: string, room: string, state: string): Promise<string> {
  const enc = new TextEncoder();
  const key = await crypto.subtle.importKey(
    'raw',
    enc.encode(hostKey),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, enc.encode(`${room}:${state}`)));
  let out = '';
  // 32 bytes of MAC, each taken modulo 31: the bias (8 of 256 values count twice) costs well under a bit
  for (let i = 0; i < TEAM_SECRET_LENGTH; i++) out += CODE_ALPHABET[mac[i] % 31];
  return out;
}

/** The shared document: the facilitator writes it, every laptop in the room reads it. */
export const publicDocName = (room: string) => `dl-${room}`;
/** A team's own document: its moves to the facilitator and the facilitator's answers, for that team alone. */
export const teamDocName = (room: string, state: string, secret: string) => `dl-${room}-${state}-${secret}`;

export type DocName =
  { room: string; kind: 'public' } | { room: string; kind: 'team'; state: string; secret: string };

/** What a document's name says, or null for a name that is none of the room's. */
export function readDocName(name: string): DocName | null {
  const parts = name.split('-');
  if (parts[0] !== 'dl' || !isRoomCode(parts[1] ?? '')) return null;
  if (parts.length === 2) return { room: parts[1], kind: 'public' };
  if (parts.length === 4 && STATE_RE.test(parts[2]) && SECRET_RE.test(parts[3]))
    return { room: parts[1], kind: 'team', state: parts[2], secret: parts[3] };
  return null;
}

/** A team's join code, as the facilitator reads it out or shows it: room, state, secret ("K7Q2MX-CHN-4HT9PA2B"). */
export const joinCode = (room: string, state: string, secret: string) => `${room}-${state}-${secret}`;

/** A join code as a team typed it, or null when it cannot be one (the relay then says whether it is this room's). */
export function readJoinCode(text: string): { room: string; state: string; secret: string } | null {
  const raw = text.trim().toUpperCase().replace(/\s+/g, '');
  const m = /^([A-Z0-9]{6})-?([A-Z]{2,4}?)-?([A-Z0-9]{8})$/.exec(raw);
  if (!m) return null;
  const [, room, state, secret] = m;
  if (!isRoomCode(room) || !SECRET_RE.test(secret)) return null;
  return { room, state, secret };
}

/** The facilitator's key as the relay prints it ("K7Q2MX.<26 letters>"), or null. */
export function readHostKey(text: string): { room: string; hostKey: string } | null {
  let raw = text.trim();
  // the whole link printed by the relay is accepted too
  const inLink = /[?&]host=([^&#\s]+)/.exec(raw);
  if (inLink) raw = decodeURIComponent(inLink[1]);
  const [room, key] = raw.toUpperCase().split('.');
  if (!room || !key || !isRoomCode(room) || !isHostKey(key)) return null;
  return { room, hostKey: key };
}

/** The facilitator's token in a link: room and key together, so one field holds both. */
export const hostToken = (room: string, hostKey: string) => `${room}.${hostKey}`;
