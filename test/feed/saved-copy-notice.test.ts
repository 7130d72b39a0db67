import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { CivicListElement } from '../../src/base/list-element.js';
import { defineElement } from '../../src/base/define.js';
import { configureFeedStore } from '../../src/feed/store.js';
import { clearSavedCopies, writeSavedCopy } from '../../src/feed/saved-copy.js';
import type { Feed } from '../../src/feed/types.js';
import { resetPageState, settled, visibleText } from '../helpers.js';

/** The smallest widget: the list of service names. Shows what the base does with the store's states. */
class FeedProbe extends CivicListElement {
  protected renderContent(feed: Feed): unknown {
    return litHtml`<ul>${feed.services.map((s) => litHtml`<li>${this.text(s.name)}</li>`)}</ul>`;
  }
}
defineElement('civic-feed-probe', FeedProbe);

const url = new URL('/feed-offline-test.json', location.href).href;
const saved: Feed = {
  version: 1,
  defaultLocale: 'de',
  locales: ['de', 'ar'],
  timeZone: 'Europe/Berlin',
  categories: [],
  services: [{ id: 's1', name: { de: 'Migrationsberatung', ar: 'استشارات الهجرة' } }],
  events: [],
  calls: [],
};

describe('a widget starting offline from the saved copy', () => {
  let originalFetch: typeof fetch;
  beforeEach(async () => {
    originalFetch = window.fetch;
    await clearSavedCopies([url]);
    configureFeedStore({ saveCopy: true, retryDelayMs: 10 });
    await writeSavedCopy(url, { feed: saved, etag: '"v1"', savedAt: 1 });
    window.fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
  });
  afterEach(async () => {
    window.fetch = originalFetch;
    await clearSavedCopies([url]);
    configureFeedStore({ retryDelayMs: 1_000 });
  });

  for (const locale of ['de', 'ar']) {
    it(`shows the saved information and says it may be out of date (${locale})`, async () => {
      resetPageState(locale);
      configureFeedStore({ saveCopy: true }); // after resetPageState, which may turn saved copies off for other tests
      const el = await fixture<FeedProbe>(html`<civic-feed-probe src=${url}></civic-feed-probe>`);
      await settled(el);
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="saved-copy"]'), 'no saved-copy notice', { timeout: 6000, interval: 10 });
      const notice = el.shadowRoot!.querySelector('[part~="saved-copy"]')!;
      expect(notice.getAttribute('role')).to.equal('status');
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      expect(visibleText(el)).to.contain(locale === 'ar' ? 'استشارات الهجرة' : 'Migrationsberatung');
      expect(el.getAttribute('dir')).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
      await expect(el).to.be.accessible();
    });
  }
});
