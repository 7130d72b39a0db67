import { expect, fixture } from '@open-wc/testing';
import sinon from 'sinon';
import '../../../src/components/event-list/event-list.js';
import type { CivicEventList } from '../../../src/components/event-list/event-list.js';
import { prepareEvents } from '../../../src/components/event-list/event-filters.js';
import { toIcsEvent } from '../../../src/components/event-list/event-calendar.js';
import type { Feed } from '../../../src/feed/types.js';
import { resetPageState, settled, visibleText } from '../../helpers.js';

// A merged feed of two cities (Leipzig, Poznań): every event names its publisher.
const networkUrl = new URL('../../fixtures/network-leipzig-poznan.json', import.meta.url).href;
const oneCityUrl = new URL('../../fixtures/events-small.json', import.meta.url).href;

const $ = <T extends Element = HTMLElement>(el: CivicEventList, selector: string): T => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: CivicEventList, selector: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const ids = (el: CivicEventList): string[] => $$(el, 'li.event').map((li) => li.dataset.id!);
const item = (el: CivicEventList, id: string): HTMLElement => $(el, `li[data-id="${id}"]`);
const options = (el: CivicEventList, name: string): string[] => $$<HTMLOptionElement>(el, `[name="${name}"] option`).map(text);

async function list(src = networkUrl, locale = 'en', attrs = ''): Promise<CivicEventList> {
  resetPageState(locale);
  const wrapper = await fixture(`<div><civic-event-list src="${src}" ${attrs}></civic-event-list></div>`);
  const el = wrapper.firstElementChild as CivicEventList;
  await settled(el);
  await el.updateComplete;
  return el;
}

/** Opens events' rows, for what an open row adds (publisher, attendance, the event's page). */
async function open(el: CivicEventList, ...ids: string[]): Promise<void> {
  for (const id of ids) item(el, id).querySelector<HTMLButtonElement>('button.toggle')!.click();
  await el.updateComplete;
}

async function choose(el: CivicEventList, name: string, value: string): Promise<void> {
  const control = $<HTMLSelectElement>(el, `[name="${name}"]`);
  control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

describe('<civic-event-list> with a network feed, attendance modes and event pages', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    // Monday 21 December 2026, 10:00 in Leipzig and Poznań.
    clock = sinon.useFakeTimers({ now: new Date('2026-12-21T09:00:00Z'), toFake: ['Date'] });
  });
  afterEach(async () => {
    clock.restore();
  });

  it('says whose each event is, and narrows the list to one publisher with counts per publisher', async () => {
    const el = await list();
    expect(ids(el)).to.deep.equal(['leipzig-language-cafe', 'poznan-webinar', 'leipzig-info-session', 'poznan-school-day']);
    expect(text($(el, 'label[for="f-publisher"]'))).to.equal('Publisher');
    expect(options(el, 'publisher')).to.deep.equal(['All publishers (4)', 'City of Leipzig (2)', 'City of Poznań (2)']);
    await open(el, 'poznan-webinar', 'leipzig-language-cafe');
    expect(text(item(el, 'poznan-webinar').querySelector('[part~="publisher"]'))).to.equal('Published by: City of Poznań');
    expect(text(item(el, 'leipzig-language-cafe').querySelector('[part~="publisher"]'))).to.equal('Published by: City of Leipzig');

    await choose(el, 'publisher', 'poznan');
    expect(ids(el)).to.deep.equal(['poznan-webinar', 'poznan-school-day']);
    expect(text($(el, '[role="status"]'))).to.equal('Events: 2');
    // Each other filter counts within Poznań's events, and the publishers within the other filters.
    expect(options(el, 'mode')).to.deep.equal(['Online and in person (2)', 'Online (1)', 'In person (1)']);
    await choose(el, 'mode', 'online');
    expect(options(el, 'publisher')).to.deep.equal(['All publishers (2)', 'City of Leipzig (1)', 'City of Poznań (1)']);
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part~="clear"]').click();
    await el.updateComplete;
    expect(ids(el)).to.have.length(4);
    expect($<HTMLSelectElement>(el, '[name="publisher"]').value).to.equal('');
  });

  it('puts the page’s own place first (home), the other places after a divider', async () => {
    const el = await list(networkUrl, 'en', 'home="poznan"');
    expect(ids(el)).to.deep.equal(['poznan-webinar', 'poznan-school-day', 'leipzig-language-cafe', 'leipzig-info-session']);
    const divider = $(el, '[part~="divider"]');
    expect(text(divider)).to.equal('Events in other places');
    // The divider sits between the two places' days, each grouped by day on its own.
    const order = [...el.shadowRoot!.querySelectorAll('[part~="divider"], li.event')].map((n) =>
      n instanceof HTMLLIElement ? n.dataset.id : 'divider',
    );
    expect(order).to.deep.equal(['poznan-webinar', 'poznan-school-day', 'divider', 'leipzig-language-cafe', 'leipzig-info-session']);
    expect(text($(el, '[role="status"]'))).to.equal('Events: 4');
    // Filters narrow both parts; a place with no events left needs no divider.
    await choose(el, 'mode', 'online');
    expect(ids(el)).to.deep.equal(['poznan-webinar', 'leipzig-info-session']);
    await choose(el, 'publisher', 'leipzig');
    expect(ids(el)).to.deep.equal(['leipzig-info-session']);
    expect($(el, '[part~="divider"]')).to.equal(null);
    await expect(el).to.be.accessible();
    // Paging counts across both parts: two a page, the first page is Poznań's.
    const paged = await list(networkUrl, 'en', 'home="poznan" limit="2"');
    expect(ids(paged)).to.deep.equal(['poznan-webinar', 'poznan-school-day']);
    expect($(paged, '[part~="divider"]')).to.equal(null);
    // No home attribute: soonest first, when the feed's own publisher has no events of its own (a merged feed).
    expect(ids(await list())).to.deep.equal(['leipzig-language-cafe', 'poznan-webinar', 'leipzig-info-session', 'poznan-school-day']);
    // A home the feed does not have changes nothing.
    expect(ids(await list(networkUrl, 'en', 'home="lodz"'))).to.deep.equal([
      'leipzig-language-cafe',
      'poznan-webinar',
      'leipzig-info-session',
      'poznan-school-day',
    ]);
  });

  it('without home, puts the feed’s own publisher’s events first when the events are of several publishers', async () => {
    const at = (day: number) => `2026-12-${day}T18:00:00+01:00`;
    const feed = {
      version: 1,
      defaultLocale: 'en',
      locales: ['en'],
      timeZone: 'Europe/Berlin',
      publisher: { id: 'leipzig', name: 'City of Leipzig' },
      categories: [],
      services: [],
      calls: [],
      events: [
        { id: 'poznan-1', title: 'Poznań one', start: at(22), publisher: { id: 'poznan', name: 'City of Poznań' } },
        { id: 'leipzig-1', title: 'Leipzig one', start: at(23) },
        { id: 'poznan-2', title: 'Poznań two', start: at(24), publisher: { id: 'poznan', name: 'City of Poznań' } },
        { id: 'leipzig-2', title: 'Leipzig two', start: at(28) },
      ],
    };
    const el = await list(`data:application/json,${encodeURIComponent(JSON.stringify(feed))}`);
    expect(ids(el)).to.deep.equal(['leipzig-1', 'leipzig-2', 'poznan-1', 'poznan-2']);
    expect(text($(el, '[part~="divider"]'))).to.equal('Events in other places');
    // The page says whose it is: home="poznan" turns it round.
    const poznan = await list(`data:application/json,${encodeURIComponent(JSON.stringify(feed))}`, 'en', 'home="poznan"');
    expect(ids(poznan)).to.deep.equal(['poznan-1', 'poznan-2', 'leipzig-1', 'leipzig-2']);
    await expect(poznan).to.be.accessible();
  });

  it('says how people take part in words, and filters by it', async () => {
    const el = await list();
    await open(el, 'leipzig-language-cafe', 'leipzig-info-session', 'poznan-webinar', 'poznan-school-day');
    // The row's line says "Online" where people can join online.
    expect(text(item(el, 'poznan-webinar').querySelector('.line'))).to.match(/· Online$/);
    const mode = (id: string): string => text(item(el, id).querySelector('[part~="online"]'));
    expect(mode('leipzig-language-cafe')).to.equal('In person');
    expect(mode('leipzig-info-session')).to.match(/^In person and online The link to join/);
    expect(mode('poznan-webinar')).to.match(/^Online/);
    // No mode in the feed, a place and no join link: nothing said.
    expect(item(el, 'poznan-school-day').querySelector('[part~="online"]')).to.equal(null);
    // "Online" lists online and mixed events; "In person" in-person and mixed ones.
    expect(options(el, 'mode')).to.deep.equal(['Online and in person (4)', 'Online (2)', 'In person (3)']);
    await choose(el, 'mode', 'online');
    expect(ids(el)).to.deep.equal(['poznan-webinar', 'leipzig-info-session']);
  });

  it("links an event's own page in its details (new tab, named for screen readers) and in its calendar file", async () => {
    const el = await list();
    await open(el, 'leipzig-language-cafe', 'poznan-school-day');
    const link = item(el, 'leipzig-language-cafe').querySelector<HTMLAnchorElement>('[part~="details"] a[part~="page"]')!;
    expect(link.href).to.equal('https://www.leipzig.de/sprachcafe');
    expect(link.target).to.equal('_blank');
    expect(text(link)).to.equal('Event website: Language café');
    expect(link.querySelector('.visually-hidden')!.textContent).to.equal(': Language café');
    // No url: no link.
    expect(item(el, 'poznan-school-day').querySelector('a[part~="page"]')).to.equal(null);
    const feed = (await (await fetch(networkUrl)).json()) as Feed;
    const [cafe] = prepareEvents(feed);
    expect(toIcsEvent(cafe!, (v) => (typeof v === 'string' ? v : (v?.en ?? '')), 'en').url).to.equal('https://www.leipzig.de/sprachcafe');
    await expect(el).to.be.accessible();
  });

  it('says nothing about publishers in a feed with one publisher', async () => {
    clock.restore();
    clock = sinon.useFakeTimers({ now: new Date('2027-04-12T08:00:00Z'), toFake: ['Date'] });
    const el = await list(oneCityUrl);
    expect(ids(el).length).to.be.greaterThan(3);
    expect($(el, '[name="publisher"]')).to.equal(null);
    expect($(el, '[part~="publisher"]')).to.equal(null);
    expect(visibleText(el)).not.to.contain('Published by');
  });

  it('in Arabic, right to left: publisher names in another language carry their lang; accessible', async () => {
    const el = await list(networkUrl, 'ar');
    expect(el.getAttribute('dir')).to.equal('rtl');
    await open(el, ...ids(el));
    const names = $$(el, '[part~="publisher"] [lang]').map((s) => [s.getAttribute('lang'), s.getAttribute('dir')]);
    expect(names).to.deep.include.members([
      ['de', 'ltr'],
      ['pl', 'ltr'],
    ]);
    const two = new Intl.NumberFormat('ar').format(2);
    expect(options(el, 'publisher').slice(1)).to.deep.equal([`Stadt Leipzig (${two})`, `Miasto Poznań (${two})`]);
    await expect(el).to.be.accessible();
  });
});
