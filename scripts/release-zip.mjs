#!/usr/bin/env node
/**
 * The release zip for a city without npm: release/civic-widgets-<version>.zip, one folder
 * civic-widgets-<version>/ with
 * - dist/civic-widgets.js, dist/chunks/ and dist/locales/ — the one script tag, the widgets' code it loads
 *   and their translations: copy these to
 *   the web server;
 * - dist/cli/ and bin/civic-feed.mjs — the feed tools (`node bin/civic-feed.mjs validate feed.json`, Node 20.19+);
 * - schema/ (the feed's JSON Schema), templates/ (spreadsheets for the import), docs/ (the feed guide,
 *   the elements, the CMS and framework guides; not the maintainers' pages), README.md, CHANGELOG.md, LICENSE.
 * Not the modules and types for bundlers (the npm package has them) nor source maps.
 * Run after `npm run build`:   npm run release:zip
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { zipSync } from 'fflate';

const root = resolve(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const folder = `civic-widgets-${version}`;
const contents = [
  'dist/civic-widgets.js',
  'dist/chunks',
  'dist/locales',
  'dist/cli',
  'bin/civic-feed.mjs',
  'schema',
  'templates',
  'docs',
  'README.md',
  'CHANGELOG.md',
  'LICENSE',
];

/** The maintainers' pages (how to change the code, which neither the zip nor the package ships). */
const forMaintainers = ['docs/decisions', 'docs/recipes', 'docs/architecture.md'];

/** Every file under `path` (relative to the clone), without source maps. */
function files(path) {
  const full = join(root, path);
  if (!existsSync(full)) throw new Error(`${path} is missing: run "npm run build" first`);
  if (forMaintainers.includes(path)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full)
    .flatMap((name) => files(`${path}/${name}`))
    .filter((f) => !f.endsWith('.map'));
}

const entries = {};
for (const file of contents.flatMap(files).sort()) {
  // The launcher stays executable when unpacked (Unix mode in the zip's external attributes).
  const executable = file.startsWith('bin/');
  entries[`${folder}/${file}`] = [
    readFileSync(join(root, file)),
    { level: 9, mtime: new Date('2026-01-01T00:00:00Z'), ...(executable ? { os: 3, attrs: 0o100755 << 16 } : {}) },
  ];
}
const out = join(root, 'release', `${folder}.zip`);
mkdirSync(join(root, 'release'), { recursive: true });
writeFileSync(out, zipSync(entries));
console.log(`release-zip: ${out} (${Object.keys(entries).length} files, ${(statSync(out).size / 1024).toFixed(0)} KB)`);
