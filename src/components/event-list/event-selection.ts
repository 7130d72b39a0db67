/**
 * What the event list shows at an instant: the window (ended, horizon), the visitor's filters with the count
 * behind every option, one page of it grouped by day, the page's own place first. Pure (the clock is passed in):
 * the element only renders it.
 *
 * @module
 */
import type { Feed } from '../../feed/types.js';
import { homeFirst, publishersOf, type Publishers } from '../../feed/publishers.js';
import { todayByZone } from '../../time/date-keys.js';
import {
  applyFilters,
  groupByDay,
  prepareEvents,
  windowEvents,
  type EventDay,
  type EventFilters,
  type FilterCounts,
  type PreparedEvent,
} from './event-filters.js';

/** What the list is asked to show (the element's attributes and the visitor's choices). */
export interface ListRequest {
  filters: EventFilters;
  showPast: boolean;
  days: number | undefined;
  /** How many events the page shows (a multiple of `limit` after "Show more"). */
  shown: number;
  locale: string;
}

/** One part of the page: the page's own place's events, or the other places' (after a divider). */
export interface EventSection {
  home: boolean;
  days: EventDay[];
}

export interface ListView {
  /** The feed's `publishersOf(events)` table. */
  publishers: Publishers;
  /** Events in the window before the visitor's filters (none: "There are no upcoming events."). */
  upcoming: number;
  /** The towns of the events in the window (the "Where" filter's choices, whatever the other filters). */
  towns: string[];
  /** Every event the filters match, in the order listed (home first); "Add all to calendar" adds these. */
  matched: PreparedEvent[];
  counts: FilterCounts;
  /** How many of `matched` the page shows. */
  shown: number;
  sections: EventSection[];
  /** While the first render is staged (RenderStages): `sections` holds only the first of the `shown` events. */
  staging?: boolean;
  /** The date key of today at the feed's place (dates of another year say their year). */
  todayKey: string;
}

/**
 * The list at `now`. `home`: the page's own publisher (`homePublisher`: an index into `publishersOf(feed.events)`),
 * or -1: its events come first, each part grouped by day (`homeFirst`).
 */
export function listView(feed: Feed, request: ListRequest, now: number, home = -1): ListView {
  // "Today" where each event takes place, each zone worked out once.
  const todayAt = todayByZone(now);
  const publishers = publishersOf(feed.events, feed);
  const windowed = windowEvents(prepareEvents(feed), now, request, todayAt);
  const { matched, counts } = applyFilters(windowed, request.filters, todayAt, request.locale, publishers);
  let ordered = matched;
  let own: PreparedEvent[] = [];
  let others = matched;
  if (home >= 0) {
    const at = new Map(matched.map((p) => [p.index, p]));
    const split = homeFirst(
      matched.map((p) => p.index),
      publishers,
      home,
    );
    ordered = split.order.map((i) => at.get(i)!);
    own = ordered.slice(0, split.others);
    others = ordered.slice(split.others);
  }
  const shown = Math.min(request.shown, ordered.length);
  const sections: EventSection[] = [];
  if (own.length && others.length) {
    sections.push({ home: true, days: groupByDay(own.slice(0, shown), now, todayAt) });
    if (shown > own.length) sections.push({ home: false, days: groupByDay(others.slice(0, shown - own.length), now, todayAt) });
  } else {
    sections.push({ home: false, days: groupByDay(ordered.slice(0, shown), now, todayAt) });
  }
  const towns = [...new Set(windowed.map((p) => p.town).filter(Boolean))];
  return {
    publishers,
    upcoming: windowed.length,
    towns,
    matched: ordered,
    counts,
    shown,
    sections,
    todayKey: todayAt(feed.timeZone || 'UTC'),
  };
}

/** The first `n` events of `sections`, in their days (a staged first render shows these first). */
export function firstEvents(sections: readonly EventSection[], n: number): EventSection[] {
  const kept: EventSection[] = [];
  for (const section of sections) {
    const days: EventDay[] = [];
    for (const day of section.days) {
      if (n <= 0) break;
      days.push(day.items.length <= n ? day : { ...day, items: day.items.slice(0, n) });
      n -= day.items.length;
    }
    if (days.length) kept.push({ ...section, days });
  }
  return kept;
}
