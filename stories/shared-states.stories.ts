import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
// Each widget's own module (importing src/index.ts alone is dropped by the bundler: package.json "sideEffects").
import '../src/components/language-picker/language-picker.js';
import '../src/components/service-finder/service-finder.js';
import '../src/components/event-list/event-list.js';
import '../src/components/partner-call/partner-call.js';
import { readFeedText } from '../src/feed/validate.js';
import { writeSavedCopy } from '../src/feed/saved-copy.js';

/**
 * The states every widget shares — loading, empty, errors, offline with a saved copy — shown on all
 * four widgets at once. Fixture feeds come from `test/fixtures/` (served by Storybook at `/fixtures`);
 * nothing is mocked: a failure is a URL that really fails.
 */
const meta: Meta = {
  title: 'Shared/States',
  parameters: {
    docs: {
      description: {
        component:
          'What a visitor sees while the feed loads, when it is empty, when it cannot be loaded or read, and when only the copy saved on an earlier visit is available. Every widget shows the same messages, in the visitor’s language.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** A URL that fails like a lost connection, without a request leaving the browser (fetch does not support `about:`). */
const unreachable = (name: string) => `about:blank#${name}`;

function allWidgets(src: string, lang?: string): TemplateResult {
  return html`<div style="display:grid;gap:2rem;grid-template-columns:repeat(auto-fit,minmax(min(100%,20rem),1fr));align-items:start">
    <civic-language-picker src=${src} lang=${ifDefined(lang)}></civic-language-picker>
    <civic-service-finder src=${src} heading-level="3" lang=${ifDefined(lang)}></civic-service-finder>
    <civic-event-list src=${src} heading-level="3" lang=${ifDefined(lang)}></civic-event-list>
    <civic-partner-call src=${src} heading-level="3" lang=${ifDefined(lang)}></civic-partner-call>
  </div>`;
}

/**
 * Keeps a feed URL "loading" for as long as the story is open: registers it in the page's feed store
 * as a load in progress, so no request is ever made. If the store's internals change, the story
 * falls back to a failing URL (loading for about a second, then the network error).
 */
function pendingFeed(name: string): string {
  const url = unreachable(name);
  const registry = (globalThis as Record<symbol, unknown>)[Symbol.for('civic-widgets.feed-store.v2')] as
    { entries?: Map<string, unknown> } | undefined;
  if (registry?.entries && !registry.entries.has(url)) {
    registry.entries.set(url, { state: { status: 'loading' }, listeners: new Set(), generation: 0 });
  }
  return url;
}

export const Ready: Story = {
  render: () => allWidgets('fixtures/small-feed.json'),
};

export const PseudoLocale: Story = {
  name: 'Pseudo-locale (accented, longer)',
  parameters: {
    docs: {
      description: {
        story:
          'Every widget pinned to `lang="en-XA"`: each of its own words accented and as long as a translation may be (40 % more than the English plus 10 characters, between ⟪ ⟫), so truncation shows before a translator finds it. Any story can be seen this way: choose the pseudo-locale in the Language toolbar.',
      },
    },
  },
  render: () => allWidgets('fixtures/small-feed.json', 'en-XA'),
};

export const PseudoLocaleRightToLeft: Story = {
  name: 'Pseudo-locale, right to left',
  parameters: {
    docs: {
      description: {
        story:
          'Every widget pinned to `lang="ar-XB"`: the same words drawn right to left in a mirrored layout, with the feed’s Arabic text.',
      },
    },
  },
  render: () => allWidgets('fixtures/small-feed.json', 'ar-XB'),
};

export const Loading: Story = {
  parameters: { docs: { description: { story: 'Waiting for the feed: `aria-busy="true"` and a visible message, never a blank box.' } } },
  render: () => allWidgets(pendingFeed('story-loading')),
};

export const Empty: Story = {
  parameters: { docs: { description: { story: 'A valid feed with nothing in it yet.' } } },
  render: () => allWidgets('fixtures/story-empty.json'),
};

export const ErrorNotFound: Story = {
  name: 'Error: feed not found (404)',
  render: () => allWidgets('fixtures/story-does-not-exist.json'),
};

export const ErrorNetwork: Story = {
  name: 'Error: no connection',
  parameters: {
    docs: {
      description: { story: 'The request fails as when the visitor is offline (one automatic retry after a second, then the message).' },
    },
  },
  render: () => allWidgets(unreachable('story-network')),
};

export const ErrorInvalidFeed: Story = {
  name: 'Error: not JSON (a web page instead of the feed)',
  render: () => allWidgets('fixtures/story-invalid.json'),
};

export const ErrorNotAFeed: Story = {
  name: 'Error: JSON that is not a feed',
  render: () => allWidgets('fixtures/story-not-a-feed.json'),
};

export const NoSource: Story = {
  name: 'Error: no feed configured',
  parameters: {
    docs: { description: { story: 'No `src`, no `<link rel="civic-feed">` and no inline feed: a message for the web team.' } },
  },
  render: () => html`<civic-event-list heading-level="3"></civic-event-list>`,
};

/** The copy saved on an earlier visit, for a feed that can no longer be reached. */
async function saveCopyFor(url: string): Promise<void> {
  const response = await fetch(new URL('fixtures/small-feed.json', document.baseURI));
  const { feed } = readFeedText(await response.text());
  if (feed) await writeSavedCopy(new URL(url, document.baseURI).href, { feed, savedAt: Date.now() - 3 * 86_400_000 });
}

export const OfflineWithSavedCopy: Story = {
  name: 'Offline, with a saved copy',
  parameters: {
    docs: {
      description: {
        story: 'The feed cannot be reached, but a copy saved on an earlier visit is shown with a notice that it may be out of date.',
      },
    },
  },
  loaders: [() => saveCopyFor(unreachable('story-offline'))],
  render: () => allWidgets(unreachable('story-offline')),
};
