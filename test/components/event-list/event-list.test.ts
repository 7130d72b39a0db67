import { expect, fixture, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import ICAL from 'ical.js';
import '../../../src/components/event-list/event-list.js';
import type { CivicEventList } from '../../../src/components/event-list/event-list.js';
import { visitorTimeZone, zoneName } from '../../../src/i18n/intl-words.js';
import { isSameZoneOffset } from '../../../src/time/zoned-time.js';
import { lastLineIndent, resetPageState, settled, until, visibleText } from '../../helpers.js';

const feedUrl = new URL('../../fixtures/events-small.json', import.meta.url).href;
const NOW = '2027-04-12T08:00:00Z'; // Monday 12 April 2027, 10:00 in Leipzig

async function list(attrs = '', locale = 'en'): Promise<CivicEventList> {
  resetPageState(locale);
  const wrapper = await fixture(`<div><civic-event-list src="${feedUrl}" ${attrs}></civic-event-list></div>`);
  const el = wrapper.firstElementChild as CivicEventList;
  await settled(el);
  return el;
}

async function inlineList(feed: object, attrs = ''): Promise<CivicEventList> {
  resetPageState('en');
  const json = JSON.stringify({
    version: 1,
    defaultLocale: 'en',
    locales: ['en'],
    timeZone: 'Europe/Berlin',
    categories: [],
    services: [],
    calls: [],
    ...feed,
  });
  const wrapper = await fixture(
    `<div><civic-event-list src="data:application/json,${encodeURIComponent(json)}" ${attrs}></civic-event-list></div>`,
  );
  const el = wrapper.firstElementChild as CivicEventList;
  await settled(el);
  return el;
}

const $ = <T extends Element = HTMLElement>(el: CivicEventList, selector: string): T => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: CivicEventList, selector: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const item = (el: CivicEventList, id: string): HTMLElement => $(el, `li[data-id="${id}"]`);
const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const titles = (el: CivicEventList): string[] => $$(el, 'li.event .title').map(text);
const facts = (li: Element): Record<string, string> =>
  Object.fromEntries([...li.querySelectorAll('.facts > div')].map((d) => [text(d.querySelector('dt')), text(d.querySelector('dd'))]));
const dayHeadings = (el: CivicEventList): string[] => $$(el, '.day > h2').map(text);

/** Opens events' rows (each title's button), as a person does: an open row adds the description, place, registration and the rest. */
async function open(el: CivicEventList, ...ids: string[]): Promise<void> {
  for (const id of ids) item(el, id).querySelector<HTMLButtonElement>('button.toggle')!.click();
  await el.updateComplete;
}

async function choose(el: CivicEventList, name: string, value: string): Promise<void> {
  const control = $<HTMLSelectElement | HTMLInputElement>(el, `[name="${name}"]`);
  if (control instanceof HTMLInputElement && control.type === 'checkbox') control.checked = value === 'true';
  else control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

describe('<civic-event-list>', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = sinon.useFakeTimers({ now: new Date(NOW), toFake: ['Date'] });
  });
  afterEach(() => {
    clock.restore();
    sinon.restore();
  });

  it('lists upcoming events soonest first, grouped under Today, Tomorrow and dates', async () => {
    const el = await list();
    expect(dayHeadings(el)).to.deep.equal([
      'Today',
      'Tomorrow',
      'Wednesday, April 14',
      'Friday, April 16',
      'Saturday, April 17',
      'Tuesday, April 20',
      'Thursday, April 22',
      'Saturday, April 24',
      'Monday, May 3',
    ]);
    expect(titles(el)).to.deep.equal([
      'Language café',
      'Information evening: residence permits',
      'Mentoring visit',
      'Choir rehearsal',
      'Long night of cultures',
      'Urban Academy on Integration',
      'Sports day',
      'Diaspora exchange with Lima',
      'Neighbourhood festival',
      'Webinar: recognition of qualifications',
    ]);
    // Day headings at heading-level, event titles one level below, in lists.
    expect($$(el, '.day h3').length).to.equal(10);
    expect($$(el, 'ul.events > li').length).to.equal(10);
    expect(text($(el, '[role="status"]'))).to.equal('Events shown: 10 of 11');
    await expect(el).to.be.accessible();
  });

  it('hides ended events, and shows them with show-past, marked in words', async () => {
    const el = await list();
    expect(visibleText(el)).not.to.contain('Flea market');
    const past = await list('show-past limit="20"');
    expect(dayHeadings(past)[0]).to.equal('Sunday, April 11');
    expect(text(item(past, 'yesterday').querySelector('h3'))).to.equal('Flea market Ended');
  });

  it('marks an event under way as "Now" in words', async () => {
    const el = await list();
    expect(text(item(el, 'cafe').querySelector('h3'))).to.equal('Language café Now');
    expect(item(el, 'cafe').querySelector('[part~="now"]')).to.exist;
    expect(text(item(el, 'permits').querySelector('h3'))).to.equal('Information evening: residence permits');
  });

  it('keeps cancelled and postponed events, saying so in words', async () => {
    const el = await list();
    const choir = item(el, 'choir');
    expect(text(choir.querySelector('h3'))).to.equal('Choir rehearsal Cancelled');
    expect(choir.getAttribute('part')).to.contain('cancelled');
    expect(text(item(el, 'sports').querySelector('h3'))).to.equal('Sports day Postponed');
    await expect(el).to.be.accessible();
  });

  it('shows time, place with map link, languages in the widget’s language, cost, categories and access notes', async () => {
    const el = await list();
    const cafe = item(el, 'cafe');
    // The row: when and where, and tags; languages named in the widget's language, as everywhere.
    expect(text(cafe.querySelector('.line'))).to.match(
      /^9:00 AM – 12:00 PM .*· Stadtteilladen Ost, Leipzig$|^9:00 AM – 12:00 PM · Stadtteilladen Ost, Leipzig$/,
    );
    expect(text(cafe.querySelector('.tags'))).to.equal('Free · German, Arabic, Ukrainian');
    expect(cafe.querySelector('.place')).to.equal(null);
    await open(el, 'cafe', 'night', 'festival');
    expect(text(cafe.querySelector('.when'))).to.match(/^9:00 AM – 12:00 PM/);
    expect(cafe.querySelector('.place')!.textContent).to.match(/Stadtteilladen Ost\s*Eisenbahnstraße 66, 04315 Leipzig/);
    expect(cafe.querySelector<HTMLAnchorElement>('a[part~="map"]')!.href).to.equal(
      'https://www.openstreetmap.org/?mlat=51.3455&mlon=12.4042#map=17/51.3455/12.4042',
    );
    expect(facts(cafe)).to.deep.equal({
      // Was "Deutsch, العربية, and Українська" (each language in itself): now one convention in every widget.
      Languages: 'German, Arabic, Ukrainian',
      Cost: 'Free',
      Categories: 'Language, Community',
      Accessibility: 'Step-free entrance; accessible toilet.',
    });
    expect(cafe.querySelector('.facts bdi[lang]')).to.equal(null);
    // Cost in words from the feed; an address-only place gets a map search.
    expect(facts(item(el, 'night')).Cost).to.equal('5 € at the door');
    expect(item(el, 'festival').querySelector<HTMLAnchorElement>('a[part~="map"]')!.href).to.equal(
      'https://www.openstreetmap.org/search?query=Rabet%2C%20Leipzig',
    );
  });

  it('gives an event past midnight both days, and an all-day event no time', async () => {
    const el = await list();
    expect(text(item(el, 'night').querySelector('time'))).to.match(/^Fri, Apr 16, 10:00 PM – Sat, Apr 17, 2:00 AM/);
    expect(text(item(el, 'festival').querySelector('.when'))).to.equal('All day');
    expect(item(el, 'festival').querySelector('time')!.getAttribute('datetime')).to.equal('2027-04-24');
    expect(text(item(el, 'academy').querySelector('time'))).to.match(/^Sat, Apr 17, 9:00 AM – Sun, Apr 18, 5:00 PM/);
  });

  it('shows the join link only near the start, and says when it will appear', async () => {
    const el = await list();
    await open(el, 'permits', 'webinar');
    expect(item(el, 'permits').querySelector<HTMLAnchorElement>('a[part~="join"]')!.href).to.equal('https://meet.example.org/permits');
    const webinar = item(el, 'webinar');
    expect(webinar.querySelector('a[part~="join"]')).to.equal(null);
    expect(text(webinar.querySelector('.online'))).to.equal('Online The link to join appears here 24 hours before the start.');
  });

  it('says how long registration stays open, and that it has closed', async () => {
    const el = await list();
    expect(text(item(el, 'academy').querySelector('.tags'))).to.equal('120 EUR · English · Registration needed');
    expect(text(item(el, 'mentoring').querySelector('.tags'))).to.equal('Free · German, English · Registration closed');
    await open(el, 'academy', 'permits', 'mentoring');
    expect(text(item(el, 'academy').querySelector('.registration'))).to.equal(
      'Registration closes in 3 days Register: Urban Academy on Integration',
    );
    expect(text(item(el, 'permits').querySelector('.registration'))).to.contain('Registration closes in 6 hours');
    const mentoring = item(el, 'mentoring');
    expect(text(mentoring.querySelector('.registration'))).to.equal('Registration closed');
    expect(mentoring.querySelector('a[part~="register"]')).to.equal(null);
  });

  it('shows an event in another zone at its place and in the visitor’s time, both labelled', async () => {
    const visitor = visitorTimeZone();
    // Whatever zone the test browser runs in, use an event zone that surely differs from it.
    const zone = isSameZoneOffset(Date.parse('2027-04-22T12:00:00Z'), visitor, 'America/Lima') ? 'Pacific/Auckland' : 'America/Lima';
    const start = zone === 'America/Lima' ? '2027-04-22T19:00:00-05:00' : '2027-04-22T19:00:00+12:00';
    const el = await inlineList({
      events: [{ id: 'far', title: 'Far away', start, end: start.replace('T19:00', 'T20:30'), timeZone: zone }],
    });
    const when = text($(el, '.when'));
    const label = zoneName(Date.parse(start), zone, 'en');
    expect(label).to.match(zone === 'America/Lima' ? /Peru/ : /New Zealand/);
    expect(when).to.match(new RegExp(`^7:00 – 8:30 PM ${label} \\(.+ your time\\)$`));
    // And no second time when the visitor is in the event's own zone.
    const local = await inlineList({ events: [{ id: 'here', title: 'Here', start: '2027-04-22T19:00:00Z', timeZone: visitor }] });
    expect(text($(local, '.when'))).not.to.contain('your time');
  });

  it('keeps hours right across the DST change and lists an event after midnight on its day', async () => {
    clock.setSystemTime(new Date('2027-03-27T12:00:00Z')); // Saturday; clocks go forward that night
    const el = await inlineList({
      events: [
        { id: 'dst', title: 'Night bus tour', start: '2027-03-28T01:30:00+01:00', end: '2027-03-28T03:30:00+02:00' },
        { id: 'late', title: 'Late concert', start: '2027-03-27T23:00:00+01:00', end: '2027-03-28T00:30:00+01:00' },
        { id: 'brunch', title: 'Brunch', start: '2027-03-28T11:00:00+02:00', end: '2027-03-28T13:00:00+02:00' },
      ],
    });
    expect(dayHeadings(el)).to.deep.equal(['Today', 'Tomorrow']);
    expect(titles(el)).to.deep.equal(['Late concert', 'Night bus tour', 'Brunch']);
    expect(text(item(el, 'dst').querySelector('time'))).to.match(/^1:30 – 3:30 AM/);
    expect(text(item(el, 'brunch').querySelector('time'))).to.match(/^11:00 AM – 1:00 PM/);
    expect(text(item(el, 'late').querySelector('time'))).to.match(/^Sat, Mar 27, 11:00 PM – Sun, Mar 28, 12:30 AM/);
  });

  it('filters by category, language, online or in person, free and dates, with counts per option', async () => {
    const el = await list();
    const options = (name: string) => $$<HTMLOptionElement>(el, `[name="${name}"] option`).map(text);
    expect(options('category')).to.deep.equal([
      'All categories (11)',
      'Language (2)',
      'Residence and rights (1)',
      'Education (4)',
      'Community (6)',
    ]);
    expect(options('mode')).to.deep.equal(['Online and in person (11)', 'Online (3)', 'In person (8)']);
    // A language to choose: in the widget's language, then as its speakers name it (was 'Español (1)').
    expect(options('language')).to.include('Spanish (\u2068Español\u2069) (1)');
    expect(text($(el, 'label[for="f-free"]'))).to.equal('Free only (7)');

    await choose(el, 'category', 'community');
    await choose(el, 'free', 'true');
    expect(titles(el)).to.deep.equal(['Language café', 'Sports day', 'Diaspora exchange with Lima', 'Neighbourhood festival']);
    expect(text($(el, '[role="status"]'))).to.equal('Events: 4');
    expect(options('category')).to.deep.equal([
      'All categories (7)',
      'Language (1)',
      'Residence and rights (1)',
      'Education (2)',
      'Community (4)',
    ]);
    expect(options('mode')).to.deep.equal(['Online and in person (4)', 'Online (1)', 'In person (3)']);

    await choose(el, 'mode', 'online');
    expect(titles(el)).to.deep.equal(['Diaspora exchange with Lima']);
    expect(text($(el, '[role="status"]'))).to.equal('Events: 1');

    $<HTMLButtonElement>(el, '[part~="clear"]').click();
    await el.updateComplete;
    expect(titles(el)).to.have.length(10);
    // The selects show their choices cleared too (Firefox keeps a select on what was picked in it
    // when only the options' selected attributes change).
    expect(['category', 'mode'].map((name) => $<HTMLSelectElement>(el, `[name="${name}"]`).value)).to.deep.equal(['', '']);

    await choose(el, 'date', 'span');
    await choose(el, 'from', '2027-04-20');
    await choose(el, 'to', '2027-04-22');
    expect(titles(el)).to.deep.equal(['Sports day', 'Diaspora exchange with Lima']);
    await choose(el, 'date', 'week');
    expect(titles(el)).to.have.length(6);
    await choose(el, 'language', 'ar');
    expect(titles(el)).to.deep.equal(['Language café']);

    await choose(el, 'language', '');
    await choose(el, 'category', 'legal');
    await choose(el, 'mode', 'in-person');
    expect(text($(el, '[part~="empty"]'))).to.equal('No events match these filters.');
    await expect(el).to.be.accessible();
  });

  it('puts when and where above the bar, the other filters behind "Filters", and the active ones as chips', async () => {
    const el = await list();
    const quick = $(el, '[part~="filter-bar"] [part~="filters"]');
    expect([...quick.querySelectorAll('label')].map(text)).to.deep.equal(['When', 'Where']);
    // Where: the towns the events take place in, each with its count (online-only events have none).
    const options = (name: string) => $$<HTMLOptionElement>(el, `[name="${name}"] option`).map(text);
    expect(options('place')).to.deep.equal(['All places (11)', 'Brussels (1)', 'Leipzig (5)']);
    expect($(el, '[part~="filter-panel"]').contains($(el, '[name="category"]'))).to.equal(true);
    const toggle = $<HTMLButtonElement>(el, '[part~="filters-toggle"]');
    expect(text(toggle)).to.equal('Filters');
    await choose(el, 'place', 'Leipzig');
    await choose(el, 'category', 'community');
    expect(text(toggle)).to.equal('Filters (2)');
    expect(titles(el)).to.deep.equal(['Language café', 'Long night of cultures', 'Neighbourhood festival']);
    // Each option counts what choosing it would list, the other filters kept.
    expect(options('place')).to.deep.equal(['All places (6)', 'Brussels (0)', 'Leipzig (3)']);
    const chips = () => $$<HTMLButtonElement>(el, '[part~="chip"]');
    expect(chips().map(text)).to.deep.equal(['Remove filter: Leipzig ✕', 'Remove filter: Community ✕']);
    chips()[0]!.click();
    await el.updateComplete;
    expect($<HTMLSelectElement>(el, '[name="place"]').value).to.equal('');
    expect(chips().map(text)).to.deep.equal(['Remove filter: Community ✕']);
    expect(titles(el)).to.have.length(6);
    // A span of dates says its days.
    await choose(el, 'date', 'span');
    expect(chips()).to.have.length(1);
    await choose(el, 'from', '2027-04-14');
    await choose(el, 'to', '2027-04-20');
    expect(text(chips()[0])).to.match(/^Remove filter: Apr 14 – 20 ✕$/);
    expect(titles(el)).to.deep.equal(['Choir rehearsal', 'Long night of cultures', 'Sports day']);
    await expect(el).to.be.accessible();
  });

  it('starts with the category from the attribute and honours limit and days', async () => {
    const el = await list('category="education" limit="2"');
    expect(titles(el)).to.deep.equal(['Mentoring visit', 'Urban Academy on Integration']);
    expect($<HTMLSelectElement>(el, '[name="category"]').value).to.equal('education');
    $<HTMLButtonElement>(el, '[part~="more"]').click();
    await el.updateComplete;
    expect(titles(el)).to.have.length(4);
    expect($(el, '[part~="more"]')).to.equal(null);

    const soon = await list('days="2"');
    expect(titles(soon)).to.deep.equal(['Language café', 'Information evening: residence permits', 'Mentoring visit']);
    const empty = await list('days="1" category="education"');
    expect(text($(empty, '[part~="empty"]'))).to.equal('No events match these filters.');
  });

  it('fits the page outline with heading-level: days at that level, titles one below', async () => {
    const el = await list('heading-level="4" limit="2"');
    expect($$(el, '.day > h4').map(text)).to.deep.equal(['Today']);
    expect($$(el, 'li.event h5').map(text)).to.deep.equal(['Language café Now', 'Information evening: residence permits']);
    expect($$(el, 'h2, h3').length).to.equal(0);
  });

  it('says so when there are no upcoming events', async () => {
    const el = await inlineList({ events: [{ id: 'old', title: 'Old', start: '2027-01-01T10:00:00+01:00' }] });
    expect(text($(el, '[part~="empty"]'))).to.equal('There are no upcoming events.');
    await expect(el).to.be.accessible();
  });

  it('downloads one event as a valid .ics that an independent parser reads back', async () => {
    const blobs: Blob[] = [];
    sinon.stub(URL, 'createObjectURL').callsFake((blob: Blob | MediaSource) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    sinon.stub(URL, 'revokeObjectURL');
    const clicks: HTMLAnchorElement[] = [];
    sinon.stub(HTMLAnchorElement.prototype, 'click').callsFake(function (this: HTMLAnchorElement) {
      clicks.push(this);
    });
    const el = await list();
    await open(el, 'academy');
    const status = item(el, 'academy').querySelector('[part~="action-status"]')!;
    expect([status.getAttribute('role'), text(status)]).to.deep.equal(['status', '']);
    item(el, 'academy').querySelector<HTMLButtonElement>('[part~="calendar"]')!.click();
    // The writer is loaded on first use: the download follows when it has come.
    await until(() => text(status) !== '', 'the download to be said (the writer loads on first use)');
    // Said on screen, politely, where the button is: the file does nothing until it is opened.
    expect(text(status)).to.equal('Calendar file downloaded — open it to add');
    expect(clicks[0]!.download).to.equal('urban-academy-on-integration.ics');
    expect(blobs[0]!.type).to.equal('text/calendar;charset=utf-8');
    const ics = await blobs[0]!.text();
    expect(ics).to.contain('\r\n');
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const vevents = calendar.getAllSubcomponents('vevent');
    expect(vevents).to.have.length(1);
    const event = new ICAL.Event(vevents[0]!);
    expect(event.uid).to.equal('academy@www.leipzig.de');
    expect(event.summary).to.equal('Urban Academy on Integration');
    expect(event.description).to.equal('Two days of workshops for city staff; lunch included.');
    expect(event.location).to.equal('EUROCITIES, Square de Meeûs 1, 1000 Brussels, Belgium');
    // Whatever rendered meanwhile has rendered (a WebKit run once found the row missing here, in a long run only):
    // the row must still be there, open.
    await el.updateComplete;
    const rows = () => $$(el, 'li[data-id]').map((li) => li.getAttribute('data-id'));
    expect(item(el, 'academy'), `rows ${rows().join(', ')}; aria-busy=${el.getAttribute('aria-busy')}`).to.exist;
    expect(text(item(el, 'academy').querySelector('.place'))).to.contain('1000 Brussels, Belgium');
    expect(event.startDate.toJSDate().toISOString()).to.equal('2027-04-17T07:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).to.equal('2027-04-18T15:00:00.000Z');
    expect(vevents[0]!.getFirstPropertyValue('dtstamp')!.toString()).to.equal('2027-04-12T08:00:00Z');

    // The filtered list: every matching event, cancelled ones marked so calendars cancel them.
    await choose(el, 'category', 'community');
    // "Add all" sits above the list and says how many it adds; after it, its own polite message.
    const all = $<HTMLButtonElement>(el, 'button[part~="calendar-all"]');
    expect(text(all)).to.equal('Add all to calendar (6)');
    expect(all.compareDocumentPosition($(el, 'ul.events')) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    all.click();
    await until(() => clicks.length === 2, 'the second file to be downloaded');
    await el.updateComplete;
    expect(text(all.parentElement!.querySelector('[role="status"]'))).to.equal('Calendar file downloaded — open it to add');
    const events = new ICAL.Component(ICAL.parse(await blobs[1]!.text())).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).to.deep.equal([
      'Language café',
      'Choir rehearsal',
      'Long night of cultures',
      'Sports day',
      'Diaspora exchange with Lima',
      'Neighbourhood festival',
    ]);
    const choir = events.find((e) => e.summary === 'Choir rehearsal')!;
    expect(choir.component.getFirstPropertyValue('status')).to.equal('CANCELLED');
    const festival = events.find((e) => e.summary === 'Neighbourhood festival')!;
    expect(festival.startDate.isDate).to.equal(true);
    expect(festival.startDate.toString()).to.equal('2027-04-24');
    expect(clicks[1]!.download).to.equal('events.ics');
  });

  it('fires civic-event-open when a person opens an event’s row, which then shows its description first', async () => {
    const el = await list();
    const toggle = item(el, 'cafe').querySelector<HTMLButtonElement>('button.toggle')!;
    expect([toggle.getAttribute('aria-expanded'), toggle.hasAttribute('aria-controls')]).to.deep.equal(['false', false]);
    const opened = oneEvent(el.parentElement!, 'civic-event-open');
    toggle.click();
    const event = await opened;
    expect(event.detail).to.deep.equal({ id: 'cafe' });
    expect(event.composed).to.equal(true);
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const details = $(el, `#${toggle.getAttribute('aria-controls')}`);
    expect(details.firstElementChild!.className).to.equal('description');
    expect(text(details)).to.contain('Practise German over coffee with neighbours.');
    expect(text(details)).to.contain('Organizer: Leipziger Integrationsnetz');
    // Anywhere on the row closes (and opens) it, not only its title: a real click on the row's tags.
    const tags = item(el, 'cafe').querySelector('.tags')!;
    tags.scrollIntoView({ block: 'center' });
    // Measured after the scroll's frame (a loaded WebKit once clicked where the tags were before it).
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const box = tags.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + 5), Math.round(box.top + box.height / 2)] });
    await el.updateComplete;
    expect([toggle.getAttribute('aria-expanded'), item(el, 'cafe').querySelector('[part~="details"]')]).to.deep.equal(['false', null]);
    await expect(el).to.be.accessible();
  });

  it('works with the keyboard: filters, details, "Show more" moving focus to the new events', async () => {
    const el = await list('limit="3"');
    const category = $<HTMLSelectElement>(el, '[name="category"]');
    category.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(category.value).to.equal('language');
    expect(titles(el)).to.deep.equal(['Language café', 'German summer school']);
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(titles(el)).to.have.length(3);

    const toggle = item(el, 'cafe').querySelector<HTMLElement>('button.toggle')!;
    toggle.focus();
    const opened = oneEvent(el, 'civic-event-open');
    await sendKeys({ press: 'Enter' });
    expect((await opened).detail.id).to.equal('cafe');
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');

    const more = $<HTMLButtonElement>(el, '[part~="more"]');
    more.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(titles(el)).to.have.length(6);
    // Focus on the first new event's button (was its title, tabindex -1): a control the person can open at once.
    expect(el.shadowRoot!.activeElement).to.equal(item(el, 'choir').querySelector('button.toggle'));
  });

  it('keeps a person on their event when the clock takes an earlier one off the list', async () => {
    const el = await list();
    const toggle = item(el, 'permits').querySelector<HTMLButtonElement>('button.toggle')!;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    // The café ends at noon; the list looks again each minute. Rows are kept by event: the open row and its focused
    // button stay the evening's (by position, the row would have become another event's, or gone with focus).
    clock.setSystemTime(new Date('2027-04-12T10:01:00Z'));
    el.requestUpdate();
    await el.updateComplete;
    expect(item(el, 'cafe')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(toggle);
    expect(text(toggle.querySelector('.title'))).to.equal('Information evening: residence permits');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('renders hostile feed text as text and drops links with other schemes', async () => {
    const el = await inlineList({
      events: [
        {
          id: 'x" onmouseover="alert(1)',
          title: '<img src=x onerror="window.__pwned=1">',
          description: '<script>window.__pwned=1</script>',
          start: '2027-04-12T18:00:00+02:00',
          end: '2027-04-12T19:00:00+02:00',
          online: { url: 'javascript:window.__pwned=1' },
          registration: { url: 'javascript:alert(1)' },
          location: { name: '<b>bold</b>' },
        },
      ],
    });
    $<HTMLButtonElement>(el, 'button.toggle').click();
    await el.updateComplete;
    expect($$(el, 'img, script, b').length).to.equal(0);
    expect(visibleText(el)).to.contain('<img src=x onerror="window.__pwned=1">');
    expect(visibleText(el)).to.contain('<b>bold</b>');
    expect($$<HTMLAnchorElement>(el, 'a').map((a) => a.protocol)).to.deep.equal(['https:']);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('is accessible and right-to-left in Arabic, with foreign text marked by language', async () => {
    const el = await list('', 'ar');
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(el.getAttribute('lang')).to.equal('ar');
    expect(dayHeadings(el)[0]).to.equal(new Intl.RelativeTimeFormat('ar', { numeric: 'auto' }).format(0, 'day'));
    expect(text(item(el, 'cafe').querySelector('.title'))).to.equal('مقهى اللغة');
    // The row's place runs in its own direction, so a cut place keeps its start: a German name left to right, "Online" in Arabic right to left.
    expect(item(el, 'cafe').querySelector('.where')!.getAttribute('dir')).to.equal('ltr');
    expect(item(el, 'permits').querySelector('.where')!.getAttribute('dir')).to.equal('rtl');
    await open(el, 'academy', 'cafe');
    // No Arabic title for the academy: shown in English, marked as such.
    expect(item(el, 'academy').querySelector('.title bdi[lang]')!.getAttribute('lang')).to.equal('en');
    // Its English description: lang and direction on the paragraph, which then runs left to right.
    const description = item(el, 'academy').querySelector<HTMLElement>('.description')!;
    expect([description.getAttribute('lang'), description.getAttribute('dir')]).to.deep.equal(['en', 'ltr']);
    expect(getComputedStyle(description).direction).to.equal('ltr');
    expect(lastLineIndent(description), 'aligned to its own start, the left').to.be.below(1);
    // An address is in no language the feed says: each part runs in its own direction ("04315 Leipzig", not "Leipzig 04315").
    const town = [...item(el, 'cafe').querySelectorAll('.place bdi')].find((b) => b.textContent === '04315 Leipzig')!;
    expect([town.hasAttribute('dir'), getComputedStyle(town).direction]).to.deep.equal([false, 'ltr']);
    // No Arabic description for the café either: the feed's default language, German.
    expect(item(el, 'cafe').querySelector('.description')!.getAttribute('lang')).to.equal('de');
    await expect(el).to.be.accessible();
  });
});
