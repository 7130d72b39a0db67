#!/usr/bin/env node
/**
 * Prints the size table of the build (min+gzip, as the budgets count: docs/budgets.md), with each budget
 * and whether it is met.
 *
 * Two limits per file:
 * - the budget (docs/budgets.md): printed as ok / OVER;
 * - the ceiling (scripts/size-ceilings.json): the size last accepted, plus 2 %. Growing past it
 *   fails the build, so no regression lands unnoticed, while a budget not yet met (see the
 *   README's figures) does not stop every other change. `--update-ceilings` records today's sizes;
 *   do it when a file got smaller, or when growth was worth it (say why in the commit).
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { pages } from './embed-pages.mjs';

const KB = 1024;
const ceilingsFile = 'scripts/size-ceilings.json';
const updating = process.argv.includes('--update-ceilings');
const ceilings = existsSync(ceilingsFile) ? JSON.parse(readFileSync(ceilingsFile, 'utf8')) : {};
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const rows = [];
const grown = [];
const measured = {};

/** One row: `files` together (a widget's entry plus its chunk), against `budget` and the ceiling for `key` (none for `null`). */
function add(label, files, budget, key = label) {
  files = files.filter((f) => existsSync(f));
  if (files.length === 0) return;
  const min = files.reduce((n, f) => n + readFileSync(f).length, 0);
  const size = files.reduce((n, f) => n + gz(f), 0);
  if (key !== null) measured[key] = size;
  const ceiling = key === null ? undefined : ceilings[key];
  if (ceiling !== undefined && size > ceiling * 1.02)
    grown.push(`${label}: ${(size / KB).toFixed(2)} KB, ceiling ${(ceiling / KB).toFixed(2)} KB`);
  const status = budget === undefined ? '' : size > budget ? 'OVER' : 'ok';
  rows.push([label, (min / KB).toFixed(1), (size / KB).toFixed(2), budget ? `${(budget / KB).toFixed(0)} KB` : '', status]);
}

// What a page downloads until its widgets work (the embed's entry, and the chunks of the widgets it
// shows: scripts/embed-pages.mjs), against the budgets; then each file of the embed.
if (existsSync('dist/civic-widgets.js')) {
  for (const page of pages()) {
    const all = page.widgets.length > 1;
    add(
      `page with ${all ? page.name : `the ${page.name} only`}`,
      page.files.map((f) => join('dist', f)),
      all ? 30 * KB : 25 * KB,
      `page/${all ? 'all' : page.name}`,
    );
  }
  add('civic-widgets.js (the entry)', ['dist/civic-widgets.js'], undefined, 'embed');
  for (const f of readdirSync('dist/chunks')
    .filter((f) => f.endsWith('.js'))
    .sort())
    add(`chunks/${f}`, [join('dist/chunks', f)], undefined, null);
}
if (existsSync('dist/locales')) {
  // The pseudo-locales (en-XA, ar-XB) are for design checks, not visitors: no budget.
  for (const f of readdirSync('dist/locales')
    .filter((f) => f.endsWith('.js'))
    .sort())
    add(`locales/${f}`, [join('dist/locales', f)], /-X[AB]\.js$/.test(f) ? undefined : 3 * KB);
}
// A widget's own code in the modules build: its entry module and the chunk named after it
// (what it adds beyond the shared chunk of base, feed, i18n and Lit).
const ownBudgets = { 'service-finder': 12 * KB, 'event-list': 10 * KB, 'partner-call': undefined, 'language-picker': undefined };
const shared = 'dist/modules/shared';
const sharedFiles = existsSync(shared)
  ? readdirSync(shared)
      .filter((f) => f.endsWith('.js'))
      .sort()
  : [];
for (const [widget, budget] of Object.entries(ownBudgets)) {
  const chunks = sharedFiles.filter((f) => f.startsWith(`${widget}-`)).map((f) => join(shared, f));
  add(`modules: ${widget} (own code)`, [`dist/modules/${widget}.js`, ...chunks], budget, `modules/${widget}`);
}
// The shared chunks' names follow whichever module the bundler puts first, so their ceiling is one
// for all of them together.
const sharedChunks = sharedFiles.filter((f) => !Object.keys(ownBudgets).some((w) => f.startsWith(`${w}-`)));
for (const f of sharedChunks) add(`modules/shared/${f}`, [join(shared, f)], undefined, null);
add(
  'modules/shared (all shared chunks)',
  sharedChunks.map((f) => join(shared, f)),
  undefined,
  'modules/shared',
);

const header = ['file', 'min KB', 'min+gzip KB', 'budget', ''];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${rows.map(line).join('\n')}\n`);
if (rows.some((r) => r[4] === 'OVER')) console.warn('Budgets not yet met are marked OVER (docs/budgets.md; the README lists the figures).');

if (updating) {
  writeFileSync(ceilingsFile, `${JSON.stringify(measured, null, 2)}\n`);
  console.log(`Recorded today's sizes as ceilings in ${ceilingsFile}.`);
} else if (grown.length) {
  console.error(`Grew past the accepted size (${ceilingsFile}; --update-ceilings if it is worth it):\n  ${grown.join('\n  ')}`);
  process.exit(1);
}
