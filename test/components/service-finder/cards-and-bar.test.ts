// What a resident meets on a phone: results right under one filter bar, cards that act, details in the
// order a person needs them. Sizes are measured in the browser at a phone's width.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/service-finder/service-finder.js';
import type { CivicServiceFinder } from '../../../src/components/service-finder/service-finder.js';
import { resetPageState, settled } from '../../helpers.js';

type Finder = CivicServiceFinder;
const smallFeed = new URL('../../fixtures/services-small.json', import.meta.url).href;
const $ = <T extends Element = HTMLElement>(el: Finder, selector: string): T => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: Finder, selector: string): T[] => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const words = (node: Element): string => node.textContent!.replace(/\s+/g, ' ').trim();
const card = (el: Finder, id: string): HTMLElement => $(el, `[data-id="${id}"]`).closest<HTMLElement>('[part~="result"]')!;
const displayed = (node: Element): boolean => node.getClientRects().length > 0;
const focused = (el: Finder): Element | null => el.shadowRoot!.activeElement;

/** A finder `width` px wide (a 390 px phone's page, less 16 px margins, is 358 px) in the page's shared language. */
async function mount(locale: string, width = 358, attrs: Record<string, string> = {}, src = smallFeed): Promise<Finder> {
  resetPageState(locale);
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: ${width}px"></div>`);
  const el = document.createElement('civic-service-finder');
  for (const [name, value] of Object.entries({ src, ...attrs })) el.setAttribute(name, value);
  wrapper.append(el);
  await settled(el);
  await el.updateComplete;
  return el;
}

const blobFeed = (services: object[]): string =>
  URL.createObjectURL(
    new Blob([JSON.stringify({ version: 1, defaultLocale: 'en', locales: ['en', 'ar'], timeZone: 'Europe/Berlin', services })], {
      type: 'application/json',
    }),
  );

describe('<civic-service-finder> on a phone: one filter bar, cards that act, details in order', () => {
  afterEach(() => sinon.restore());

  for (const locale of ['en', 'ar', 'uk', 'fa']) {
    it(`starts the results within 200 px of the widget's top on a 390 px phone (${locale})`, async () => {
      const el = await mount(locale);
      const top = el.getBoundingClientRect().top;
      const first = $(el, '[part~="result"]').getBoundingClientRect().top;
      expect(first - top).to.be.at.most(200);
      // The search field first, the filters behind their button.
      expect(displayed($(el, 'input[type="search"]'))).to.equal(true);
      expect(displayed($(el, '#filter-panel'))).to.equal(false);
    });
  }

  it('keeps the results within 200 px with a filter on (its chip in the same row)', async () => {
    const el = await mount('en');
    $(el, '[part~="filters-toggle"]').click();
    await el.updateComplete;
    $<HTMLInputElement>(el, 'label.toggle input').click();
    await el.updateComplete;
    $(el, '[part~="show-results"]').click();
    await el.updateComplete;
    expect(words($(el, '[part~="filters-toggle"]'))).to.equal('Filters (1)');
    expect($(el, '[part~="result"]').getBoundingClientRect().top - el.getBoundingClientRect().top).to.be.at.most(200);
  });

  for (const locale of ['en', 'ar']) {
    it(`opens the filters as a disclosure; "Show results" closes them and moves to the count; Escape closes them (${locale})`, async () => {
      const el = await mount(locale);
      const toggle = $(el, '[part~="filters-toggle"]');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      $<HTMLInputElement>(el, 'input[type="search"]').focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(el), 'the button follows the search field').to.equal(toggle);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(displayed($(el, '#filter-panel'))).to.equal(true);
      await expect(el).to.be.accessible();
      // Into the panel: the category first; a filter chosen there counts on the button and on "Show results".
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal($(el, '#cat'));
      $<HTMLInputElement>(el, 'label.toggle input').click();
      await el.updateComplete;
      const total = $$(el, '[part~="results"] [data-id]').length;
      expect(words($(el, '[part~="show-results"]'))).to.contain(new Intl.NumberFormat(locale).format(total));
      expect(words(toggle)).to.contain(new Intl.NumberFormat(locale).format(1));
      $(el, '[part~="show-results"]').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(displayed($(el, '#filter-panel'))).to.equal(false);
      expect(focused(el)).to.equal($(el, '[part~="count"]'));
      // Escape from inside the panel closes it and returns to its button.
      toggle.click();
      await el.updateComplete;
      $(el, '#cat').focus();
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(focused(el)).to.equal(toggle);
      await expect(el).to.be.accessible();
    });
  }

  for (const [locale, dir] of [
    ['en', 'ltr'],
    ['ar', 'rtl'],
  ] as const) {
    it(`on a wide widget shows the filters in a side column at the inline start, without the button (${dir})`, async () => {
      const el = await mount(locale, 1000);
      expect(el.getAttribute('dir')).to.equal(dir);
      const panel = $(el, '#filter-panel').getBoundingClientRect();
      const results = $(el, '[part~="results"]').getBoundingClientRect();
      expect(displayed($(el, '[part~="filters-toggle"]'))).to.equal(false);
      if (dir === 'ltr') expect(panel.right).to.be.at.most(results.left);
      else expect(panel.left).to.be.at.least(results.right);
      expect(results.top - el.getBoundingClientRect().top).to.be.at.most(200);
      await expect(el).to.be.accessible();
    });
  }

  describe('a card that acts', () => {
    const geo = { lat: 51.3397, lon: 12.3731 };
    const src = blobFeed([
      {
        id: 'all',
        name: 'Clinic',
        description: 'Free medical advice.\nSecond line.',
        languages: ['en'],
        contacts: { phone: '+49 341 123-4567' },
        locations: [{ geo, address: { street: 'Markt 1', city: 'Leipzig' } }],
      },
      { id: 'phone', name: 'Helpline', languages: ['en'], contacts: { phone: '0800 111 0111' } },
      {
        id: 'address',
        name: 'Office',
        languages: ['de'],
        contacts: { phone: 'call us' },
        locations: [{ address: { street: 'Rabet 1', city: 'Leipzig' } }],
      },
      { id: 'none', name: 'Website only', languages: ['de'], contacts: { url: 'https://example.org' } },
    ]);
    const actions = (el: Finder, id: string): Array<[string, string | null]> =>
      [...card(el, id).querySelectorAll<HTMLElement>('[part~="action"]')].map((a) => [words(a), a.getAttribute('href')]);

    it('offers Call (tel:), Route (a map link) and Details, each exactly when the data allows', async () => {
      const el = await mount('en', 358, {}, src);
      expect(actions(el, 'all')).to.deep.equal([
        ['Call', 'tel:+493411234567'],
        ['Route', 'https://www.openstreetmap.org/directions?to=51.3397%2C12.3731'],
        ['Details', null],
      ]);
      expect(actions(el, 'phone')).to.deep.equal([
        ['Call', 'tel:08001110111'],
        ['Details', null],
      ]);
      // A malformed phone is no Call; an address without coordinates is found by its words.
      expect(actions(el, 'address')).to.deep.equal([
        ['Route', 'https://www.openstreetmap.org/directions?to=Rabet%201%2C%20Leipzig'],
        ['Details', null],
      ]);
      expect(actions(el, 'none')).to.deep.equal([['Details', null]]);
      // Each action says which service it is for (its name describes it), and is a 44 px target.
      for (const a of card(el, 'all').querySelectorAll<HTMLElement>('[part~="action"]')) {
        expect(a.getAttribute('aria-describedby')).to.equal(card(el, 'all').querySelector('[part~="result-heading"]')!.id);
        expect(a.getBoundingClientRect().height).to.be.at.least(44);
      }
      // One line of the description; "Speaks English" where some do not.
      const desc = card(el, 'all').querySelector<HTMLElement>('.desc')!;
      expect(desc.textContent).to.equal('Free medical advice.');
      expect(desc.scrollHeight).to.be.below(40);
      expect(words(card(el, 'all').querySelector('.speaks')!)).to.equal('Speaks English');
      await expect(el).to.be.accessible();
    });

    it('is about 150 px tall on a phone, its name larger than the labels around it; the whole card opens the details', async () => {
      sinon.useFakeTimers({ now: new Date('2027-04-12T08:00:00Z'), toFake: ['Date'] });
      const el = await mount('en');
      const clinic = card(el, 'women-counselling');
      expect(clinic.getBoundingClientRect().height).to.be.within(120, 175);
      const name = parseFloat(getComputedStyle(clinic.querySelector('[part~="result-heading"]')!).fontSize);
      for (const label of clinic.querySelectorAll('.open-state, .tag, .desc'))
        expect(name, label.className).to.be.above(parseFloat(getComputedStyle(label).fontSize));
      // A long name takes two lines at most.
      const long = card(el, 'health-clinic').querySelector<HTMLElement>('[part~="result-heading"]')!;
      expect(long.getBoundingClientRect().height).to.be.at.most(2 * parseFloat(getComputedStyle(long).lineHeight) + 1);
      // A tap on the card's text opens the details (the Details button covers the card).
      const text = clinic.querySelector('.desc')!.getBoundingClientRect();
      const hit = el.shadowRoot!.elementFromPoint(text.left + 10, text.top + text.height / 2);
      expect(hit?.closest('[data-id]')?.getAttribute('data-id')).to.equal('women-counselling');
    });

    it('says in the divider that the rest may need an interpreter, naming other languages when three do not cover them', async () => {
      const el = await mount(
        'en',
        358,
        {},
        blobFeed([
          { id: 'en', name: 'English desk', languages: ['en'] },
          { id: 'a', name: 'A', languages: ['de'] },
          { id: 'b', name: 'B', languages: ['pl'] },
          { id: 'c', name: 'C', languages: ['it'] },
          { id: 'd', name: 'D', languages: ['sv'] },
        ]),
      );
      expect(words($(el, '[part~="divider"]'))).to.equal(
        'Services in German, Polish, Italian, or other languages (4) — you may need an interpreter',
      );
    });
  });

  describe('details in the order a person needs', () => {
    it('name (the largest heading), status, Call, Route and Share, address, how to apply, hours, the rest', async () => {
      sinon.useFakeTimers({ now: new Date('2027-04-12T08:00:00Z'), toFake: ['Date'] });
      const el = await mount('en', 358, { service: 'health-clinic' });
      const details = $(el, '[part~="details"]');
      const name = $(el, '#details-heading');
      const size = (node: Element): number => parseFloat(getComputedStyle(node).fontSize);
      for (const heading of el.shadowRoot!.querySelectorAll('h2, h3, h4, h5, h6'))
        if (heading !== name) expect(size(name)).to.be.above(size(heading));
      // Reading order: what each block is, top to bottom.
      const order = [...details.children].map((c) =>
        c.matches('[part~="back"]')
          ? 'back'
          : c === name
            ? 'name'
            : c.matches('[part~="open-status"]')
              ? 'status'
              : c.matches('.card-actions')
                ? 'actions'
                : c.matches('section')
                  ? words(c.querySelector('h4, h5, h6')!)
                  : c.localName,
      );
      expect(order).to.deep.equal([
        'back',
        'name',
        'status',
        'actions',
        'Address',
        'How to apply',
        'Opening hours',
        'About this service',
        'Contact',
      ]);
      expect(words($(el, '[part~="open-status"]'))).to.equal('Open now, closes at 3:30 PM');
      expect($$(el, '.card-actions [part~="action"]').map(words)).to.deep.equal(['Call', 'Route', 'Copy link to this service']);
      await expect(el).to.be.accessible();
    });

    it('shares with the Web Share API where the browser has it, and copies the link where sharing fails', async () => {
      const share = sinon.stub().resolves();
      Object.defineProperty(navigator, 'share', { value: share, configurable: true });
      try {
        const el = await mount('en', 358, { service: 'childcare' });
        const button = $(el, '[part~="share"]');
        expect(words(button)).to.equal('Share');
        button.click();
        expect(share.calledOnce).to.equal(true);
        expect(new URL(share.firstCall.args[0].url).searchParams.get('cw-service')).to.equal('childcare');
        const write = sinon.stub(navigator.clipboard, 'writeText').resolves();
        share.rejects(new DOMException('not allowed', 'NotAllowedError'));
        button.click();
        await waitUntil(() => write.calledOnce, 'copied instead');
        await el.updateComplete;
        share.resetHistory();
        write.resetHistory();
        share.rejects(new DOMException('closed', 'AbortError'));
        button.click();
        await new Promise((resolve) => setTimeout(resolve));
        expect(write.called, 'the sheet closed: nothing else').to.equal(false);
      } finally {
        delete (navigator as { share?: unknown }).share;
      }
    });
  });
});
