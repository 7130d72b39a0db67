/**
 * What the event list shows: the feed's events read once, then the window (ended, horizon),
 * the visitor's filters and the count behind every filter option. DOM-free.
 *
 * Speed: parsing times and reading zones (`Intl` calls) happens once per feed in
 * `prepareEvents`; a filter change only compares precomputed keys and flags, so 2,000 events
 * filter and count in well under a frame.
 *
 * @module
 */
import type { CivicEvent, Feed } from '../../feed/types.js';
import { isListedFor, publisherIndex, publishersOf, type Publishers } from '../../feed/publishers.js';
import { eventTiming, type EventTiming } from '../../time/day-groups.js';
import { memo } from '../../i18n/intl-words.js';
import { addDaysToDateKey, todayByZone, weekdayOfDateKey, WEEKDAYS } from '../../time/date-keys.js';

/** A feed event with everything filtering needs, computed once. */
export interface PreparedEvent {
  event: CivicEvent;
  /** Times read in the event's own zone (`event.timeZone` ?? `feed.timeZone`). */
  timing: EventTiming;
  zone: string;
  online: boolean;
  inPerson: boolean;
  free: boolean;
  categories: readonly string[];
  languages: readonly string[];
  /** Its position in `feed.events` (where `publishersOf(events).of` says whose it is). */
  index: number;
  /** Whose the event is: an index into the feed's `publishersOf(events)` list; -1 for none. */
  publisher: number;
  /** The town it takes place in (its address's city, else district); '' for none (online only, or not said). */
  town: string;
}

/** `''` means "any". */
export interface EventFilters {
  category: string;
  language: string;
  mode: '' | 'online' | 'in-person';
  free: boolean;
  date: '' | 'week' | 'month' | 'span';
  /** Chosen span, date keys from `<input type="date">`; either may be empty. */
  from: string;
  to: string;
  /** A publisher's key (a network's feed). */
  publisher: string;
  /** A town (`PreparedEvent.town`). */
  place: string;
}

export const NO_FILTERS: EventFilters = {
  category: '',
  language: '',
  mode: '',
  free: false,
  date: '',
  from: '',
  to: '',
  publisher: '',
  place: '',
};

/** The filters a person can switch on, in the order their chips are shown. */
export const FILTER_KEYS = ['date', 'place', 'category', 'language', 'mode', 'free', 'publisher'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Free when the feed says so: `isAccessibleForFree`, or a cost of "free" / "0". */
export function isFree(event: Pick<CivicEvent, 'cost' | 'isAccessibleForFree'>): boolean {
  return event.isAccessibleForFree === true || (typeof event.cost === 'string' && /^\s*(free|0([.,]0+)?)\s*$/i.test(event.cost));
}

const NONE: readonly string[] = [];

/** The list without repeats (counted once per event); the same array when it has none, as usual. */
function unique(list: readonly string[] | undefined): readonly string[] {
  if (!list) return NONE;
  return list.every((x, i) => list.indexOf(x) === i) ? list : [...new Set(list)];
}

const prepared = new WeakMap<readonly CivicEvent[], PreparedEvent[]>();

/** Events read once per feed (cached on the events array), soonest start first. */
export function prepareEvents(feed: Feed): PreparedEvent[] {
  const events = feed.events ?? [];
  let list = prepared.get(events);
  if (list) return list;
  list = [];
  const publishers = publishersOf(events, feed);
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    const zone = event.timeZone || feed.timeZone || 'UTC';
    const mode = event.attendanceMode;
    let timing: EventTiming | undefined;
    try {
      timing = eventTiming(event, zone);
    } catch {
      // An unknown zone name: skipped like an unreadable start (the validator reports it).
    }
    if (!timing) continue;
    const address = event.location?.address;
    const town = [address?.city, address?.district].find((t): t is string => typeof t === 'string' && !!t.trim())?.trim() ?? '';
    list.push({
      event,
      index: i,
      timing,
      zone,
      // How people take part, as the feed says it; else from a join link and a place.
      online: mode ? mode !== 'offline' : !!event.online?.url,
      inPerson: mode ? mode !== 'online' : !!(event.location && (event.location.address || event.location.geo || event.location.name)),
      free: isFree(event),
      categories: unique(event.categories),
      languages: unique(event.languages),
      publisher: publishers.of[i]!,
      town,
    });
  }
  list.sort((a, b) => a.timing.startMs - b.timing.startMs);
  prepared.set(events, list);
  return list;
}

export interface WindowOptions {
  showPast: boolean;
  /** Horizon: only events starting within this many days (1 = today only); none when undefined. */
  days: number | undefined;
}

/** Events in the list's window: ended ones out unless `showPast`, none beyond the horizon. */
export function windowEvents(
  all: readonly PreparedEvent[],
  now: number,
  { showPast, days }: WindowOptions,
  todayAt = todayByZone(now),
): PreparedEvent[] {
  return all.filter(
    (p) =>
      (showPast || now < p.timing.endMs) &&
      (days === undefined || p.timing.startKey < addDaysToDateKey(todayAt(p.zone), Math.max(1, days))),
  );
}

/** Inclusive date-key span of a date filter; undefined bounds are open. */
export type Span = [from: string | undefined, to: string | undefined];

/** First day of the week for a locale (1 = Monday … 7 = Sunday), Monday when unknown. */
const firstDayOfWeek = memo((locale) => {
  try {
    const l = new Intl.Locale(locale) as Intl.Locale & { getWeekInfo?: () => { firstDay: number }; weekInfo?: { firstDay: number } };
    return (l.getWeekInfo?.() ?? l.weekInfo)?.firstDay ?? 1;
  } catch {
    return 1;
  }
});

/** The last day of this week for a locale (weeks end on Sunday in most of Europe, Saturday elsewhere). */
function endOfWeek(todayKey: string, locale: string): string {
  const firstDay = firstDayOfWeek(locale);
  const lastIndex = (firstDay + 5) % 7; // Monday-first index of the day before the first day
  const todayIndex = WEEKDAYS.indexOf(weekdayOfDateKey(todayKey));
  return addDaysToDateKey(todayKey, (lastIndex - todayIndex + 7) % 7);
}

function endOfMonth(todayKey: string): string {
  const nextMonth = addDaysToDateKey(`${todayKey.slice(0, 8)}01`, 31).slice(0, 8);
  return addDaysToDateKey(`${nextMonth}01`, -1);
}

/** The span a date choice stands for, from today (at the event's place: see `applyFilters`). */
export function dateSpan(choice: EventFilters['date'], filters: Pick<EventFilters, 'from' | 'to'>, todayKey: string, locale: string): Span {
  if (choice === 'week') return [todayKey, endOfWeek(todayKey, locale)];
  if (choice === 'month') return [todayKey, endOfMonth(todayKey)];
  if (choice === 'span') return [filters.from || undefined, filters.to || undefined];
  return [undefined, undefined];
}

/** Events per option of each filter, each counted as if that filter alone were changed. */
export interface FilterCounts {
  category: Map<string, number>;
  language: Map<string, number>;
  online: number;
  inPerson: number;
  free: number;
  week: number;
  month: number;
  /** Events matching every filter except the date filter (the "any date" option). */
  anyDate: number;
  anyCategory: number;
  anyLanguage: number;
  anyMode: number;
  /** Events per publisher (by index into the list's `Publishers`), and for all publishers. */
  publisher: number[];
  anyPublisher: number;
  /** Events per town, and for all places. */
  place: Map<string, number>;
  anyPlace: number;
}

export interface FilterResult {
  matched: PreparedEvent[];
  counts: FilterCounts;
}

const bump = (map: Map<string, number>, key: string): void => {
  map.set(key, (map.get(key) ?? 0) + 1);
};

/** Today and the date filters' days, at one place. */
interface DaysAt {
  today: string;
  weekEnd: string;
  monthEnd: string;
  from: string | undefined;
  to: string | undefined;
}

/**
 * Apply every filter and count each option in one pass. An event failing exactly one filter
 * still counts for that filter's options: that is what the visitor would get by changing it.
 * "This week" and "this month" start from today where each event takes place (`todayAt` its
 * zone): at 00:30 on Monday in Berlin, an event in New York tonight is still this week's.
 * `publishers` (the feed's, `publishersOf(feed.events)`) reads the publisher filter's key.
 */
export function applyFilters(
  events: readonly PreparedEvent[],
  f: EventFilters,
  todayAt: (timeZone: string) => string,
  locale: string,
  publishers?: Publishers,
): FilterResult {
  const wantedPublisher = publishers ? publisherIndex(publishers, f.publisher) : -1;
  // A feed's events are in a few zones, mostly one after another: the days are worked out once per zone.
  const daysByZone = new Map<string, DaysAt>();
  let lastZone = '';
  let last: DaysAt | undefined;
  const daysAt = (zone: string): DaysAt => {
    if (zone === lastZone && last) return last;
    let days = daysByZone.get(zone);
    if (!days) {
      const today = todayAt(zone);
      const [from, to] = dateSpan(f.date, f, today, locale);
      daysByZone.set(zone, (days = { today, weekEnd: endOfWeek(today, locale), monthEnd: endOfMonth(today), from, to }));
    }
    lastZone = zone;
    return (last = days);
  };
  const counts: FilterCounts = {
    category: new Map(),
    language: new Map(),
    online: 0,
    inPerson: 0,
    free: 0,
    week: 0,
    month: 0,
    anyDate: 0,
    anyCategory: 0,
    anyLanguage: 0,
    anyMode: 0,
    publisher: [],
    anyPublisher: 0,
    place: new Map(),
    anyPlace: 0,
  };
  const matched: PreparedEvent[] = [];
  for (const p of events) {
    const { startKey, lastKey } = p.timing;
    const { today, weekEnd, monthEnd, from, to } = daysAt(p.zone);
    const cat = !f.category || p.categories.includes(f.category);
    const lang = !f.language || p.languages.includes(f.language);
    const mode = !f.mode || (f.mode === 'online' ? p.online : p.inPerson);
    const free = !f.free || p.free;
    const date = (from === undefined || lastKey >= from) && (to === undefined || startKey <= to);
    const pub = isListedFor(wantedPublisher, p.publisher);
    const place = !f.place || p.town === f.place;
    const failing = +!cat + +!lang + +!mode + +!free + +!date + +!pub + +!place;
    if (failing > 1) continue;
    // With one filter failing, only that filter's options count this event.
    if (failing === 0) matched.push(p);
    if (!cat || failing === 0) {
      counts.anyCategory++;
      for (const c of p.categories) bump(counts.category, c);
    }
    if (!lang || failing === 0) {
      counts.anyLanguage++;
      for (const l of p.languages) bump(counts.language, l);
    }
    if (!mode || failing === 0) {
      counts.anyMode++;
      if (p.online) counts.online++;
      if (p.inPerson) counts.inPerson++;
    }
    if ((!free || failing === 0) && p.free) counts.free++;
    if (!place || failing === 0) {
      counts.anyPlace++;
      if (p.town) bump(counts.place, p.town);
    }
    if (!pub || failing === 0) {
      counts.anyPublisher++;
      if (p.publisher >= 0) counts.publisher[p.publisher] = (counts.publisher[p.publisher] ?? 0) + 1;
    }
    if (!date || failing === 0) {
      counts.anyDate++;
      // This week and this month both start today.
      if (lastKey >= today) {
        if (startKey <= weekEnd) counts.week++;
        if (startKey <= monthEnd) counts.month++;
      }
    }
  }
  return { matched, counts };
}

/** The filters that narrow the list, in `FILTER_KEYS` order (a date span with neither end chosen does not). */
export function activeFilters(f: EventFilters): FilterKey[] {
  return FILTER_KEYS.filter((k) => (k === 'date' ? f.date && (f.date !== 'span' || f.from || f.to) : f[k]));
}

/** True when any filter narrows the list. */
export const hasActiveFilters = (f: EventFilters): boolean => activeFilters(f).length > 0;

/** The filters with `key` switched off. */
export function withoutFilter(f: EventFilters, key: FilterKey): EventFilters {
  return key === 'date' ? { ...f, date: '', from: '', to: '' } : { ...f, [key]: NO_FILTERS[key] };
}

/** One listed event: under way or ended at the time of rendering. */
export interface ListedEvent {
  p: PreparedEvent;
  underWay: boolean;
  ended: boolean;
}

export interface EventDay {
  /** '2027-04-17', the day in the events' own zone. */
  key: string;
  relation: 'today' | 'tomorrow' | 'other';
  items: ListedEvent[];
}

/**
 * Group one page of events by day (rules of `src/time/day-groups.ts`, but on timings read
 * once per feed): an event under way is listed today, not on the day it began; each event's
 * "today" is the one at its own place.
 */
export function groupByDay(page: readonly PreparedEvent[], now: number, todayAt = todayByZone(now)): EventDay[] {
  const days = new Map<string, EventDay>();
  for (const p of page) {
    const t = p.timing;
    const ended = now >= t.endMs;
    const todayKey = todayAt(p.zone);
    const key = !ended && t.startKey < todayKey ? todayKey : t.startKey;
    let day = days.get(key);
    if (!day) {
      const relation = key === todayKey ? 'today' : key === addDaysToDateKey(todayKey, 1) ? 'tomorrow' : 'other';
      days.set(key, (day = { key, relation, items: [] }));
    }
    day.items.push({ p, underWay: t.hasEnd && t.startMs <= now && !ended, ended });
  }
  // Keys are unique: never equal.
  return [...days.values()].sort((a, b) => (a.key < b.key ? -1 : 1));
}
