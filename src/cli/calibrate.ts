// npm run calibrate [-- --seeds N]: runs the calibration table, prints it, and writes docs/calibration.md.

import { writeFileSync } from 'node:fs';
import { CALIBRATION_SEEDS, calibrationMarkdown, runCalibration } from './calibration.ts';

const arg = process.argv.indexOf('--seeds');
const seeds =
  arg > 0
    ? Math.max(1, Math.min(1000, Number(process.argv[arg + 1]) || CALIBRATION_SEEDS))
    : CALIBRATION_SEEDS;
const rows = runCalibration(seeds, (done, total) => process.stderr.write(`\rseed ${done} of ${total}`));
process.stderr.write('\n');
const text = calibrationMarkdown(rows, seeds);
process.stdout.write(text);
const out = new URL('../../docs/calibration.md', import.meta.url);
writeFileSync(out, text);
process.stderr.write(`wrote docs/calibration.md\n`);
