// The largest run's export through the app itself, in headless Chromium (issue 12 item 6): the built app is served,
// the world is set to 20,000 firms over 400 rounds through the Firms and Rounds fields (answering the large-world
// question), and once the run and its fingerprint are done, "Run data (JSON)" is downloaded. Prints the time to the
// run, to the download, the file's size, the fingerprint the page reports, and the peak memory of Chromium's
// processes, with the machine's load. A script, not a test: it takes tens of minutes.
//   npx tsx bench/exportLargeApp.ts [--no-build] [--firms N] [--rounds N] [--format json|csv] [--every-firm]
// (--every-firm: "Run data with every firm (JSON)" in place of the named firms' JSON)

import { execFileSync } from 'node:child_process';
import { statSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { build, preview } from 'vite';
import { launchChromium } from '../tests/e2e/browser.ts';

const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const firms = flag('--firms', '20000');
const rounds = flag('--rounds', '400');
const format = flag('--format', 'json') === 'csv' ? 'csv' : 'json';
const everyFirm = args.includes('--every-firm');
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(', ');

/** Resident memory of every Chromium process, in MiB (the renderer, the workers' process and the rest). */
function chromiumMiB(): number {
  try {
    const out = execFileSync('ps', ['-C', 'chromium', '-o', 'rss='], { encoding: 'utf8' });
    return out.split('\n').reduce((a, l) => a + (Number(l.trim()) || 0), 0) / 1024;
  } catch {
    return 0;
  }
}

if (!args.includes('--no-build')) await build({ logLevel: 'warn' });
const server = await preview({
  logLevel: 'warn',
  preview: { host: '127.0.0.1', port: 4391, strictPort: false },
});
const url = server.resolvedUrls!.local[0]!;
const browser = await launchChromium({ width: 1280, height: 900 });
let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, chromiumMiB())), 2000);
const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(0);
console.log(`load before: ${load()}`);
try {
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.getByRole('button', { name: 'Got it' }).click();
  for (const [id, value] of [
    ['#field-firms', firms],
    ['#field-rounds', rounds],
  ] as const) {
    await page.locator(id).fill(value);
    await page.locator(id).press('Enter');
    const yes = page.getByRole('button', { name: 'Change and run it' });
    if (await yes.isVisible({ timeout: 5000 }).catch(() => false)) await yes.click();
  }
  const fingerprint = page.getByTestId('fingerprint');
  await page.getByText(`All ${rounds} rounds computed`).waitFor({ timeout: 3_600_000 });
  await fingerprint.waitFor({ timeout: 3_600_000 });
  console.log(
    `run and fingerprint: ${seconds()} s (${(await fingerprint.innerText()).trim()}), load ${load()}`,
  );
  const t0 = Date.now();
  const download = page.waitForEvent('download', { timeout: 3_600_000 });
  await page.locator('summary', { hasText: /^Export/ }).click();
  const item =
    format === 'csv' ? 'Run data (CSV)' : everyFirm ? /^Run data with every firm/ : /^Run data \(JSON/;
  await page.getByRole('button', { name: item }).click();
  const file = await download;
  const path = `/tmp/decoupling-lab-export.${format}`;
  await file.saveAs(path);
  const bytes = statSync(path).size;
  rmSync(path, { force: true });
  const status = await page.locator('[role=status]').allInnerTexts();
  console.log(
    `export (${format}): ${((Date.now() - t0) / 1000).toFixed(0)} s after the run; ${(bytes / 1e6).toFixed(1)} MB; ` +
      `${status.find((s) => s.includes('Downloaded')) ?? 'no download status'}`,
  );
  console.log(`peak resident memory of Chromium's processes: ${peak.toFixed(0)} MiB; load after: ${load()}`);
} finally {
  clearInterval(sampler);
  await browser.close();
  await server.close();
}
