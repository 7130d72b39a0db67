import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/event-list/event-list.js';
import { networkFeedUrl } from './network-feed.js';

/**
 * "Today", "Now" and "Registration closes in 3 days" depend on today's date, so these stories
 * build their feed with times relative to now (a fixture with fixed dates would show every event
 * as ended, or none as today, depending on the day Storybook is opened). The feed is served from
 * a Blob URL, so each story reads it through `src` exactly like a city page reads its feed.
 */
const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');

/** `date` as ISO 8601 with the visitor's own offset (the feed needs an offset). */
function iso(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:00${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

/** `days` from today at `hour:minute`, the visitor's local time. */
function at(days: number, hour: number, minute = 0): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  date.setHours(hour, minute, 0, 0);
  return iso(date);
}

/** A date only ('2027-04-24'), `days` from today: an all-day event. */
function day(days: number): string {
  return at(days, 12).slice(0, 10);
}

const hoursFromNow = (h: number): string => iso(new Date(Date.now() + h * 3_600_000));
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
/** A zone surely unlike the visitor's, to show both times. */
const farZone = /^America\//.test(zone) ? 'Pacific/Auckland' : 'America/Lima';

const categories = [
  { id: 'language', name: { en: 'Language', de: 'Sprache', ar: 'اللغة', uk: 'Мова' } },
  { id: 'legal', name: { en: 'Residence and rights', de: 'Aufenthalt und Recht', ar: 'الإقامة والحقوق', uk: 'Проживання і права' } },
  { id: 'education', name: { en: 'Education', de: 'Bildung', ar: 'التعليم', uk: 'Освіта' } },
  { id: 'community', name: { en: 'Community', de: 'Nachbarschaft', ar: 'المجتمع', uk: 'Громада' } },
];

const longDe =
  'Informationsveranstaltung zur Anerkennung ausländischer Berufsabschlüsse im Gesundheitswesen einschließlich Pflegefachkräfteausbildungsanerkennungsverfahren';
const longAr = 'جلسة معلومات حول الاعتراف بالمؤهلات المهنية الأجنبية في قطاع الصحة بما في ذلك إجراءات الاعتراف بتدريب الممرضين والممرضات';

const events = [
  {
    id: 'cafe',
    title: { en: 'Language café', de: 'Sprachcafé', ar: 'مقهى اللغة', uk: 'Мовне кафе' },
    description: {
      en: 'Practise German over coffee with neighbours. Everyone is welcome.',
      ar: 'تدرّب على الألمانية مع الجيران. الجميع مرحب بهم.',
    },
    start: hoursFromNow(-1),
    end: hoursFromNow(2),
    location: {
      name: 'Stadtteilladen Ost',
      address: { street: 'Eisenbahnstraße 66', postalCode: '04315', city: 'Leipzig' },
      geo: { lat: 51.3455, lon: 12.4042 },
    },
    categories: ['language', 'community'],
    languages: ['de', 'ar', 'uk'],
    cost: 'free',
    accessibility: { en: 'Step-free entrance; accessible toilet.', ar: 'مدخل بدون درج؛ مرحاض مهيأ.' },
    organizer: { name: 'Leipziger Integrationsnetz', url: 'https://example.org/netz' },
  },
  {
    id: 'permits',
    title: {
      en: 'Information evening: residence permits',
      de: 'Infoabend Aufenthaltserlaubnis',
      uk: 'Інформаційний вечір: дозвіл на проживання',
    },
    start: hoursFromNow(5),
    end: hoursFromNow(7),
    online: { url: 'https://example.org/join/permits' },
    categories: ['legal'],
    languages: ['en', 'uk'],
    cost: 'free',
    registration: { url: 'https://example.org/register/permits', deadline: hoursFromNow(3) },
  },
  {
    id: 'mentoring',
    title: { en: 'Mentoring visit', de: 'Mentoring-Besuch' },
    start: at(1, 10),
    end: at(1, 12),
    location: { name: 'Town hall, room 2.14', address: { street: 'Martin-Luther-Ring 4', postalCode: '04109', city: 'Leipzig' } },
    categories: ['education'],
    languages: ['de', 'en'],
    cost: 'free',
    registration: { url: 'https://example.org/register/mentoring', deadline: at(-1, 23, 59) },
  },
  {
    id: 'choir',
    title: { en: 'Choir rehearsal', de: 'Chorprobe', ar: 'تمرين الجوقة' },
    start: at(2, 18),
    end: at(2, 20),
    status: 'cancelled',
    location: { name: 'Nikolaikirche' },
    categories: ['community'],
    languages: ['de'],
  },
  {
    id: 'night',
    title: { en: 'Long night of cultures', de: 'Lange Nacht der Kulturen' },
    start: at(3, 22),
    end: at(4, 2),
    location: { name: 'Werk 2', address: { street: 'Kochstraße 132', postalCode: '04277', city: 'Leipzig' } },
    categories: ['community'],
    languages: ['de', 'en'],
    cost: { en: '5 € at the door', de: '5 € an der Abendkasse' },
  },
  {
    id: 'academy',
    title: { en: 'Urban Academy on Integration' },
    description: { en: 'Two days of workshops for city staff; lunch included.' },
    start: at(4, 9),
    end: at(5, 17),
    location: { name: 'EUROCITIES', address: { street: 'Square de Meeûs 1', postalCode: '1000', city: 'Brussels', country: 'BE' } },
    categories: ['education'],
    languages: ['en'],
    cost: { en: '120 EUR' },
    registration: { url: 'https://example.org/academy', deadline: at(3, 12) },
  },
  {
    id: 'sports',
    title: { en: 'Sports day', de: 'Sportfest' },
    start: at(6, 14),
    end: at(6, 18),
    status: 'postponed',
    location: { name: 'Sportpark Süd' },
    categories: ['community'],
    languages: ['de'],
    cost: 'free',
  },
  {
    id: 'far',
    title: { en: 'Diaspora exchange (online)' },
    start: `${day(8)}T19:00:00${farZone === 'America/Lima' ? '-05:00' : '+12:00'}`,
    end: `${day(8)}T20:30:00${farZone === 'America/Lima' ? '-05:00' : '+12:00'}`,
    timeZone: farZone,
    online: { url: 'https://example.org/join/diaspora' },
    categories: ['community'],
    languages: ['en', 'es'],
    cost: 'free',
  },
  {
    id: 'festival',
    title: { en: 'Neighbourhood festival', de: 'Nachbarschaftsfest', ar: 'مهرجان الحي' },
    start: day(10),
    location: { address: { street: 'Rabet', city: 'Leipzig' } },
    categories: ['community'],
    languages: ['de', 'ar'],
    cost: 'free',
  },
  {
    id: 'summer',
    title: { en: 'German summer school', de: 'Sommerschule Deutsch' },
    start: day(30),
    end: day(34),
    location: { name: 'Volkshochschule', address: { street: 'Löhrstraße 3–7', postalCode: '04105', city: 'Leipzig' } },
    categories: ['language', 'education'],
    languages: ['de'],
    cost: { en: '40 EUR' },
  },
  {
    id: 'long',
    title: { de: longDe, ar: longAr, en: longDe },
    description: { de: `${longDe}. ${longDe}.`, ar: `${longAr}. ${longAr}.` },
    start: at(12, 9),
    end: at(12, 16),
    location: {
      name: { de: longDe, ar: longAr },
      address: { street: 'Pflegefachkräfteausbildungsanerkennungsstraße 123456', postalCode: '04109', city: 'Leipzig' },
    },
    accessibility: { de: longDe, ar: longAr },
    categories: ['education', 'legal', 'language', 'community'],
    languages: ['de', 'ar', 'uk', 'fa', 'tr', 'ru', 'ti', 'en'],
    cost: 'free',
    registration: { url: 'https://example.org/a/very/long/path/that/goes/on/and/on/without/any/break/at/all', deadline: at(11, 12) },
  },
];

const feedOf = (list: unknown[]) => ({
  version: 1,
  defaultLocale: 'en',
  locales: ['en', 'de', 'ar', 'uk'],
  timeZone: zone,
  categories,
  services: [],
  events: list,
  calls: [],
});
const blobUrl = (feed: unknown) => URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));

const feedUrl = blobUrl(feedOf(events));
const pastUrl = blobUrl(feedOf([{ id: 'old', title: 'Spring market', start: at(-3, 10), end: at(-3, 14) }]));
/** 300 events over three months, for paging and filter counts. */
const manyUrl = blobUrl(
  feedOf(
    Array.from({ length: 300 }, (_, i) => ({
      ...events[i % 10],
      id: `many-${i}`,
      title: { en: `${(events[i % 10]!.title as { en: string }).en} #${i + 1}` },
      start: at(Math.floor(i / 3.3), 9 + (i % 10)),
      end: at(Math.floor(i / 3.3), 10 + (i % 10)),
      registration: undefined,
    })),
  ),
);

/** Keeps a feed URL "loading" while the story is open (a load in progress in the page's feed store; no request made). */
function pendingFeed(name: string): string {
  const url = `about:blank#${name}`;
  const registry = (globalThis as Record<symbol, unknown>)[Symbol.for('civic-widgets.feed-store.v2')] as
    { entries?: Map<string, unknown> } | undefined;
  if (registry?.entries && !registry.entries.has(url))
    registry.entries.set(url, { state: { status: 'loading' }, listeners: new Set(), generation: 0 });
  return url;
}

interface Args {
  src: string;
  home?: string;
  category?: string;
  limit?: number;
  days?: number;
  'show-past'?: boolean;
  'heading-level'?: number;
  lang?: string;
  width?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Event list',
  component: 'civic-event-list',
  args: { src: feedUrl, 'heading-level': 2, 'show-past': false },
  argTypes: {
    home: { control: 'select', options: [undefined, 'leipzig', 'poznan'], description: "The page's own publisher (a network's feed)" },
    category: { control: 'select', options: [undefined, ...categories.map((c) => c.id)] },
    limit: { control: { type: 'number', min: 1 } },
    days: { control: { type: 'number', min: 1 } },
    'show-past': { control: 'boolean' },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
    lang: { control: 'select', options: [undefined, 'en', 'de', 'ar', 'uk'] },
    width: { control: 'text', description: 'Width of the column the widget sits in (story only).' },
  },
  render: (args) => html`<div style=${ifDefined(args.width ? `max-inline-size: ${args.width}` : undefined)}>
    <civic-event-list
      src=${args.src}
      home=${ifDefined(args.home)}
      category=${ifDefined(args.category)}
      limit=${ifDefined(args.limit)}
      days=${ifDefined(args.days)}
      ?show-past=${args['show-past']}
      heading-level=${ifDefined(args['heading-level'])}
      lang=${ifDefined(args.lang)}
      @civic-event-open=${(e: CustomEvent) => console.info('civic-event-open', e.detail)}
    ></civic-event-list>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Today with an event under way ("Now"), tomorrow, later days, filters with counts and "Add to calendar". */
export const Upcoming: Story = {};

/** A network's merged feed (Leipzig and Poznań): each open row says whose the event is and how people take part (in person, online, both), and links its own page; a Publisher filter with counts in the filters' panel. */
export const PublisherFilter: Story = { args: { src: networkFeedUrl } };

/**
 * Clicks what `selector` finds in the story's widget once it is there (Storybook runs this; the stories test renders
 * the story as it first shows).
 */
function clickInWidget(selector: string): Story['play'] {
  return async ({ canvasElement }) => {
    const widget = canvasElement.querySelector('civic-event-list')!;
    for (let i = 0; i < 100 && !widget.shadowRoot?.querySelector(selector); i++) await new Promise((r) => setTimeout(r, 50));
    widget.shadowRoot?.querySelector<HTMLElement>(selector)?.click();
  };
}

/** On a 390 px phone: compact rows (the day, the title, when and where, tags), day headings that stay in view, when and where above the filters' bar. */
export const Phone: Story = { args: { width: '390px' } };

/** The same in Arabic: the day at the row's right, the bar mirrored. */
export const PhoneArabic: Story = { args: { width: '390px', lang: 'ar' } };

/** A row opened (tap or Enter on its title): the description first, then place and map link, registration, the rest and "Add to calendar". */
export const OpenRow: Story = { args: { width: '390px' }, play: clickInWidget('li[data-id="academy"] button.toggle') };

/** The same in Arabic: the English description says "(in English)" after it, in Arabic, besides its `lang`. */
export const OpenRowArabic: Story = { args: { width: '390px', lang: 'ar' }, play: clickInWidget('li[data-id="academy"] button.toggle') };

/** "Filters" opened on a phone: category, language, online or in person, free only, then "Show results". */
export const FiltersOpen: Story = { args: { width: '390px' }, play: clickInWidget('[part~="filters-toggle"]') };

/** On a wide screen: the filters in a side column (on the right in Arabic), the list at a readable width. */
export const Wide: Story = { args: { width: '1280px' } };

/** The same in Arabic. */
export const WideArabic: Story = { args: { width: '1280px', lang: 'ar' } };

/** A network's feed on Poznań's page (`home="poznan"`): Poznań's events first, the other places' after "Events in other places". */
export const HomeFirst: Story = { args: { src: networkFeedUrl, home: 'poznan' } };

/** Waiting for the feed: `aria-busy="true"` and a visible message. */
export const Loading: Story = { args: { src: pendingFeed('event-list-loading') } };

/** The feed cannot be loaded: a message in words, with "Try again". */
export const LoadError: Story = { name: 'Error', args: { src: 'fixtures/story-does-not-exist.json' } };

/** Every event has ended: "There are no upcoming events." */
export const Empty: Story = { args: { src: pastUrl } };

/** The same with `show-past`: ended events listed and marked "Ended". */
export const ShowPast: Story = { args: { src: pastUrl, 'show-past': true } };

/** 300 events: pages of 10 with "Show more", counts on every filter option. */
export const Many: Story = { args: { src: manyUrl } };

/** Cancelled and postponed events stay listed, marked in words, with a dashed or dotted frame and a struck title (not colour alone). */
export const CancelledAndPostponed: Story = { args: { category: 'community' } };

/** Only the next 2 days (`days="2"`). */
export const Horizon: Story = { args: { days: 2 } };

/** An online event in a far time zone: its own time, labelled, and the visitor's time. */
export const OtherTimeZone: Story = { args: { category: 'community', limit: 20 } };

/** Arabic, right to left: day names, times and language names in Arabic; English titles marked `lang="en"`. */
export const RightToLeft: Story = { args: { lang: 'ar' } };

/** A very long German title, place and list of languages in a 320px column wraps instead of overflowing. */
export const LongTextGerman: Story = { args: { lang: 'de', width: '320px', category: 'legal' } };

/** The same in Arabic. */
export const LongTextArabic: Story = { args: { lang: 'ar', width: '320px', category: 'legal' } };
