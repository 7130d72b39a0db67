#!/usr/bin/env node
// Prints the size table of the build (min+gzip, as DESIGN.md's budgets count) and fails when a
// budget is exceeded, so a size regression cannot land unnoticed.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const KB = 1024;
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const rows = [];
let failed = false;

function add(label, file, budget) {
  if (!existsSync(file)) return;
  const size = gz(file);
  const over = budget !== undefined && size > budget;
  failed ||= over;
  rows.push([label, (readFileSync(file).length / KB).toFixed(1), (size / KB).toFixed(2), budget ? `${(budget / KB).toFixed(0)} KB` : '', budget ? (over ? 'OVER' : 'ok') : '']);
}

add('civic-widgets.js (embed, all four widgets)', 'dist/civic-widgets.js', 30 * KB);
if (existsSync('dist/locales')) {
  for (const f of readdirSync('dist/locales').filter((f) => f.endsWith('.js')).sort()) add(`locales/${f}`, join('dist/locales', f), 3 * KB);
}
const ownBudgets = { 'service-finder.js': 12 * KB, 'event-list.js': 10 * KB, 'partner-call.js': 6 * KB };
if (existsSync('dist/modules')) {
  for (const f of readdirSync('dist/modules').filter((f) => f.endsWith('.js')).sort()) add(`modules/${f} (own code)`, join('dist/modules', f), ownBudgets[f]);
  const shared = join('dist/modules/shared');
  if (existsSync(shared)) for (const f of readdirSync(shared).filter((f) => f.endsWith('.js')).sort()) add(`modules/shared/${f}`, join(shared, f));
}

const header = ['file', 'min KB', 'min+gzip KB', 'budget', ''];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${rows.map(line).join('\n')}\n`);
if (failed) {
  console.error('A size budget is exceeded (see DESIGN.md, Budgets).');
  process.exit(1);
}
