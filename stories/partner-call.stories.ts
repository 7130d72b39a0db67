import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/partner-call/partner-call.js';
import { networkFeedUrl } from './network-feed.js';

/**
 * Deadline states depend on today's date, so these stories build their feed with deadlines
 * relative to now (a fixture with fixed dates would show every call as closed, or as open,
 * depending on the day Storybook is opened). The feed is served from a Blob URL, so each story
 * reads it through `src` exactly like a city page reads its feed.
 */
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');

/** `date` as ISO 8601 with the visitor's own offset (the feed needs an offset). */
function isoWithOffset(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:00${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

/** `days` from today at `hour:minute` local time. */
function daysFromNow(days: number, hour = 23, minute = 59): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  date.setHours(hour, minute, 0, 0);
  return isoWithOffset(date);
}

const todayDeadline = (() => {
  const late = new Date();
  late.setHours(23, 59, 0, 0);
  // Opened in the last minute of the day: still "today", half an hour from now.
  return late.getTime() - Date.now() > 60_000 ? isoWithOffset(late) : isoWithOffset(new Date(Date.now() + 30 * 60_000));
})();

const longDe =
  'Donaudampfschifffahrtsgesellschaftskapitänsausbildungsförderungsprogramm: Partnerschaftsvereinbarung für Integrationsbeauftragte der Regionen';
const longAr =
  'برنامجالشراكةالأوروبيةلتحسينالأداءالمدرسي للأطفال من خلفية مهاجرة وتعزيز الروابط بين الأسر والمدارس في المدن والمناطق الأوروبية';

const feed = {
  version: 1,
  defaultLocale: 'en',
  locales: ['en', 'de', 'ar', 'uk'],
  timeZone: zone,
  categories: [
    { id: 'education', name: { en: 'Education', de: 'Bildung', ar: 'التعليم', uk: 'Освіта' } },
    { id: 'migration', name: { en: 'Migration', de: 'Migration', ar: 'الهجرة', uk: 'Міграція' } },
    { id: 'employment', name: { en: 'Employment', de: 'Arbeit', ar: 'التوظيف', uk: 'Працевлаштування' } },
  ],
  services: [],
  events: [],
  calls: [
    {
      id: 'open',
      title: {
        en: 'Improving school performance for children with a migrant background: partners wanted',
        de: 'Bessere Schulleistungen für Kinder mit Migrationshintergrund: Partner gesucht',
        ar: 'تحسين الأداء المدرسي للأطفال من خلفية مهاجرة: نبحث عن شركاء',
      },
      summary: {
        en: 'A three-year project on inclusive, non-segregated education that closes the gap in school results through after-school activities and closer links between families and schools.',
        ar: 'مشروع مدته ثلاث سنوات حول التعليم الشامل غير المنفصل، يسد الفجوة في النتائج المدرسية من خلال أنشطة ما بعد المدرسة وروابط أوثق بين الأسر والمدارس.',
      },
      programme: 'AMIF',
      objectives: [
        {
          en: 'Improve the school performance of all students, whatever their cultural origin or socio-economic situation',
          ar: 'تحسين الأداء المدرسي لجميع الطلاب',
        },
        { en: 'Link extracurricular activities with better academic results', ar: 'ربط الأنشطة اللامنهجية بنتائج أكاديمية أفضل' },
        { en: 'Strengthen links between students, families and schools', ar: 'تعزيز الروابط بين الطلاب والأسر والمدارس' },
      ],
      partnersSought: {
        en: 'Local or regional authorities or NGOs working in education and after-school activities',
        ar: 'سلطات محلية أو إقليمية أو منظمات غير حكومية تعمل في مجال التعليم',
      },
      deadline: daysFromNow(40),
      durationMonths: 36,
      budget: { amount: 157444, currency: 'EUR' },
      coordinator: { name: { en: 'Government of Catalonia', ar: 'حكومة كاتالونيا' }, country: 'ES' },
      contact: { name: 'Project desk', email: 'partners@example.org' },
      topics: ['education', 'migration'],
      url: 'https://example.org/calls/school-performance',
    },
    {
      id: 'soon',
      title: {
        en: 'Erasmus+ Sport: inclusion of young refugees through sport',
        de: 'Erasmus+ Sport: Inklusion junger Geflüchteter durch Sport',
        ar: 'إيراسموس+ الرياضة: دمج اللاجئين الشباب من خلال الرياضة',
      },
      summary: { en: 'Clubs and cities share methods to bring young refugees into local sport.' },
      programme: 'Erasmus+',
      deadline: daysFromNow(5),
      durationMonths: 24,
      budget: { amount: 60000, currency: 'EUR' },
      coordinator: { name: 'Izmir Metropolitan Municipality', country: 'TR' },
      contact: { name: 'Sport office', email: 'sport@example.org' },
      topics: ['education'],
    },
    {
      id: 'today',
      title: { en: 'Job opportunities for people with disabilities', de: 'Arbeitschancen für Menschen mit Behinderungen' },
      summary: { en: 'Employers and job centres test supported employment for people with disabilities.' },
      programme: 'ESF+',
      deadline: todayDeadline,
      topics: ['employment'],
      url: 'https://example.org/calls/jobs',
    },
    {
      id: 'closed',
      title: { en: 'Intercultural regions: labour market inclusion', de: 'Interkulturelle Regionen: Arbeitsmarktintegration' },
      programme: 'AMIF',
      deadline: daysFromNow(-10, 12, 0),
      topics: ['employment', 'migration'],
      url: 'https://example.org/calls/intercultural',
    },
    {
      id: 'long',
      title: { de: longDe, ar: longAr, en: longDe },
      summary: { de: longDe, ar: longAr },
      partnersSought: { de: longDe, ar: longAr },
      programme: 'Horizon Europe',
      deadline: daysFromNow(20),
      coordinator: { name: longDe, country: 'DE' },
      url: 'https://example.org/calls/a/very/long/path/that/goes/on/and/on/without/any/break/at/all',
    },
    {
      id: 'istanbul',
      title: {
        en: 'Welcome desks in city halls: partners wanted',
        ar: 'مكاتب الترحيب في البلديات: نبحث عن شركاء',
        tr: 'Belediyelerde karşılama masaları: ortak aranıyor',
      },
      summary: { en: 'Municipalities share how a welcome desk answers newcomers in their own language.' },
      programme: 'AMIF',
      // The call's own zone: its deadline is read, and named, in Istanbul's time.
      timeZone: 'Europe/Istanbul',
      deadline: daysFromNow(25, 17, 0),
      coordinator: { name: 'Istanbul Metropolitan Municipality', country: 'TR' },
      contact: { name: 'Welcome desk', email: 'welcome@example.org' },
      topics: ['migration'],
    },
    {
      id: 'minimal',
      title: 'Partners wanted for a regional integration network',
      deadline: daysFromNow(70, 17, 0),
    },
  ],
};

const feedUrl = URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));

interface Args {
  src: string;
  'call-id'?: string;
  programme?: string;
  topic?: string;
  'show-closed'?: boolean;
  'heading-level'?: number;
  layout?: 'full' | 'compact';
  lang?: string;
  width?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Partner call',
  component: 'civic-partner-call',
  args: { src: feedUrl, layout: 'full', 'heading-level': 2, 'show-closed': false },
  argTypes: {
    layout: { control: 'inline-radio', options: ['full', 'compact'] },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
    'show-closed': { control: 'boolean' },
    lang: { control: 'select', options: [undefined, 'en', 'de', 'ar', 'uk'] },
    width: { control: 'text', description: 'Width of the column the widget sits in (story only).' },
  },
  render: (args) => html`<div style=${ifDefined(args.width ? `max-inline-size: ${args.width}` : undefined)}>
    <civic-partner-call
      src=${args.src}
      call-id=${ifDefined(args['call-id'])}
      programme=${ifDefined(args.programme)}
      topic=${ifDefined(args.topic)}
      ?show-closed=${args['show-closed']}
      heading-level=${ifDefined(args['heading-level'])}
      layout=${ifDefined(args.layout)}
      lang=${ifDefined(args.lang)}
      @civic-call-interest=${(e: CustomEvent) => console.info('civic-call-interest', e.detail)}
    ></civic-partner-call>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A full call, six weeks from its deadline. */
export const Open: Story = { args: { 'call-id': 'open' } };

/** Five days left: "Closing soon" in words, with a marked border. No web page: "Express interest" writes an e-mail. */
export const ClosingSoon: Story = { args: { 'call-id': 'soon' } };

/** The last day: "Closes today at 23:59". */
export const ClosingToday: Story = { args: { 'call-id': 'today' } };

/** Asked for by id after its deadline: still shown, saying "Closed", without the actions that no longer help. */
export const Closed: Story = { args: { 'call-id': 'closed' } };

/** Title, programme, deadline and the one action: for sidebars and teasers. */
export const Compact: Story = { args: { layout: 'compact' } };

/** Arabic, right to left: text, country name, numbers and dates in Arabic. */
export const RightToLeft: Story = { args: { 'call-id': 'open', lang: 'ar' } };

/** A very long German title in a 320px column wraps instead of overflowing. */
export const LongTextGerman: Story = { args: { 'call-id': 'long', lang: 'de', width: '320px' } };

/** The same in Arabic. */
export const LongTextArabic: Story = { args: { 'call-id': 'long', lang: 'ar', width: '320px' } };

/** Only the required fields: no empty labels, headings or gaps. */
export const MissingFields: Story = { args: { 'call-id': 'minimal' } };

/** Every open call, soonest deadline first, with programme filter buttons. */
export const ListOfCalls: Story = {};

/** A network's merged feed (Leipzig and Poznań): each card says whose the call is; publisher buttons with counts beside the programme buttons. */
export const PublisherFilter: Story = { args: { src: networkFeedUrl } };

/** The list with closed calls too (`show-closed`), after the open ones. */
export const ListWithClosed: Story = { args: { 'show-closed': true } };

/** Filtered by `programme`. */
export const FilteredByProgramme: Story = { args: { programme: 'AMIF' } };

/** No call matches: the empty state says so in words. */
export const Empty: Story = { args: { programme: 'LIFE' } };

/** Fixture feed with fixed 2027 dates, as the browser tests read it. */
export const FixtureFeed: Story = { args: { src: 'fixtures/calls-small.json' } };

/** A call in Istanbul's time zone: for a visitor elsewhere, the deadline names the zone as a resident knows it ("Türkiye Time", in Arabic "توقيت تركيا"), never a bare offset. */
export const OtherTimeZone: Story = { args: { 'call-id': 'istanbul' } };

/** The same in Arabic. */
export const OtherTimeZoneArabic: Story = { args: { 'call-id': 'istanbul', lang: 'ar' } };

/** After "Add the deadline to my calendar": "Calendar file downloaded — open it to add" under the card's buttons (a polite live region). */
export const CalendarDownloaded: Story = {
  args: { 'call-id': 'open' },
  play: async ({ canvasElement }) => {
    const widget = canvasElement.querySelector('civic-partner-call')!;
    for (let i = 0; i < 100 && !widget.shadowRoot?.querySelector('[part~="calendar"]'); i++) await new Promise((r) => setTimeout(r, 50));
    widget.shadowRoot?.querySelector<HTMLElement>('[part~="calendar"]')?.click();
    // The calendar file's writer loads on first use: the words come when the file is made.
    const said = () => !!widget.shadowRoot?.querySelector('[part~="action-status"]')?.textContent?.trim();
    for (let i = 0; i < 100 && !said(); i++) await new Promise((r) => setTimeout(r, 50));
  },
};

/** The feed cannot be loaded: a message in words with "Try again". */
export const FeedError: Story = { args: { src: 'fixtures/does-not-exist.json' } };
