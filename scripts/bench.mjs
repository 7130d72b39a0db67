#!/usr/bin/env node
// `npm run bench`: every benchmark, printed as one table. Benchmarks measure; they never assert
// (a timed test would be flaky on a busy machine). The figures go into the README.
//  - Node scripts: scripts/bench-*.mjs (feed reading, search), each printing its own table.
//  - Browser pages: bench/*.html, opened in Debian's headless Chromium; each sets
//    window.__benchResults = [{ name, value, unit, budget }] and window.__benchDone = true.
//    Pages in CPU_RATES run once per rate: the CPU slowed down by the Chrome DevTools Protocol
//    (Emulation.setCPUThrottlingRate, as Lighthouse's mobile run does), the rate passed as ?cpu=N.
// Each table says the machine's load when it began: figures from a busy machine are upper bounds.
import { readdirSync, existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { spawnSync } from 'node:child_process';
import { launchChromium, startDevServer } from './browser.mjs';

const only = process.argv[2];
const CPU_RATES = { 'all-widgets.html': [1, 4] };
let failures = 0;

// The Node benchmarks run the built CLI bundle (the feed code as the CLI ships it).
if (spawnSync('npm', ['run', 'build:cli', '--silent'], { stdio: 'inherit' }).status !== 0) process.exit(1);

for (const script of readdirSync('scripts')
  .filter((f) => /^bench-.*\.mjs$/.test(f))
  .sort()) {
  if (only && !script.includes(only)) continue;
  console.log(`\n## ${script}`);
  const run = spawnSync(process.execPath, [`scripts/${script}`], { stdio: 'inherit' });
  if (run.status !== 0) failures++;
}

const pages = existsSync('bench')
  ? readdirSync('bench')
      .filter((f) => f.endsWith('.html') && (!only || f.includes(only)))
      .sort()
  : [];
if (pages.length > 0) {
  const server = await startDevServer({ root: process.cwd() });
  const browser = await launchChromium();
  try {
    for (const [file, rate] of pages.flatMap((f) => (CPU_RATES[f] ?? [1]).map((r) => [f, r]))) {
      console.log(
        `\n## bench/${file}${rate > 1 ? `, CPU ${rate}× slower` : ''} (Chromium ${await browser.version()}, load ${loadavg()[0].toFixed(1)})`,
      );
      const page = await browser.newPage();
      await page.setViewport({ width: 390, height: 844 });
      page.on('pageerror', (e) => console.error('  page error:', e.message));
      if (rate > 1) await (await page.createCDPSession()).send('Emulation.setCPUThrottlingRate', { rate });
      await page.goto(`${server.url}/bench/${file}${rate > 1 ? `?cpu=${rate}` : ''}`);
      try {
        await page.waitForFunction('window.__benchDone === true', { timeout: 240_000, polling: 200 });
        const results = await page.evaluate('window.__benchResults');
        printTable(results);
      } catch (error) {
        failures++;
        console.error(`  did not finish: ${error.message}`);
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
process.exit(failures ? 1 : 0);

function printTable(results) {
  const rows = results.map((r) => [
    r.name,
    `${Number(r.value).toFixed(r.value < 10 ? 2 : 1)} ${r.unit}`,
    r.budget == null ? '' : `≤ ${r.budget} ${r.unit}`,
    r.budget == null ? '' : r.value <= r.budget ? 'ok' : 'OVER',
  ]);
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length), 4));
  for (const r of rows) console.log(`  ${r[0].padEnd(widths[0])}  ${r[1].padStart(widths[1])}  ${r[2].padStart(widths[2])}  ${r[3]}`);
}
