import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import '../src/components/service-finder/service-finder.js';
import { networkFeedUrl } from './network-feed.js';

/**
 * `<civic-service-finder>` in every state. Most stories read the small fixture feed (10 services in
 * Leipzig and Halle, in de/en/ar/uk); the language toolbar switches the page's shared language, and
 * with it which services come first (those that speak it, then a divider over the rest) and the
 * widget's words. The viewport toolbar has a 390 px phone (the filters behind one bar) and a 1280 px
 * desktop (the filters in a side column).
 */

interface Args {
  src: string;
  category?: string;
  'lock-category'?: boolean;
  'page-size'?: number;
  'heading-level'?: number;
  service?: string;
  home?: string;
  lang?: string;
}

/** A feed served from a Blob URL, read through `src` exactly as a city page reads its feed. */
const blobFeed = (services: unknown[]): string =>
  URL.createObjectURL(
    new Blob(
      [
        JSON.stringify({
          version: 1,
          defaultLocale: 'en',
          locales: ['en', 'de', 'ar', 'uk'],
          timeZone: 'Europe/Berlin',
          categories: [{ id: 'help', name: { en: 'Advice', de: 'Beratung', ar: 'استشارة' } }],
          services,
          events: [],
          calls: [],
        }),
      ],
      { type: 'application/json' },
    ),
  );

/** A feed URL that stays "loading" (registered as pending in the page's feed store, never fetched). */
function pendingFeed(name: string): string {
  const url = `about:blank#${name}`;
  const registry = (globalThis as Record<symbol, unknown>)[Symbol.for('civic-widgets.feed-store.v2')] as
    { entries?: Map<string, unknown> } | undefined;
  if (registry?.entries && !registry.entries.has(url))
    registry.entries.set(url, { state: { status: 'loading' }, listeners: new Set(), generation: 0 });
  return url;
}

const longName =
  'Beratungsstelle für Aufenthaltsrecht, Familiennachzug, Arbeitsmarktzugang und Anerkennung ausländischer Berufsabschlüsse (Integrationsnetzwerk)';
const longFeed = blobFeed([
  {
    id: 'long',
    name: {
      de: longName,
      en: 'Advice centre for residence law, family reunification, access to the labour market and recognition of foreign qualifications',
      ar: 'مركز الاستشارات حول قانون الإقامة ولم شمل الأسرة والوصول إلى سوق العمل والاعتراف بالمؤهلات الأجنبية',
    },
    description: { en: 'A very long description. '.repeat(30), ar: 'وصف طويل جدا. '.repeat(30) },
    categories: ['help'],
    organization: { name: 'Netzwerk für Integration, Migration und Teilhabe in Sachsen-Anhalt e. V.' },
    languages: ['de', 'en', 'ar', 'uk', 'fa', 'tr', 'ru', 'ti', 'so', 'ps'],
    cost: 'free',
    locations: [
      {
        address: {
          street: 'Donaudampfschifffahrtsgesellschaftsstraße 123a',
          postalCode: '06108',
          city: 'Halle (Saale)',
          district: 'Altstadt',
        },
        geo: { lat: 51.4825, lon: 11.9697 },
      },
    ],
    contacts: {
      phone: '+49 345 1234567890',
      email: 'integration-und-teilhabe@beratungsnetzwerk.example.org',
      url: 'https://example.org/a/very/long/path/to/the/service/page/with/many/segments',
    },
    hours: [
      { days: ['mo', 'tu', 'we', 'th'], opens: '08:00', closes: '12:00' },
      { days: ['mo', 'tu', 'we', 'th'], opens: '13:00', closes: '18:30' },
      { days: ['fr'], opens: '22:00', closes: '02:00' },
    ],
    eligibility: { en: 'Everyone living in Saxony-Anhalt, whatever their residence status. '.repeat(4) },
    howToApply: { en: 'Call or come by. Bring any letters from the authorities.\nNo appointment needed on Mondays.' },
  },
]);
const hostileFeed = blobFeed([
  {
    id: 'hostile',
    name: '<img src=x onerror=alert(1)>',
    description: '<script>alert(2)</script> shown as text',
    organization: { name: '<b>not bold</b>', url: 'javascript:alert(3)' },
    contacts: { url: 'javascript:alert(1)' },
    languages: ['en'],
  },
]);
const emptyFeed = blobFeed([]);

// Every state a card can be in, whatever the day Storybook is opened: open round the clock, closed until
// Sunday morning (its next opening), temporarily closed, no hours; with and without a phone and a place.
const leipzigGeo = { lat: 51.3397, lon: 12.3731 };
const cardStatesFeed = blobFeed([
  {
    id: 'open',
    name: { en: 'Emergency shelter', de: 'Notunterkunft', ar: 'مأوى الطوارئ', uk: 'Екстрений притулок' },
    description: { en: 'A bed for the night, a meal and a shower. No papers needed.', ar: 'سرير للمبيت ووجبة ودش. لا حاجة إلى أوراق.' },
    languages: ['de', 'en', 'ar', 'uk'],
    contacts: { phone: '+49 341 123-0000' },
    locations: [{ address: { street: 'Markt 1', postalCode: '04109', city: 'Leipzig' }, geo: leipzigGeo }],
    hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '00:00', closes: '24:00' }],
  },
  {
    id: 'closed',
    name: { en: 'Sunday legal advice', de: 'Sonntagsrechtsberatung', ar: 'استشارة قانونية يوم الأحد' },
    description: { en: 'Lawyers answer questions about asylum and residence.', ar: 'يجيب محامون عن أسئلة اللجوء والإقامة.' },
    languages: ['de', 'ar'],
    contacts: { phone: '+49 341 123-1111' },
    locations: [{ address: { street: 'Rabet 1', postalCode: '04315', city: 'Leipzig' } }],
    hours: [{ days: ['su'], opens: '10:00', closes: '12:00' }],
  },
  {
    id: 'shut',
    name: { en: 'Housing advice', de: 'Wohnberatung', ar: 'استشارات السكن' },
    description: { en: 'Closed while the office moves.', ar: 'مغلق أثناء انتقال المكتب.' },
    languages: ['de', 'en'],
    status: 'temporarily closed',
    hours: [{ days: ['mo', 'we'], opens: '09:00', closes: '15:00' }],
  },
  {
    id: 'online',
    name: { en: 'Online German course', de: 'Deutschkurs online', ar: 'دورة ألمانية عبر الإنترنت' },
    description: { en: 'Learn German at home, at your own pace.' },
    languages: ['de', 'uk'],
    contacts: { url: 'https://example.org/course' },
  },
]);

/** Opens the filter panel once the widget has its feed (a story of the open panel; nothing else does this). */
async function openFilters(el: Element | undefined): Promise<void> {
  if (!el) return;
  for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('[part~="filters-toggle"]'); i++) await new Promise((r) => setTimeout(r, 30));
  const toggle = el.shadowRoot?.querySelector<HTMLElement>('[part~="filters-toggle"]');
  if (toggle?.getAttribute('aria-expanded') === 'false') toggle.click();
}

const meta: Meta<Args> = {
  title: 'Widgets/Service finder',
  component: 'civic-service-finder',
  args: { src: 'fixtures/services-small.json', 'page-size': 10, 'heading-level': 2 },
  argTypes: {
    category: { control: 'select', options: ['', 'health', 'language', 'counselling', 'family', 'housing'] },
    lang: { control: 'select', options: [undefined, 'de', 'en', 'ar', 'uk'] },
  },
  render: (args) => html`<civic-service-finder
    src=${args.src}
    category=${ifDefined(args.category || undefined)}
    ?lock-category=${args['lock-category']}
    page-size=${ifDefined(args['page-size'])}
    heading-level=${ifDefined(args['heading-level'])}
    service=${ifDefined(args.service)}
    home=${ifDefined(args.home)}
    lang=${ifDefined(args.lang)}
  ></civic-service-finder>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Before anyone types: the first page of services, those that speak the visitor's language first, then a divider naming the languages of the rest. Nothing is hidden. */
export const Default: Story = {};

/** On a 390 px phone: the search field, then one row with "Filters", the active filters and the count; the results start right under it. */
export const Phone: Story = {
  name: 'Phone (390 px)',
  parameters: { viewport: { defaultViewport: 'phone' } },
  globals: { viewport: { value: 'phone' } },
};

/** The filters' panel open on a phone: it ends with "Show results (n)"; Escape closes it. */
export const FiltersOpen: Story = {
  name: 'Filters open (phone)',
  parameters: { viewport: { defaultViewport: 'phone' } },
  globals: { viewport: { value: 'phone' } },
  render: (args) =>
    html`<civic-service-finder src=${args.src} page-size=${ifDefined(args['page-size'])} lang=${ifDefined(args.lang)} ${ref((el) => void openFilters(el))}></civic-service-finder>`,
};

/** Cards in every state: open round the clock, closed with the next opening, temporarily closed, no hours; Call, Route and Details each only when the data allows. */
export const CardStates: Story = {
  args: { src: cardStatesFeed },
  parameters: { viewport: { defaultViewport: 'phone' } },
  globals: { viewport: { value: 'phone' } },
};

/** Waiting for the feed: `aria-busy="true"` and a visible message. */
export const Loading: Story = { args: { src: pendingFeed('service-finder-loading') } };

/** The feed cannot be loaded: a message in words, with "Try again". */
export const LoadError: Story = { name: 'Error', args: { src: 'fixtures/story-does-not-exist.json' } };

/** A valid feed with no services yet. */
export const NoServices: Story = { args: { src: emptyFeed } };

/** Nothing matches (language courses in a language they are not taught in): drop a filter, or a close match. */
export const NoMatches: Story = { args: { category: 'language', lang: 'ar' } };

/** 120 generated services: pages of 10 with "Show more", counts on every filter. */
export const ManyResults: Story = { args: { src: 'fixtures/services-many.json' } };

/** A service's details: address with map links, the week's hours with today marked, contacts, copy link. */
export const DetailsOpen: Story = { args: { service: 'health-clinic' } };

/** Arabic, right to left; phone numbers stay left to right. */
export const RightToLeft: Story = { name: 'RTL (Arabic)', args: { lang: 'ar' } };

/** The same details in Arabic. */
export const RightToLeftDetails: Story = { name: 'RTL details (Arabic)', args: { lang: 'ar', service: 'health-clinic' } };

/** Fixed to one category (`category="health" lock-category`): no category choice shown. */
export const LockedCategory: Story = { args: { category: 'health', 'lock-category': true } };

/** Very long names, words, addresses and links on a phone-sized screen. */
export const LongText: Story = { args: { src: longFeed }, parameters: { viewport: { defaultViewport: 'phone' } } };

/** Long text in the details view. */
export const LongTextDetails: Story = { args: { src: longFeed, service: 'long' } };

/** A network's merged feed (Leipzig and Poznań): each result says whose it is, and a Publisher filter with counts narrows the list. */
export const PublisherFilter: Story = { args: { src: networkFeedUrl } };

/** A city's page in a network's feed (`home="leipzig"`): Leipzig's services first, Poznań's after their own divider. */
export const HomePlaceFirst: Story = { args: { src: networkFeedUrl, home: 'leipzig' } };

/** Closed for a holiday (today and tomorrow): "Closed now" with the next opening, today's row closed, the holidays to come with their reasons and hours. */
export const ClosedForAHoliday: Story = { args: { src: networkFeedUrl, service: 'clinic' } };

/** A temporarily closed service (HSDS status): said in its details and on its card, never "open now". */
export const TemporarilyClosed: Story = { args: { src: networkFeedUrl, service: 'course' } };

/** Markup in feed text is shown as text; a `javascript:` link is not a link. */
export const HostileText: Story = { args: { src: hostileFeed, service: 'hostile' } };
