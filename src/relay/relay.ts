// `npm run relay`: starts the room relay on the facilitator's machine (server.ts) and prints where the laptops find
// it: the machine's LAN addresses and port, the room's join code, and the facilitator's own link. Needs no internet.
// Options: --port N (default 8787, or $PORT; 0 picks a free port), --host ADDRESS (default 0.0.0.0, every network
// interface), --app DIR (the built app, default dist/; built first if missing), --key ROOM.HOSTKEY (the same room
// again after a restart, from the facilitator's link: every laptop then reconnects by itself). Stop it with Ctrl+C.

import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readHostKey } from './codes.ts';
import { startRelay } from './server.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** the port a room uses unless told otherwise: above the well-known ports, unlikely to be taken on a laptop */
const DEFAULT_PORT = 8787;

/** IPv4 addresses of this machine that other laptops on the LAN can reach (loopback and link-local left out). */
export function lanAddresses(): string[] {
  const out: string[] = [];
  for (const list of Object.values(networkInterfaces()))
    for (const a of list ?? [])
      if (a.family === 'IPv4' && !a.internal && !a.address.startsWith('169.254.')) out.push(a.address);
  return out;
}

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.PORT ?? String(DEFAULT_PORT) },
      host: { type: 'string', default: '0.0.0.0' },
      app: { type: 'string', default: `${ROOT}dist` },
      key: { type: 'string' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port: ${values.port} is not a port number (0 to 65535)`);
    process.exit(2);
  }
  const again = values.key === undefined ? null : readHostKey(values.key);
  if (values.key !== undefined && !again) {
    console.error('--key: give the facilitator link the relay printed, or the ROOM.HOSTKEY after its ?host=');
    process.exit(2);
  }
  const appDir = values.app.replace(/\/+$/, '');
  if (!existsSync(`${appDir}/index.html`)) {
    console.log(`No built app in ${appDir}: building it first (npm run build)…`);
    const { build } = await import('vite');
    process.env.NODE_ENV = 'production';
    await build({ root: ROOT, logLevel: 'warn' });
  }
  const relay = await startRelay({
    port,
    host: values.host,
    appDir,
    ...(again ? { room: again.room, hostKey: again.hostKey } : {}),
  });
  const hosts = values.host === '0.0.0.0' ? lanAddresses() : [values.host];
  const at = (h: string) => `http://${h}:${relay.port}`;
  const lines = [
    `Decoupling Lab room relay, listening on ${values.host} port ${relay.port}. Stop it with Ctrl+C.`,
    '',
    `  Join code of the room: ${relay.room}`,
    '',
    '  Facilitator, on this machine open (keep this link to yourself: it lets a page write the room):',
    `    http://localhost:${relay.port}/?host=${relay.hostToken}`,
    '',
    hosts.length > 0
      ? '  Team laptops on the same network open one of these, and enter the code the facilitator gives each team:'
      : '  No network address found: team laptops cannot reach this machine. Join a Wi-Fi or a LAN and start again.',
    ...hosts.map((h) => `    ${at(h)}/?join`),
    '',
    `  Restarted relay, same room (laptops reconnect by themselves): npm run relay -- --port ${relay.port} --key ${relay.hostToken}`,
  ];
  // Ready to stop before the links are printed: whoever reads them (a script, a test) may stop the relay at once.
  const stop = () => void relay.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  console.log(lines.join('\n'));
}

await main();
