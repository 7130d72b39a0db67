import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: {
    name: '@storybook/web-components-vite',
    // The project's vite.config.ts serves the demo page; Storybook needs none of that.
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  // Fixture feeds: stories read them like a city page reads its feed, with no network beyond Storybook.
  staticDirs: [
    { from: '../test/fixtures', to: '/fixtures' },
    { from: '../demo', to: '/demo' },
  ],
  core: { disableTelemetry: true },
};
export default config;
