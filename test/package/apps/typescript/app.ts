// A city app's TypeScript using the package's types: the tags, their events, the document events
// and the feed types. `tsc` must pass (the @ts-expect-error lines must each be an error).
import 'civic-widgets';
import type { CivicEvent, Feed, FeedWarningDetail, LocaleChangeDetail, LocalizedText, PartnerCall, Service } from 'civic-widgets';
import { CivicServiceFinder } from 'civic-widgets/service-finder.js';
import type { CivicEventList } from 'civic-widgets/event-list.js';

// The tag map: createElement and querySelector know each widget's class and its properties.
const finder = document.createElement('civic-service-finder');
const sameFinder: CivicServiceFinder = finder;
finder.pageSize = 20;
finder.src = 'https://your-city.example/civic-feed.json';
// @ts-expect-error page-size is a number
finder.pageSize = 'twenty';
const list: CivicEventList | null = document.querySelector('civic-event-list');
const picker: HTMLElementTagNameMap['civic-language-picker'] = document.createElement('civic-language-picker');
picker.variant = 'list';
// @ts-expect-error not a variant of the picker
picker.variant = 'dropdown';
const call = document.createElement('civic-partner-call');
call.callId = 'amif-school-performance';

// The widgets' events, on the element or on any ancestor (they bubble out of the widget).
finder.addEventListener('civic-search', (e) => {
  const count: number = e.detail.resultCount;
  const query: string = e.detail.query;
  const free: boolean = e.detail.filters.free;
  // @ts-expect-error the search event never carries the visitor's location
  void e.detail.position;
  void [count, query, free];
});
list?.addEventListener('civic-event-open', (e) => void (e.detail.id satisfies string));
document.body.addEventListener('civic-call-interest', (e) => {
  const via: 'url' | 'email' = e.detail.via;
  void via;
});

// The two events on document.
document.addEventListener('civic-locale-change', (e) => {
  const detail: LocaleChangeDetail = e.detail;
  const reason: 'choice' | 'start' | 'other-tab' = e.detail.reason;
  void [detail.locale.toUpperCase(), reason];
});
document.addEventListener('civic-feed-warning', (e) => {
  const warning: FeedWarningDetail = e.detail;
  const id: string | undefined = e.detail.id;
  void [warning.path, warning.message, id];
});

// The feed types, without valibot installed in this app.
const name: LocalizedText = { en: 'Migrant health clinic', ar: 'عيادة صحة المهاجرين' };
const service: Service = { id: 's1', name, languages: ['de', 'ar'], hours: [{ days: ['mo', 'tu'], opens: '08:00', closes: '15:00' }] };
// @ts-expect-error a service has a name
const nameless: Service = { id: 's2' };
// @ts-expect-error days are two-letter weekday codes
const badHours: Service = { id: 's3', name: 'x', hours: [{ days: ['monday'], opens: '08:00', closes: '15:00' }] };
const event: CivicEvent = { id: 'e1', title: 'Language café', start: '2027-04-17T16:00:00+02:00', status: 'cancelled' };
const partnerCall: PartnerCall = { id: 'c1', title: 'Partners wanted', deadline: '2027-02-23T23:59:00+01:00' };
const feed: Feed = {
  version: 1,
  defaultLocale: 'de',
  locales: ['de', 'en', 'ar'],
  timeZone: 'Europe/Berlin',
  categories: [],
  services: [service],
  events: [event],
  calls: [partnerCall],
};
// @ts-expect-error the format version is 1
const future: Feed = { ...feed, version: 2 };
const firstName: string = typeof feed.services[0]!.name === 'string' ? feed.services[0]!.name : (feed.services[0]!.name.en ?? '');

export { sameFinder, nameless, badHours, future, firstName };
