import { defineConfig } from 'vite';
import { resolve } from 'node:path';
import { minifyLitLiterals } from './scripts/vite-plugin-minify-literals.mjs';
import { bundledLocales } from './scripts/vite-plugin-bundled-locales.mjs';

const here = import.meta.dirname;
const widgets = ['service-finder', 'language-picker', 'event-list', 'partner-call'];

/**
 * Three builds, one config:
 * - `vite` (dev): serves the municipal demo page in demo/ from the sources.
 * - `vite build` (embed): dist/civic-widgets.js, the ONE self-contained file a CMS page loads
 *   with a single <script type="module">. Lit is bundled in; translations stay separate files
 *   beside it (dist/locales/) and are loaded on demand.
 * - `vite build --mode modules`: one ES module per widget plus shared chunks for bundlers (the npm
 *   package), with Lit left to the application's bundler so it is deduplicated, and each
 *   translation (dist/locales/, shared with the embed) imported by a literal import() that the
 *   application's bundler follows and emits.
 */
// Both builds: the visitor does not download the whitespace of templates and styles.
const plugins = [minifyLitLiterals()];

export default defineConfig(({ mode }) => {
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
  return {
    root: resolve(here, 'demo'),
    publicDir: false,
    plugins,
    // The demo page loads the sources as /src/…, outside its own folder.
    resolve: { alias: [{ find: /^\/src\//, replacement: `${resolve(here, 'src')}/` }] },
    server: { port: 5173, strictPort: false, fs: { allow: [here] } },
    build: {
      outDir: resolve(here, 'dist'),
      emptyOutDir: false,
      target: 'es2022',
      sourcemap: true,
      lib: {
        entry: resolve(here, 'src/index.ts'),
        formats: ['es'],
        fileName: () => 'civic-widgets.js',
      },
      rolldownOptions: {
        output: { codeSplitting: false, minify: true },
      },
    },
  };
});
