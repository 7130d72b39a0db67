#!/usr/bin/env node
/**
 * Where the embed's bytes come from: attributes each piece of a minified bundle to its source file
 * through the source map, and prints minified and gzip bytes per folder and per file (gzip of a
 * file's pieces alone, so the figures add up to more than the bundle's: use them to compare).
 *
 *   node scripts/size-by-source.mjs [dist/civic-widgets.js] [--files N]
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a)) ?? 'dist/civic-widgets.js';
const fileCount = Number(args[args.indexOf('--files') + 1]) || 40;
const code = readFileSync(file, 'utf8');
const consumer = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
const lines = code.split('\n');

const mappings = [];
consumer.eachMapping((m) => mappings.push(m), null, SourceMapConsumer.GENERATED_ORDER);
const textBySource = new Map();
mappings.forEach((m, i) => {
  const next = mappings[i + 1];
  const line = lines[m.generatedLine - 1] ?? '';
  const end = next && next.generatedLine === m.generatedLine ? next.generatedColumn : line.length;
  const source = (m.source ?? '(no source)').replace(/.*node_modules\//, 'node_modules/').replace(/.*?\/src\//, 'src/');
  textBySource.set(source, (textBySource.get(source) ?? '') + line.slice(m.generatedColumn, end));
});

const folderOf = (s) =>
  (s.startsWith('node_modules/') ? s.split('/').slice(0, s.startsWith('node_modules/@') ? 3 : 2) : s.split('/').slice(0, 3)).join('/');
const files = [...textBySource].map(([source, text]) => ({ source, min: text.length, gz: gzipSync(text).length }));
const folders = new Map();
for (const f of files) {
  const k = folderOf(f.source);
  const t = folders.get(k) ?? { min: 0, gz: 0 };
  folders.set(k, { min: t.min + f.min, gz: t.gz + f.gz });
}
const row = (min, gz, name) => `${String(min).padStart(8)} ${String(gz).padStart(7)}  ${name}`;
console.log(`${file}: ${code.length} B minified, ${gzipSync(code, { level: 9 }).length} B min+gzip\n`);
console.log(row('min B', 'gzip B', 'folder'));
for (const [k, t] of [...folders].sort((a, b) => b[1].min - a[1].min)) console.log(row(t.min, t.gz, k));
console.log(`\n${row('min B', 'gzip B', 'file')}`);
for (const f of files.sort((a, b) => b.min - a.min).slice(0, fileCount)) console.log(row(f.min, f.gz, f.source));
