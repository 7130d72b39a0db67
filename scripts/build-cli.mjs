#!/usr/bin/env node
/**
 * Builds the civic-feed CLI: src/cli/ with the feed and time code it shares with the widgets, and
 * the libraries it uses (ical.js, csv-parse, jsonc-parser), into one file, dist/cli/civic-feed.js,
 * which bin/civic-feed.mjs starts. Run by `npm run build`, `npm pack` (prepack) and `npm test`
 * (before the CLI tests); never committed. The libraries' licences go beside it.
 *   node scripts/build-cli.mjs
 */
import { build } from 'esbuild';
import { mkdir, readFile, writeFile } from 'node:fs/promises';

const root = new URL('..', import.meta.url);
const outdir = new URL('dist/cli/', root);
const pkg = JSON.parse(await readFile(new URL('package.json', root), 'utf8'));

const result = await build({
  entryPoints: [new URL('src/cli/main.ts', root).pathname],
  absWorkingDir: root.pathname,
  outfile: new URL('civic-feed.js', outdir).pathname,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  tsconfig: new URL('src/cli/tsconfig.json', root).pathname,
  mainFields: ['module', 'main'],
  define: { __CIVIC_FEED_VERSION__: JSON.stringify(pkg.version) },
  // templates/categories.csv, the default categories, bundled as text.
  loader: { '.csv': 'text' },
  legalComments: 'eof',
  metafile: true,
  logLevel: 'warning',
  banner: {
    js: `// civic-feed ${pkg.version}, built by scripts/build-cli.mjs from src/cli/ — do not edit. Licences of the bundled libraries: THIRD-PARTY-LICENSES.txt.`,
  },
});

// Every bundled package's licence (ical.js is MPL-2.0: its source is the unmodified npm package).
const packages = new Set();
for (const input of Object.keys(result.metafile.inputs)) {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (m) packages.add(m[1]);
}
const notices = [];
for (const name of [...packages].sort()) {
  const dir = new URL(`node_modules/${name}/`, root);
  const meta = JSON.parse(await readFile(new URL('package.json', dir), 'utf8'));
  const licence = await readFile(new URL('LICENSE', dir), 'utf8')
    .catch(() => readFile(new URL('LICENSE.md', dir), 'utf8'))
    .catch(() => `(${meta.license})`);
  notices.push(`${name} ${meta.version} (${meta.license}) ${meta.repository?.url ?? meta.homepage ?? ''}\n\n${licence.trim()}\n`);
}
await mkdir(outdir, { recursive: true });
await writeFile(
  new URL('THIRD-PARTY-LICENSES.txt', outdir),
  `civic-feed bundles these libraries, unmodified:\n\n${notices.join(`\n${'-'.repeat(72)}\n\n`)}`,
);
const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
console.log(`dist/cli/civic-feed.js: ${(bytes / 1024).toFixed(0)} KB (${[...packages].sort().join(', ')} bundled)`);
