import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const localesDir = resolve(import.meta.dirname, '../src/generated/locales');

/**
 * The widgets load their UI translation at run time from `./locales/<locale>.js` beside the bundled
 * module (src/i18n/ui-locale.ts). Storybook's dev server serves the TypeScript sources directly, but a
 * static Storybook build must emit those files itself: each locale module becomes its own chunk at
 * `assets/locales/<locale>.js`, next to the chunks that import it.
 */
function uiTranslations(): Plugin {
  return {
    name: 'civic-ui-translations',
    apply: 'build',
    buildStart() {
      for (const file of readdirSync(localesDir).filter((f) => f.endsWith('.ts'))) {
        this.emitFile({
          type: 'chunk',
          id: resolve(localesDir, file),
          fileName: `assets/locales/${file.replace(/\.ts$/, '.js')}`,
          preserveSignature: 'strict',
        });
      }
    },
  };
}

export default defineConfig({ plugins: [uiTranslations()] });
