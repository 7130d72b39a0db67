import { defineConfig } from 'vite';
import { resolve } from 'node:path';
import { rmSync } from 'node:fs';
import { minifyLitLiterals } from './scripts/vite-plugin-minify-literals.mjs';
import { bundledLocales } from './scripts/vite-plugin-bundled-locales.mjs';
import { chunkDeps } from './scripts/vite-plugin-chunk-deps.mjs';
import { sharedChunks } from './scripts/vite-plugin-shared-chunks.mjs';
import { terserPass } from './scripts/vite-plugin-terser-pass.mjs';

const here = import.meta.dirname;
const widgets = ['service-finder', 'language-picker', 'event-list', 'partner-call'];

/**
 * Three builds, one config:
 * - `vite` (dev): serves the municipal demo page in demo/ from the sources.
 * - `vite build` (embed): dist/civic-widgets.js, the ONE script a CMS page loads with a single
 *   <script type="module">: a small entry (src/embed.ts) that loads the code of the widgets the page
 *   shows from dist/chunks/ beside it (Lit bundled in), by URLs relative to itself; translations are
 *   files beside it too (dist/locales/), loaded on demand. A city copies the folder.
 * - `vite build --mode modules`: one ES module per widget plus shared chunks for bundlers (the npm
 *   package), with Lit left to the application's bundler so it is deduplicated, and each
 *   translation (dist/locales/, shared with the embed) imported by a literal import() that the
 *   application's bundler follows and emits.
 */
// Both builds: the visitor does not download the whitespace of templates and styles.
const plugins = [minifyLitLiterals()];

export default defineConfig(({ command, mode }) => {
  if (mode === 'modules') {
    return {
      plugins: [...plugins, bundledLocales({ localesDir: resolve(here, 'dist/locales') })],
      build: {
        outDir: resolve(here, 'dist/modules'),
        emptyOutDir: true,
        target: 'es2022',
        // No source maps: the package ships no sources for them to point at (and they were half its size).
        sourcemap: false,
        lib: {
          entry: Object.fromEntries([
            ['index', resolve(here, 'src/index.ts')],
            ...widgets.map((w) => [w, resolve(here, `src/components/${w}/${w}.ts`)]),
          ]),
          formats: ['es'],
        },
        rolldownOptions: {
          external: [/^lit($|\/)/, /^@lit\//],
          output: { chunkFileNames: 'shared/[name]-[hash].js', minify: true },
        },
      },
    };
  }
  const shared = sharedChunks({ widgetIds: widgets.map((w) => resolve(here, `src/components/${w}/${w}.ts`)) });
  return {
    root: resolve(here, 'demo'),
    publicDir: false,
    // The embed's code is in dist/chunks/, its translations in dist/locales/ (src/i18n/ui-locale.ts).
    define: command === 'build' ? { __CIVIC_LOCALES_DIR__: JSON.stringify('../locales/') } : {},
    plugins: [
      ...plugins,
      // Before the chunk table is written on top of the entry.
      terserPass(),
      chunkDeps({ srcDir: resolve(here, 'src') }),
      shared.plugin,
      // Chunks' names change with their content: last build's must not pile up beside the new ones.
      {
        name: 'civic-clean-chunks',
        apply: 'build',
        buildStart: () => rmSync(resolve(here, 'dist/chunks'), { recursive: true, force: true }),
      },
    ],
    // The demo page loads the sources as /src/…, outside its own folder.
    resolve: { alias: [{ find: /^\/src\//, replacement: `${resolve(here, 'src')}/` }] },
    server: { port: 5173, strictPort: false, fs: { allow: [here] } },
    build: {
      outDir: resolve(here, 'dist'),
      emptyOutDir: false,
      target: 'es2022',
      // Maps for scripts/size-by-source.mjs and debugging here, without the sourceMappingURL comment: neither the
      // npm package nor the release zip ships them, so the comment was dead bytes in every file a page loads
      // (≈ 40 B min+gzip each) that pointed a browser's developer tools at a file a city does not have.
      sourcemap: 'hidden',
      lib: {
        entry: resolve(here, 'src/embed.ts'),
        formats: ['es'],
        fileName: () => 'civic-widgets.js',
      },
      rolldownOptions: {
        // The modules the entry shares with the widgets stay in the entry (which exports them to the
        // chunks), not in a chunk of their own that the entry would have to fetch before it can run.
        preserveEntrySignatures: 'allow-extension',
        output: {
          chunkFileNames: 'chunks/[name]-[hash].js',
          minify: true,
          // What every widget needs in one chunk (core), what some share in one per set of them
          // (scripts/vite-plugin-shared-chunks.mjs).
          codeSplitting: { groups: [shared.group] },
        },
      },
    },
  };
});
