// Custom Elements Manifest (custom-elements.json), read by Storybook's docs and by editors.
export default {
  globs: ['src/components/**/*.ts', 'src/base/civic-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
};
