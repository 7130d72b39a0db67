#!/usr/bin/env node
/**
 * Builds the UI translations that ship beside the one-file embed: src/generated/locales/<l>.ts →
 * dist/locales/<l>.js (minified ES modules). dist/civic-widgets.js loads the visitor's language
 * only, by `new URL('./locales/<l>.js', import.meta.url)` (see src/i18n/ui-locale.ts); the npm
 * package's modules import the same files by literal `import()`s that an app's bundler follows
 * (scripts/vite-plugin-bundled-locales.mjs).
 *
 * A translation module imports `str` from @lit/localize (and `html` from lit, should a message
 * ever be an html template). Both are replaced here by tiny stand-ins instead of bundling a
 * second copy of those libraries: @lit/localize's runtime only checks a translated template for
 * `strTag` and reads its `strings` and `values`; lit only checks `_$litType$` on a template
 * result, and its `strings` must be a real template strings array, which a tagged template gives.
 *
 * Message ids are 17-character hashes that gzip cannot shrink (about a third of a file). The
 * shipped files key each message by the shortest prefix that is still unique among all ids and
 * export that length as `idLength`; src/i18n/ui-locale.ts looks messages up by the prefix.
 *
 *   node scripts/i18n-bundle.mjs [outDir=dist/locales]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { unescapeXml } from './xml-text.mjs';

const root = resolve(import.meta.dirname, '..');
const outdir = resolve(root, process.argv[2] ?? 'dist/locales');
const srcDir = join(root, 'src/generated/locales');
const entryPoints = readdirSync(srcDir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => join(srcDir, f));

const standIns = {
  '@lit/localize': 'export const str = (strings, ...values) => ({ strTag: true, strings, values });',
  lit: 'export const html = (strings, ...values) => ({ ["_$litType$"]: 1, strings, values });',
};

const idPattern = /'([sh][0-9a-f]{16})':/g;

/**
 * A translation that is the English source itself (", " in most languages, a name such as "AMIF") is left out
 * of the shipped file: `msg()` shows the source when a language has no entry. Only plain strings: the
 * English of each from the XLIFF, where it has no placeholder.
 */
const englishById = new Map(
  [...readFileSync(join(root, 'locales/de.xlf'), 'utf8').matchAll(/<trans-unit id="([^"]+)">\s*<source>([^<]*)<\/source>/g)].map(
    ([, id, source]) => [id, unescapeXml(source)],
  ),
);
const plainEntry = /^'([^']+)': `([^`$\\]*)`,\n/gm;
const withoutEnglish = (ts) => ts.replace(plainEntry, (entry, id, text) => (englishById.get(id) === text ? '' : entry));
const allIds = new Set(entryPoints.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(idPattern)].map((m) => m[1])));
let idLength = 5;
while (new Set([...allIds].map((id) => id.slice(0, idLength))).size < allIds.size) idLength++;

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
  plugins: [
    {
      name: 'lit-stand-ins',
      setup(b) {
        b.onLoad({ filter: /generated[\\/]locales[\\/].*\.ts$/ }, (args) => ({
          contents: `${withoutEnglish(readFileSync(args.path, 'utf8')).replace(idPattern, (_, id) => `'${id.slice(0, idLength)}':`)}\nexport const idLength = ${idLength};`,
          loader: 'ts',
        }));
        b.onResolve({ filter: /^(lit|@lit\/localize)$/ }, (args) => ({ path: args.path, namespace: 'stand-in' }));
        b.onLoad({ filter: /.*/, namespace: 'stand-in' }, (args) => ({ contents: standIns[args.path], loader: 'js' }));
      },
    },
  ],
});
console.log(`i18n-bundle: ${entryPoints.length} translations → ${outdir} (message ids cut to ${idLength} characters)`);
