import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { html } from 'lit';
import '../../src/components/event-list/event-list.js';
import { decorateStory, LOCALES, THEMES } from '../../.storybook/decorators.js';
import { allLocales } from '../../src/generated/locale-codes.js';
import { getSharedLocale, LOCALE_STORAGE_KEY } from '../../src/i18n/shared-locale.js';
import { keepLocaleChoiceInPage } from './render-story.js';
import { resetPageState } from '../helpers.js';

let restoreStorage: () => void = () => undefined;
beforeEach(() => {
  restoreStorage = keepLocaleChoiceInPage(LOCALE_STORAGE_KEY);
});
afterEach(() => restoreStorage());

describe('Storybook toolbar decorators', () => {
  let container: HTMLElement;

  beforeEach(() => {
    resetPageState('en');
    container = document.createElement('div');
    document.body.append(container);
  });

  afterEach(() => {
    render(null, container);
    container.remove();
    document.adoptedStyleSheets = [];
    fixtureCleanup();
  });

  it('offers every shipped UI language by its own name, marking right-to-left ones', () => {
    expect(LOCALES.map((l) => l.value)).to.deep.equal([...allLocales]);
    expect(LOCALES.find((l) => l.value === 'uk')!.title).to.equal('Українська');
    expect(LOCALES.find((l) => l.value === 'ti')!.title).to.equal('ትግርኛ');
    expect(LOCALES.find((l) => l.value === 'ckb')!.right).to.contain('RTL');
    expect(LOCALES.find((l) => l.value === 'en-XA')!.title).to.equal('Pseudo-locale (accented, longer)');
    expect(LOCALES.find((l) => l.value === 'ar-XB')!.right).to.contain('RTL');
    expect(LOCALES.find((l) => l.value === 'ar')!.right).to.contain('RTL');
    expect(LOCALES.find((l) => l.value === 'fa')!.right).to.contain('RTL');
    expect(LOCALES.find((l) => l.value === 'de')!.right).not.to.contain('RTL');
  });

  it('switches the shared language and sets lang and dir on the story root', () => {
    render(
      decorateStory(() => html`<p>story</p>`, { locale: 'fa', theme: 'system' }),
      container,
    );
    const root = container.querySelector('.civic-story-root')!;
    expect(getSharedLocale()).to.equal('fa');
    expect(root.getAttribute('lang')).to.equal('fa');
    expect(root.getAttribute('dir')).to.equal('rtl');
  });

  it('puts the theme on every widget, also on widgets added later, and loads the city brand only for it', async () => {
    const story = () => html`<civic-event-list src="about:blank#decorator"></civic-event-list>`;
    render(
      decorateStory(story, { locale: 'en', theme: 'city-brand-dark' }, 'civic-event-list { --civic-color-accent: rgb(1, 2, 3); }'),
      container,
    );
    const widget = container.querySelector('civic-event-list')!;
    expect(widget.getAttribute('theme')).to.equal(THEMES['city-brand-dark'].attribute);
    expect(getComputedStyle(widget).getPropertyValue('--civic-color-accent').trim()).to.equal('rgb(1, 2, 3)');

    const late = document.createElement('civic-event-list');
    container.querySelector('.civic-story-root')!.append(late);
    await waitUntil(() => late.getAttribute('theme') === 'dark', 'the theme on a widget added later');

    render(decorateStory(story, { locale: 'en', theme: 'system' }, ''), container);
    expect(widget.hasAttribute('theme')).to.equal(false);
    expect(getComputedStyle(widget).getPropertyValue('--civic-color-accent').trim()).to.equal('');
  });

  it('leaves a theme a story sets itself', () => {
    render(
      decorateStory(() => html`<civic-event-list theme="high-contrast" src="about:blank#own"></civic-event-list>`, {
        locale: 'en',
        theme: 'dark',
      }),
      container,
    );
    expect(container.querySelector('civic-event-list')!.getAttribute('theme')).to.equal('high-contrast');
  });
});
