// The merged feed of two real-shaped city feeds (Leipzig and Poznań, each item naming its publisher),
// read by the three widgets that list items: each says whose an item is and narrows by publisher.
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/components/service-finder/service-finder.js';
import '../../src/components/event-list/event-list.js';
import '../../src/components/partner-call/partner-call.js';
import { paintSkippedContent, resetPageState, settled } from '../helpers.js';

const networkUrl = new URL('../fixtures/network-leipzig-poznan.json', import.meta.url).href;
type Widget = HTMLElement & { updateComplete: Promise<unknown> };

const text = (node: Element): string => node.textContent!.replace(/\s+/g, ' ').trim();
const all = (el: Element, selector: string): HTMLElement[] => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

/** Opens every row of an event list: "Published by" is in what an open row adds. */
async function openRows(el: Widget): Promise<void> {
  for (const toggle of all(el, 'button.toggle[aria-expanded="false"]')) toggle.click();
  await el.updateComplete;
}

async function choose(el: Widget, select: HTMLSelectElement, value: string): Promise<void> {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

describe('a network feed (Leipzig + Poznań merged) in the widgets', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = sinon.useFakeTimers({ now: new Date('2026-12-21T09:00:00Z'), toFake: ['Date'] });
  });
  afterEach(async () => {
    clock.restore();
  });

  for (const [locale, dir] of [
    ['en', 'ltr'],
    ['ar', 'rtl'],
  ] as const) {
    it(`renders in the finder, the event list and the partner call with a publisher filter (${locale}, ${dir})`, async () => {
      resetPageState(locale);
      const page = await fixture(html`<div>
        <civic-service-finder src=${networkUrl} page-size="20"></civic-service-finder>
        <civic-event-list src=${networkUrl}></civic-event-list>
        <civic-partner-call src=${networkUrl}></civic-partner-call>
      </div>`);
      const [finder, events, calls] = [...page.children] as Widget[];
      for (const el of [finder!, events!, calls!]) await settled(el);
      for (const el of [finder!, events!, calls!]) {
        await el.updateComplete;
        expect(el.getAttribute('dir')).to.equal(dir);
      }
      // The finder hides nothing by default (the visitor's language first): every language counts.

      const finderSelect = finder!.shadowRoot!.querySelector<HTMLSelectElement>('select[name="publisher"]')!;
      const eventSelect = events!.shadowRoot!.querySelector<HTMLSelectElement>('select[name="publisher"]')!;
      const callButtons = all(calls!, '[part~="filters"] button').filter((b) => /\(\p{Nd}+\)$/u.test(text(b)));
      // Every option and button counts its publisher's items (in the locale's digits): all, Leipzig, Poznań.
      const counts = (labels: string[]) => labels.map((l) => /\((\p{Nd}+)\)$/u.exec(l)![1]);
      const digits = (...n: number[]) => n.map((x) => new Intl.NumberFormat(locale).format(x));
      expect(counts([...finderSelect.options].map(text))).to.deep.equal(digits(6, 3, 3));
      expect(counts([...eventSelect.options].map(text))).to.deep.equal(digits(4, 2, 2));
      expect(counts(callButtons.map(text))).to.deep.equal(digits(3, 1, 2));
      await openRows(events!);
      for (const el of [finder!, events!, calls!]) expect(all(el, '[part~="publisher"]').length, el.localName).to.be.greaterThan(0);

      await choose(finder!, finderSelect, 'poznan');
      await choose(events!, eventSelect, 'poznan');
      callButtons[2]!.click();
      await calls!.updateComplete;
      // Those that speak the visitor's language first: in Arabic none does, and the order stays the feed's.
      const poznan =
        locale === 'en' ? ['poznan-contact', 'poznan-school', 'poznan-course'] : ['poznan-contact', 'poznan-course', 'poznan-school'];
      expect(all(finder!, '[part~="results"] [data-id]').map((b) => b.dataset.id)).to.deep.equal(poznan);
      expect(all(events!, 'li.event').map((li) => li.dataset.id)).to.deep.equal(['poznan-webinar', 'poznan-school-day']);
      expect(all(calls!, 'article')).to.have.length(2);
      await openRows(events!);
      // Only Poznań's items now: every publisher line names the same publisher.
      for (const el of [finder!, events!, calls!]) expect(new Set(all(el, '[part~="publisher"]').map(text)).size, el.localName).to.equal(1);
      // The open event rows reach below the screen, where they are not painted: paint them for axe's contrast check.
      paintSkippedContent(events!, calls!);
      for (const el of [finder!, events!, calls!]) await expect(el).to.be.accessible();
    });
  }
});

// The same, with what `civic-feed merge` really writes (test/fixtures/network-feed.json is the merge of
// test/fixtures/network/*.json, checked by the CLI tests): the widgets read the tool's output as it is.
describe('the output of civic-feed merge in the widgets', () => {
  const mergedUrl = new URL('../fixtures/network-feed.json', import.meta.url).href;
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = sinon.useFakeTimers({ now: new Date('2027-01-11T09:00:00Z'), toFake: ['Date'] });
  });
  afterEach(() => clock.restore());

  it('shows whose each item is and narrows every list to one city', async () => {
    resetPageState('en');
    const page = await fixture(html`<div>
      <civic-service-finder src=${mergedUrl} page-size="20"></civic-service-finder>
      <civic-event-list src=${mergedUrl}></civic-event-list>
      <civic-partner-call src=${mergedUrl}></civic-partner-call>
    </div>`);
    const [finder, events, calls] = [...page.children] as Widget[];
    for (const el of [finder!, events!, calls!]) await settled(el);
    const finderSelect = finder!.shadowRoot!.querySelector<HTMLSelectElement>('select[name="publisher"]')!;
    const eventSelect = events!.shadowRoot!.querySelector<HTMLSelectElement>('select[name="publisher"]')!;
    expect([...finderSelect.options].map((o) => o.value)).to.include.members(['leipzig', 'poznan']);
    expect([...eventSelect.options].map((o) => o.value)).to.include.members(['leipzig', 'poznan']);
    expect(all(events!, 'li.event')).to.have.length(3);
    expect(all(calls!, 'article')).to.have.length(2);
    await openRows(events!);
    for (const el of [events!, calls!])
      expect(all(el, '[part~="publisher"]').map(text).join(' '), el.localName)
        .to.match(/Leipzig/)
        .and.to.match(/Pozna/);

    await choose(finder!, finderSelect, 'poznan');
    await choose(events!, eventSelect, 'poznan');
    const poznanServices = all(finder!, '[part~="results"] [data-id]').map((b) => b.dataset.id);
    expect(poznanServices).to.have.members(['poznan-migration-advice', 'porady-prawne']);
    expect(all(events!, 'li.event').map((li) => li.dataset.id)).to.deep.equal(['eu-belong-warsztaty-2027-05-12']);
    await openRows(events!);
    for (const el of [finder!, events!]) expect(new Set(all(el, '[part~="publisher"]').map(text)).size, el.localName).to.equal(1);
    paintSkippedContent(events!, calls!);
    for (const el of [finder!, events!, calls!]) await expect(el).to.be.accessible();
  });
});
