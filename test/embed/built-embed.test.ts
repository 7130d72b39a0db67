import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { embedExports, embedScripts, openEmbedPage, shownText, shownWidget, type EmbedPage } from './embed-page.js';

/**
 * The built embed as a page uses it: one script tag that loads the code of the widgets the page shows,
 * also of widgets added after the page has loaded (a framework, a CMS editor), and whose feed request
 * starts without waiting for any widget's code.
 */
const chunkOf = (page: EmbedPage, widget: string) => embedScripts(page).filter((path) => path.includes(`/chunks/${widget}-`));

describe('the built embed', () => {
  let page: EmbedPage | undefined;
  beforeEach(() => localStorage.setItem('civic-widgets.locale', 'en'));
  afterEach(async () => {
    await executeServerCommand('release-requests');
    page?.close();
    page = undefined;
  });

  it('loads nothing but its entry on a page without widgets', async () => {
    page = await openEmbedPage('<p>No widget here.</p>');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(embedScripts(page).map((p) => p.replace(/^.*\//, ''))).to.deep.equal(['civic-widgets.js']);
  });

  it('gives a tag that a framework adds after load its code, and it shows the feed', async () => {
    page = await openEmbedPage('<main id="app"></main>');
    expect(chunkOf(page, 'event-list')).to.deep.equal([]);
    // As a framework renders: an element tree built off the page, then put in.
    const doc = page.document;
    const section = doc.createElement('section');
    section.append(doc.createElement('div'));
    section.firstElementChild!.append(doc.createElement('civic-partner-call'));
    doc.getElementById('app')!.append(section);
    const call = await shownWidget(page, 'civic-partner-call');
    expect(shownText(call)).to.contain('Improving school performance');
    expect(chunkOf(page, 'partner-call')).to.have.length(1);
    expect(chunkOf(page, 'event-list'), 'a widget the page does not show').to.deep.equal([]);
  });

  it('gives a tag a CMS editor inserts later, with its own feed, its code', async () => {
    page = await openEmbedPage('<article></article>', { feed: null });
    const doc = page.document;
    const list = doc.createElement('civic-event-list');
    list.setAttribute('src', '/test/fixtures/small-feed.json');
    list.setAttribute('show-past', '');
    doc.querySelector('article')!.append(list);
    expect(shownText(await shownWidget(page, 'civic-event-list'))).to.contain('Urban Academy');
  });

  it('defines a widget inside another component’s shadow root handed to loadWidgets()', async () => {
    page = await openEmbedPage('<div id="host"></div>');
    const host = page.document.getElementById('host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(page.document.createElement('civic-language-picker'));
    const embed = await embedExports<{ loadWidgets(root: ShadowRoot): Promise<void> }>(page);
    await embed.loadWidgets(shadow);
    const picker = shadow.querySelector('civic-language-picker')!;
    expect(page.window.customElements.get('civic-language-picker')).to.not.equal(undefined);
    for (const end = performance.now() + 5000; !picker.shadowRoot?.textContent?.includes('Deutsch');) {
      if (performance.now() > end) throw new Error(`the picker shows “${picker.shadowRoot?.textContent}”`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  });

  it('speaks the visitor’s language from its shipped translation file, words that are the English too', async () => {
    const coordinatorOf = async (locale: string) => {
      localStorage.setItem('civic-widgets.locale', locale);
      page = await openEmbedPage('<civic-partner-call call-id="school"></civic-partner-call>', { feed: '/test/fixtures/calls-small.json' });
      const call = await shownWidget(page, 'civic-partner-call');
      const words = call.shadowRoot!.querySelector('[part~="coordinator"] dd')!.textContent!.replace(/\s+/g, ' ').trim();
      page.close();
      return words;
    };
    // Arabic writes its own comma; German's is the English one, which its shipped file leaves out.
    expect(await coordinatorOf('ar')).to.equal(`Government of Catalonia، ${new Intl.DisplayNames('ar', { type: 'region' }).of('ES')}`);
    expect(await coordinatorOf('de')).to.equal(`Regierung von Katalonien, ${new Intl.DisplayNames('de', { type: 'region' }).of('ES')}`);
    page = undefined;
  });

  it('asks for the feed before any widget’s code has come, and only once', async () => {
    const feed = '/held/test/fixtures/small-feed.json';
    const before = (await executeServerCommand('request-count', { path: feed })) as number;
    // The widgets' code (every chunk) held back by the test server; the entry and the feed are not.
    // Two pickers (two files held): a browser has six connections to a server, and the test's own
    // messages to the test server need one.
    await executeServerCommand('hold-requests', { prefix: '/held/dist/chunks/' });
    page = await openEmbedPage(
      '<civic-language-picker></civic-language-picker><civic-language-picker variant="list"></civic-language-picker>',
      { embed: '/held/dist/civic-widgets.js', feed },
    );
    const win = page.window;
    // Counted by the test server as it arrives (the page's resource timing lists a fetch only once its answer is read).
    const requested = async () => ((await executeServerCommand('request-count', { path: feed })) as number) > before;
    for (const end = performance.now() + 5000; !(await requested());) {
      if (performance.now() > end) throw new Error('the feed was not asked for while the widgets’ code was held');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(win.customElements.get('civic-language-picker'), 'the picker’s code').to.equal(undefined);
    await executeServerCommand('release-requests');
    for (const picker of page.document.querySelectorAll('civic-language-picker')) {
      for (const end = performance.now() + 5000; !picker.shadowRoot?.textContent?.includes('Deutsch');) {
        if (performance.now() > end) throw new Error(`a picker shows “${picker.shadowRoot?.textContent}”`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    }
    expect((await executeServerCommand('request-count', { path: feed })) as number, 'requests for the feed').to.equal(before + 1);
  });
});
