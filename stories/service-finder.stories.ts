import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/service-finder/service-finder.js';
import { networkFeedUrl } from './network-feed.js';

/**
 * `<civic-service-finder>` in every state. Most stories read the small fixture feed (10 services in
 * Leipzig and Halle, in de/en/ar/uk); the language toolbar switches the page's shared language, and
 * with it "Speaks my language" and the widget's words.
 */

interface Args {
  src: string;
  category?: string;
  'lock-category'?: boolean;
  'page-size'?: number;
  'heading-level'?: number;
  service?: string;
  lang?: string;
}

/** A feed served from a Blob URL, read through `src` exactly as a city page reads its feed. */
const blobFeed = (services: unknown[]): string =>
  URL.createObjectURL(
    new Blob(
      [JSON.stringify({ version: 1, defaultLocale: 'en', locales: ['en', 'de', 'ar', 'uk'], timeZone: 'Europe/Berlin', categories: [{ id: 'help', name: { en: 'Advice', de: 'Beratung', ar: 'استشارة' } }], services, events: [], calls: [] })],
      { type: 'application/json' },
    ),
  );

/** A feed URL that stays "loading" (registered as pending in the page's feed store, never fetched). */
function pendingFeed(name: string): string {
  const url = `about:blank#${name}`;
  const registry = (globalThis as Record<symbol, unknown>)[Symbol.for('civic-widgets.feed-store.v2')] as { entries?: Map<string, unknown> } | undefined;
  if (registry?.entries && !registry.entries.has(url)) registry.entries.set(url, { state: { status: 'loading' }, listeners: new Set(), generation: 0 });
  return url;
}

const longName =
  'Beratungsstelle für Aufenthaltsrecht, Familiennachzug, Arbeitsmarktzugang und Anerkennung ausländischer Berufsabschlüsse (Integrationsnetzwerk)';
const longFeed = blobFeed([
  {
    id: 'long',
    name: { de: longName, en: 'Advice centre for residence law, family reunification, access to the labour market and recognition of foreign qualifications', ar: 'مركز الاستشارات حول قانون الإقامة ولم شمل الأسرة والوصول إلى سوق العمل والاعتراف بالمؤهلات الأجنبية' },
    description: { en: 'A very long description. '.repeat(30), ar: 'وصف طويل جدا. '.repeat(30) },
    categories: ['help'],
    organization: { name: 'Netzwerk für Integration, Migration und Teilhabe in Sachsen-Anhalt e. V.' },
    languages: ['de', 'en', 'ar', 'uk', 'fa', 'tr', 'ru', 'ti', 'so', 'ps'],
    cost: 'free',
    locations: [{ address: { street: 'Donaudampfschifffahrtsgesellschaftsstraße 123a', postalCode: '06108', city: 'Halle (Saale)', district: 'Altstadt' }, geo: { lat: 51.4825, lon: 11.9697 } }],
    contacts: { phone: '+49 345 1234567890', email: 'integration-und-teilhabe@beratungsnetzwerk.example.org', url: 'https://example.org/a/very/long/path/to/the/service/page/with/many/segments' },
    hours: [{ days: ['mo', 'tu', 'we', 'th'], opens: '08:00', closes: '12:00' }, { days: ['mo', 'tu', 'we', 'th'], opens: '13:00', closes: '18:30' }, { days: ['fr'], opens: '22:00', closes: '02:00' }],
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
    lang=${ifDefined(args.lang)}
  ></civic-service-finder>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Before anyone types: the first page of services, "Speaks my language" on when some match. */
export const Default: Story = {};

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

/** Closed for a holiday (today and tomorrow): "Closed now" with the next opening, today's row closed, the holidays to come with their reasons and hours. */
export const ClosedForAHoliday: Story = { args: { src: networkFeedUrl, service: 'clinic' } };

/** A temporarily closed service (HSDS status): said in its details and on its card, never "open now". */
export const TemporarilyClosed: Story = { args: { src: networkFeedUrl, service: 'course' } };

/** Markup in feed text is shown as text; a `javascript:` link is not a link. */
export const HostileText: Story = { args: { src: hostileFeed, service: 'hostile' } };
