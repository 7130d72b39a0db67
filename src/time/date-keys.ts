/**
 * Calendar dates as keys ('2027-04-17') and weekdays: the date an instant falls on in a time zone,
 * today's date there, days between dates. DOM-free; the zones' offsets come from zoned-time.ts.
 * Apart from it because reading a feed (which every widget does) needs the offsets and not these
 * (which only the widgets that show dates and opening hours need).
 *
 * @module
 */
import { pad, toMs, zoneOffsetMs, type InstantInput } from './zoned-time.js';

/** Two-letter weekday codes used by the feed (`hours[].days`), Monday first. */
export type Weekday = 'mo' | 'tu' | 'we' | 'th' | 'fr' | 'sa' | 'su';

/** Weekdays in ISO order (Monday first), the order of a week table. */
export const WEEKDAYS: readonly Weekday[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];

/** Wall-clock reading of an instant in one time zone. */
export interface ZonedParts {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
  /** 0–23 */
  hour: number;
  minute: number;
  second: number;
  weekday: Weekday;
}

const DAY = 86_400_000;

/**
 * Today's date key (`zonedDateKey`) at `now` in any zone asked for, each zone worked out once: a
 * list of events asks "today where this event is" for every event, in a few zones.
 */
export function todayByZone(now: InstantInput): (timeZone: string) => string {
  const keys = new Map<string, string>();
  return (timeZone) => {
    let key = keys.get(timeZone);
    if (key === undefined) keys.set(timeZone, (key = zonedDateKey(now, timeZone)));
    return key;
  };
}

/**
 * Wall-clock parts of `instant` in `timeZone`: the instant moved by the zone's offset, read as UTC.
 * @throws RangeError for an unknown zone or an invalid instant (validate first).
 */
export function zonedParts(instant: InstantInput, timeZone: string): ZonedParts {
  const ms = toMs(instant);
  const d = new Date(ms + zoneOffsetMs(ms, timeZone));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    weekday: WEEKDAYS[(d.getUTCDay() + 6) % 7]!,
  };
}

function weekdayOf(year: number, month: number, day: number): Weekday {
  // getUTCDay: 0 = Sunday; shift so that 0 = Monday.
  return WEEKDAYS[(new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7]!;
}

/** The date key ('2027-04-17') of zoned parts. */
export const dateKeyOf = (p: Pick<ZonedParts, 'year' | 'month' | 'day'>): string => `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;

/** Calendar date of `instant` in `timeZone` as a sortable key, e.g. '2027-04-17'. */
export function zonedDateKey(instant: InstantInput, timeZone: string): string {
  const ms = toMs(instant);
  const day = Math.floor((ms + zoneOffsetMs(ms, timeZone)) / DAY);
  let key = dayKeys.get(day);
  if (key === undefined) dayKeys.set(day, (key = utcMsToDateKey(day * DAY)));
  return key;
}

const dayKeys = new Map<number, string>();

/** `'2027-04-17'` → `[2027, 4, 17]`. */
export const dateKeyParts = (key: string): [number, number, number] => key.split('-').map(Number) as [number, number, number];

/** Epoch ms of a date key at 00:00 UTC; used only for day arithmetic. */
function dateKeyToUtcMs(key: string): number {
  const [y, m, d] = dateKeyParts(key);
  return Date.UTC(y, m - 1, d);
}

/** Years 0000–9999 (feed keys have four digits) give 'YYYY-MM-DD'. */
const utcMsToDateKey = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** `key` moved by `days` calendar days ('2027-02-28' + 1 → '2027-03-01'). */
export function addDaysToDateKey(key: string, days: number): string {
  return utcMsToDateKey(dateKeyToUtcMs(key) + days * DAY);
}

/** Whole calendar days from key `from` to key `to` (negative when `to` is earlier). */
export function daysBetweenDateKeys(from: string, to: string): number {
  return Math.round((dateKeyToUtcMs(to) - dateKeyToUtcMs(from)) / DAY);
}

/** Weekday of a date key; independent of any zone (a date is a date). */
export function weekdayOfDateKey(key: string): Weekday {
  return weekdayOf(...dateKeyParts(key));
}
