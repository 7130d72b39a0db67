// Custom Elements Manifest (custom-elements.json), read by Storybook's docs, by editors and by the
// editor data made from it (scripts/editor-data.mjs). Only the public modules: the four widgets and
// their bases; paths name the files the package ships (the plugins say why).
import { defineElementTags, shippedPaths } from './.storybook/cem-define-element.mjs';

const widgets = ['service-finder', 'language-picker', 'event-list', 'partner-call'];

export default {
  globs: [...widgets.map((w) => `src/components/${w}/${w}.ts`), 'src/base/civic-element.ts', 'src/base/list-element.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    defineElementTags(),
    shippedPaths({
      ...Object.fromEntries(widgets.map((w) => [`src/components/${w}/${w}.ts`, `dist/modules/${w}.js`])),
      'src/base/civic-element.ts': 'dist/modules/index.js',
      'src/base/list-element.ts': 'dist/modules/index.js',
    }),
  ],
};
