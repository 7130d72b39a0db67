import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { readFeed, readFeedSliced, readFeedText, readFeedTextSliced } from '../../src/feed/validate.js';
import { head, categories, service, event, call, mutationBase } from './feed-builders.js';

const fixtures = [
  'feed-valid',
  'feed-problems',
  'feed-not-json',
  'small-feed',
  'services-many',
  'services-small',
  'events-small',
  'calls-small',
  'story-empty',
  'story-invalid',
  'story-not-a-feed',
];
const fixtureText = async (name: string) => (await fetch(new URL(`../fixtures/${name}.json`, import.meta.url))).text();

/** The sliced reader with the smallest slices (one item a slice): the most chances to differ. */
const sliced = (data: unknown, src?: string) => readFeedSliced(data, { src, sliceMs: 0 });

describe('readFeedSliced: the same result as readFeed', () => {
  for (const name of fixtures) {
    it(`on the fixture ${name}.json: same items, warnings in the same order, same error`, async () => {
      const text = await fixtureText(name);
      const src = `fixtures/${name}.json`;
      const expected = readFeedText(text, { src });
      expect(await readFeedTextSliced(text, { src, sliceMs: 0 })).to.deep.equal(expected);
      expect(await readFeedTextSliced(text, { src })).to.deep.equal(expected);
    });
  }

  it('on a feed with a problem of every kind (skipped items, removed fields, duplicates, dates)', async () => {
    const data = {
      ...head,
      categories,
      services: [
        service('a', { categories: ['health', 'nope'], contacts: { url: 'javascript:x' } }),
        { id: 'b' },
        service('a'),
        service('c', { timeZone: 'Nowhere/City' }),
      ],
      events: [
        event('e1'),
        event('e2', { end: '2027-04-16T09:00:00+02:00' }),
        event('e3', { start: '2027-02-30' }),
        event('e4', { registration: { deadline: '2027-13-01' } }),
      ],
      calls: [call('c1'), call('c2', { deadline: 'soon' }), call('c3', { status: 'pending' })],
    };
    const expected = readFeed(data, { src: 'x' });
    expect(expected.warnings.length).to.be.greaterThan(8);
    expect(await sliced(data, 'x')).to.deep.equal(expected);
  });

  it('on top-level errors and on anything at all (never rejects)', async () => {
    for (const data of [null, [1], 'text', { ...head, version: 2 }, { version: 1 }, { version: 1, defaultLocale: 'de', locales: [] }]) {
      expect(await sliced(data)).to.deep.equal(readFeed(data));
    }
    expect(await readFeedTextSliced('<html>')).to.deep.equal(readFeedText('<html>'));
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue(), fc.anything()), async (data) => {
        expect(await sliced(data)).to.deep.equal(readFeed(data));
      }),
      { numRuns: 200 },
    );
  });

  it('on a hostile getter (an error, as readFeed gives)', async () => {
    const data = { ...head, services: [service('a')] };
    Object.defineProperty(data.services, 0, {
      get() {
        throw new Error('hostile');
      },
    });
    const expected = readFeed(data);
    expect(expected.error!.kind).to.equal('invalid');
    expect(await sliced(data)).to.deep.equal(expected);
  });

  it('on a feed with one item mutated at random (property)', async () => {
    const base = mutationBase();
    const mutation = fc.record({
      list: fc.constantFrom('categories', 'services', 'events', 'calls' as const),
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
        'timeZone',
        'x',
      ),
      value: fc.jsonValue(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (mutations) => {
        const data = structuredClone(base) as unknown as Record<string, Record<string, unknown>[]>;
        for (const { list, index, key, value } of mutations) {
          const items = data[list]!;
          items[index % items.length]![key] = value;
        }
        const text = JSON.stringify(data);
        expect(await sliced(data, 'm')).to.deep.equal(readFeed(data, { src: 'm' }));
        expect(await readFeedTextSliced(text, { src: 'm', sliceMs: 0 })).to.deep.equal(readFeedText(text, { src: 'm' }));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a valid item as the very object it was given, as readFeed does', async () => {
    const item = service('a', { contacts: { url: 'https://example.org' } });
    expect((await sliced({ ...head, services: [item] })).feed!.services[0]).to.equal(item);
  });
});

describe('readFeedSliced: gives the event loop back', () => {
  const large = {
    ...head,
    categories,
    services: Array.from({ length: 20_000 }, (_, i) =>
      service(`s${i}`, {
        categories: ['health'],
        contacts: { url: `https://example.org/${i}`, phone: '+49 341 123' },
        hours: [{ days: ['mo', 'tu'], opens: '09:00', closes: '12:00' }],
      }),
    ),
    events: Array.from({ length: 2_000 }, (_, i) => event(`e${i}`, { end: '2027-04-17T12:00:00+02:00' })),
  };

  it('lets a timer scheduled before it run before it finishes, on a large feed', async () => {
    let ticks = 0;
    let done = false;
    const tick = () => {
      if (done) return;
      ticks++;
      setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    const result = await readFeedSliced(large);
    done = true;
    expect(result.feed!.services).to.have.length(20_000);
    expect(ticks, 'timers ran while the feed was read').to.be.greaterThan(0);
  });

  it('finishes a large feed in slices of bounded time (each slice near its limit, not the whole feed)', async () => {
    // A chain of fresh tasks runs beside the reader: each gap between two of them is one slice plus
    // one step of items and the message's own delay. Slices of 1 ms, so that even a fast machine,
    // where the whole read takes ~10 ms, sees many; a busy one may stretch a gap (GC), not most.
    const start = performance.now();
    readFeed(large);
    const oneTask = performance.now() - start;
    const gaps: number[] = [];
    let last = performance.now();
    let done = false;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      const now = performance.now();
      gaps.push(now - last);
      last = now;
      if (!done) channel.port2.postMessage(undefined);
    };
    channel.port2.postMessage(undefined);
    const result = await readFeedSliced(large, { sliceMs: 1 });
    done = true;
    channel.port1.close();
    expect(result).to.deep.equal(readFeed(large));
    const why = `${gaps.length} tasks ran beside a read that takes ${oneTask.toFixed(0)} ms in one task`;
    expect(gaps.length, why).to.be.greaterThan(2);
    const typicalGap = [...gaps].sort((a, b) => a - b)[gaps.length >> 1]!;
    expect(typicalGap, why).to.be.lessThan(oneTask / 2);
  });
});
