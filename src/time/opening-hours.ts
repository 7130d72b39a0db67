/**
 * Opening hours from the feed (`services[].hours`), evaluated in the place's
 * time zone (a service's own `timeZone`, else the feed's): "open now" is about
 * the clinic's wall clock, not the visitor's.
 *
 * Input shape: `[{ days: ['mo','tu'], opens: '07:30', closes: '15:30' }]`.
 * - several entries may name the same day (split shifts: 08:00–12:00, 13:00–16:00);
 * - `closes` earlier than `opens` runs past midnight (22:00–02:00);
 * - `closes: '24:00'` means midnight at the end of the day;
 * - `opens` equal to `closes` means open for 24 hours from `opens`
 *   ('00:00'–'00:00' is the whole day, as in schema.org/OSM practice).
 * Malformed entries, times and day codes are skipped silently: the feed
 * validator reports them; the widget must keep working.
 *
 * All times are wall-clock minutes. On a DST day a boundary inside the
 * spring-forward gap takes effect at the transition (the first moment the
 * clock shows that time or later), consistent with `isOpenAt`.
 *
 * Closures (`services[].closures`: holidays) replace the weekly hours on the days
 * they cover, read in the same zone: no range (closed all day), or their own
 * `hours`. Like a weekly range, a range belongs to the day it opens: a Monday
 * 22:00–02:00 range still runs into a Tuesday that is a holiday.
 *
 * @module
 */
import { pad, toMs, zoneOffsetMs, zonedWallTimeToInstant, type InstantInput } from './zoned-time.js';
import {
  WEEKDAYS,
  addDaysToDateKey,
  dateKeyOf,
  dateKeyParts,
  weekdayOfDateKey,
  zonedDateKey,
  zonedParts,
  type Weekday,
} from './date-keys.js';

/** One entry of a feed's `hours` array (loosely typed: it comes from JSON). */
export interface OpeningHoursEntry {
  days?: readonly string[] | unknown;
  opens?: string | unknown;
  closes?: string | unknown;
}

/** One entry of a service's `closures` (loosely typed: it comes from JSON). */
export interface ClosureEntry {
  from?: string | unknown;
  to?: string | unknown;
  reason?: unknown;
  hours?: readonly { opens?: unknown; closes?: unknown }[] | unknown;
}

/** A normalised range on one weekday. */
export interface OpeningRange {
  /** 'HH:MM' */
  opens: string;
  /** 'HH:MM' as written ('24:00' allowed); may be the next day, see `overnight`. */
  closes: string;
  /** True when the range ends after midnight (on the following day). */
  overnight: boolean;
}

/** One row of a week table. */
export interface ScheduleDay {
  weekday: Weekday;
  /** Sorted by opening time; empty = closed all day. */
  ranges: OpeningRange[];
}

/** A boundary of an opening period, in the feed's zone. */
export interface HoursMoment {
  instant: Date;
  /** Weekday in the feed's zone. */
  weekday: Weekday;
  /** Wall-clock time in the feed's zone, 'HH:MM'. */
  time: string;
  /** Calendar date in the feed's zone, '2027-04-19'; compare with today's key for "today"/"tomorrow". */
  dateKey: string;
}

/** Everything an "Open now · closes 15:30" / "Closed · opens Monday 07:30" badge needs. */
export interface OpenStatus {
  open: boolean;
  /** When open: the wall time ('HH:MM') the current opening period ends; absent when open round the clock. */
  closesAt?: string;
  /** When open: the full closing moment (the period may end tomorrow). */
  closing?: HoursMoment;
  /** When closed: the next opening; absent when there are no valid hours at all. */
  opensAt?: HoursMoment;
}

/** A range of a parsed week (`weekMinutes`), in minutes. */
export interface WeekRange {
  /** minutes after 00:00 */
  start: number;
  /** minutes after 00:00 of the same day; > 1440 for overnight ranges */
  end: number;
  /** `closes` as written, in minutes: 1440 for '24:00' (`end` is 1440 for '00:00' too) */
  close: number;
}

type Week = WeekRange[][]; // index 0 = Monday

/** Days a closure covers ('YYYY-MM-DD' keys, inclusive) and its ranges, as `weekMinutes` lays out a day. */
export interface ClosureDays {
  from: string;
  to: string;
  /** Sorted; empty: closed all day. */
  ranges: WeekRange[];
  /** The feed's entry (its `reason`). */
  entry: ClosureEntry;
}

/** The weekly hours and the closures of one place, parsed. */
interface Schedule {
  week: Week;
  closures: readonly ClosureDays[];
}

const TIME_RE = /^(\d{1,2}):(\d{2})(?::\d{2})?$/;
const MAX_STEPS = 7 * 48; // bound for chaining touching ranges; more means "always open"

function parseTime(value: unknown, allow24: boolean): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = TIME_RE.exec(value.trim());
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59 || h > 24 || (h === 24 && (!allow24 || min !== 0))) return undefined;
  return h * 60 + min;
}

export const hhmm = (minutes: number): string => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

// Parsed weeks are cached per hours array: the same service is evaluated on
// every render, and a WeakMap lets discarded feeds be collected. Feed data is
// treated as immutable: mutating an hours array after use is not seen.
const weekCache = new WeakMap<object, Week>();

/**
 * The week as minutes (index 0 = Monday; each day's ranges sorted). For evaluating many places at
 * once (the service finder's open-now table) without the objects and strings of `weeklySchedule`.
 * Cached per hours array and shared: read only.
 */
export function weekMinutes(hours: readonly OpeningHoursEntry[] | null | undefined): Week {
  if (!Array.isArray(hours)) return [[], [], [], [], [], [], []];
  const cached = weekCache.get(hours);
  if (cached) return cached;
  const week: Week = [[], [], [], [], [], [], []];
  for (const entry of hours as readonly unknown[]) {
    const range = rangeOf(entry);
    const days = range && (entry as OpeningHoursEntry).days;
    if (!range || !Array.isArray(days)) continue;
    for (const d of days as unknown[]) addRange(week[WEEKDAYS.indexOf(String(d).trim().toLowerCase() as Weekday)], range);
  }
  for (const day of week) day.sort(byStart);
  weekCache.set(hours, week);
  return week;
}

/** An entry's `opens`–`closes` as minutes; undefined when either is not a time. */
function rangeOf(entry: unknown): WeekRange | undefined {
  if (!entry || typeof entry !== 'object') return undefined;
  const { opens, closes } = entry as OpeningHoursEntry;
  const start = parseTime(opens, false);
  const close = parseTime(closes, true);
  if (start === undefined || close === undefined) return undefined;
  return { start, end: close <= start ? close + 1440 : close, close };
}

/** A day named twice, or the same range written twice, counts once. */
function addRange(day: WeekRange[] | undefined, range: WeekRange): void {
  if (day && !day.some((r) => r.start === range.start && r.end === range.end)) day.push(range);
}

const byStart = (a: WeekRange, b: WeekRange): number => a.start - b.start || a.end - b.end;

const closureCache = new WeakMap<object, ClosureDays[]>();

/**
 * A place's closures with their days and ranges, in feed order; cached per closures array (read
 * only). An entry without a `from`, or whose `to` is before its `from`, is left out (the feed
 * reader has already removed malformed dates: days compare as 'YYYY-MM-DD' strings).
 */
export function closureDays(closures: readonly ClosureEntry[] | null | undefined): readonly ClosureDays[] {
  if (!Array.isArray(closures)) return [];
  let list = closureCache.get(closures);
  if (list) return list;
  list = [];
  for (const entry of closures as readonly unknown[]) {
    const { from, to = from, hours } = (entry ?? {}) as ClosureEntry;
    if (typeof from !== 'string' || typeof to !== 'string' || to < from) continue;
    const ranges: WeekRange[] = [];
    for (const h of Array.isArray(hours) ? hours : []) {
      const range = rangeOf(h);
      if (range) addRange(ranges, range);
    }
    list.push({ from, to, ranges: ranges.sort(byStart), entry: entry as ClosureEntry });
  }
  closureCache.set(closures, list);
  return list;
}

/** The closure covering the day `dateKey` ('2026-12-24'), if any (the first one listed). */
export function closureOn(closures: readonly ClosureEntry[] | null | undefined, dateKey: string): ClosureDays | undefined {
  return closureDays(closures).find((c) => c.from <= dateKey && dateKey <= c.to);
}

/** True when `hours` has at least one valid range. */
export function hasOpeningHours(hours: readonly OpeningHoursEntry[] | null | undefined): boolean {
  return weekMinutes(hours).some((d) => d.length > 0);
}

/** A zone's wall clock at one instant: the day, the day before, the weekday and the minute. */
export interface WallClock {
  dateKey: string;
  yesterday: string;
  /** 0 = Monday */
  day: number;
  /** Minutes after 00:00. */
  minute: number;
}

/** The wall clock at `ms` in `timeZone`; read once per zone to ask about many places (`isOpenOnClock`). */
export function clockAt(ms: number, timeZone: string): WallClock {
  const p = zonedParts(ms, timeZone);
  const dateKey = dateKeyOf(p);
  return { dateKey, yesterday: addDaysToDateKey(dateKey, -1), day: WEEKDAYS.indexOf(p.weekday), minute: p.hour * 60 + p.minute };
}

function schedule(hours: readonly OpeningHoursEntry[] | null | undefined, closures: readonly ClosureEntry[] | null | undefined): Schedule {
  return { week: weekMinutes(hours), closures: closureDays(closures) };
}

/** The ranges that open on `dateKey` (weekday `day`): a closure's own there, else the week's. */
function rangesOn({ week, closures }: Schedule, dateKey: string, day: number): readonly WeekRange[] {
  for (const c of closures) if (c.from <= dateKey && dateKey <= c.to) return c.ranges;
  return week[day]!;
}

/** Ends (as [dateKey, minute-of-that-day]) of the ranges covering the clock. */
function coveringEnds(s: Schedule, c: WallClock): Array<[string, number]> {
  const ends: Array<[string, number]> = [];
  for (const r of rangesOn(s, c.dateKey, c.day)) if (r.start <= c.minute && c.minute < r.end) ends.push([c.dateKey, r.end]);
  for (const r of rangesOn(s, c.yesterday, (c.day + 6) % 7)) if (r.end > 1440 && c.minute < r.end - 1440) ends.push([c.yesterday, r.end]);
  return ends;
}

/** Whether a place is open when its zone's clock reads `clock` (closures respected). */
export function isOpenOnClock(
  hours: readonly OpeningHoursEntry[] | null | undefined,
  closures: readonly ClosureEntry[] | null | undefined,
  clock: WallClock,
): boolean {
  return coveringEnds(schedule(hours, closures), clock).length > 0;
}

/**
 * First instant ≥ `notBefore` at which the zone's wall clock reads at least
 * `minute` minutes after 00:00 of `dateKey` (minute may exceed 1440).
 * In an overlap that is the first occurrence unless already past; in a gap it
 * is the transition itself, found by bisection (≤ ~12 zone lookups, rare).
 */
function wallInstant(dateKey: string, minute: number, timeZone: string, notBefore: number): number {
  // Minutes past 1440 roll over into the next day, as in Date.UTC.
  const [y, m, d] = dateKeyParts(dateKey);
  const early = zonedWallTimeToInstant(y, m, d, 0, minute, timeZone, 'earlier').getTime();
  const late = zonedWallTimeToInstant(y, m, d, 0, minute, timeZone, 'later').getTime();
  const wall = Date.UTC(y, m - 1, d, 0, minute);
  const wallAt = (t: number): number => t + zoneOffsetMs(t, timeZone);
  // A normal time (early === late), or an overlap: the first occurrence unless already past.
  if (early === late || wallAt(early) === wall) return early >= notBefore ? early : late;
  // gap: wall time before the transition is < target, after it is ≥ target
  let lo = early;
  let hi = late;
  while (hi - lo > 1000) {
    const mid = Math.floor((lo + hi) / 2000) * 1000;
    if (mid <= lo) break;
    if (wallAt(mid) >= wall) hi = mid;
    else lo = mid;
  }
  return hi;
}

function moment(ms: number, timeZone: string): HoursMoment {
  const c = clockAt(ms, timeZone);
  return { instant: new Date(ms), weekday: WEEKDAYS[c.day]!, time: hhmm(c.minute), dateKey: c.dateKey };
}

/**
 * Whether the place is open at `instant`, reading its hours (and `closures`) in `timeZone`
 * (its own zone, else the feed's). Ranges are half-open: open at 07:30, closed at 15:30.
 */
export function isOpenAt(
  hours: readonly OpeningHoursEntry[] | null | undefined,
  instant: InstantInput,
  timeZone: string,
  closures?: readonly ClosureEntry[] | null,
): boolean {
  return isOpenOnClock(hours, closures, clockAt(toMs(instant), timeZone));
}

/**
 * When the current opening period ends, following ranges that touch or
 * overlap (12:00–14:00 then 14:00–18:00 closes at 18:00; Monday 22:00–24:00
 * then Tuesday 00:00–02:00 closes Tuesday 02:00).
 * Undefined when closed at `instant`, or open round the clock.
 */
export function closingTime(
  hours: readonly OpeningHoursEntry[] | null | undefined,
  instant: InstantInput,
  timeZone: string,
  closures?: readonly ClosureEntry[] | null,
): HoursMoment | undefined {
  const sched = schedule(hours, closures);
  let t = toMs(instant);
  let ends = coveringEnds(sched, clockAt(t, timeZone));
  if (!ends.length) return undefined;
  for (let step = 0; step < MAX_STEPS; step++) {
    let next = t;
    for (const [key, minute] of ends) next = Math.max(next, wallInstant(key, minute, timeZone, t));
    if (next <= t) return undefined; // cannot advance: defensive, should not happen
    t = next;
    ends = coveringEnds(sched, clockAt(t, timeZone));
    if (!ends.length) return moment(t, timeZone);
  }
  return undefined;
}

/**
 * The next moment the place opens. When closed: the earliest opening at or
 * after `instant`. When open: the first opening after the current period
 * ends (so at 07:30 on a Monday it is Tuesday 07:30). Looks 8 days ahead, and
 * 8 days past the last closure day it meets, so a place open only on Mondays
 * is found from any day, and after its holidays. Undefined with no valid
 * hours, or when open round the clock.
 */
export function nextOpening(
  hours: readonly OpeningHoursEntry[] | null | undefined,
  instant: InstantInput,
  timeZone: string,
  closures?: readonly ClosureEntry[] | null,
): HoursMoment | undefined {
  const sched = schedule(hours, closures);
  let from = toMs(instant);
  if (coveringEnds(sched, clockAt(from, timeZone)).length) {
    const close = closingTime(hours, from, timeZone, closures);
    if (!close) return undefined;
    from = close.instant.getTime();
  }
  const startKey = zonedDateKey(from, timeZone);
  for (let offset = 0, last = 8; offset <= last; offset++) {
    const key = addDaysToDateKey(startKey, offset);
    if (sched.closures.some((c) => c.from <= key && key <= c.to)) last = Math.min(offset + 8, 3660);
    for (const r of rangesOn(sched, key, WEEKDAYS.indexOf(weekdayOfDateKey(key)))) {
      const t = wallInstant(key, r.start, timeZone, from);
      if (t >= from) return moment(t, timeZone);
    }
  }
  return undefined;
}

/**
 * Open/closed with the relevant next boundary, for a status badge.
 * Times are wall-clock in the feed's zone; format `instant` with `Intl` and
 * `timeZone: feedZone` when the visitor's zone differs.
 */
export function openStatus(
  hours: readonly OpeningHoursEntry[] | null | undefined,
  instant: InstantInput,
  timeZone: string,
  closures?: readonly ClosureEntry[] | null,
): OpenStatus {
  if (isOpenAt(hours, instant, timeZone, closures)) {
    const closing = closingTime(hours, instant, timeZone, closures);
    return closing ? { open: true, closesAt: closing.time, closing } : { open: true };
  }
  const opensAt = nextOpening(hours, instant, timeZone, closures);
  return opensAt ? { open: false, opensAt } : { open: false };
}
