#!/usr/bin/env node
/**
 * Builds the UI translations that ship beside the one-file embed: src/generated/locales/<l>.ts →
 * dist/locales/<l>.js (minified ES modules). dist/civic-widgets.js loads the visitor's language
 * only, by `new URL('./locales/<l>.js', import.meta.url)` (see src/i18n/ui-locale.ts).
 *
 * A translation module imports `str` from @lit/localize (and `html` from lit, should a message
 * ever be an html template). Both are replaced here by tiny stand-ins instead of bundling a
 * second copy of those libraries: @lit/localize's runtime only checks a translated template for
 * `strTag` and reads its `strings` and `values`; lit only checks `_$litType$` on a template
 * result, and its `strings` must be a real template strings array, which a tagged template gives.
 *
 *   node scripts/i18n-bundle.mjs [outDir=dist/locales]
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const outdir = resolve(root, process.argv[2] ?? 'dist/locales');
const srcDir = join(root, 'src/generated/locales');
const entryPoints = readdirSync(srcDir).filter((f) => f.endsWith('.ts')).map((f) => join(srcDir, f));

const standIns = {
  '@lit/localize': 'export const str = (strings, ...values) => ({ strTag: true, strings, values });',
  lit: 'export const html = (strings, ...values) => ({ ["_$litType$"]: 1, strings, values });',
};

await build({
  entryPoints,
  outdir,
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  legalComments: 'none',
  // Module scripts are always decoded as UTF-8; escaping every letter would double Arabic or Cyrillic files.
  charset: 'utf8',
  logLevel: 'warning',
  plugins: [{
    name: 'lit-stand-ins',
    setup(b) {
      b.onResolve({ filter: /^(lit|@lit\/localize)$/ }, (args) => ({ path: args.path, namespace: 'stand-in' }));
      b.onLoad({ filter: /.*/, namespace: 'stand-in' }, (args) => ({ contents: standIns[args.path], loader: 'js' }));
    },
  }],
});
console.log(`i18n-bundle: ${entryPoints.length} translations → ${outdir}`);
