/**
 * The contrast check of contrast.test.ts on every story (every state the widgets' authors show:
 * closed calls, cancelled events, filters, long text…) in each theme of Storybook's Theme switch.
 */
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import sinon from 'sinon';
import type { StoryGlobals } from '../../.storybook/decorators.js';
import { resetPageState } from '../helpers.js';
import { storiesFiles } from '../stories/index.js';
import { loadStoriesFiles, renderStory, storyExports, widgetsSettled, type MetaAnnotations } from '../stories/render-story.js';
import { checkContrast, formatProblems } from './contrast.js';

const clock = sinon.useFakeTimers({ now: new Date('2027-04-12T08:00:00Z'), toFake: ['Date'] });
const base = Object.assign(document.createElement('base'), { href: new URL('../', import.meta.url).href });
document.head.prepend(base);
const cityBrandCss = await (await fetch(new URL('../../src/themes/city-brand.css', import.meta.url))).text();
const loaded = await loadStoriesFiles(storiesFiles);

const themes = ['light', 'dark', 'high-contrast', 'city-brand', 'city-brand-dark'];

after(() => {
  base.remove();
  clock.restore();
});

for (const theme of themes) {
  describe(`stories keep WCAG AA contrast: ${theme}`, () => {
    let container: HTMLElement;

    beforeEach(() => {
      resetPageState('en');
      container = Object.assign(document.createElement('div'), { style: 'background:#fff;color:#000' });
      document.body.append(container);
    });

    afterEach(() => {
      render(null, container);
      container.remove();
    });

    for (const entry of loaded) {
      if (!('module' in entry)) continue; // stories.test.ts reports files that do not load
      const meta = (entry.module.default ?? {}) as MetaAnnotations;
      for (const [name, story] of storyExports(entry.module, meta)) {
        it(`${entry.file} ${name}`, async () => {
          const globals: StoryGlobals = { locale: 'en', theme };
          await renderStory(meta, story, name, globals, container, cityBrandCss);
          const problems = (await widgetsSettled(container)).flatMap((widget) => checkContrast(widget));
          expect(problems, `${problems.length} contrast problem(s):\n${formatProblems(problems)}`).to.be.empty;
        });
      }
    }
  });
}
