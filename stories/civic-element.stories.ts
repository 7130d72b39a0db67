import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';

/** The states every widget shares, shown on the service finder. */
const meta: Meta = {
  title: 'Shared/States',
  component: 'civic-service-finder',
};
export default meta;

export const Ready: StoryObj = { render: () => html`<civic-service-finder src="fixtures/small-feed.json"></civic-service-finder>` };
export const FeedMissing: StoryObj = { render: () => html`<civic-service-finder src="fixtures/does-not-exist.json"></civic-service-finder>` };
