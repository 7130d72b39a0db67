// For the modules build (the npm package): the UI translations become static `import()`s, so that an
// app's bundler (Vite, webpack, esbuild, Rollup…) sees each one and emits it as a file of its own,
// loaded when a widget first speaks that language. The embed finds them by a URL relative to itself
// at run time instead (src/i18n/ui-locale.ts, localeModuleUrl), which an app's bundler cannot follow.
//
// The files imported are the embed's own, dist/locales/<locale>.js (scripts/i18n-bundle.mjs): one
// copy of each translation in the package, self-contained (no import of their own).
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const prefix = 'civic-locale:';

/** @param {{ localesDir: string }} options  the built translations, dist/locales */
export function bundledLocales({ localesDir }) {
  return {
    name: 'civic-bundled-locales',
    apply: 'build',
    // ui-locale.ts gets a table of every translation, each by a literal import(), and hands it to localeLoader.
    transform(code, id) {
      if (!id.split('?')[0].endsWith('/src/i18n/ui-locale.ts')) return null;
      const locales = existsSync(localesDir)
        ? readdirSync(localesDir)
            .filter((f) => f.endsWith('.js'))
            .map((f) => f.slice(0, -3))
            .sort()
        : [];
      if (locales.length === 0) this.error(`no translations in ${localesDir}: run "node scripts/i18n-bundle.mjs" first`);
      const table = locales.map((l) => `  ${JSON.stringify(l)}: () => import(${JSON.stringify(prefix + l)}),`).join('\n');
      return {
        code: `${code}
// Added by scripts/vite-plugin-bundled-locales.mjs (modules build only).
const bundledLocaleModules = {
${table}
};
localeLoader.load = (locale) => bundledLocaleModules[locale]?.() ?? Promise.reject(new Error(\`no translation for \${locale}\`));
`,
        map: null,
      };
    },
    // Kept as imports, then written as paths relative to the chunk that holds them (the bundler's
    // own relative externals are written relative to the source module instead).
    resolveId(source) {
      return source.startsWith(prefix) ? { id: source, external: true } : null;
    },
    renderChunk(code, chunk, options) {
      if (!code.includes(prefix)) return null;
      let path = relative(dirname(join(options.dir, chunk.fileName)), localesDir).replaceAll('\\', '/');
      if (!path.startsWith('.')) path = `./${path}`;
      return { code: code.replace(/civic-locale:([\w-]+)/g, (_, locale) => `${path}/${locale}.js`), map: null };
    },
  };
}
