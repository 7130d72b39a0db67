#!/usr/bin/env node
// The browser tests in each engine, one after the other (two cores: side by side they only slow
// each other down), then one line per engine with its time. Every engine runs even when one fails.
//   node scripts/test-browsers.mjs [chromium] [firefox] [webkit] [web-test-runner arguments, e.g. test files]
// Chromium measures coverage (the floor in web-test-runner.config.mjs); WebKit runs under xvfb-run.
// First the embed is built (test/embed/ loads the built dist/civic-widgets.js and its chunks).
import { spawnSync } from 'node:child_process';

const ENGINES = ['chromium', 'firefox', 'webkit'];
const argv = process.argv.slice(2);
const names = argv.filter((arg) => ENGINES.includes(arg));
const passOn = argv.filter((arg) => !ENGINES.includes(arg));

console.log('\n== building the embed for test/embed/ (npm run build:embed)');
if (spawnSync('npm', ['run', 'build:embed', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] }).status !== 0) process.exit(1);

const results = [];
for (const engine of names.length > 0 ? names : ENGINES) {
  const runner = ['web-test-runner', ...(engine === 'chromium' ? ['--coverage'] : []), ...passOn];
  // MiniBrowser has no headless mode: a virtual X display of its own (-a: a free display number).
  const [command, ...args] = engine === 'webkit' ? ['xvfb-run', '-a', 'npx', ...runner] : ['npx', ...runner];
  console.log(`\n== browser tests in ${engine}: ${[command, ...args].join(' ')}`);
  const started = performance.now();
  const run = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, TEST_ENGINE: engine } });
  const seconds = Math.round((performance.now() - started) / 1000);
  results.push({ engine, seconds, ok: run.status === 0, why: run.error?.message });
}

console.log('\n== browser tests');
for (const { engine, seconds, ok, why } of results) {
  console.log(
    `${engine.padEnd(9)} ${ok ? 'passed' : 'FAILED'}  ${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s${why ? `  (${why})` : ''}`,
  );
}
process.exit(results.every((r) => r.ok) ? 0 : 1);
