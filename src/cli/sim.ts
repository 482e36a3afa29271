// Entry point of `npm run sim`: everything it does lives in cli.ts, where tests can reach it.

import { main } from './cli.ts';

process.exitCode = main(process.argv.slice(2));
