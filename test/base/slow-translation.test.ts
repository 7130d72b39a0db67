import '../i18n/isolate-tabs.js';
import { expect, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { render } from 'lit';
import '../../src/index.js';
import { languageSwitchOptions } from '../../src/base/locale-controller.js';
import { configureFeedStore } from '../../src/feed/store.js';
import { chooseLocale } from '../../src/i18n/shared-locale.js';
import { hasUiLocale, localeModuleUrl } from '../../src/i18n/ui-locale.js';
import { speakingLocale } from '../../src/i18n/messages.js';
import { fixtureFeedUrl, resetPageState, settled, visibleText } from '../helpers.js';

/**
 * A language switch waits for the UI translation, but not for ever (src/base/locale-controller.ts):
 * on a slow connection the feed's text comes first, the widgets' own words when they have loaded.
 * Its own file: Arabic must not have been loaded in this page before (its import is what is slow).
 */
type Widget = HTMLElement & { updateComplete: Promise<unknown>; performUpdate(): void; render(): unknown };

describe('a language switch on a slow connection', () => {
  const wait = languageSwitchOptions.translationWaitMs;
  let root: HTMLElement;

  beforeEach(async () => {
    resetPageState('de');
    configureFeedStore({ saveCopy: false });
    root = document.createElement('div');
    render(html`<civic-service-finder src=${fixtureFeedUrl}></civic-service-finder>`, root);
    document.body.append(root);
    await settled(root.firstElementChild as Widget);
  });
  afterEach(async () => {
    await executeServerCommand('release-requests');
    languageSwitchOptions.translationWaitMs = wait;
    root.remove();
    resetPageState('en');
    configureFeedStore({ saveCopy: true });
  });

  it("shows the feed in the new language before the translation has loaded, then the widget's words", async () => {
    const finder = root.firstElementChild as Widget;
    expect(visibleText(finder)).to.contain('Angebot finden');
    const seen: { lang: string | null; ui: string; text: string }[] = [];
    const performUpdate = finder.performUpdate.bind(finder);
    const render = finder.render.bind(finder);
    let ui = '';
    finder.render = () => ((ui = speakingLocale()), render());
    finder.performUpdate = () => {
      performUpdate();
      seen.push({ lang: finder.getAttribute('lang'), ui, text: visibleText(finder) });
    };
    // No wait, and the Arabic translation held back by the test server until the switch is shown.
    await executeServerCommand('hold-requests', { path: new URL(localeModuleUrl('ar')).pathname });
    languageSwitchOptions.translationWaitMs = 0;
    chooseLocale('ar');
    await finder.updateComplete;
    expect(seen[0], 'first render').to.include({ lang: 'ar', ui: 'de' });
    expect(seen[0]!.text).to.contain('عيادة صحة المهاجرين').and.contain('Angebot finden');
    await executeServerCommand('release-requests');
    await waitUntil(() => hasUiLocale('ar'), 'the Arabic words', { interval: 20, timeout: 6000 });
    // The re-render for the words runs in its own task.
    await waitUntil(() => seen.at(-1)?.ui === 'ar', 'a render with the Arabic words');
    expect(seen.at(-1), 'last render').to.include({ lang: 'ar', ui: 'ar' });
    expect(visibleText(finder)).to.contain('ابحث عن خدمة').and.contain('عيادة صحة المهاجرين');
    expect(finder.getAttribute('dir')).to.equal('rtl');
    await expect(finder).to.be.accessible();
  });
});
