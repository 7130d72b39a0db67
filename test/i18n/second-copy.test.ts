import './isolate-tabs.js';
import { expect, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/index.js';
import * as thisCopy from '../../src/i18n/shared-locale.js';
import { fixtureFeedUrl, resetPageState, settled, visibleText } from '../helpers.js';

/**
 * Two CMS plugins that each bundle the library put two copies on one page. A browser test cannot
 * bundle a second copy at run time, so this loads a second, independent instance of the shared
 * language module (same file under another URL: its own module state, listeners and storage
 * hook), and also plays another copy by hand, using only the public contract: the
 * `civic-locale-change` event on `document` and the `civic-widgets.locale` storage key.
 */
type SharedLocaleModule = typeof thisCopy;
const secondCopyUrl = new URL('../../src/i18n/shared-locale.ts?second-copy', import.meta.url).href;

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

const until = (check: () => boolean, what: string, timeout = 3000): Promise<void> =>
  waitUntil(check, `waiting for ${what}`, { interval: 10, timeout });

describe('a second copy of the library on the same page', () => {
  let other: SharedLocaleModule;
  let widgets: Widget[];
  let root: HTMLElement;

  before(async () => {
    other = (await import(secondCopyUrl)) as SharedLocaleModule;
  });

  beforeEach(async () => {
    resetPageState('en');
    // A plain wrapper, not open-wc's fixture(): see test/components/language-picker (background tabs).
    root = document.createElement('div');
    render(
      html`<civic-service-finder src=${fixtureFeedUrl}></civic-service-finder>
      <civic-event-list src=${fixtureFeedUrl}></civic-event-list>`,
      root,
    );
    document.body.append(root);
    widgets = [...root.children] as Widget[];
    for (const w of widgets) await settled(w);
  });
  afterEach(() => {
    root.remove();
    resetPageState('en');
  });

  it('is really a separate module instance', () => {
    expect(other.chooseLocale).to.not.equal(thisCopy.chooseLocale);
  });

  it('our widgets follow a language chosen in the other copy', async () => {
    other.chooseLocale('ar');
    await until(() => widgets.every((w) => w.getAttribute('lang') === 'ar'), 'Arabic');
    for (const w of widgets) expect(w.getAttribute('dir')).to.equal('rtl');
    await until(() => visibleText(widgets[0]!).includes('ابحث عن خدمة'), 'Arabic UI words');
    expect(localStorage.getItem(thisCopy.LOCALE_STORAGE_KEY)).to.equal('ar');
    await expect(widgets[0]!).to.be.accessible();
  });

  it('the other copy follows a language chosen here, and a late copy knows the current language', async () => {
    const heard: string[] = [];
    const stop = other.onSharedLocaleChange((locale) => heard.push(locale));
    thisCopy.chooseLocale('uk');
    stop();
    expect(heard).to.deep.equal(['uk']);
    expect(other.getSharedLocale()).to.equal('uk');
  });

  it('follows a copy that only speaks the public contract (document event + storage)', async () => {
    const seenByOther: string[] = [];
    const otherListener = (e: Event) => seenByOther.push((e as CustomEvent<{ locale: string }>).detail.locale);
    document.addEventListener('civic-locale-change', otherListener);
    // The other copy's picker: save, then tell the page.
    localStorage.setItem('civic-widgets.locale', 'de');
    document.dispatchEvent(new CustomEvent('civic-locale-change', { detail: { locale: 'de', reason: 'choice' } }));
    await until(() => visibleText(widgets[0]!).includes('Angebot finden'), 'German');
    // The widgets re-render one per task: the second may still be waiting for its turn.
    for (const w of widgets) await w.updateComplete;
    expect(widgets.map((w) => w.getAttribute('lang'))).to.deep.equal(['de', 'de']);
    // Our choice reaches the other copy the same way.
    thisCopy.chooseLocale('en');
    document.removeEventListener('civic-locale-change', otherListener);
    expect(seenByOther).to.deep.equal(['de', 'en']);
    await expect(widgets[1]!).to.be.accessible();
  });

  it('a choice in another tab reaches both copies once', async () => {
    let changes = 0;
    const count = () => changes++;
    document.addEventListener('civic-locale-change', count);
    const stop = other.onSharedLocaleChange(() => {});
    window.dispatchEvent(new StorageEvent('storage', { key: 'civic-widgets.locale', newValue: 'uk' }));
    stop();
    document.removeEventListener('civic-locale-change', count);
    expect(changes).to.equal(1);
    await until(() => widgets.every((w) => w.getAttribute('lang') === 'uk'), 'Ukrainian');
  });
});
