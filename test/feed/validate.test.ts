import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { readFeed, readFeedText } from '../../src/feed/validate.js';
import { resetFeedStore, subscribeFeed, type FeedState } from '../../src/feed/store.js';
import { parseFeedTime } from '../../src/time/zoned-time.js';
import { MAX_TEXT_LENGTH } from '../../src/feed/schema.js';

import { head, categories, service, event, call, mutationBase } from './feed-builders.js';
const messages = (r: ReturnType<typeof readFeed>) => r.warnings.map((w) => `${w.path} [${w.id ?? ''}] ${w.message}`);

describe('readFeed: the top level', () => {
  it('gives typed errors for what cannot be a feed', () => {
    expect(readFeed(null).error!.kind).to.equal('invalid');
    expect(readFeed([1, 2]).error!.kind).to.equal('invalid');
    expect(readFeed('{"version":1}').error!.kind).to.equal('invalid');
    expect(readFeed({ ...head, version: 2 }).error).to.deep.include({ kind: 'version' });
    expect(readFeed({ version: 1, locales: ['de'] }).error).to.deep.equal({ kind: 'invalid', detail: 'defaultLocale: missing' });
    expect(readFeed({ version: 1, defaultLocale: 'de' }).error!.detail).to.equal('locales: missing');
    expect(readFeed({ version: 1, defaultLocale: 'de', locales: [] }).error!.detail).to.equal('locales: no locales');
    expect(readFeedText('<html>').error!.kind).to.equal('not-json');
  });

  it('fills in what is optional and repairs what it can, with warnings', () => {
    const r = readFeed({
      version: 1,
      defaultLocale: 'de',
      locales: ['en', 'x y'],
      timeZone: 'Mars/Olympus',
      services: 'none',
      publisher: { url: 'ftp://x' },
    });
    expect(r.feed).to.deep.include({
      defaultLocale: 'de',
      locales: ['de', 'en'],
      timeZone: 'UTC',
      services: [],
      events: [],
      calls: [],
      categories: [],
    });
    expect(r.feed!.publisher).to.deep.equal({});
    expect(messages(r)).to.have.members([
      'locales[1] [] not a language tag; removed',
      'publisher.url [] link must start with https:, http:, mailto: or tel:; removed',
      'timeZone [] unknown time zone "Mars/Olympus"; using UTC',
      'locales [] defaultLocale "de" is not among locales; added',
      'services [] expected a list; ignored',
    ]);
  });

  it('reads a minimal feed with no warnings', () => {
    const r = readFeed({ version: 1, defaultLocale: 'en', locales: ['en'] });
    expect(r.warnings).to.deep.equal([]);
    expect(r.feed!.timeZone).to.equal('UTC');
  });
});

describe('readFeed: items', () => {
  it('skips an item that lacks what makes it an item, naming its id and the path', () => {
    const r = readFeed({
      ...head,
      services: [service('a'), { id: 'b' }, { name: 'no id' }, service('c', { name: '' }), service('d', { name: { de_DE: 'x' } })],
      events: [
        event('e1'),
        event('e2', { start: undefined }),
        { id: 'e3', start: '2027-04-17' },
        event('e4', { end: '2027-04-16T09:00:00+02:00' }),
        event('e5', { start: '2027-02-30T10:00:00+01:00' }),
      ],
      calls: [call('c1'), call('c2', { deadline: 'soon' }), { id: 'c3', deadline: '2027-05-01' }],
    });
    expect(r.feed!.services.map((s) => s.id)).to.deep.equal(['a']);
    expect(r.feed!.events.map((s) => s.id)).to.deep.equal(['e1']);
    expect(r.feed!.calls.map((s) => s.id)).to.deep.equal(['c1']);
    expect(messages(r)).to.deep.equal([
      'services[1].name [b] missing; item skipped',
      'services[2].id [] missing; item skipped',
      'services[3].name [c] empty text; item skipped',
      'services[4].name.de_DE [d] not a language tag; removed',
      'services[4].name [d] no text in any language; item skipped',
      'events[1].start [e2] missing; item skipped',
      'events[2].title [e3] missing; item skipped',
      'events[3].end [e4] end is before start; item skipped',
      'events[4].start [e5] not a real date; item skipped',
      'calls[1].deadline [c2] expected an ISO 8601 date-time with offset; item skipped',
      'calls[2].title [c3] missing; item skipped',
    ]);
  });

  it('removes a bad optional field and keeps the rest of the item', () => {
    const r = readFeed({
      ...head,
      categories,
      services: [
        service('a', {
          categories: ['health', 'nope'],
          languages: ['ar', 'not a tag'],
          contacts: { url: 'javascript:alert(1)', phone: 'call us', email: 'info@example.org' },
          organization: { name: 'Amt', url: 'data:text/html,x' },
          hours: [
            { days: ['mo', 'xx'], opens: '09:00', closes: '12:00' },
            { days: ['tu'], opens: '9 Uhr', closes: '12:00' },
          ],
          locations: [{ address: { city: 'Leipzig', country: 'Germany' }, geo: { lat: 200, lon: 12 } }],
          timeZone: 'Nowhere/City',
          cost: 5,
        }),
      ],
      events: [
        event('e', {
          status: 'maybe',
          online: { url: 'ftp://x' },
          registration: { url: 'https://example.org/r', deadline: '2027-13-01' },
          end: '2027-04-17T08:00:00+02:00x',
        }),
      ],
      calls: [call('c', { status: 'pending', budget: { amount: 'lots', currency: 'EUR' }, url: 'mailto:partners@example.org' })],
    });
    const s = r.feed!.services[0]!;
    expect(s).to.deep.equal({
      id: 'a',
      name: { de: 'Dienst a' },
      categories: ['health'],
      languages: ['ar'],
      contacts: { email: 'info@example.org' },
      organization: { name: 'Amt' },
      hours: [{ days: ['mo'], opens: '09:00', closes: '12:00' }],
      locations: [{ address: { city: 'Leipzig' } }],
    });
    expect(r.feed!.events[0]).to.deep.equal({
      id: 'e',
      title: 'Termin e',
      start: '2027-04-17T09:00:00+02:00',
      online: {},
      registration: { url: 'https://example.org/r' },
    });
    expect(r.feed!.calls[0]).to.deep.equal({
      id: 'c',
      title: 'Aufruf c',
      deadline: '2027-05-01T23:59:00+02:00',
      url: 'mailto:partners@example.org',
    });
    expect(r.warnings.every((w) => w.src === '' && w.message.endsWith('removed'))).to.equal(true);
    expect(r.warnings.map((w) => w.path)).to.include.members([
      'services[0].categories[1]',
      'services[0].languages[1]',
      'services[0].contacts.url',
      'services[0].contacts.phone',
      'services[0].organization.url',
      'services[0].hours[0].days[1]',
      'services[0].hours[1].opens',
      'services[0].locations[0].address.country',
      'services[0].locations[0].geo.lat',
      'services[0].timeZone',
      'services[0].cost',
      'events[0].status',
      'events[0].online.url',
      'events[0].end',
      'calls[0].status',
      'calls[0].budget.amount',
    ]);
  });

  it('leaves a key a call does not have (categories) alone, whatever its value', () => {
    // Found by the mutation property: a string here was read as a list of category ids and the feed threw.
    const r = readFeed({ ...head, categories, calls: [call('a', { categories: ' ' }), call('b', { categories: ['nope'] })] });
    expect(r.feed!.calls.map((c) => (c as unknown as { categories: unknown }).categories)).to.deep.equal([' ', ['nope']]);
    expect(r.warnings).to.deep.equal([]);
  });

  it('loses only the item whose reading throws (a hostile getter), and says so', () => {
    const hostile = {
      get id(): string {
        throw new Error('boom');
      },
    };
    const r = readFeed({ ...head, services: [service('a'), hostile, service('b')] });
    expect(r.feed!.services.map((s) => s.id)).to.deep.equal(['a', 'b']);
    expect(r.warnings.map((w) => `${w.path}: ${w.message}`)).to.deep.equal(['services[1]: could not be read (Error: boom); item skipped']);
  });

  it('keeps the first of two items with the same id and reports the second', () => {
    const r = readFeed(
      { ...head, services: [service('a'), service('a', { name: 'Zweiter' }), service('b')] },
      { src: 'https://example.org/feed.json' },
    );
    expect(r.feed!.services.map((s) => s.name)).to.deep.equal([{ de: 'Dienst a' }, { de: 'Dienst b' }]);
    expect(r.warnings).to.deep.equal([
      {
        src: 'https://example.org/feed.json',
        id: 'a',
        path: 'services[1].id',
        message: 'duplicate id "a"; item skipped',
        at: ['services', 1, 'id'],
      },
    ]);
  });

  it('accepts plain-string and per-language text, all-day events and every allowed link scheme', () => {
    const r = readFeed({
      ...head,
      services: [
        service('a', { name: 'Beratung', contacts: { url: 'http://example.org', phone: '+49 (341) 123-45' }, keywords: ['Arzt'] }),
        service('b', { keywords: { de: ['Arzt'] } }),
      ],
      events: [event('e', { start: '2027-04-17', end: '2027-04-18', online: { url: 'https://example.org/live' } })],
      calls: [call('c', { url: 'tel:+493411234567' })],
    });
    expect(r.warnings).to.deep.equal([]);
    expect(r.feed!.services).to.have.length(2);
  });

  it('never changes the data it was given', () => {
    const data = { ...head, services: [service('a', { contacts: { url: 'javascript:x' } })] };
    const copy = structuredClone(data);
    readFeed(data);
    expect(data).to.deep.equal(copy);
  });
});

describe('readFeed: prototype keys and deep nesting', () => {
  const deep = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

  it('checks __proto__, constructor and prototype in a text like any other key, and removes them', () => {
    const data = JSON.parse(`{"version":1,"defaultLocale":"de","locales":["de"],"services":[
      {"id":"a","name":{"en":"x","__proto__":${deep(5000)}}},
      {"id":"b","name":{"de":"y","constructor":"z","prototype":"w"}},
      {"id":"c","name":"valid neighbour"}]}`);
    const r = readFeed(data);
    expect(r.feed!.services.map((s) => s.id)).to.deep.equal(['a', 'b', 'c']);
    expect(messages(r)).to.deep.equal([
      'services[0].name.__proto__ [a] not a language tag; removed',
      'services[1].name.constructor [b] not a language tag; removed',
      'services[1].name.prototype [b] not a language tag; removed',
    ]);
    const [a, b] = r.feed!.services as { name: Record<string, string> }[];
    expect(Object.keys(a!.name)).to.deep.equal(['en']);
    expect(Object.keys(b!.name)).to.deep.equal(['de']);
  });

  it('skips an item whose required text has only such a key: it is not there', () => {
    const r = readFeed(
      JSON.parse(`{"version":1,"defaultLocale":"de","locales":["de"],
      "services":[{"id":"s","name":{"__proto__":1}}],
      "events":[{"id":"e","title":{"constructor":"x"},"start":"2027-04-17"}],
      "calls":[{"id":"c","title":{"__proto__":"x"},"deadline":"2027-04-17"}]}`),
    );
    expect(r.feed!.services).to.deep.equal([]);
    expect(r.feed!.events).to.deep.equal([]);
    expect(r.feed!.calls).to.deep.equal([]);
    expect(messages(r).filter((m) => m.endsWith('item skipped'))).to.deep.equal([
      'services[0].name [s] no text in any language; item skipped',
      'events[0].title [e] no text in any language; item skipped',
      'calls[0].title [c] no text in any language; item skipped',
    ]);
  });

  it('repairs an item with a __proto__ key into a plain object: nothing inherited, nothing unchecked', () => {
    const item = JSON.parse(
      '{"id":"a","name":"x","languages":["not a tag"],"__proto__":{"contacts":{"url":"javascript:alert(1)"},"name":{"de_DE":"y"}}}',
    );
    const repaired = readFeed({ ...head, services: [item] }).feed!.services[0]!;
    expect(Object.getPrototypeOf(repaired)).to.equal(Object.prototype);
    expect(repaired.contacts).to.equal(undefined);
    expect(repaired.name).to.equal('x');
    expect(repaired.languages).to.deep.equal([]);
  });

  it('repairs an item whatever lies deep in a field the format does not know, without walking it', () => {
    const data = JSON.parse(
      `{"version":1,"defaultLocale":"de","locales":["de"],"services":[{"id":"a","name":"x","languages":[5],"extra":${deep(100_000)}}]}`,
    );
    const r = readFeed(data);
    expect(r.feed!.services.map((s) => s.id)).to.deep.equal(['a']);
    expect(messages(r)).to.deep.equal(['services[0].languages[0] [a] expected string; removed']);
  });
});

describe('readFeed: long text', () => {
  it('shortens a text too long to read on a page, keeping what can be read, and says so', () => {
    const description = 'Lorem ipsum dolor sit amet. '.repeat(400_000); // 11 MB
    const name = `${'Beratung '.repeat(3000)}😀`;
    const r = readFeed({
      ...head,
      services: [service('a', { description: { de: description } }), service('b', { name })],
      calls: [call('c', { summary: description })],
    });
    const [a, b] = r.feed!.services as { description?: Record<string, string>; name: string }[];
    expect(a!.description!.de).to.have.length(MAX_TEXT_LENGTH);
    expect(a!.description!.de!.endsWith('…')).to.equal(true);
    expect(description.startsWith(a!.description!.de!.slice(0, -1))).to.equal(true);
    expect(b!.name).to.have.length(MAX_TEXT_LENGTH);
    expect(r.feed!.calls[0]!.summary).to.have.length(MAX_TEXT_LENGTH);
    expect(messages(r)).to.deep.equal([
      `services[0].description.de [a] longer than ${MAX_TEXT_LENGTH} characters; shortened`,
      `services[1].name [b] longer than ${MAX_TEXT_LENGTH} characters; shortened`,
      `calls[0].summary [c] longer than ${MAX_TEXT_LENGTH} characters; shortened`,
    ]);
  });

  it('never cuts a character in half', () => {
    const r = readFeed({ ...head, services: [service('a', { name: '😀'.repeat(MAX_TEXT_LENGTH) })] });
    const name = r.feed!.services[0]!.name as string;
    expect(name.length).to.be.at.most(MAX_TEXT_LENGTH);
    expect(name.slice(0, -1)).to.equal('😀'.repeat((name.length - 1) / 2));
  });

  it('removes what is no text and too long to be what it says: an address part, a link, an e-mail address; skips an item with such an id', () => {
    const long = 'x'.repeat(5000);
    const r = readFeed({
      ...head,
      services: [
        service('a', {
          locations: [{ address: { street: long, city: 'Leipzig' } }],
          contacts: { url: `https://example.org/${long}`, email: `${long}@example.org` },
        }),
        service(long),
      ],
    });
    expect(r.feed!.services).to.deep.equal([service('a', { locations: [{ address: { city: 'Leipzig' } }], contacts: {} })]);
    expect(messages(r).map((m) => m.replace(long, 'x…'))).to.deep.equal([
      'services[0].locations[0].address.street [a] longer than 1000 characters; removed',
      'services[0].contacts.email [a] longer than 254 characters; removed',
      'services[0].contacts.url [a] longer than 4000 characters; removed',
      'services[1].id [x…] longer than 1000 characters; item skipped',
    ]);
  });
});

describe('readFeed: dates', () => {
  it("reads all-day events, and compares a date with a date-time in the event's time zone", () => {
    const r = readFeed({
      ...head,
      events: [
        event('same-day', { start: '2027-04-17', end: '2027-04-17' }),
        event('day-before', { start: '2027-04-18', end: '2027-04-17' }),
        // 00:00 on the 17th in Berlin is 22:00 UTC on the 16th: an end at 22:30 UTC is after it.
        event('berlin', { start: '2027-04-17', end: '2027-04-17T00:30:00+02:00' }),
        event('berlin-before', { start: '2027-04-17', end: '2027-04-16T23:30:00+02:00' }),
        event('kiritimati', { start: '2027-04-17', timeZone: 'Pacific/Kiritimati', end: '2027-04-16T11:00:00Z' }),
        event('date-end', { start: '2027-04-17T09:00:00+02:00', end: '2027-04-17' }),
        event('no-29th', { start: '2027-02-29' }),
        event('leap', { start: '2028-02-29', registration: { deadline: '2027-02-29' } }),
      ],
      calls: [call('c1', { deadline: '2027-06-31' }), call('c2', { deadline: '2027-06-30' })],
    });
    expect(r.feed!.events.map((e) => e.id)).to.deep.equal(['same-day', 'berlin', 'kiritimati', 'leap']);
    expect(r.feed!.events[3]!.registration).to.deep.equal({});
    expect(r.feed!.calls.map((c) => c.id)).to.deep.equal(['c2']);
    expect(messages(r)).to.deep.equal([
      'events[1].end [day-before] end is before start; item skipped',
      'events[3].end [berlin-before] end is before start; item skipped',
      'events[5].end [date-end] end is before start; item skipped',
      'events[6].start [no-29th] not a real date; item skipped',
      'events[7].registration.deadline [leap] not a real date; removed',
      'calls[0].deadline [c1] not a real date; item skipped',
    ]);
  });

  it('refuses times that do not exist: hour 24 other than 24:00, second 60, offsets past 18 hours', () => {
    const r = readFeed({
      ...head,
      events: [
        event('hour-24', { start: '2027-04-17T24:59:00+02:00' }),
        event('second-60', { start: '2027-04-17T09:00:60+02:00' }),
        event('offset', { start: '2027-04-17T09:00:00+99:99' }),
        event('offset-19', { start: '2027-04-17T09:00:00+19:00' }),
        event('end-of-day', { start: '2027-04-17T09:00:00+02:00', end: '2027-04-17T24:00:00+02:00' }),
        event('kiritimati', { start: '2027-04-17T09:00:00+14:00' }),
      ],
    });
    expect(r.feed!.events.map((e) => e.id)).to.deep.equal(['end-of-day', 'kiritimati']);
    expect(messages(r)).to.deep.equal([
      'events[0].start [hour-24] expected an ISO 8601 date-time with offset; item skipped',
      'events[1].start [second-60] expected an ISO 8601 date-time with offset; item skipped',
      'events[2].start [offset] expected an ISO 8601 date-time with offset; item skipped',
      'events[3].start [offset-19] not a real date; item skipped',
    ]);
  });

  it('refuses dates outside the years 1900–2999: no calendar file or deadline comes from year 9999', () => {
    const r = readFeed({
      ...head,
      updated: '9999-01-01',
      services: [service('s', { updated: '2027-02-30' })],
      events: [
        event('forever', { start: '2027-04-17T09:00:00+02:00', end: '9999-12-31T23:59:00-05:00' }),
        event('ancient', { start: '0999-04-17' }),
        event('registration', { registration: { deadline: '3000-01-01T00:00Z' } }),
      ],
      calls: [call('c', { deadline: '9999-12-31' })],
    });
    expect(r.feed!.updated).to.equal(undefined);
    expect(r.feed!.services[0]).to.deep.equal(service('s'));
    expect(r.feed!.events.map((e) => [e.id, e.end, e.registration])).to.deep.equal([
      ['forever', undefined, undefined],
      ['registration', undefined, {}],
    ]);
    expect(r.feed!.calls).to.deep.equal([]);
    expect(messages(r)).to.deep.equal([
      'updated [] year 9999 is outside 1900–2999; removed',
      'services[0].updated [s] not a real date; removed',
      'events[0].end [forever] year 9999 is outside 1900–2999; removed',
      'events[1].start [ancient] year 999 is outside 1900–2999; item skipped',
      'events[2].registration.deadline [registration] year 3000 is outside 1900–2999; removed',
      'calls[0].deadline [c] year 9999 is outside 1900–2999; item skipped',
    ]);
  });

  it('keeps an event exactly when the widgets can read its start and its end is not before it', () => {
    const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
    const date = fc.tuple(fc.constantFrom('2026', '2027', '2028'), two(13), two(32)).map((p) => p.join('-'));
    const time = fc
      .tuple(two(25), two(61), fc.option(two(61), { nil: undefined }), fc.constantFrom('Z', '+02:00', '-05:00', '+14:00', '-11:30'))
      .map(([h, m, sec, z]) => `T${h}:${m}${sec ? `:${sec}` : ''}${z}`);
    const when = fc.tuple(date, fc.option(time, { nil: undefined })).map(([d, t]) => d + (t ?? ''));
    const zone = fc.constantFrom('Europe/Berlin', 'America/New_York', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC');
    fc.assert(
      fc.property(when, fc.option(when, { nil: undefined }), zone, (start, end, timeZone) => {
        const r = readFeed({ ...head, events: [event('e', { start, end, timeZone })] });
        const s = parseFeedTime(start, timeZone);
        const e = end === undefined ? undefined : parseFeedTime(end, timeZone);
        const kept = Boolean(s) && !(e && e.ms < s!.ms);
        expect(r.feed!.events.length, `${start} – ${end} ${timeZone}`).to.equal(kept ? 1 : 0);
        if (kept) expect(r.feed!.events[0]!.end).to.equal(e ? end : undefined);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps a valid item as the very object it was given (no copy)', () => {
    const item = service('a', { contacts: { url: 'https://example.org' } });
    expect(readFeed({ ...head, services: [item] }).feed!.services[0]).to.equal(item);
  });
});

// ── Properties ──────────────────────────────────────────────────────────────────────────────
const text = fc.oneof(fc.string({ minLength: 1 }), fc.dictionary(fc.constantFrom('de', 'en', 'ar', 'uk'), fc.string(), { minKeys: 1 }));
const nonEmptyText = fc.oneof(
  fc.string({ minLength: 1 }),
  fc.dictionary(fc.constantFrom('de', 'en', 'ar', 'uk'), fc.string(), { minKeys: 1 }),
);
const validService = (id: string) =>
  fc.record(
    {
      id: fc.constant(id),
      name: nonEmptyText,
      description: text,
      languages: fc.array(fc.constantFrom('de', 'ar', 'fa', 'uk')),
      cost: fc.constant('free'),
    },
    { requiredKeys: ['id', 'name'] },
  );
const validEvent = (id: string) =>
  fc
    .record({ id: fc.constant(id), title: nonEmptyText, day: fc.integer({ min: 1, max: 28 }), hours: fc.integer({ min: 0, max: 48 }) })
    .map(({ day, hours, ...rest }) => {
      const start = Date.UTC(2027, 3, day, 8);
      return { ...rest, start: new Date(start).toISOString(), end: new Date(start + hours * 3_600_000).toISOString() };
    });
/** Something that is not a valid item: any JSON without a usable name/title. */
const invalidItem = fc.oneof(fc.jsonValue(), fc.record({ id: fc.string(), description: fc.string() }));

describe('readFeed and the store: properties', () => {
  let warn: typeof console.warn;
  beforeEach(() => {
    warn = console.warn;
    console.warn = () => {};
  });
  afterEach(() => {
    console.warn = warn;
    resetFeedStore();
  });

  it('never throws on any JSON value or anything at all', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything()), (data) => {
        const r = readFeed(data);
        expect(Array.isArray(r.warnings)).to.equal(true);
        expect(Boolean(r.feed) !== Boolean(r.error)).to.equal(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on feed-shaped values whose parts are arbitrary JSON', () => {
    const anyList = fc.oneof(
      fc.jsonValue(),
      fc.array(
        fc.oneof(
          fc.jsonValue(),
          fc.dictionary(
            fc.constantFrom('id', 'name', 'title', 'start', 'end', 'deadline', 'categories', 'contacts', 'hours', 'languages'),
            fc.jsonValue(),
          ),
        ),
      ),
    );
    fc.assert(
      fc.property(
        fc.record(
          {
            version: fc.constant(1),
            defaultLocale: fc.oneof(fc.constant('de'), fc.jsonValue()),
            locales: fc.oneof(fc.constant(['de']), fc.jsonValue()),
            timeZone: fc.jsonValue(),
            categories: anyList,
            services: anyList,
            events: anyList,
            calls: anyList,
          },
          { requiredKeys: ['version'] },
        ),
        (data) => {
          const r = readFeed(data);
          if (r.feed) for (const list of ['services', 'events', 'calls'] as const) expect(Array.isArray(r.feed[list])).to.equal(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps every valid item of a partly invalid feed, in order', () => {
    const feed = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 0, maxLength: 12 }).chain((ids) =>
      fc.record({
        services: fc.tuple(...ids.map((id) => validService(`s-${id}`))),
        events: fc.tuple(...ids.map((id) => validEvent(`e-${id}`))),
        junk: fc.array(fc.tuple(fc.nat(), invalidItem), { maxLength: 10 }),
      }),
    );
    fc.assert(
      fc.property(feed, ({ services, events, junk }) => {
        const mixedServices: unknown[] = [...services];
        const mixedEvents: unknown[] = [...events];
        for (const [at, item] of junk) {
          mixedServices.splice(at % (mixedServices.length + 1), 0, item);
          mixedEvents.splice(at % (mixedEvents.length + 1), 0, item);
        }
        const r = readFeed({ ...head, services: mixedServices, events: mixedEvents });
        expect(r.feed!.services.map((s) => s.id)).to.deep.equal(services.map((s) => s.id));
        expect(r.feed!.events.map((s) => s.id)).to.deep.equal(events.map((s) => s.id));
      }),
      { numRuns: 200 },
    );
  });

  it('a mutation of one item leaves every other item exactly as it was', () => {
    const base = mutationBase();
    const clean = readFeed(base).feed!;
    const mutation = fc.record({
      list: fc.constantFrom('services', 'events', 'calls' as const),
      index: fc.nat(3),
      key: fc.constantFrom(
        'id',
        'name',
        'title',
        'start',
        'end',
        'deadline',
        'categories',
        'contacts',
        'hours',
        'status',
        'budget',
        'languages',
        'x',
      ),
      value: fc.jsonValue(),
    });
    fc.assert(
      fc.property(mutation, ({ list, index, key, value }) => {
        const data = structuredClone(base) as unknown as Record<string, Record<string, unknown>[]>;
        const items = data[list]!;
        const i = index % items.length;
        fc.pre(!(key === 'id' && typeof value === 'string' && items.some((it) => it.id === value)));
        items[i]![key] = value;
        const r = readFeed(data);
        const before = clean[list] as { id: string }[];
        const after = r.feed![list] as { id: string }[];
        for (const [j, item] of before.entries()) if (j !== i) expect(after).to.deep.include(item);
        for (const other of (['services', 'events', 'calls'] as const).filter((l) => l !== list))
          expect(r.feed![other]).to.deep.equal(clean[other]);
      }),
      { numRuns: 300 },
    );
  });

  it('the store never throws and always settles, whatever the inline feed text', () => {
    let n = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
          fc.constant('{"version":1'),
        ),
        (textValue) => {
          const states: FeedState[] = [];
          subscribeFeed({ kind: 'inline', key: `inline:p${n++}`, text: textValue }, (s) => states.push(s));
          expect(['ready', 'error']).to.include(states.at(-1)!.status);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('readFeed: network and real-data fields', () => {
  it("keeps an item's publisher, an event's page and attendance mode, a service's status and closures", () => {
    const publisher = { id: 'poznan', name: { pl: 'Miasto Poznań', en: 'City of Poznań' }, url: 'https://www.poznan.pl' };
    const closures = [
      { from: '2026-12-24', to: '2026-12-26', reason: { en: 'Christmas' } },
      { from: '2026-12-31', hours: [{ opens: '09:00', closes: '12:00' }] },
    ];
    const r = readFeed({
      ...head,
      services: [service('s1', { publisher, status: 'temporarily closed', closures })],
      events: [event('e1', { publisher, url: 'https://example.org/e1', attendanceMode: 'mixed' })],
      calls: [call('c1', { publisher })],
    });
    expect(r.warnings).to.deep.equal([]);
    expect(r.feed!.services[0]).to.deep.include({ publisher, status: 'temporarily closed', closures });
    expect(r.feed!.events[0]).to.deep.include({ publisher, url: 'https://example.org/e1', attendanceMode: 'mixed' });
    expect(r.feed!.calls[0]!.publisher).to.deep.equal(publisher);
  });

  it('removes what is wrong in them and keeps the item', () => {
    const r = readFeed({
      ...head,
      services: [
        service('s1', {
          status: 'closed',
          publisher: { id: 'Not An Id', name: 'x' },
          closures: [{ from: '2026-12-26', to: '2026-12-24' }, { from: '24.12.2026' }, { from: '2027-01-01' }],
        }),
      ],
      events: [event('e1', { url: 'javascript:alert(1)', attendanceMode: 'hybrid' })],
    });
    expect(r.feed!.services.map((s) => s.id)).to.deep.equal(['s1']);
    expect(r.feed!.services[0]!.closures).to.deep.equal([{ from: '2027-01-01' }]);
    expect(r.feed!.services[0]!.publisher).to.deep.equal({ name: 'x' });
    expect(r.feed!.events[0]).to.not.have.any.keys('url', 'attendanceMode');
    expect(messages(r)).to.include.members([
      'services[0].status [s1] expected active, temporarily closed or inactive; removed',
      'services[0].publisher.id [s1] expected lower-case letters, digits, dots, dashes or underscores; removed',
      'services[0].closures[0].to [s1] "to" is before "from"; closure removed',
      'events[0].url [e1] link must start with https:, http:, mailto: or tel:; removed',
      'events[0].attendanceMode [e1] expected offline, online or mixed; removed',
    ]);
  });

  it('removes a closure on a day that does not exist or in a year outside 1900–2999', () => {
    const r = readFeed({
      ...head,
      services: [
        service('s1', {
          closures: [{ from: '2027-02-30' }, { from: '2027-12-24', to: '9999-12-31' }, { from: '2027-12-24', to: '2027-12-26' }],
        }),
      ],
    });
    expect(r.feed!.services[0]!.closures).to.deep.equal([{ from: '2027-12-24', to: '2027-12-26' }]);
    expect(messages(r)).to.deep.equal([
      'services[0].closures[0].from [s1] not a real date; closure removed',
      'services[0].closures[1].to [s1] year 9999 is outside 1900–2999; closure removed',
    ]);
  });
});
