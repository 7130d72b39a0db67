/**
 * Whole feeds for property tests and the hostile-feed benchmark: valid items whose text carries
 * everything a hostile or careless publisher can put there (control and bidi characters, markup,
 * prototype key names as ids and keys, huge strings and numbers), mixed with junk items (any JSON,
 * prototype keys, deep nesting). Plain JavaScript, so the CLI's Node tests use it as the browser
 * tests do. Each feed comes as JSON text (deep nesting is written as text: building it as objects
 * would overflow the stack before any code under test ran) with the ids of its valid items, which
 * must all survive reading, in order.
 */
import fc from 'fast-check';

export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];
const BIDI = ['\u202E', '\u202D', '\u202A', '\u202B', '\u202C', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];
const CONTROLS = ['\u0000', '\u0007', '\u001B[32mvalid.\u001B[0m', '\n', '\r\n', '\t', '\u0085', '\u2028', '\uFEFF', '\u200B'];
const MARKUP = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '${alert(1)}',
  '{{x}}',
  '&amp;',
  'javascript:alert(1)',
  'END:VEVENT',
  '%s%n',
];
const LOCALES = ['en', 'de', 'ar', 'uk', 'fa'];
const ZONES = ['Europe/Berlin', 'Europe/Istanbul', 'Asia/Tehran', 'America/New_York', 'Pacific/Kiritimati', 'UTC'];

/** JSON text written as it is into the feed (deep nesting, huge numbers). */
class Raw {
  constructor(text) {
    this.text = text;
  }
}

/** An object with these keys as own properties, `__proto__` included (plain assignment would set the prototype). */
function own(entries) {
  const out = {};
  for (const [key, value] of entries)
    if (value !== undefined) Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  return out;
}

/** JSON text of a value; `Raw` pieces go in as they are. Own keys in order, `__proto__` too. */
export function toJson(value) {
  if (value instanceof Raw) return value.text;
  if (Array.isArray(value)) return `[${value.map(toJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value).filter((key) => value[key] !== undefined);
    return `{${keys.map((key) => `${JSON.stringify(key)}:${toJson(value[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const deep = (depth) => new Raw(`${'['.repeat(depth)}${']'.repeat(depth)}`);
const deepObject = (depth) => new Raw(`${'{"__proto__":'.repeat(depth)}1${'}'.repeat(depth)}`);

/** Text with the odd pieces in it; sometimes very long (the reader shortens text over 20,000 characters). */
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 3, arbitrary: fc.constantFrom(...BIDI, ...CONTROLS, ...MARKUP, ...PROTOTYPE_KEYS) },
);
const shortText = fc.array(piece, { minLength: 1, maxLength: 8 }).map((parts) => `${parts.join(' ')}.`);
const hugeText = fc.integer({ min: 20_001, max: 120_000 }).map((n) => `Lang\u202E ${'word '.repeat(Math.ceil(n / 5))}`.slice(0, n));
export const text = fc.oneof({ weight: 100, arbitrary: shortText }, { weight: 1, arbitrary: hugeText });

/** A text as the format allows it: one string, or strings by language. */
export const localizedText = fc.oneof(
  text,
  fc
    .uniqueArray(fc.constantFrom(...LOCALES), { minLength: 1, maxLength: 3 })
    .chain((tags) => fc.tuple(...tags.map(() => text)).map((texts) => own(tags.map((tag, i) => [tag, texts[i]])))),
);

/** Fields the format does not know: prototype key names, deep nesting, huge numbers. The widgets must leave them alone. */
const unknownFieldsTo = (maxDepth) =>
  fc.array(
    fc.tuple(
      fc.constantFrom(...PROTOTYPE_KEYS, 'x-note', 'descripton'),
      fc.oneof(
        { weight: 12, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
        { weight: 1, arbitrary: fc.integer({ min: 100, max: maxDepth }).map(deep) },
        { weight: 1, arbitrary: fc.integer({ min: 100, max: Math.min(3_000, maxDepth) }).map(deepObject) },
        { weight: 2, arbitrary: fc.constantFrom(new Raw('1e308'), new Raw('-0'), new Raw('123456789012345678901234567890')) },
      ),
    ),
    { maxLength: 2 },
  );

/** Ids as a publisher may write them, some of them prototype key names or full of odd characters. */
const id = fc.oneof(
  { weight: 4, arbitrary: fc.string({ minLength: 1, maxLength: 10 }) },
  { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS, '\u202Eevil', '<b>id</b>', 'a b/c?d#e', '\u0000') },
);
const ids = (count) => fc.uniqueArray(id, { minLength: count, maxLength: count });

/** A link that is fine, or one the reader removes (the item is kept). */
const link = fc.oneof(
  fc.webUrl(),
  fc.constantFrom(
    'https://example.org/\u202Eevil',
    'javascript:alert(1)',
    'mailto:x@evil.example?bcc=y%40corp.example',
    'https://example.org/a b',
    `https://example.org/${'a'.repeat(5000)}`,
  ),
);
const email = fc.oneof(
  fc.emailAddress(),
  fc.constantFrom('x@evil.example?bcc=victim%40corp.example&body=hi', 'in\u202Efo@example.org', 'not an address'),
);
const phone = fc.oneof(fc.constantFrom('+49 341 123 4567', '+48 61 856 73 00', '(0341) 12-34'), fc.string({ maxLength: 40 }));
/** A time in the years the widgets show (the tests fix the clock at 2027-01-01): all upcoming. */
const when = fc
  .integer({ min: Date.UTC(2027, 1, 1), max: Date.UTC(2099, 0, 1) })
  .map((ms) => new Date(ms - (ms % 60_000)).toISOString().replace('.000Z', 'Z'));
/** A time the reader removes or refuses: it does not exist, or is in no year a city means. */
const badTime = fc.constantFrom(
  '2027-04-17T24:59:00+02:00',
  '2027-04-17T09:00:60Z',
  '2027-04-17T09:00+99:99',
  '9999-12-31T23:59:00-05:00',
  '2027-02-30',
  'soon',
);

const optional = (arbitrary) => fc.option(arbitrary, { nil: undefined, freq: 2 });
const geo = fc.oneof(
  fc.record({ lat: fc.double({ min: -90, max: 90, noNaN: true }), lon: fc.double({ min: -180, max: 180, noNaN: true }) }),
  fc.constant({ lat: new Raw('1e308'), lon: 12 }),
);
const address = fc.record(
  {
    street: optional(text),
    postalCode: optional(fc.string({ maxLength: 8 })),
    city: optional(shortText),
    district: optional(shortText),
    country: optional(fc.constantFrom('DE', 'PL', 'TR', 'de', 'XX')),
  },
  { requiredKeys: [] },
);
const location = fc.record(
  { name: optional(localizedText), address: optional(address), geo: optional(geo), accessibility: optional(localizedText) },
  { requiredKeys: [] },
);
const hours = fc.array(
  fc.record({
    days: fc.uniqueArray(fc.constantFrom('mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'), { minLength: 1 }),
    opens: fc.constantFrom('07:30', '09:00', '22:00', '24:00', '25:00'),
    closes: fc.constantFrom('12:00', '15:30', '02:00', '24:00'),
  }),
  { maxLength: 3 },
);

/** Builds an item: its fields (undefined ones left out), then its unknown fields as own keys. */
const item = (fields, extra) => own([...Object.entries(fields), ...extra]);

const service = (unknownFields) => (itemId) =>
  fc
    .record({
      name: localizedText,
      description: optional(localizedText),
      categories: optional(fc.subarray(['health', 'language', 'nope'])),
      languages: optional(fc.subarray(LOCALES)),
      cost: optional(fc.oneof(fc.constant('free'), localizedText)),
      eligibility: optional(localizedText),
      howToApply: optional(localizedText),
      organization: optional(fc.record({ name: optional(localizedText), url: optional(link) }, { requiredKeys: [] })),
      locations: optional(fc.array(location, { maxLength: 2 })),
      contacts: optional(fc.record({ phone: optional(phone), email: optional(email), url: optional(link) }, { requiredKeys: [] })),
      timeZone: optional(fc.constantFrom(...ZONES, 'Mars/Olympus')),
      hours: optional(hours),
      keywords: optional(fc.oneof(fc.array(shortText, { maxLength: 3 }), fc.constant({ en: ['doctor'] }))),
      updated: optional(fc.oneof(when, badTime)),
    })
    .chain((fields) => unknownFields.map((extra) => item({ id: itemId, ...fields }, extra)));

const event = (unknownFields) => (itemId) =>
  fc
    .record({
      title: localizedText,
      description: optional(localizedText),
      start: when,
      hours: fc.integer({ min: 0, max: 24 * 40 }),
      end: fc.constantFrom('after', 'none', 'bad'),
      badEnd: badTime,
      timeZone: optional(fc.constantFrom(...ZONES)),
      status: optional(fc.constantFrom('scheduled', 'cancelled', 'postponed', 'rescheduled', 'maybe')),
      location: optional(location),
      online: optional(fc.record({ url: optional(link) }, { requiredKeys: [] })),
      languages: optional(fc.subarray(LOCALES)),
      registration: optional(fc.record({ url: optional(link), deadline: optional(fc.oneof(when, badTime)) }, { requiredKeys: [] })),
      organizer: optional(fc.record({ name: optional(localizedText), url: optional(link) }, { requiredKeys: [] })),
    })
    .chain(({ hours: length, end, badEnd, ...fields }) => {
      const ends = { after: new Date(Date.parse(fields.start) + length * 3_600_000).toISOString(), none: undefined, bad: badEnd };
      return unknownFields.map((extra) => item({ id: itemId, ...fields, end: ends[end] }, extra));
    });

const call = (unknownFields) => (itemId) =>
  fc
    .record({
      title: localizedText,
      summary: optional(localizedText),
      status: optional(fc.constant('open')),
      programme: optional(fc.oneof(fc.constantFrom('AMIF', 'Erasmus+', '\u202EEU'), fc.string({ maxLength: 8 }))),
      objectives: optional(fc.array(localizedText, { maxLength: 3 })),
      partnersSought: optional(localizedText),
      deadline: when,
      timeZone: optional(fc.constantFrom(...ZONES)),
      durationMonths: optional(fc.oneof(fc.integer({ min: 1, max: 120 }), fc.constant(new Raw('1e300')))),
      budget: optional(
        fc.record({ amount: fc.oneof(fc.nat(), fc.constant(new Raw('1e308'))), currency: fc.constantFrom('EUR', 'USD', 'XXX', 'eur') }),
      ),
      coordinator: optional(
        fc.record({ name: optional(localizedText), country: optional(fc.constantFrom('ES', 'DE', 'XX')) }, { requiredKeys: [] }),
      ),
      contact: optional(fc.record({ name: optional(shortText), email: optional(email), phone: optional(phone) }, { requiredKeys: [] })),
      topics: optional(fc.array(shortText, { maxLength: 3 })),
      url: optional(link),
    })
    .chain((fields) => unknownFields.map((extra) => item({ id: itemId, ...fields }, extra)));

/** An id no valid item has (so no junk item, if it happens to be readable, takes a valid item's id). */
const junkId = fc.oneof(
  fc.jsonValue({ maxDepth: 1 }).filter((x) => typeof x !== 'string'),
  fc.string().map((x) => `\u0000junk${x}`),
);

/** Something in a list that is not a valid item: any JSON, prototype keys, deep nesting, a required text hiding in a __proto__ key. */
const junkTo = (maxDepth) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    { weight: 1, arbitrary: fc.integer({ min: 100, max: maxDepth }).map(deep) },
    { weight: 1, arbitrary: fc.integer({ min: 100, max: Math.min(3_000, maxDepth) }).map(deepObject) },
    {
      weight: 4,
      arbitrary: junkId.chain((jid) =>
        fc.constantFrom(
          own([
            ['id', jid],
            ['name', own([['__proto__', 1]])],
            ['title', own([['constructor', 'x']])],
            ['start', '2027-04-17'],
            ['deadline', '2027-05-01'],
          ]),
          own([
            ['id', jid],
            [
              'name',
              own([
                ['en', 'x'],
                ['__proto__', deep(Math.min(3_000, maxDepth))],
              ]),
            ],
            ['title', 'x'],
            ['start', '9999-01-01'],
            ['deadline', 'soon'],
          ]),
          own([
            [
              '__proto__',
              own([
                ['id', 'inherited'],
                ['name', 'x'],
                ['title', 'x'],
                ['start', '2027-04-17'],
                ['deadline', '2027-05-01'],
              ]),
            ],
          ]),
          own([
            ['id', jid],
            ['name', 5],
            ['title', ['x']],
            ['start', '2027-04-17T24:59:00+02:00'],
            ['deadline', new Raw('1e308')],
          ]),
        ),
      ),
    },
  );

/** `valid` with `junk` items put in between, keeping the valid ones' order. */
const mixed = (valid, count, junk) =>
  fc.array(fc.tuple(fc.nat(), junk), { maxLength: count }).map((extra) => {
    const list = [...valid];
    for (const [at, x] of extra) list.splice(at % (list.length + 1), 0, x);
    return list;
  });

/**
 * A whole feed as `{ text, valid }`: `text` is its JSON, `valid` the ids of its valid items per
 * list. `maxItems` bounds the items of each list (valid and junk together about that many);
 * `maxDepth` the nesting of junk (JSON arrays and objects).
 */
export function hostileFeed({ maxItems = 60, maxDepth = 10_000 } = {}) {
  const unknownFields = unknownFieldsTo(maxDepth);
  const junk = junkTo(maxDepth);
  const counts = fc.record({
    services: fc.nat(maxItems),
    events: fc.nat(Math.ceil(maxItems / 2)),
    calls: fc.nat(Math.ceil(maxItems / 5)),
    junk: fc.nat(Math.ceil(maxItems / 5)),
  });
  return counts.chain((n) =>
    fc
      .record({
        serviceIds: ids(n.services),
        eventIds: ids(n.events),
        callIds: ids(n.calls),
      })
      .chain(({ serviceIds, eventIds, callIds }) =>
        fc
          .record({
            services: fc.tuple(...serviceIds.map(service(unknownFields))).chain((valid) => mixed(valid, n.junk, junk)),
            events: fc.tuple(...eventIds.map(event(unknownFields))).chain((valid) => mixed(valid, n.junk, junk)),
            calls: fc.tuple(...callIds.map(call(unknownFields))).chain((valid) => mixed(valid, n.junk, junk)),
            timeZone: fc.constantFrom(...ZONES, 'Mars/Olympus', 5),
            locales: fc.constantFrom(LOCALES, [...LOCALES, 'not a tag', '__proto__']),
            extra: unknownFields,
          })
          .map(({ services, events, calls, timeZone, locales, extra }) => {
            const feed = own([
              ['version', 1],
              ['defaultLocale', 'en'],
              ['locales', locales],
              ['timeZone', timeZone],
              ['publisher', { name: { en: 'City of \u202Etset', de: 'Stadt' }, url: 'https://example.org' }],
              [
                'categories',
                [
                  { id: 'health', name: { en: 'Health' } },
                  { id: 'language', name: 'Language' },
                  own([
                    ['id', '__proto__'],
                    ['name', 'Prototype'],
                  ]),
                ],
              ],
              ['services', services],
              ['events', events],
              ['calls', calls],
              ...extra,
            ]);
            return { text: toJson(feed), valid: { services: serviceIds, events: eventIds, calls: callIds } };
          }),
      ),
  );
}
