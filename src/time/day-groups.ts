/**
 * Grouping events by calendar day for a list with "Today" / "Tomorrow"
 * headings, in one display zone chosen by the caller.
 *
 * Rules (settled here so every list behaves the same):
 * - All-day: a date-only `start` ('2027-04-17'), or a start AND end both at
 *   00:00 as written ('…T00:00:00+02:00' to '…T00:00:00+02:00'). All-day dates
 *   are dates, not instants: 17 April is shown on 17 April in every zone.
 *   A date-only `end` is the LAST day (inclusive: feeds are written by people
 *   who say "17–18 April"); a 00:00 `end` is exclusive (ends as the day starts).
 * - A timed event's `end` is exclusive: 22:00–00:00 belongs to one day only.
 * - An event spanning several days is listed once: on its start day, or on
 *   today while it is under way; it is marked `multiDay` for "until …".
 * - Without `end`, an event is considered over at the end of its start day
 *   (it stays listed that day) but is never reported as under way: we do not
 *   know that it still is.
 * - Items whose `start` cannot be read are skipped; an unreadable or
 *   non-positive `end` is ignored (the feed validator reports both).
 *
 * @module
 */
import { parseFeedTime, toMs, zonedWallTimeToInstant, type InstantInput } from './zoned-time.js';
import { addDaysToDateKey, dateKeyParts, zonedDateKey } from './date-keys.js';

/** The fields this module reads from a feed event. */
export interface DayGroupItem {
  /** ISO 8601 with offset, or a date only. */
  start: string;
  end?: string | undefined;
  /** The event's own IANA zone; used to read a start/end written without offset. */
  timeZone?: string | undefined;
}

/** How an item's times were understood. */
export interface EventTiming {
  allDay: boolean;
  /** Start instant (all-day: 00:00 of the first day in the display zone). */
  startMs: number;
  /** Exclusive end instant (no end: end of the start day in the display zone). */
  endMs: number;
  /** Whether the feed gave an end. */
  hasEnd: boolean;
  /** First calendar day, in the display zone (all-day: as written). */
  startKey: string;
  /** Last calendar day the event occupies (inclusive). */
  lastKey: string;
  /** True when the event occupies more than one calendar day. */
  multiDay: boolean;
}

export type DayRelation = 'today' | 'tomorrow' | 'other';

export interface GroupedItem<T> {
  item: T;
  timing: EventTiming;
  underWay: boolean;
}

export interface DayGroup<T> {
  /** '2027-04-17' in the display zone; format with Intl for the heading. */
  dateKey: string;
  relation: DayRelation;
  items: GroupedItem<T>[];
}

export interface GroupOptions {
  /** Keep events that have ended (default false: the list hides them). */
  includeEnded?: boolean;
}

/** 00:00 of day `key` (plus `days`) in `timeZone`. */
function dayStart(key: string, timeZone: string, days = 0): number {
  const [y, m, d] = dateKeyParts(key);
  return zonedWallTimeToInstant(y, m, d + days, 0, 0, timeZone).getTime();
}

/**
 * Read an item's times for display in `timeZone`. Undefined when `start`
 * cannot be read.
 */
export function eventTiming(item: DayGroupItem, timeZone: string): EventTiming | undefined {
  const own = item.timeZone || timeZone;
  const start = parseFeedTime(item.start, own);
  if (!start) return undefined;
  let end = item.end === undefined ? undefined : parseFeedTime(item.end, own);
  if (end && !(end.dateOnly ? end.dateKey >= start.dateKey : end.ms > start.ms)) end = undefined;
  const midnight = (p: { dateOnly: boolean; hour: number; minute: number }): boolean => !p.dateOnly && p.hour === 0 && p.minute === 0;
  const allDay = start.dateOnly || (!!end && midnight(start) && midnight(end));
  if (allDay) {
    const startKey = start.dateKey;
    let lastKey = startKey;
    if (end) lastKey = end.dateOnly ? end.dateKey : addDaysToDateKey(end.dateKey, -1);
    if (lastKey < startKey) lastKey = startKey;
    return {
      allDay,
      startMs: dayStart(startKey, timeZone),
      endMs: dayStart(lastKey, timeZone, 1),
      hasEnd: !!end,
      startKey,
      lastKey,
      multiDay: lastKey !== startKey,
    };
  }
  const startKey = zonedDateKey(start.ms, timeZone);
  const endMs = end ? end.ms : dayStart(startKey, timeZone, 1);
  const lastKey = end ? zonedDateKey(end.ms - 1, timeZone) : startKey;
  return { allDay, startMs: start.ms, endMs, hasEnd: !!end, startKey, lastKey, multiDay: lastKey !== startKey };
}

/** True for a date-only start, or 00:00–00:00 as written. */
export function isAllDay(item: DayGroupItem): boolean {
  return eventTiming(item, item.timeZone || 'UTC')?.allDay ?? false;
}

/** Started and not yet ended at `now` (requires an `end`; see module notes). */
export function isUnderWay(item: DayGroupItem, now: InstantInput, timeZone: string): boolean {
  const t = eventTiming(item, timeZone);
  const n = toMs(now);
  return !!t && t.hasEnd && t.startMs <= n && n < t.endMs;
}

/** Over at `now` (end is exclusive; no end → over when its start day is). Unreadable items count as ended. */
export function hasEnded(item: DayGroupItem, now: InstantInput, timeZone: string): boolean {
  const t = eventTiming(item, timeZone);
  return !t || toMs(now) >= t.endMs;
}

/**
 * Group items by day in `timeZone`, soonest first. Within a day: all-day
 * items first, then by start time, then feed order. Ended items are left out
 * unless `includeEnded`.
 */
export function groupByDay<T extends DayGroupItem>(
  items: readonly T[],
  now: InstantInput,
  timeZone: string,
  options: GroupOptions = {},
): DayGroup<T>[] {
  const n = toMs(now);
  const todayKey = zonedDateKey(n, timeZone);
  const tomorrowKey = addDaysToDateKey(todayKey, 1);
  const byKey = new Map<string, Array<GroupedItem<T> & { order: number }>>();
  items.forEach((item, order) => {
    const timing = eventTiming(item, timeZone);
    if (!timing) return;
    const ended = n >= timing.endMs;
    if (ended && !options.includeEnded) return;
    const underWay = timing.hasEnd && timing.startMs <= n && !ended;
    // Under way, or (no end) started earlier today: list it today, not on a past day.
    const key = !ended && timing.startKey < todayKey ? todayKey : timing.startKey;
    let list = byKey.get(key);
    if (!list) byKey.set(key, (list = []));
    list.push({ item, timing, underWay, order });
  });
  return [...byKey.keys()].sort().map((dateKey) => ({
    dateKey,
    relation: dateKey === todayKey ? 'today' : dateKey === tomorrowKey ? 'tomorrow' : 'other',
    items: byKey
      .get(dateKey)!
      .sort((a, b) => Number(b.timing.allDay) - Number(a.timing.allDay) || a.timing.startMs - b.timing.startMs || a.order - b.order)
      .map(({ item, timing, underWay }) => ({ item, timing, underWay })),
  }));
}
