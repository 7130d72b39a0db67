// Custom Elements Manifest (custom-elements.json), read by Storybook's docs and by editors.
// Widgets register through defineElement() (first definition wins), which the analyzer does not
// recognise by itself: the plugin reads those calls for the tag names.
import { defineElementTags } from './.storybook/cem-define-element.mjs';

export default {
  globs: ['src/components/**/*.ts', 'src/base/civic-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [defineElementTags()],
};
