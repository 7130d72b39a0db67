// The demo's snippet builder: its page's own form (demo/snippet-builder.html), wired by its script,
// with the real widgets as the preview.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/index.js';
import { embedCode, FEED_PLACEHOLDER, startSnippetBuilder } from '../../demo/snippet-builder.js';
import { resetPageState, settled } from '../helpers.js';

const pageUrl = new URL('../../demo/snippet-builder.html', import.meta.url).href;
const sampleFeed = new URL('../fixtures/network-leipzig-poznan.json', import.meta.url).href;

/** The builder's part of the page (its <main>), in a fixture, wired. */
async function builder(): Promise<HTMLElement> {
  const page = new DOMParser().parseFromString(await (await fetch(pageUrl)).text(), 'text/html');
  const root = await fixture<HTMLElement>(html`<div></div>`);
  root.append(document.importNode(page.querySelector('main')!, true));
  startSnippetBuilder(root, { sampleFeed });
  return root;
}

const $ = <T extends Element = HTMLElement>(root: ParentNode, selector: string): T => root.querySelector<T>(selector)!;
const code = (root: ParentNode): string => $<HTMLTextAreaElement>(root, '#code').value;

async function set(root: ParentNode, selector: string, value: string | boolean): Promise<void> {
  const control = $<HTMLInputElement>(root, selector);
  if (typeof value === 'boolean') control.checked = value;
  else control.value = value;
  control.dispatchEvent(new Event(typeof value === 'boolean' || control.localName === 'select' ? 'change' : 'input', { bubbles: true }));
  await new Promise((resolve) => setTimeout(resolve));
}

/** The preview widget, once it shows its feed. */
async function previewWidget(root: ParentNode): Promise<HTMLElement & { updateComplete: Promise<unknown> }> {
  const widget = $(root, '#preview').firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
  await settled(widget);
  return widget;
}

describe('snippet builder (demo)', () => {
  beforeEach(() => resetPageState('en'));
  afterEach(() => sinon.restore());

  it('writes the embed code: script, feed link, the widget with its set attributes, values escaped', () => {
    expect(
      embedCode({
        tag: 'civic-partner-call',
        attributes: [
          ['programme', 'AMIF, "Erasmus+" <b>'],
          ['show-closed', true],
        ],
        feed: 'https://city.example/feed.json?a=1&b=2',
        script: 'https://city.example/civic-widgets.js',
      }),
    ).to.equal(
      [
        '<script type="module" src="https://city.example/civic-widgets.js"></script>',
        '<link rel="civic-feed" href="https://city.example/feed.json?a=1&amp;b=2">',
        '<civic-partner-call programme="AMIF, &quot;Erasmus+&quot; &lt;b>" show-closed></civic-partner-call>',
      ].join('\n'),
    );
  });

  it('starts with the service finder on the sample feed, live, and its code naming a feed to replace', async () => {
    const root = await builder();
    expect(code(root)).to.equal(
      [
        '<script type="module" src="https://your-city.example/civic-widgets/civic-widgets.js"></script>',
        `<link rel="civic-feed" href="${FEED_PLACEHOLDER}">`,
        '<civic-service-finder></civic-service-finder>',
      ].join('\n'),
    );
    expect($(root, '#sample-hint').hidden).to.equal(false);
    const widget = await previewWidget(root);
    expect(widget.localName).to.equal('civic-service-finder');
    expect(widget.getAttribute('src')).to.equal(sampleFeed);
    expect(widget.shadowRoot!.querySelector('select[name="publisher"]'), 'the sample feed read').to.exist;
    await expect(root).to.be.accessible();
  });

  it("changes widget and options: the code and the preview follow, with the feed's categories, calls and languages as choices", async () => {
    const root = await builder();
    await set(root, 'input[name="widget"][value="civic-event-list"]', true);
    expect($(root, 'fieldset[data-for="civic-event-list"]').hidden).to.equal(false);
    expect($(root, 'fieldset[data-for="civic-service-finder"]').hidden).to.equal(true);
    await previewWidget(root);
    // The event list's category choice lists the feed's categories once the preview has read it.
    await waitUntil(() => $<HTMLSelectElement>(root, '#el-category').options.length > 1, "the feed's categories in the choice");
    expect([...$<HTMLSelectElement>(root, '#el-category').options].map((o) => o.value)).to.deep.equal([
      '',
      'health',
      'language',
      'counselling',
      'education',
    ]);
    expect([...$<HTMLSelectElement>(root, '#lang').options].map((o) => o.value)).to.deep.equal(['', 'de', 'en', 'pl', 'uk', 'ar']);
    await set(root, '#el-category', 'language');
    await set(root, '#el-days', '30');
    await set(root, 'input[name="show-past"]', true);
    await set(root, '#heading-level', '3');
    await set(root, '#lang', 'ar');
    expect(code(root).split('\n')[2]).to.equal(
      '<civic-event-list category="language" days="30" show-past heading-level="3" lang="ar"></civic-event-list>',
    );
    const widget = await previewWidget(root);
    expect(widget.localName).to.equal('civic-event-list');
    expect([widget.getAttribute('days'), widget.hasAttribute('show-past'), widget.getAttribute('dir')]).to.deep.equal(['30', true, 'rtl']);
    // An invalid number is left out rather than written.
    await set(root, '#el-days', '-4');
    expect(code(root)).not.to.contain('days=');

    await set(root, 'input[name="widget"][value="civic-partner-call"]', true);
    await previewWidget(root);
    await set(root, '#pc-call', 'poznan-youth');
    expect(code(root).split('\n')[2]).to.equal(
      '<civic-partner-call call-id="poznan-youth" heading-level="3" lang="ar"></civic-partner-call>',
    );
    await set(root, 'input[name="widget"][value="civic-language-picker"]', true);
    expect(code(root).split('\n')[2], 'no heading level for the picker').to.equal(
      '<civic-language-picker lang="ar"></civic-language-picker>',
    );
    await expect(root).to.be.accessible();
  });

  it('uses a feed address that is typed in, in the code and the preview', async () => {
    const root = await builder();
    const own = new URL('../fixtures/services-small.json', import.meta.url).href;
    await set(root, '#feed-url', own);
    expect($<HTMLInputElement>(root, 'input[name="feed"][value="own"]').checked).to.equal(true);
    expect(code(root).split('\n')[1]).to.equal(`<link rel="civic-feed" href="${own}">`);
    expect($(root, '#sample-hint').hidden).to.equal(true);
    expect((await previewWidget(root)).getAttribute('src')).to.equal(own);
    // Not an address (yet): the sample feed stays.
    await set(root, '#feed-url', 'city feed');
    expect(code(root).split('\n')[1]).to.equal(`<link rel="civic-feed" href="${FEED_PLACEHOLDER}">`);
  });

  it('copies the code and says so in a polite live region; where copying fails, selects the code and says how', async () => {
    const root = await builder();
    const write = sinon.stub(navigator.clipboard, 'writeText').resolves();
    const status = $(root, '#copy-status');
    expect(status.getAttribute('role')).to.equal('status');
    $<HTMLButtonElement>(root, '#copy').click();
    await waitUntil(() => status.textContent === 'Copied the embed code.', 'the copied message');
    expect(write.firstCall.args[0]).to.equal(code(root));
    write.rejects(new Error('not allowed'));
    $<HTMLButtonElement>(root, '#copy').click();
    await waitUntil(() => status.textContent!.includes('the code is selected'), 'the copy-by-hand message');
    const area = $<HTMLTextAreaElement>(root, '#code');
    expect(document.activeElement).to.equal(area);
    expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, area.value.length]);
  });

  it("is linked from the demo's index page", async () => {
    const index = new DOMParser().parseFromString(
      await (await fetch(new URL('../../demo/index.html', import.meta.url))).text(),
      'text/html',
    );
    expect([...index.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.include('snippet-builder.html');
  });

  it('works with the keyboard: the widget chosen with the arrow keys, the copy button reached with Tab', async () => {
    const root = await builder();
    const write = sinon.stub(navigator.clipboard, 'writeText').resolves();
    $<HTMLInputElement>(root, 'input[name="widget"][value="civic-service-finder"]').focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => code(root).includes('<civic-event-list>'), 'the event list chosen with the arrow key');
    for (let i = 0; i < 40 && document.activeElement?.id !== 'copy'; i++) await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.id).to.equal('copy');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => write.called, 'the copy by Enter');
    expect($(root, '#copy-status').textContent).to.equal('Copied the embed code.');
  });
});
