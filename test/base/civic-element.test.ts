import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../../src/index.js';
import type { CivicPartnerCall, CivicServiceFinder } from '../../src/index.js';
import { clampHeadingLevel, subheadingLevel } from '../../src/base/heading-level.js';
import { chooseLocale, getSharedLocale } from '../../src/i18n/shared-locale.js';
import { fixtureFeedUrl, resetPageState, settled, until, visibleText } from '../helpers.js';

describe('CivicElement (shared widget base)', () => {
  let originalFetch: typeof fetch;
  beforeEach(() => {
    resetPageState();
    originalFetch = window.fetch;
  });
  afterEach(() => {
    window.fetch = originalFetch;
    document.querySelectorAll('link[rel="civic-feed"], script[data-civic-feed]').forEach((n) => n.remove());
  });

  it('says it is loading, with aria-busy, until the feed arrives', async () => {
    resetPageState('de');
    let release!: (r: Response) => void;
    window.fetch = () => new Promise<Response>((resolve) => (release = resolve));
    const el = await fixture<CivicServiceFinder>(html`<civic-service-finder src="/slow.json"></civic-service-finder>`);
    expect(el.getAttribute('aria-busy')).to.equal('true');
    const status = el.shadowRoot!.querySelector('[role="status"]');
    expect(status?.textContent).to.contain('Loading');
    await expect(el).to.be.accessible();
    // The request may still be on its way (the saved copy is looked up first): wait for it.
    await until(() => !!release, 'the feed request');
    release(new Response(await (await originalFetch(fixtureFeedUrl)).text()));
    await settled(el);
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    expect(visibleText(el)).to.contain('Gesundheitsamt Beratung');
  });

  it('fetches one feed URL once however many widgets use it', async () => {
    let calls = 0;
    window.fetch = (input, init) => {
      calls++;
      return originalFetch(input, init);
    };
    // fixtureSync: a plain <div> would make fixture() wait for an animation frame, which a
    // background test tab never gets.
    const wrapper = fixtureSync(html`<div>
      <civic-service-finder src=${fixtureFeedUrl}></civic-service-finder>
      <civic-event-list src=${fixtureFeedUrl}></civic-event-list>
      <civic-partner-call src=${fixtureFeedUrl}></civic-partner-call>
    </div>`);
    for (const el of wrapper.children) await settled(el as CivicServiceFinder);
    expect(calls).to.equal(1);
  });

  it('finds the feed from <link rel="civic-feed"> and from an inline script', async () => {
    const link = Object.assign(document.createElement('link'), { rel: 'civic-feed', href: fixtureFeedUrl });
    document.head.append(link);
    resetPageState('de');
    const fromLink = await fixture<CivicServiceFinder>(html`<civic-service-finder></civic-service-finder>`);
    await settled(fromLink);
    expect(visibleText(fromLink)).to.contain('Deutschkurs');
    link.remove();
    resetPageState('de');

    const script = document.createElement('script');
    script.type = 'application/json';
    script.dataset.civicFeed = '';
    script.textContent = JSON.stringify({
      version: 1,
      defaultLocale: 'en',
      locales: ['en'],
      timeZone: 'UTC',
      services: [{ id: 'x', name: 'Inline help desk' }],
    });
    document.body.append(script);
    const inline = await fixture<CivicServiceFinder>(html`<civic-service-finder></civic-service-finder>`);
    await settled(inline);
    expect(visibleText(inline)).to.contain('Inline help desk');
  });

  it('reads an inline feed that starts with a byte order mark', async () => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.dataset.civicFeed = '';
    script.textContent = `\uFEFF${JSON.stringify({ version: 1, defaultLocale: 'en', locales: ['en'], services: [{ id: 'x', name: 'Help desk behind a BOM' }] })}`;
    document.body.append(script);
    const el = await fixture<CivicServiceFinder>(html`<civic-service-finder></civic-service-finder>`);
    await settled(el);
    expect(visibleText(el)).to.contain('Help desk behind a BOM');
    await expect(el).to.be.accessible();
  });

  it('follows a src set after it began with the page’s <link rel="civic-feed"> or inline feed, and back', async () => {
    const feed = (name: string) =>
      URL.createObjectURL(
        new Blob([JSON.stringify({ version: 1, defaultLocale: 'en', locales: ['en'], services: [{ id: 'x', name }] })], {
          type: 'application/json',
        }),
      );
    const requested: string[] = [];
    window.fetch = (input, init) => (requested.push(String(input)), originalFetch(input, init));
    const link = Object.assign(document.createElement('link'), { rel: 'civic-feed', href: feed('Office of the first city') });
    document.head.append(link);
    const el = await fixture<CivicServiceFinder>(html`<civic-service-finder></civic-service-finder>`);
    await settled(el);
    expect(visibleText(el)).to.contain('Office of the first city');
    const second = feed('Office of the second city');
    el.src = second;
    await el.updateComplete;
    await settled(el);
    expect(requested).to.include(second);
    expect(visibleText(el)).to.contain('Office of the second city');
    el.src = undefined;
    await el.updateComplete;
    await settled(el);
    expect(visibleText(el)).to.contain('Office of the first city');
    link.remove();

    const script = document.createElement('script');
    script.type = 'application/json';
    script.dataset.civicFeed = '';
    script.textContent = JSON.stringify({
      version: 1,
      defaultLocale: 'en',
      locales: ['en'],
      services: [{ id: 'x', name: 'Inline office' }],
    });
    document.body.append(script);
    const inline = await fixture<CivicServiceFinder>(html`<civic-service-finder></civic-service-finder>`);
    await settled(inline);
    expect(visibleText(inline)).to.contain('Inline office');
    inline.setAttribute('src', second);
    await inline.updateComplete;
    await settled(inline);
    expect(visibleText(inline)).to.contain('Office of the second city');
    await expect(inline).to.be.accessible();
  });

  it('shows a translated, actionable message in an alert when the server fails, and retries', async () => {
    resetPageState('de');
    let failing = true;
    window.fetch = async (_input, init) => (failing ? new Response('oops', { status: 500 }) : originalFetch(fixtureFeedUrl, init));
    const el = await fixture<CivicServiceFinder>(html`<civic-service-finder src="/broken.json"></civic-service-finder>`);
    await settled(el);
    // The widget's own words arrive with the German translation, loaded on demand; updateComplete waits for them.
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('Bitte versuchen Sie es später noch einmal');
    expect(alert.querySelector('button')!.textContent).to.contain('Erneut versuchen');
    await expect(el).to.be.accessible();
    failing = false;
    alert.querySelector('button')!.click();
    // The retry's states reach the widget a task later (FeedController): not busy and no alert any more.
    await until(() => !el.hasAttribute('aria-busy') && !el.shadowRoot!.querySelector('[role="alert"]'), 'the feed after the retry');
    await el.updateComplete;
    expect(visibleText(el)).to.contain('Gesundheitsamt');
  });

  it('explains a body that is not JSON and a network failure differently', async () => {
    window.fetch = async () => new Response('<html>not a feed</html>');
    const bad = await fixture<CivicServiceFinder>(html`<civic-service-finder src="/html.json"></civic-service-finder>`);
    await settled(bad);
    expect(bad.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('could not be read');

    window.fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    const offline = await fixture<CivicServiceFinder>(html`<civic-service-finder src="/offline.json"></civic-service-finder>`);
    await settled(offline);
    expect(offline.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('internet connection');
  });

  it('tells the web team when no feed is configured', async () => {
    const el = await fixture<CivicServiceFinder>(html`<civic-service-finder></civic-service-finder>`);
    await settled(el);
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('no information source');
  });

  it('sets lang and dir from the shared language and shows fallback text with its own lang', async () => {
    const el = await fixture<CivicServiceFinder>(html`<civic-service-finder src=${fixtureFeedUrl}></civic-service-finder>`);
    await settled(el);
    chooseLocale('ar');
    await el.updateComplete;
    expect(el.getAttribute('lang')).to.equal('ar');
    expect(el.getAttribute('dir')).to.equal('rtl');
    const results = () => [...el.shadowRoot!.querySelectorAll('[part~="result"]')];
    // Nothing hidden: the clinic where Arabic is spoken first, named in Arabic.
    expect(results()).to.have.length(2);
    expect(results()[0]!.textContent).to.contain('عيادة صحة المهاجرين');
    // Then the second service (German, Ukrainian); it has a German name only, marked as such.
    const german = results()[1]!.querySelector('[part~="result-name"] [lang]')!;
    expect(german.textContent).to.contain('Deutsch');
    expect(german.getAttribute('lang')).to.equal('de');
    expect(german.getAttribute('dir')).to.equal('ltr');
    await expect(el).to.be.accessible();
  });

  it('lets only a widget in the page decide the page’s start language', async () => {
    // A widget a framework took out of the page may still render (a stage that was due, a property set): its feed
    // offers English only, and the page's widgets speak the visitor's Arabic.
    const englishOnly = URL.createObjectURL(
      new Blob([
        JSON.stringify({
          version: 1,
          defaultLocale: 'en',
          locales: ['en'],
          calls: [{ id: 'c', title: 'Call', deadline: '2099-01-01T00:00:00Z' }],
        }),
      ]),
    );
    const gone = await fixture<CivicPartnerCall>(html`<civic-partner-call src=${englishOnly}></civic-partner-call>`);
    await settled(gone);
    gone.remove();
    resetPageState('ar');
    gone.requestUpdate();
    await gone.updateComplete;
    expect(getSharedLocale(), 'the page language after the removed widget rendered').to.equal(undefined);
    const el = await fixture<CivicServiceFinder>(html`<civic-service-finder src=${fixtureFeedUrl}></civic-service-finder>`);
    await settled(el);
    expect(el.getAttribute('lang')).to.equal('ar');
    expect(getSharedLocale()).to.equal('ar');
    URL.revokeObjectURL(englishOnly);
  });

  it('keeps a pinned lang and matches it to the feed locale (uk-UA → uk)', async () => {
    const el = await fixture<CivicServiceFinder>(html`<civic-service-finder lang="uk-UA" src=${fixtureFeedUrl}></civic-service-finder>`);
    await settled(el);
    expect(el.getAttribute('lang')).to.equal('uk');
    chooseLocale('ar');
    await el.updateComplete;
    expect(el.getAttribute('lang')).to.equal('uk');
    expect(el.getAttribute('dir')).to.equal('ltr');
  });

  it('follows the page heading level the host asks for', async () => {
    const el = await fixture<CivicServiceFinder>(
      html`<civic-service-finder heading-level="4" src=${fixtureFeedUrl}></civic-service-finder>`,
    );
    await settled(el);
    expect(el.shadowRoot!.querySelector('h4')).to.exist;
    expect(el.shadowRoot!.querySelector('h2')).to.not.exist;
  });

  it('reads heading levels 2-6 from the attribute, and a subheading one below, never past h6', () => {
    expect(['3', '7', '1', 'x', '4.4'].map((v) => clampHeadingLevel(v))).to.deep.equal([3, 2, 2, 2, 4]);
    expect(([2, 5, 6] as const).map(subheadingLevel)).to.deep.equal([3, 6, 6]);
  });
});
