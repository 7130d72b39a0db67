// The packed package in Node, as server-side rendering (Next.js, Nuxt, Astro, Vite SSR) imports it:
// every entry loads without a browser; and the package's dependencies are exactly what its
// shipped code imports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { builtinModules } from 'node:module';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { installed, packed, root, shippedFiles } from './packed.mjs';

packed();
const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
const cwd = join(root, 'apps/node');
mkdirSync(cwd, { recursive: true });

/** What Node said went wrong, without the minified line it prints above the error. */
const errorLines = (stderr) =>
  stderr
    .split('\n')
    .filter((line) => line.length < 300)
    .slice(0, 8)
    .join('\n');

/** Runs `node -e <code>` in an app folder beside the installed package. */
function node(args) {
  return new Promise((resolve) =>
    execFile(process.execPath, args, { cwd, timeout: 30_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? (error.code ?? 1) : 0, stdout, stderr }),
    ),
  );
}

const entries = Object.keys(manifest.exports).filter((key) => /^\.(\/[\w-]+\.js)?$/.test(key) && key !== './civic-widgets.js');

test('the package has an entry for all four widgets and one for each', () => {
  assert.deepEqual(entries.sort(), ['.', './event-list.js', './language-picker.js', './partner-call.js', './service-finder.js']);
});

for (const entry of entries) {
  const specifier = entry === '.' ? 'civic-widgets' : `civic-widgets/${entry.slice(2)}`;
  test(`node -e "import('${specifier}')" exits 0`, async () => {
    const result = await node(['-e', `import('${specifier}')`]);
    assert.equal(result.code, 0, errorLines(result.stderr));
    assert.equal(errorLines(result.stderr), '');
  });
}

test('the classes are there after a server import, for the browser to upgrade later', async () => {
  const result = await node([
    '--input-type=module',
    '-e',
    `const m = await import('civic-widgets'); console.log(Object.keys(m).filter((k) => k.startsWith('Civic')).sort().join(' '))`,
  ]);
  assert.equal(result.code, 0, errorLines(result.stderr));
  assert.equal(result.stdout.trim(), 'CivicElement CivicEventList CivicLanguagePicker CivicPartnerCall CivicServiceFinder');
});

test('the runtime dependencies are exactly the packages the shipped code imports', () => {
  const code = shippedFiles().filter((f) => /\.(m?js)$/.test(f) && !f.startsWith('dist/cli/'));
  const imported = new Set();
  for (const file of code) {
    const text = readFileSync(join(installed, file), 'utf8');
    for (const [, specifier] of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']((?:@[\w.-]+\/)?[\w.:-]+(?:\/[\w./-]*)?)["']/g)) {
      if (specifier.startsWith('.') || specifier.startsWith('node:') || builtinModules.includes(specifier)) continue;
      imported.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]);
    }
  }
  assert.deepEqual([...imported].sort(), Object.keys(manifest.dependencies).sort());
});

test('the feed tool runs from the package (its libraries are bundled in)', async () => {
  const result = await node([join(installed, 'bin/civic-feed.mjs'), '--help']);
  assert.equal(result.code, 0, errorLines(result.stderr));
  assert.match(result.stdout, /validate/);
});
