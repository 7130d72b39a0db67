import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as v from 'valibot';
import { FEED_CHECKS } from '../../src/feed/feed-checks.generated.js';
import { FEED_RULES } from '../../src/feed/feed-rules.generated.js';
import { check, rememberPasses, type Issue } from '../../src/feed/rules.js';
import { CallSchema, CategorySchema, EventSchema, feedHeadEntries, ServiceSchema } from '../../src/feed/schema.js';

// The demo feed for a fixed day, made by the test server (web-test-runner.config.mjs).
const demoUrl = '/generated/demo-feed-2027-04-12.json';
const schemas = { categories: CategorySchema, services: ServiceSchema, events: EventSchema, calls: CallSchema } as const;
type List = keyof typeof schemas;
/** valibot skips these keys in a record; the rules check them (none is a language tag) and refuse them. */
const RESERVED = ['__proto__', 'constructor', 'prototype'];
const hasReservedKey = (value: unknown): boolean =>
  !!value &&
  typeof value === 'object' &&
  Object.keys(value).some((key) => RESERVED.includes(key) || hasReservedKey((value as Record<string, unknown>)[key]));
const odd = fc.constantFrom(
  '',
  ' ',
  'javascript:alert(1)',
  'https://example.org',
  'tel:+49 341 1',
  'de_DE',
  'de',
  '25:00',
  '09:00',
  'mo',
  ['mo'],
  [],
  {},
  { de_DE: 'x' },
  { en: '' },
  { en: 'x' },
  { days: [], opens: '09:00', closes: '10:00' },
  NaN,
  -1,
  0,
  1.5,
  200,
  '2027-02-30',
  '2027-04-17T09:00:00+02:00',
  '#0b6e4f',
  'EUR',
  'DE',
  null,
  true,
);

describe('feed rules (generated from the valibot schema) agree with valibot', () => {
  let demo: Record<List, Record<string, unknown>[]>;
  before(async () => {
    demo = await (await fetch(demoUrl)).json();
  });

  it('accept every item of the demo feed', () => {
    for (const list of Object.keys(schemas) as List[]) {
      for (const item of demo[list]) {
        expect(check(FEED_RULES[list], item), `${list} ${String(item.id)}`).to.equal(true);
        expect(FEED_CHECKS[list](item), `${list} ${String(item.id)}`).to.equal(true);
      }
    }
  });

  it('say yes exactly when valibot does (arrays for objects aside), on items mutated at any depth', () => {
    const keys = [
      'id',
      'name',
      'title',
      'description',
      'start',
      'end',
      'deadline',
      'categories',
      'languages',
      'contacts',
      'hours',
      'locations',
      'status',
      'budget',
      'registration',
      'keywords',
      'cost',
      'timeZone',
      'objectives',
      'online',
      'location',
      'icon',
      'color',
      'durationMonths',
      'coordinator',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...(Object.keys(schemas) as List[])),
        fc.nat(),
        fc.constantFrom(...keys),
        fc.oneof(fc.jsonValue(), odd),
        fc.array(fc.nat(), { maxLength: 3 }),
        (list, index, key, value, dive) => {
          const items = demo[list];
          const item = structuredClone(items[index % items.length]!);
          // Walk down a few levels (into nested objects and lists) and replace a value there.
          let parent: Record<string, unknown> = item;
          let slot: string = key;
          for (const step of dive) {
            const next = parent[slot];
            if (!next || typeof next !== 'object') break;
            const inner = Object.keys(next);
            if (!inner.length) break;
            parent = next as Record<string, unknown>;
            slot = inner[step % inner.length]!;
          }
          parent[slot] = value;
          const issues: Issue[] = [];
          const ours = check(FEED_RULES[list], item, [], issues);
          const valibot = v.safeParse(schemas[list], item).success;
          // Never accept what valibot rejects. The known differences: valibot's object() takes an
          // array for an object; the rules (like the JSON Schema, type: object) refuse it. And
          // valibot skips __proto__, constructor and prototype in a record; the rules refuse them.
          if (ours || !(Array.isArray(value) || hasReservedKey(value))) expect(ours, JSON.stringify(item)).to.equal(valibot);
          expect(issues.length > 0).to.equal(!ours);
          // The fast check (no issues list, stops at the first problem) says the same, and so does
          // the generated code readFeed checks items with first.
          expect(check(FEED_RULES[list], item), JSON.stringify(item)).to.equal(ours);
          expect(FEED_CHECKS[list](item), JSON.stringify(item)).to.equal(ours);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('the fast check (without an issues list) never accepts what the full check rejects', () => {
    const part = fc.oneof(fc.jsonValue(), odd, fc.string());
    const itemLike = fc.dictionary(
      fc.constantFrom(
        'id',
        'name',
        'title',
        'start',
        'end',
        'deadline',
        'categories',
        'languages',
        'contacts',
        'hours',
        'locations',
        'keywords',
        'budget',
        'registration',
        'objectives',
        'cost',
        'status',
        'geo',
      ),
      part,
    );
    fc.assert(
      fc.property(fc.constantFrom('head', ...(Object.keys(schemas) as List[])), fc.oneof(fc.jsonValue(), itemLike), (list, value) => {
        const issues: Issue[] = [];
        const full = check(FEED_RULES[list], value, [], issues);
        expect(check(FEED_RULES[list], value), JSON.stringify(value)).to.equal(full);
        expect(FEED_CHECKS[list](value), JSON.stringify(value)).to.equal(full);
        expect(issues.length > 0).to.equal(!full);
      }),
      { numRuns: 1000 },
    );
  });

  it('say yes exactly when valibot does, on arbitrary values', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...(Object.keys(schemas) as List[])),
        fc.oneof(fc.jsonValue(), fc.dictionary(fc.constantFrom('id', 'name', 'title', 'start', 'deadline'), fc.oneof(odd, fc.string()))),
        (list, value) => {
          const valibot = v.safeParse(schemas[list], value).success && !hasReservedKey(value);
          expect(check(FEED_RULES[list], value)).to.equal(valibot);
          expect(FEED_CHECKS[list](value)).to.equal(valibot);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('agree on the top level of a feed', () => {
    const head = v.object(feedHeadEntries);
    fc.assert(
      fc.property(
        fc.record(
          {
            version: fc.oneof(fc.constant(1), odd),
            defaultLocale: fc.oneof(fc.constant('de'), odd),
            locales: fc.oneof(fc.constant(['de', 'en']), fc.array(odd)),
            timeZone: fc.oneof(fc.constant('Europe/Berlin'), odd),
            publisher: fc.oneof(fc.constant({ name: 'Stadt' }), odd),
          },
          { requiredKeys: [] },
        ),
        (data) => {
          const ours = check(FEED_RULES.head, data);
          expect(FEED_CHECKS.head(data)).to.equal(ours);
          if (ours || !Array.isArray(data.publisher)) expect(ours).to.equal(v.safeParse(head, data).success);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('name the path of each problem', () => {
    const issues: Issue[] = [];
    check(
      FEED_RULES.services,
      { id: 's', name: { en: 'x', de_DE: 'y' }, contacts: { url: 'ftp://x' }, hours: [{ days: ['mo', 'xx'], opens: '9' }] },
      ['services', 2],
      issues,
    );
    expect(issues).to.deep.equal([
      { path: ['services', 2, 'name', 'de_DE'], message: 'not a language tag' },
      { path: ['services', 2, 'contacts', 'url'], message: 'link must start with https:, http:, mailto: or tel:' },
      { path: ['services', 2, 'hours', 0, 'days', 1], message: 'expected mo, tu, we, th, fr, sa or su' },
      { path: ['services', 2, 'hours', 0, 'opens'], message: 'expected HH:MM' },
      { path: ['services', 2, 'hours', 0, 'closes'], message: 'missing' },
    ]);
  });
  it('the generated checks agree with the rules on the edge cases fast-check rarely makes', () => {
    const base = { id: 's1', name: { en: 'Advice' } };
    const inherited = Object.assign(Object.create({ xx_XX: 'inherited, not own' }) as object, { en: 'Advice' });
    const cases: unknown[] = [
      { ...base, name: JSON.parse('{"__proto__": 5, "en": "Advice"}') }, // an own __proto__ key: checked, and no language tag
      { ...base, name: JSON.parse('{"constructor": "x"}') }, // the same for constructor
      { ...base, name: inherited }, // inherited keys are not the record's
      { ...base, locations: [{ geo: { lat: NaN, lon: 0 } }] },
      { ...base, locations: [{ geo: { lat: 91, lon: 0 } }] },
      { ...base, contacts: [] },
      { ...base, hours: [{ days: ['mo'], opens: '24:00', closes: '24:00' }] },
      { ...base, keywords: { de: ['Rat'], en: [5] } },
      { ...base, keywords: ['Rat', 'Hilfe'] },
      { ...base, description: '' },
      null,
      [],
    ];
    for (const item of cases) expect(FEED_CHECKS.services(item), JSON.stringify(item)).to.equal(check(FEED_RULES.services, item));
    expect(cases.map((item) => FEED_CHECKS.services(item))).to.deep.equal([
      false,
      false,
      true,
      false,
      false,
      false,
      true,
      false,
      true,
      false,
      false,
      false,
    ]);
  });

  it('a language tag that passed once passes again; a bad one, once known good ones are remembered, still fails', () => {
    const text = (tags: string[]) => ({ id: 's1', name: Object.fromEntries(tags.map((t) => [t, 'x'])) });
    expect(FEED_CHECKS.services(text(['en', 'ar']))).to.equal(true);
    expect(FEED_CHECKS.services(text(['en', 'ar', 'not a tag']))).to.equal(false);
    expect(FEED_CHECKS.services(text(['en', 'not a tag']))).to.equal(false);
    expect(FEED_CHECKS.services(text(['ar']))).to.equal(true);
  });
});

describe('rememberPasses', () => {
  it('asks its check once per passing string, every time for a failing value, and remembers only so many', () => {
    const asked: unknown[] = [];
    const isShort = rememberPasses((value) => (asked.push(value), typeof value === 'string' && value.length < 3), 2);
    expect(['en', 'en', 'long', 'long', 'ar', 'de', 'de', 'en', 5].map(isShort)).to.deep.equal([
      true,
      true,
      false,
      false,
      true,
      true,
      true,
      true,
      false,
    ]);
    // 'en' and 'ar' remembered; 'de' came after the limit, so it is asked each time; 'long' and 5 are never remembered.
    expect(asked).to.deep.equal(['en', 'long', 'long', 'ar', 'de', 'de', 5]);
  });
});
