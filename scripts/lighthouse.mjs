#!/usr/bin/env node
/**
 * `npm run lighthouse`: Lighthouse 12.2.3 (13 needs Node 22) on the demo page as a city serves it —
 * built (npm run build:embed), from dist/, compressed, with caching headers (scripts/demo-server.mjs) —
 * in Debian's Chromium (CHROME_PATH, headless, no sandbox), mobile (Lighthouse's default: a mid-range
 * phone, simulated slow 4G, 4× slower CPU) and desktop, and the same page reading 1,000 services
 * (mobile). Each page is measured `--runs` times (default 2) and the best run counts: machines are
 * shared and noisy. Prints performance, accessibility, best practices, layout shift (CLS), total
 * blocking time (TBT) and what failed.
 *
 * Fails (exit 1) when the best mobile run of the demo misses a target: performance ≥ 95,
 * accessibility 100, best practices 100, CLS ≤ 0.05, TBT ≤ 150 ms; and the 1,000-service page's CLS
 * or TBT. Desktop is printed, not judged.
 *   node scripts/lighthouse.mjs [--runs 2] [--no-build] [--json lighthouse.json]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumPath } from './browser.mjs';
import { startDemoServer } from './demo-server.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const runs = Number(option('runs', '2'));
const jsonOut = option('json');
const root = resolve(import.meta.dirname, '..');

const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100, cls: 0.05, tbt: 150 };
const PAGES = [
  { name: 'demo, mobile', path: '/', formFactor: 'mobile', judged: ['performance', 'accessibility', 'best-practices', 'cls', 'tbt'] },
  { name: 'demo, desktop', path: '/', formFactor: 'desktop', judged: [] },
  { name: '1,000 services, mobile', path: '/services-1000.html', formFactor: 'mobile', judged: ['cls', 'tbt'] },
];

if (!args.includes('--no-build')) {
  for (const [command, ...rest] of [
    ['npm', 'run', 'build:embed', '--silent'],
    [process.execPath, 'scripts/make-demo-feed.mjs', '--out', 'dist/demo/feed.json'],
  ]) {
    mkdirSync(resolve(root, 'dist/demo'), { recursive: true });
    if (spawnSync(command, rest, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] }).status !== 0) process.exit(1);
  }
}

/** One Lighthouse run in a fresh browser (an empty cache: a first visit). */
async function measure(url, formFactor) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
  try {
    const config = formFactor === 'desktop' ? desktopConfig : undefined;
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] },
      config,
    );
    const { categories, audits } = result.lhr;
    const failed = Object.values(categories)
      .filter((c) => c.id !== 'performance')
      .flatMap((c) =>
        c.auditRefs
          .filter((ref) => ref.weight > 0 && audits[ref.id].score !== null && audits[ref.id].score < 1)
          .map((ref) => `${c.id}: ${audits[ref.id].title}${where(audits[ref.id])}`),
      );
    const opportunities = [
      'render-blocking-resources',
      'unused-javascript',
      'bootup-time',
      'mainthread-work-breakdown',
      'long-tasks',
      'largest-contentful-paint-element',
      'layout-shifts',
    ]
      .filter((id) => audits[id] && audits[id].score !== null && audits[id].score < 0.9)
      .map((id) => `${audits[id].title}${audits[id].displayValue ? `: ${audits[id].displayValue}` : ''}`);
    return {
      performance: Math.round(categories.performance.score * 100),
      accessibility: Math.round(categories.accessibility.score * 100),
      'best-practices': Math.round(categories['best-practices'].score * 100),
      cls: audits['cumulative-layout-shift'].numericValue,
      tbt: audits['total-blocking-time'].numericValue,
      fcp: audits['first-contentful-paint'].numericValue,
      lcp: audits['largest-contentful-paint'].numericValue,
      failed,
      opportunities,
    };
  } finally {
    await chrome.kill();
  }
}

/** What an audit found, in a few words: the first elements or messages it names. */
function where(audit) {
  const items = audit.details?.items ?? [];
  const named = items
    .slice(0, 3)
    .map((item) => item.node?.selector ?? item.description ?? item.source?.url ?? item.url ?? '')
    .filter(Boolean);
  return named.length ? ` (${named.join('; ')}${items.length > 3 ? `; ${items.length - 3} more` : ''})` : '';
}

/** Better of two runs: the higher scores, the lower CLS and TBT count as one run each is judged by. */
const better = (a, b) => (score(b) > score(a) ? b : a);
const score = (r) => r.performance + r.accessibility + r['best-practices'] - r.cls * 100 - r.tbt / 100;
const misses = (r, judged) =>
  judged
    .filter((k) => (k === 'cls' || k === 'tbt' ? r[k] > TARGETS[k] : r[k] < TARGETS[k]))
    .map((k) => `${k} ${format(k, r[k])} (target ${k === 'cls' || k === 'tbt' ? '≤' : '≥'} ${TARGETS[k]})`);
const format = (k, v) => (k === 'cls' ? v.toFixed(3) : k === 'tbt' || k === 'fcp' || k === 'lcp' ? `${Math.round(v)} ms` : String(v));

const server = await startDemoServer({ warm: true });
const rows = [];
let failing = [];
try {
  for (const page of PAGES) {
    let best;
    for (let run = 1; run <= runs; run++) {
      const load = loadavg()[0].toFixed(1);
      const result = await measure(`${server.url}${page.path}`, page.formFactor);
      console.log(
        `${page.name}, run ${run} (load ${load}): performance ${result.performance}, accessibility ${result.accessibility}, best practices ${result['best-practices']}, CLS ${format('cls', result.cls)}, TBT ${format('tbt', result.tbt)}`,
      );
      best = best ? better(best, result) : result;
      // A page on target needs no second run; one that is only printed (desktop) neither.
      if (misses(best, page.judged).length === 0) break;
    }
    rows.push({ page: page.name, ...best });
    const missed = misses(best, page.judged);
    if (missed.length) failing.push(`${page.name}: ${missed.join(', ')}`);
    for (const line of [...best.failed, ...best.opportunities]) console.log(`    ${line}`);
  }
} finally {
  await server.close();
}

const header = ['page', 'performance', 'accessibility', 'best practices', 'CLS', 'TBT', 'FCP', 'LCP'];
const table = rows.map((r) => [
  r.page,
  String(r.performance),
  String(r.accessibility),
  String(r['best-practices']),
  format('cls', r.cls),
  format('tbt', r.tbt),
  format('fcp', r.fcp),
  format('lcp', r.lcp),
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
console.log(`\nLighthouse 12.2.3, Chromium, best of ${runs} (load ${loadavg()[0].toFixed(1)} on ${cpus().length} cores)`);
for (const r of [header, widths.map((w) => '-'.repeat(w)), ...table])
  console.log(r.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  '));
if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify(rows, null, 2)}\n`);
if (failing.length) {
  console.error(`\nLighthouse targets missed:\n  ${failing.join('\n  ')}`);
  process.exit(1);
}
console.log('\nLighthouse targets met (mobile: performance ≥ 95, accessibility 100, best practices 100, CLS ≤ 0.05, TBT ≤ 150 ms).');
