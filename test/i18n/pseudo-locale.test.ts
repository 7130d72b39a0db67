import './isolate-tabs.js';
import { expect, html } from '@open-wc/testing';
import { render } from 'lit';
import sinon from 'sinon';
import '../../src/index.js';
import { chooseLocale } from '../../src/i18n/shared-locale.js';
import { fixtureFeedUrl, resetPageState, settled } from '../helpers.js';

/**
 * The pseudo-locales hold every string at the longest a translation may be (scripts/i18n-pseudo.mjs;
 * `npm run i18n:check` fails on a longer translation). Here every widget, in both, on a phone-width
 * column, must show all of it: nothing sticking out sideways, no text clipped. Together: every
 * translation fits.
 */
type Widget = HTMLElement & { updateComplete: Promise<unknown> };

function* elements(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* elements(el.shadowRoot);
  }
}

/** Elements whose content is wider than their box and cut off (overflow hidden or clip), or the widget itself wider than its column. */
function clipped(widget: Widget): string[] {
  const found: string[] = [];
  if (widget.scrollWidth > widget.clientWidth + 1)
    found.push(`${widget.localName}: ${widget.scrollWidth}px wide in ${widget.clientWidth}px`);
  for (const el of elements(widget.shadowRoot!)) {
    const style = getComputedStyle(el);
    if (el instanceof HTMLSelectElement && el.selectedOptions[0]) {
      // A select draws its chosen option itself, cut off where the box ends. The width it takes with
      // only that option and nothing holding it in: its text, padding and the engine's own arrow.
      const alone = el.cloneNode(false) as HTMLSelectElement;
      alone.append(el.selectedOptions[0].cloneNode(true));
      alone.style.cssText = 'position: absolute; visibility: hidden; inline-size: max-content; min-inline-size: 0; max-inline-size: none';
      el.parentNode!.appendChild(alone);
      if (alone.offsetWidth > el.offsetWidth + 1)
        found.push(`<select id="${el.id}">: its choice needs ${alone.offsetWidth}px, has ${el.offsetWidth}px`);
      alone.remove();
    }
    const cuts = /hidden|clip/.test(style.overflowX) || style.textOverflow === 'ellipsis';
    if (cuts && el.scrollWidth > el.clientWidth + 1 && !el.classList.contains('visually-hidden')) {
      found.push(`<${el.localName} class="${el.className}">: ${el.scrollWidth}px of text in ${el.clientWidth}px`);
    }
  }
  return found;
}

const pseudoWords = (widget: Widget) => (widget.shadowRoot!.textContent!.match(/⟪/g) ?? []).length;

describe('pseudo-locales: every widget holds the longest translations, on a phone', () => {
  let clock: sinon.SinonFakeTimers;
  let root: HTMLElement;

  beforeEach(() => {
    clock = sinon.useFakeTimers({ now: new Date('2027-04-12T08:00:00Z'), toFake: ['Date'] });
    resetPageState('en');
  });
  afterEach(() => {
    root.remove();
    clock.restore();
    resetPageState('en');
  });

  async function mount(template: ReturnType<typeof html>, locale: string): Promise<Widget[]> {
    root = document.createElement('div');
    // The widgets take the page's font: here Arial's widths (Liberation Sans), the same in every engine
    // (their own defaults differ: Chromium's serif is Liberation Serif, Firefox's and WebKit's the wider DejaVu Serif).
    root.style.cssText = "inline-size: 360px; font-family: 'Liberation Sans', Arial, sans-serif";
    render(template, root);
    document.body.append(root);
    const widgets = [...root.children] as Widget[];
    for (const w of widgets) await settled(w);
    chooseLocale(locale);
    await Promise.all(widgets.map((w) => w.updateComplete));
    await showAll(widgets);
    return widgets;
  }

  /**
   * What a person opens is measured open: a filter bar's panel (its fields are hidden behind "Filters" on a
   * phone) and the event list's rows (a collapsed row's when-and-where line is cut with an ellipsis on purpose;
   * opening the row shows it whole).
   */
  async function showAll(widgets: Widget[]): Promise<void> {
    for (const w of widgets) {
      for (const button of w.shadowRoot!.querySelectorAll<HTMLButtonElement>(
        '.bar-toggle[aria-expanded="false"], li.event button.toggle[aria-expanded="false"]',
      ))
        button.click();
      await w.updateComplete;
    }
  }

  for (const [locale, dir] of [
    ['en-XA', 'ltr'],
    ['ar-XB', 'rtl'],
  ] as const) {
    it(`${locale}: the four widgets, ${dir}, in pseudo-words, none clipped or wider than the column, axe clean`, async () => {
      const widgets = await mount(
        html`<civic-language-picker src=${fixtureFeedUrl} variant="list"></civic-language-picker>
        <civic-service-finder src=${fixtureFeedUrl}></civic-service-finder>
        <civic-event-list src=${fixtureFeedUrl}></civic-event-list>
        <civic-partner-call src=${fixtureFeedUrl}></civic-partner-call>`,
        locale,
      );
      for (const w of widgets) {
        expect([w.getAttribute('lang'), w.getAttribute('dir')], w.localName).to.deep.equal([locale, dir]);
        expect(pseudoWords(w), `${w.localName} speaks the pseudo-locale`).to.be.greaterThan(0);
        expect(clipped(w), w.localName).to.deep.equal([]);
      }
      // The feed's own text, in its language (English for en-XA, Arabic for ar-XB), marked as such.
      const title = widgets[1]!.shadowRoot!.querySelector('[part~="result-name"] bdi')!;
      expect(title.getAttribute('lang')).to.equal(locale.slice(0, 2));
      await expect(root).to.be.accessible();
    });

    it(`${locale}: a service's details and the filters with a chip`, async () => {
      const widgets = await mount(
        html`<civic-service-finder src=${fixtureFeedUrl} service="s1"></civic-service-finder>
        <civic-service-finder src=${fixtureFeedUrl} category="health"></civic-service-finder>`,
        locale,
      );
      expect(widgets[0]!.shadowRoot!.querySelector('[part~="details"]')).to.exist;
      expect(widgets[1]!.shadowRoot!.querySelector('[part~="chip"]')).to.exist;
      for (const w of widgets) {
        expect(pseudoWords(w)).to.be.greaterThan(0);
        expect(clipped(w), w.localName).to.deep.equal([]);
      }
    });
  }

  it("a network's feed (publisher filters with long names) in ar-XB: the filters stay inside the column", async () => {
    const network = new URL('../fixtures/network-feed.json', import.meta.url).href;
    const widgets = await mount(
      html`<civic-service-finder src=${network}></civic-service-finder>
      <civic-event-list src=${network}></civic-event-list>
      <civic-partner-call src=${network}></civic-partner-call>`,
      'ar-XB',
    );
    expect(widgets[1]!.shadowRoot!.querySelector('select[name="publisher"]')).to.exist;
    for (const w of widgets) expect(clipped(w), w.localName).to.deep.equal([]);
  });

  it('finds text that does not fit', async () => {
    const [finder] = await mount(html`<civic-service-finder src=${fixtureFeedUrl}></civic-service-finder>`, 'en-XA');
    const button = finder!.shadowRoot!.querySelector<HTMLElement>('[part~="more"], button')!;
    button.style.cssText = 'overflow: hidden; white-space: nowrap; inline-size: 40px; display: inline-block';
    expect(clipped(finder!).join()).to.contain('<button');
    expect(clipped(finder!).join()).not.to.contain('<select');
    finder!.shadowRoot!.querySelector<HTMLSelectElement>('select')!.style.inlineSize = '200px';
    expect(clipped(finder!).join()).to.contain('<select id="cat">');
  });
});
