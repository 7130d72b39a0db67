/**
 * The feed format, version 1: the ONE definition. The browser validates with it, the CLI
 * validates with it, the TypeScript types are inferred from it (types.ts), and
 * `schema/feed.schema.json` is generated from it (scripts/build-schema.ts).
 *
 * Valibot checks are plain functions: no `eval`/`new Function`, so it runs under a strict CSP.
 * Every `v.description(…)` / `v.examples(…)` is written as a direct argument of `v.pipe(…)` so the
 * embed build can strip them (scripts/strip-feed-docs.mjs) — they matter for the JSON Schema,
 * not for the visitor.
 *
 * Field names follow DESIGN.md (fixed), Open Referral HSDS for services and schema.org Event /
 * RFC 5545 for events where they can.
 */
import * as v from 'valibot';

// ── Building blocks ────────────────────────────────────────────────────────────────────────

/** BCP 47 language tag (syntax only; the browser canonicalises it). */
export const LANG_TAG = /^[a-zA-Z]{2,3}(?:-[a-zA-Z\d]{1,8})*$/;
/** Links a visitor may follow (lower-case scheme). Anything else (javascript:, data:, ftp:) is refused. */
export const LINK = /^(?:https?:\/\/[^\s/?#]+\S*|mailto:[^\s@]+@[^\s@]+|tel:\+?[\d\s().\/-]{3,})$/;
/** A phone number as people write it: digits with spaces, dots, dashes, brackets; optional +. */
export const PHONE = /^\+?[\d\s().\/-]{3,30}$/;
/** ISO 8601 date-time with offset (or Z), or a date only for all-day items. */
export const DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;
/** IANA time zone name (the browser checks it exists). */
const TIME_ZONE = /^(?:UTC|[A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+)$/;

const LangTagBare = v.pipe(v.string(), v.regex(LANG_TAG, 'not a language tag'));
const LangTag = v.pipe(
  LangTagBare,
  v.description('A BCP 47 language tag.'),
  v.examples(['de', 'ar', 'uk', 'pt-BR']),
);

/** Text in one language (a string, in `defaultLocale`) or in several, keyed by language tag. */
export const LocalizedTextSchema = v.union(
  [
    v.pipe(v.string(), v.minLength(1, 'empty text')),
    v.pipe(v.record(LangTag, v.string()), v.minEntries(1, 'no text in any language')),
  ],
  'expected text or an object of texts by language',
);

const Link = v.pipe(
  v.string(),
  v.regex(LINK, 'link must start with https:, http:, mailto: or tel:'),
);

const Phone = v.pipe(
  v.string(),
  v.regex(PHONE, 'malformed phone number'),
  v.description('Phone number as it should be dialled, preferably international.'),
  v.examples(['+49 341 123 4567', '+48 61 856 73 00']),
);
const Email = v.pipe(v.string(), v.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'malformed e-mail address'), v.description('E-mail address.'), v.examples(['info@example.org']));

const DateTime = v.pipe(v.string(), v.regex(DATE_TIME, 'expected an ISO 8601 date-time with offset'));

const TimeZone = v.pipe(
  v.string(),
  v.regex(TIME_ZONE, 'not an IANA time zone'),
  v.description('IANA time zone name.'),
  v.examples(['Europe/Berlin', 'Europe/Istanbul']),
);
const Id = v.pipe(
  v.string(),
  v.minLength(1, 'empty id'),
  v.description('Identifier, unique within its list; stable across feed versions (used in links and saved state).'),
  v.examples(['leipzig-health-clinic', 's1']),
);
const Updated = v.pipe(DateTime, v.description('When this item was last checked or changed.'), v.examples(['2027-03-01', '2027-03-01T10:00:00+01:00']));
const CategoryIds = v.pipe(
  v.array(v.string()),
  v.description('Ids of entries in the feed\'s `categories`; unknown ids are ignored.'),
  v.examples([['health', 'language']]),
);

export const AddressSchema = v.pipe(
  v.object({
    street: v.optional(v.pipe(v.string(), v.description('Street and house number.'), v.examples(['Nowowiejskiego 11']))),
    postalCode: v.optional(v.pipe(v.string(), v.description('Postal code.'), v.examples(['61-731', '04109']))),
    city: v.optional(v.pipe(v.string(), v.description('City or town.'), v.examples(['Poznań', 'Leipzig']))),
    district: v.optional(v.pipe(v.string(), v.description('District or neighbourhood.'), v.examples(['Mitte']))),
    country: v.optional(
      v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'expected a two-letter country code'), v.description('ISO 3166-1 alpha-2 country code.'), v.examples(['DE', 'PL'])),
    ),
  }),
  v.description('A postal address.'),
  v.examples([{ street: 'Nowowiejskiego 11', postalCode: '61-731', city: 'Poznań', country: 'PL' }]),
);

const GeoSchema = v.pipe(
  v.object({
    lat: v.pipe(v.number(), v.minValue(-90), v.maxValue(90), v.description('Latitude (WGS 84).'), v.examples([51.34])),
    lon: v.pipe(v.number(), v.minValue(-180), v.maxValue(180), v.description('Longitude (WGS 84).'), v.examples([12.37])),
  }),
  v.description('Coordinates, for a map link.'),
  v.examples([{ lat: 51.34, lon: 12.37 }]),
);

const Accessibility = v.pipe(LocalizedTextSchema, v.description('How accessible the place is: step-free access, lifts, toilets, hearing loops, sign language.'), v.examples([
  { en: 'Step-free entrance on the side street; lift to all floors.' },
]));

export const LocationSchema = v.pipe(
  v.object({
    name: v.optional(v.pipe(LocalizedTextSchema, v.description('Name of the place or building.'), v.examples([{ en: 'Town hall, room 2.14' }]))),
    address: v.optional(AddressSchema),
    geo: v.optional(GeoSchema),
    accessibility: v.optional(Accessibility),
  }),
  v.description('Where a service is given or an event happens.'),
  v.examples([{ name: { en: 'Town hall' }, address: { street: 'Martin-Luther-Ring 4', postalCode: '04109', city: 'Leipzig' }, geo: { lat: 51.3364, lon: 12.3721 } }]),
);

const HHMM = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;
export const OpeningHoursSchema = v.pipe(
  v.object({
    days: v.pipe(
      v.array(v.picklist(['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], 'expected mo, tu, we, th, fr, sa or su')),
      v.minLength(1, 'no days'),
      v.description('Weekdays this range applies to.'),
      v.examples([['mo', 'tu', 'we', 'th', 'fr']]),
    ),
    opens: v.pipe(v.string(), v.regex(HHMM, 'expected HH:MM'), v.description('Opening time, HH:MM in the feed\'s time zone.'), v.examples(['07:30'])),
    closes: v.pipe(v.string(), v.regex(HHMM, 'expected HH:MM'), v.description('Closing time, HH:MM; earlier than `opens` means after midnight.'), v.examples(['15:30'])),
  }),
  v.description('One weekly opening range.'),
);

const Organization = v.pipe(
  v.object({
    name: v.optional(v.pipe(LocalizedTextSchema, v.description('Name of the organisation.'), v.examples([{ pl: 'Regionalny Ośrodek Polityki Społecznej w Poznaniu' }]))),
    url: v.optional(v.pipe(Link, v.description('Web site of the organisation.'), v.examples(['https://example.org']))),
  }),
  v.description('The organisation behind a service or event.'),
  v.examples([{ name: { de: 'Stadt Leipzig, Sozialamt' }, url: 'https://example.org' }]),
);

const Cost = v.pipe(LocalizedTextSchema, v.description('`free`, or what it costs in words.'), v.examples(['free', { en: '5 € per session; free with the Leipzig-Pass' }]));

// ── Items ──────────────────────────────────────────────────────────────────────────────────

export const CategorySchema = v.pipe(
  v.object({
    id: Id,
    name: v.pipe(LocalizedTextSchema, v.description('Name of the category.'), v.examples([{ en: 'Health', de: 'Gesundheit' }])),
    icon: v.optional(
      v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,32}$/, 'expected an icon name'), v.description('Icon name (lower-case, dashes) that a theme may map to a picture.'), v.examples(['health', 'school'])),
    ),
    color: v.optional(v.pipe(v.string(), v.regex(/^#(?:[\da-fA-F]{3}){1,2}$/, 'expected a hex colour'), v.description('Colour of the category (hex). Never the only way it is shown.'), v.examples(['#0b6e4f']))),
  }),
  v.description('A category services and events can belong to.'),
);

export const ServiceSchema = v.pipe(
  v.object({
    id: Id,
    name: v.pipe(LocalizedTextSchema, v.description('Name of the service.'), v.examples([{ en: 'Migrant health clinic', de: 'Gesundheitsberatung für Zugewanderte' }])),
    description: v.optional(v.pipe(LocalizedTextSchema, v.description('What the service does, in plain words.'), v.examples([{ en: 'Free medical advice for people without health insurance.' }]))),
    categories: v.optional(CategoryIds),
    organization: v.optional(Organization),
    languages: v.optional(v.pipe(v.array(LangTag), v.description('Languages the staff speak.'), v.examples([['de', 'ar', 'fa']]))),
    cost: v.optional(Cost),
    eligibility: v.optional(v.pipe(LocalizedTextSchema, v.description('Who can use the service.'), v.examples([{ en: 'Adults living in Leipzig with a residence permit or Duldung.' }]))),
    howToApply: v.optional(v.pipe(LocalizedTextSchema, v.description('How to apply or get an appointment, step by step.'), v.examples([{ en: 'Call to book an appointment; bring your ID and residence permit.' }]))),
    locations: v.optional(v.pipe(v.array(LocationSchema), v.description('Where the service is given.'), v.examples([[{ address: { street: 'Friedrich-Ebert-Straße 19a', postalCode: '04109', city: 'Leipzig' } }]]))),
    contacts: v.optional(
      v.pipe(
        v.object({
          phone: v.optional(Phone),
          email: v.optional(Email),
          url: v.optional(v.pipe(Link, v.description('Web page of the service.'), v.examples(['https://example.org/health']))),
        }),
        v.description('How to reach the service.'),
        v.examples([{ phone: '+49 341 123 4567', email: 'info@example.org', url: 'https://example.org/health' }]),
      ),
    ),
    timeZone: v.optional(v.pipe(TimeZone, v.description('Time zone of this service\'s opening hours, when not the feed\'s (a feed covering several cities).'))),
    hours: v.optional(v.pipe(v.array(OpeningHoursSchema), v.description('Weekly opening hours, in the service\'s (else the feed\'s) time zone.'), v.examples([[{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '07:30', closes: '15:30' }]]))),
    keywords: v.optional(
      v.pipe(
        v.union([v.array(v.string()), v.record(LangTag, v.array(v.string()))], 'expected a list of words or lists by language'),
        v.description('Extra words people search for (synonyms, everyday words).'),
        v.examples([{ en: ['doctor', 'clinic'], de: ['Arzt'] }]),
      ),
    ),
    updated: v.optional(Updated),
  }),
  v.description('A service (HSDS): help a person can get.'),
);

export const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed', 'rescheduled'] as const;

export const EventSchema = v.pipe(
  v.object({
    id: Id,
    title: v.pipe(LocalizedTextSchema, v.description('Title of the event.'), v.examples([{ en: 'Urban Academy on Integration' }])),
    description: v.optional(v.pipe(LocalizedTextSchema, v.description('What happens, for whom.'), v.examples([{ en: 'Three-day training for city staff.' }]))),
    start: v.pipe(DateTime, v.description('Start: ISO 8601 with offset, or a date for all-day events.'), v.examples(['2027-04-17T09:00:00+02:00', '2027-04-17'])),
    end: v.optional(v.pipe(DateTime, v.description('End (not before `start`).'), v.examples(['2027-04-18T17:00:00+02:00']))),
    timeZone: v.optional(TimeZone),
    status: v.optional(
      v.pipe(v.picklist(EVENT_STATUSES, 'expected scheduled, cancelled, postponed or rescheduled'), v.description('Event status (schema.org EventStatusType).'), v.examples(['scheduled', 'cancelled'])),
    ),
    location: v.optional(LocationSchema),
    online: v.optional(v.pipe(v.object({ url: v.optional(v.pipe(Link, v.description('Where to join online.'), v.examples(['https://example.org/join']))) }), v.description('Online participation.'), v.examples([{ url: 'https://example.org/join' }]))),
    categories: v.optional(CategoryIds),
    languages: v.optional(v.pipe(v.array(LangTag), v.description('Languages the event is held in.'), v.examples([['en', 'de']]))),
    cost: v.optional(Cost),
    isAccessibleForFree: v.optional(v.pipe(v.boolean(), v.description('True when taking part is free.'), v.examples([true]))),
    registration: v.optional(
      v.pipe(
        v.object({
          url: v.optional(v.pipe(Link, v.description('Where to register.'), v.examples(['https://example.org/register']))),
          deadline: v.optional(v.pipe(DateTime, v.description('Last moment to register.'), v.examples(['2027-04-01T23:59:00+02:00']))),
        }),
        v.description('How to register.'),
        v.examples([{ url: 'https://example.org/register', deadline: '2027-04-01T23:59:00+02:00' }]),
      ),
    ),
    organizer: v.optional(Organization),
    accessibility: v.optional(Accessibility),
    updated: v.optional(Updated),
  }),
  v.description('An event (schema.org Event / RFC 5545).'),
);

export const CallSchema = v.pipe(
  v.object({
    id: Id,
    title: v.pipe(LocalizedTextSchema, v.description('Title of the call.'), v.examples([{ en: 'Improving school performance for children with a migrant background: partners wanted' }])),
    summary: v.optional(v.pipe(LocalizedTextSchema, v.description('What the project is about.'), v.examples([{ en: 'A three-year AMIF project on inclusive, non-segregated education.' }]))),
    status: v.optional(v.pipe(v.picklist(['open', 'closed'], 'expected open or closed'), v.description('Closed early or still open (the deadline also closes it).'), v.examples(['open']))),
    programme: v.optional(v.pipe(v.string(), v.description('Funding programme.'), v.examples(['AMIF', 'Erasmus+']))),
    objectives: v.optional(v.pipe(v.array(LocalizedTextSchema), v.description('Key objectives.'), v.examples([[{ en: 'Close the gap in educational outcomes.' }]]))),
    partnersSought: v.optional(v.pipe(LocalizedTextSchema, v.description('Who is wanted as a partner.'), v.examples([{ en: 'Local or regional authorities or NGOs working in education' }]))),
    deadline: v.pipe(DateTime, v.description('Deadline for expressions of interest.'), v.examples(['2027-02-23T23:59:00+01:00'])),
    timeZone: v.optional(TimeZone),
    durationMonths: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.description('Project duration in months.'), v.examples([36]))),
    budget: v.optional(
      v.pipe(
        v.object({
          amount: v.pipe(v.number(), v.minValue(0), v.description('Amount.'), v.examples([157444])),
          currency: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code'), v.description('ISO 4217 currency code.'), v.examples(['EUR'])),
        }),
        v.description('Budget of the project.'),
        v.examples([{ amount: 157444, currency: 'EUR' }]),
      ),
    ),
    coordinator: v.optional(
      v.pipe(
        v.object({
          name: v.optional(v.pipe(LocalizedTextSchema, v.description('Lead partner.'), v.examples([{ en: 'Government of Catalonia' }]))),
          country: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'expected a two-letter country code'), v.description('ISO 3166-1 alpha-2.'), v.examples(['ES']))),
        }),
        v.description('Who coordinates the project.'),
        v.examples([{ name: { en: 'Government of Catalonia' }, country: 'ES' }]),
      ),
    ),
    contact: v.optional(
      v.pipe(
        v.object({
          name: v.optional(v.pipe(v.string(), v.description('Contact person.'), v.examples(['Project office']))),
          email: v.optional(Email),
          phone: v.optional(Phone),
        }),
        v.description('Whom to contact.'),
        v.examples([{ name: 'Project office', email: 'partners@example.org' }]),
      ),
    ),
    topics: v.optional(v.pipe(v.array(v.string()), v.description('Topic keywords.'), v.examples([['education', 'migration']]))),
    url: v.optional(v.pipe(Link, v.description('Full call text.'), v.examples(['https://example.org/calls/amif-school']))),
    updated: v.optional(Updated),
  }),
  v.description('A call for project partners.'),
);

// ── The feed ───────────────────────────────────────────────────────────────────────────────

/** Top-level fields without the item lists: a failure here makes the whole feed unreadable. */
export const feedHeadEntries = {
  version: v.pipe(v.literal(1, 'unsupported version'), v.description('Format version; always 1.'), v.examples([1])),
  publisher: v.optional(
    v.pipe(
      v.object({
        name: v.optional(v.pipe(LocalizedTextSchema, v.description('Who publishes the feed.'), v.examples([{ en: 'City of Leipzig', de: 'Stadt Leipzig' }]))),
        url: v.optional(v.pipe(Link, v.description('Publisher web site (https:, http:, mailto: or tel: links only, here and everywhere).'), v.examples(['https://example.org']))),
      }),
      v.description('Who publishes the feed.'),
      v.examples([{ name: { en: 'City of Leipzig', de: 'Stadt Leipzig' }, url: 'https://example.org' }]),
    ),
  ),
  defaultLocale: v.pipe(LangTagBare, v.description('Language of plain-string texts, and the last fallback.'), v.examples(['de'])),
  locales: v.pipe(v.array(LangTag), v.minLength(1, 'no locales'), v.description('Languages the feed offers (the language picker lists them).'), v.examples([['de', 'en', 'ar', 'uk', 'tr', 'fa']])),
  timeZone: v.optional(v.pipe(TimeZone, v.description('Time zone of opening hours and of times without their own zone.')), 'UTC'),
  updated: v.optional(Updated),
};

export const FeedSchema = v.pipe(
  v.object({
    ...feedHeadEntries,
    categories: v.optional(v.pipe(v.array(CategorySchema), v.description('Categories of services and events.'), v.examples([[{ id: 'health', name: { en: 'Health', de: 'Gesundheit' }, icon: 'health', color: '#0b6e4f' }]])), []),
    services: v.optional(v.pipe(v.array(ServiceSchema), v.description('Services (help a person can get).'), v.examples([[{ id: 's1', name: { en: 'Migrant health clinic' }, categories: ['health'], languages: ['de', 'ar'] }]])), []),
    events: v.optional(v.pipe(v.array(EventSchema), v.description('Events.'), v.examples([[{ id: 'e1', title: { en: 'Language café' }, start: '2027-04-17T16:00:00+02:00', end: '2027-04-17T18:00:00+02:00' }]])), []),
    calls: v.optional(v.pipe(v.array(CallSchema), v.description('Calls for project partners.'), v.examples([[{ id: 'c1', title: { en: 'Partners wanted' }, deadline: '2027-02-23T23:59:00+01:00' }]])), []),
  }),
  v.title('civic-widgets feed, version 1'),
  v.description('One JSON file a city publishes; every civic widget on a page reads it.'),
);

/** What a validated feed looks like. */
export type FeedOutput = v.InferOutput<typeof FeedSchema>;
