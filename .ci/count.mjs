// Sums the test runners' JSON reports in test-results/ into the one line CI reads: "N passed, N failed".
// A gate that fails before any test runs (typecheck, lint, format) counts as one failure.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const status = Number(process.argv[2] ?? 0);
let passed = 0;
let failed = 0;
const dir = 'test-results';
if (existsSync(dir)) {
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
    try {
      const report = JSON.parse(readFileSync(`${dir}/${name}`, 'utf8'));
      passed += Number(report.numPassedTests ?? 0);
      failed += Number(report.numFailedTests ?? 0);
    } catch {
      failed += 1;
    }
  }
}
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
