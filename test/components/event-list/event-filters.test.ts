import { expect } from '@open-wc/testing';
import {
  applyFilters,
  dateSpan,
  groupByDay,
  hasActiveFilters,
  isFree,
  NO_FILTERS,
  prepareEvents,
  windowEvents,
  type EventFilters,
} from '../../../src/components/event-list/event-filters.js';
import type { Feed } from '../../../src/feed/types.js';
import { publishersOf } from '../../../src/feed/publishers.js';
import { zonedDateKey } from '../../../src/time/date-keys.js';

const now = Date.parse('2027-04-12T08:00:00Z'); // Monday, 10:00 in Berlin
const feedUrl = new URL('../../fixtures/events-small.json', import.meta.url).href;
let feed: Feed;

/** Today is Monday 12 April everywhere (the fixture's events are in European zones). */
const monday = (): string => '2027-04-12';
const ids = (list: { event: { id: string } }[]): string[] => list.map((p) => p.event.id);
const filters = (f: Partial<EventFilters>): EventFilters => ({ ...NO_FILTERS, ...f });

describe('event filters', () => {
  before(async () => {
    feed = (await (await fetch(feedUrl)).json()) as Feed;
  });

  it('reads every event once per feed, soonest first, and caches the result', () => {
    const all = prepareEvents(feed);
    expect(ids(all)).to.deep.equal([
      'yesterday',
      'cafe',
      'permits',
      'mentoring',
      'choir',
      'night',
      'academy',
      'sports',
      'lima',
      'festival',
      'webinar',
      'summer',
    ]);
    expect(prepareEvents(feed)).to.equal(all);
    const academy = all.find((p) => p.event.id === 'academy')!;
    expect(academy.zone).to.equal('Europe/Brussels');
    expect(all.find((p) => p.event.id === 'cafe')!.zone).to.equal('Europe/Berlin');
  });

  it('skips events whose start or zone cannot be read', () => {
    const bad = {
      ...feed,
      events: [
        { id: 'x', title: 'x', start: 'soon' },
        { id: 'y', title: 'y', start: '2027-04-12T10:00:00Z', timeZone: 'Mars/Olympus' },
      ],
    } as Feed;
    expect(prepareEvents(bad)).to.deep.equal([]);
  });

  it('hides ended events unless asked, and honours a horizon in days', () => {
    const all = prepareEvents(feed);
    expect(ids(windowEvents(all, now, { showPast: false, days: undefined }))).not.to.include('yesterday');
    expect(ids(windowEvents(all, now, { showPast: true, days: undefined }))).to.include('yesterday');
    expect(ids(windowEvents(all, now, { showPast: false, days: 1 }))).to.deep.equal(['cafe', 'permits']);
    expect(ids(windowEvents(all, now, { showPast: false, days: 2 }))).to.deep.equal(['cafe', 'permits', 'mentoring']);
  });

  it('knows free events by cost or isAccessibleForFree', () => {
    expect(isFree({ cost: 'free' })).to.equal(true);
    expect(isFree({ cost: ' FREE ' })).to.equal(true);
    expect(isFree({ cost: '0' })).to.equal(true);
    expect(isFree({ cost: '5 EUR' })).to.equal(false);
    expect(isFree({ cost: { en: 'free' } })).to.equal(false);
    expect(isFree({ isAccessibleForFree: true })).to.equal(true);
    expect(isFree({})).to.equal(false);
  });

  it('turns "this week", "this month" and a chosen span into date keys', () => {
    expect(dateSpan('week', NO_FILTERS, '2027-04-12', 'de')).to.deep.equal(['2027-04-12', '2027-04-18']);
    expect(dateSpan('week', NO_FILTERS, '2027-04-18', 'de')).to.deep.equal(['2027-04-18', '2027-04-18']);
    // Weeks start on Sunday in the United States, so they end on Saturday.
    expect(dateSpan('week', NO_FILTERS, '2027-04-12', 'en-US')).to.deep.equal(['2027-04-12', '2027-04-17']);
    expect(dateSpan('month', NO_FILTERS, '2027-04-12', 'de')).to.deep.equal(['2027-04-12', '2027-04-30']);
    expect(dateSpan('month', NO_FILTERS, '2027-02-03', 'de')).to.deep.equal(['2027-02-03', '2027-02-28']);
    expect(dateSpan('month', NO_FILTERS, '2027-12-31', 'de')).to.deep.equal(['2027-12-31', '2027-12-31']);
    expect(dateSpan('span', { from: '2027-04-20', to: '' }, '2027-04-12', 'de')).to.deep.equal(['2027-04-20', undefined]);
    expect(dateSpan('', { from: '2027-04-20', to: '' }, '2027-04-12', 'de')).to.deep.equal([undefined, undefined]);
  });

  it('combines filters and counts each option as if only that filter changed', () => {
    const upcoming = windowEvents(prepareEvents(feed), now, { showPast: false, days: undefined });
    const all = applyFilters(upcoming, NO_FILTERS, monday, 'de');
    expect(all.matched).to.have.length(11);
    expect(Object.fromEntries(all.counts.category)).to.deep.equal({ language: 2, community: 6, legal: 1, education: 4 });
    expect([all.counts.online, all.counts.inPerson, all.counts.free]).to.deep.equal([3, 8, 7]);
    expect([all.counts.week, all.counts.month, all.counts.anyDate]).to.deep.equal([6, 9, 11]);
    expect(all.counts.language.get('ar')).to.equal(2);

    const community = applyFilters(upcoming, filters({ category: 'community', free: true }), monday, 'de');
    expect(ids(community.matched)).to.deep.equal(['cafe', 'sports', 'lima', 'festival']);
    // Category counts keep "free" applied; the free count keeps "community" applied.
    expect(community.counts.category.get('education')).to.equal(2);
    expect(community.counts.anyCategory).to.equal(7);
    expect(community.counts.free).to.equal(4);
    expect(community.counts.online).to.equal(1);

    const online = applyFilters(upcoming, filters({ mode: 'online', language: 'en' }), monday, 'de');
    expect(ids(online.matched)).to.deep.equal(['permits', 'lima']);
    const inPersonThisWeek = applyFilters(upcoming, filters({ mode: 'in-person', date: 'week' }), monday, 'de');
    expect(ids(inPersonThisWeek.matched)).to.deep.equal(['cafe', 'mentoring', 'choir', 'night', 'academy']);
  });

  it('"this week" and "this month" start from today where each event takes place', () => {
    // 22:30 UTC on Sunday 18 April: Monday 00:30 in Berlin, still Sunday 18:30 in New York.
    const late = Date.parse('2027-04-18T22:30:00Z');
    const event = (id: string, start: string, end: string, timeZone: string) => ({ id, title: id, start, end, timeZone });
    const zones = {
      ...feed,
      timeZone: 'Europe/Berlin',
      events: [
        event('tonight-new-york', '2027-04-18T20:00:00-04:00', '2027-04-18T22:00:00-04:00', 'America/New_York'),
        event('monday-berlin', '2027-04-19T18:00:00+02:00', '2027-04-19T20:00:00+02:00', 'Europe/Berlin'),
        event('next-monday-berlin', '2027-04-26T18:00:00+02:00', '2027-04-26T20:00:00+02:00', 'Europe/Berlin'),
      ],
    } as Feed;
    const upcoming = windowEvents(prepareEvents(zones), late, { showPast: false, days: undefined });
    expect(ids(upcoming)).to.deep.equal(['tonight-new-york', 'monday-berlin', 'next-monday-berlin']);
    const todayAt = (zone: string) => zonedDateKey(late, zone);
    // In Berlin the week (Monday to Sunday) began half an hour ago; in New York it ends tonight.
    const week = applyFilters(upcoming, filters({ date: 'week' }), todayAt, 'de');
    expect(ids(week.matched)).to.deep.equal(['tonight-new-york', 'monday-berlin']);
    expect([week.counts.week, week.counts.month, week.counts.anyDate]).to.deep.equal([2, 3, 3]);
    // The month: April in both places.
    expect(ids(applyFilters(upcoming, filters({ date: 'month' }), todayAt, 'de').matched)).to.deep.equal([
      'tonight-new-york',
      'monday-berlin',
      'next-monday-berlin',
    ]);
  });

  it('keeps events that overlap a chosen span, even when they began before it', () => {
    const upcoming = windowEvents(prepareEvents(feed), now, { showPast: false, days: undefined });
    const span = applyFilters(upcoming, filters({ date: 'span', from: '2027-04-18', to: '2027-04-24' }), monday, 'de');
    expect(ids(span.matched)).to.deep.equal(['academy', 'sports', 'lima', 'festival']);
    const july = applyFilters(upcoming, filters({ date: 'span', from: '2027-07-07' }), monday, 'de');
    expect(ids(july.matched)).to.deep.equal(['summer']);
  });

  it('tells when any filter is active', () => {
    expect(hasActiveFilters(NO_FILTERS)).to.equal(false);
    expect(hasActiveFilters(filters({ date: 'span' }))).to.equal(false);
    expect(hasActiveFilters(filters({ date: 'span', to: '2027-05-01' }))).to.equal(true);
    expect(hasActiveFilters(filters({ free: true }))).to.equal(true);
  });

  it('groups a page by day: under way today, ended on their own day, "tomorrow" per zone', () => {
    const all = prepareEvents(feed);
    const days = groupByDay(all.slice(0, 5), now);
    expect(days.map((d) => [d.key, d.relation, d.items.map((i) => i.p.event.id)])).to.deep.equal([
      ['2027-04-11', 'other', ['yesterday']],
      ['2027-04-12', 'today', ['cafe', 'permits']],
      ['2027-04-13', 'tomorrow', ['mentoring']],
      ['2027-04-14', 'other', ['choir']],
    ]);
    expect(days[0]!.items[0]!.ended).to.equal(true);
    expect(days[1]!.items.map((i) => i.underWay)).to.deep.equal([true, false]);
    // A multi-day event under way is listed today, not on the day it began.
    const later = Date.parse('2027-04-18T08:00:00Z');
    const academy = groupByDay(
      all.filter((p) => p.event.id === 'academy'),
      later,
    );
    expect([academy[0]!.key, academy[0]!.relation, academy[0]!.items[0]!.underWay]).to.deep.equal(['2027-04-18', 'today', true]);
  });

  it('reads how people take part from attendanceMode when the feed gives it, and narrows by publisher with counts', () => {
    const events = [
      { id: 'a', title: 'a', start: '2027-04-13T10:00:00+02:00', attendanceMode: 'mixed', publisher: { id: 'leipzig' } },
      // A place, but the feed says online only.
      { id: 'b', title: 'b', start: '2027-04-13T11:00:00+02:00', attendanceMode: 'online', location: { name: 'Office' } },
      // A join link, but the feed says in person only.
      {
        id: 'c',
        title: 'c',
        start: '2027-04-13T12:00:00+02:00',
        attendanceMode: 'offline',
        online: { url: 'https://example.org' },
        publisher: { id: 'leipzig' },
      },
    ];
    const net = { ...feed, publisher: { id: 'poznan' }, events } as Feed;
    const all = prepareEvents(net);
    expect(all.map((p) => [p.online, p.inPerson, p.publisher])).to.deep.equal([
      [true, true, 0],
      [true, false, 1],
      [false, true, 0],
    ]);
    const publishers = publishersOf(net.events, net);
    const some = applyFilters(all, filters({ publisher: 'leipzig', mode: 'online' }), monday, 'de', publishers);
    expect(ids(some.matched)).to.deep.equal(['a']);
    expect([some.counts.publisher, some.counts.anyPublisher, some.counts.online, some.counts.inPerson]).to.deep.equal([[1, 1], 2, 1, 2]);
    expect(hasActiveFilters(filters({ publisher: 'leipzig' }))).to.equal(true);
    // Without the feed's publishers (or for a key it does not have) the filter narrows nothing.
    expect(applyFilters(all, filters({ publisher: 'leipzig' }), monday, 'de').matched).to.have.length(3);
    expect(applyFilters(all, filters({ publisher: 'lund' }), monday, 'de', publishers).matched).to.have.length(3);
  });
});
