import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import cityBrandCss from '../src/themes/city-brand.css?inline';
import DocsPage from './DocsPage.mdx';
import { decorateStory, LOCALES, THEMES } from './decorators.js';

type Manifest = { modules?: Array<{ declarations?: Array<{ members?: Array<{ privacy?: string; static?: boolean }> }> }> };

/** The manifest without private, protected and static members: the docs show what a page can use. */
function publicApi(full: Manifest): Manifest {
  return {
    ...full,
    modules: full.modules?.map((mod) => ({
      ...mod,
      declarations: mod.declarations?.map((d) => ({
        ...d,
        members: d.members?.filter((m) => !m.privacy || m.privacy === 'public').filter((m) => !m.static),
      })),
    })),
  };
}

// Docs pages list attributes, properties, events, parts and custom properties from the manifest built from the source.
setCustomElementsManifest(publicApi(manifest as Manifest));

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    // Each widget's docs page: the manifest's API tables plus a copy-paste embed snippet.
    docs: { page: DocsPage },
    viewport: {
      options: {
        phone: { name: 'Phone (390 px)', styles: { width: '390px', height: '844px' }, type: 'mobile' },
        desktop: { name: 'Desktop (1280 px)', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
      },
    },
    options: {
      storySort: { order: ['Introduction', 'Theming', 'Shared', '*'] },
    },
  },
  globalTypes: {
    locale: {
      description: 'Language of the widgets (the page’s shared language); right-to-left languages set dir="rtl"',
      toolbar: { title: 'Language', icon: 'globe', items: [...LOCALES], dynamicTitle: true },
    },
    theme: {
      description: 'Theme: the widgets’ theme attribute, or the city brand example stylesheet',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: Object.entries(THEMES).map(([value, { title }]) => ({ value, title })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {
    locale: 'en',
    theme: 'system',
    viewport: { value: 'desktop', isRotated: false },
  },
  decorators: [(story, context) => decorateStory(story, context.globals, cityBrandCss)],
  tags: ['autodocs'],
};
export default preview;
