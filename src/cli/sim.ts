// Entry point of `npm run sim`: everything it does lives in cli.ts, where tests can reach it.

import { main, outputErrorLine } from './cli.ts';

// standard output fails after main has returned (a pipe closed early, a full disk): one line, status 2, no trace
process.stdout.on('error', (e) => {
  process.stderr.write(outputErrorLine(e));
  process.exit(2);
});

process.exitCode = main(process.argv.slice(2));
