/**
 * The shared body of the host-app tests: two widgets pinned to two languages, one following the
 * page, and a host app with its own @lit/localize, on one page. Both keep their words after
 * switching (the page's language, and the host's).
 */
import { expect, html } from '@open-wc/testing';
import { render } from 'lit';
import { chooseLocale } from '../../src/i18n/shared-locale.js';
import { fixtureFeedUrl, resetPageState, settled, visibleText } from '../helpers.js';
import { host, hostWords } from './host-localize.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

export function twoLanguagesOnOnePage(): void {
  let root: HTMLElement;
  let widgets: Widget[];

  beforeEach(async () => {
    resetPageState('uk');
    await host.setLocale('de');
    root = document.createElement('div');
    render(
      html`<civic-service-finder lang="fr" src=${fixtureFeedUrl}></civic-service-finder>
      <civic-event-list lang="ar" src=${fixtureFeedUrl}></civic-event-list>
      <civic-partner-call src=${fixtureFeedUrl}></civic-partner-call>`,
      root,
    );
    document.body.append(root);
    widgets = [...root.children] as Widget[];
    for (const w of widgets) await settled(w);
    await Promise.all(widgets.map((w) => w.updateComplete));
  });
  afterEach(async () => {
    root.remove();
    resetPageState('en');
    await host.setLocale('en');
  });

  /** Each widget's own words, in its own language; the host's in the host's. */
  function expectWords(page: 'uk' | 'de', hostLocale: 'de' | 'en'): void {
    const [finder, events, calls] = widgets as [Widget, Widget, Widget];
    expect([finder.lang, finder.dir]).to.deep.equal(['fr', 'ltr']);
    expect(visibleText(finder)).to.contain('Trouver un service').and.contain('Rechercher un service');
    expect([events.lang, events.dir]).to.deep.equal(['ar', 'rtl']);
    expect(visibleText(events)).to.contain('الفئة').and.not.contain('Category');
    expect(calls.lang).to.equal(page);
    expect(visibleText(calls)).to.contain(page === 'uk' ? 'Копіювати посилання' : 'Link kopieren');
    expect(host.getLocale()).to.equal(hostLocale);
    expect(hostWords()).to.deep.equal(
      hostLocale === 'de' ? ['Hallo von der Host-App', 'HOST: noch einmal'] : ['Hello from the host app', 'Try again'],
    );
  }

  it('each widget speaks its own language, and the host app its own', async () => {
    expectWords('uk', 'de');
    await expect(widgets[1]!).to.be.accessible();
  });

  it('both keep their words after the page switches language and the host app switches its own', async () => {
    chooseLocale('de');
    await Promise.all(widgets.map((w) => w.updateComplete));
    expectWords('de', 'de');
    await host.setLocale('en');
    for (const w of widgets) (w as unknown as { requestUpdate(): void }).requestUpdate();
    await Promise.all(widgets.map((w) => w.updateComplete));
    expectWords('de', 'en');
  });

  it('a widget whose lang changes speaks the new language, words and all', async () => {
    const finder = widgets[0]!;
    finder.setAttribute('lang', 'uk');
    await finder.updateComplete;
    expect(visibleText(finder)).to.contain('Знайти послугу');
    finder.setAttribute('lang', 'de');
    await finder.updateComplete;
    expect(visibleText(finder)).to.contain('Angebot finden');
    expect(hostWords()[0]).to.equal('Hallo von der Host-App');
  });
}
