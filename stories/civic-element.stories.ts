import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
// Each widget's own module (importing src/index.ts alone is dropped by the bundler: package.json "sideEffects").
import '../src/components/language-picker/language-picker.js';
import '../src/components/service-finder/service-finder.js';
import '../src/components/event-list/event-list.js';
import '../src/components/partner-call/partner-call.js';

/**
 * Every widget in each built-in theme, side by side, so a designer sees what a theme changes. The
 * Theme switch in the toolbar applies one theme (and the city brand example) to every story instead.
 */
const meta: Meta = {
  title: 'Shared/Themes',
  parameters: {
    docs: {
      description: {
        component:
          'The built-in modes of every widget: light (the default: the page’s font and text colour), dark and high contrast, set with the `theme` attribute. Without the attribute a widget follows the visitor’s `prefers-color-scheme` and `prefers-contrast`; in forced-colours mode it uses the system’s colours. See the Theming page for the custom properties.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

const feed = 'fixtures/small-feed.json';

function inTheme(theme: string): TemplateResult {
  return html`<div style="display:grid;gap:1.5rem;grid-template-columns:repeat(auto-fit,minmax(min(100%,20rem),1fr));align-items:start">
    <civic-language-picker theme=${theme} src=${feed}></civic-language-picker>
    <civic-service-finder theme=${theme} src=${feed} heading-level="3"></civic-service-finder>
    <civic-event-list theme=${theme} src=${feed} heading-level="3"></civic-event-list>
    <civic-partner-call theme=${theme} src=${feed} heading-level="3"></civic-partner-call>
  </div>`;
}

export const Light: Story = { render: () => inTheme('light') };
export const Dark: Story = { render: () => inTheme('dark') };
export const HighContrast: Story = { name: 'High contrast', render: () => inTheme('high-contrast') };

/** A page's own colours through the public custom properties, set on a container (no stylesheet needed). */
export const CustomProperties: Story = {
  name: 'Custom properties on a container',
  render: () => html`<div
    style="--civic-color-accent:#005c55;--civic-color-link:#005c55;--civic-focus-color:#7a3e00;--civic-radius:0;--civic-space:1.25rem;font-family:Georgia,serif;color:#222"
  >
    ${inTheme('light')}
  </div>`,
};
