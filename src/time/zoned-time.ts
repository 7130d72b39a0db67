/**
 * Wall-clock arithmetic in IANA time zones, DOM-free and dependency-free.
 *
 * Why this exists: opening hours, deadlines and event days are facts about a
 * place (the feed's `timeZone`), not about the visitor's device. The browser
 * only offers "local time" and UTC on `Date`, so we derive a zone's wall clock
 * from `Intl.DateTimeFormat#formatToParts`, the one zone-aware API every
 * supported browser ships, and avoid shipping tz data in a 30 KB bundle.
 *
 * Dates as keys and weekdays: date-keys.ts. Nothing here formats dates for display: elements do that with `Intl` in the
 * visitor's locale. Date keys ('2027-04-17') are machine keys only.
 *
 * @module
 */

/** An instant as accepted by the helpers: a `Date` or epoch milliseconds. */
export type InstantInput = Date | number;

/**
 * How to resolve a wall-clock time that occurs zero times (spring-forward gap)
 * or twice (fall-back overlap). Same meaning as Temporal's `disambiguation`.
 */
export type Disambiguation = 'compatible' | 'earlier' | 'later';

const DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * One formatter per zone: constructing `Intl.DateTimeFormat` costs far more
 * than using it, and these helpers run per service / per event on render.
 */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // 'en-US' + numeric fields: a stable, locale-independent reading of parts.
    // hourCycle h23 avoids "24" at midnight that `hour12: false` gave in older engines.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * Epoch milliseconds of an instant, or of a feed time string (`parseFeedTime`; NaN when it cannot
 * be read). One helper for every module of src/time and src/calendar.
 */
export function toMs(instant: InstantInput | string): number {
  return typeof instant === 'string' ? (parseFeedTime(instant)?.ms ?? NaN) : +instant;
}

/**
 * Makes the page's first `Intl.DateTimeFormat` now: the first one loads the time zone data
 * (≈ 16–20 ms in Chromium, whatever its zone), which otherwise lands in the task that reads the
 * feed (every zone in it is checked). The feed store calls it while the request is in flight.
 */
export function prepareTimeZoneData(): void {
  formatterFor('UTC');
}

/**
 * True when `timeZone` is an IANA zone the browser knows. Use it to validate a
 * feed's zone once, instead of catching `RangeError` on every call.
 */
export function isValidTimeZone(timeZone: string): boolean {
  if (unknownZones.has(timeZone)) return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    // Remembered (a few): a feed naming one unknown zone on every item asked Intl each time, ≈ 0.1 ms a refusal.
    if (unknownZones.size < 64) unknownZones.add(timeZone);
    return false;
  }
}

const unknownZones = new Set<string>();

/** `7` → `'07'`: two digits, for 'HH:MM' and date keys. */
export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Offset of `timeZone` at `ms` as `Intl` reads it: its wall clock read as if UTC, minus the instant. */
function intlOffset(ms: number, timeZone: string): number {
  const p = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatterFor(timeZone).formatToParts(ms)) {
    if (part.type in p) p[part.type as keyof typeof p] = Number(part.value);
  }
  // hour % 24: older engines wrote midnight as 24.
  return Date.UTC(p.year, p.month - 1, p.day, p.hour % 24, p.minute, p.second) - Math.floor(ms / 1000) * 1000;
}

const starts = new Map<string, number>();

/** Offset of `timeZone` at 00:00 UTC of UTC day number `day`, asked of `Intl` once per zone and day. */
function offsetAtDayStart(day: number, timeZone: string): number {
  const key = `${timeZone} ${day}`;
  let offset = starts.get(key);
  if (offset === undefined) starts.set(key, (offset = intlOffset(day * DAY, timeZone)));
  return offset;
}

const days = new Map<string, Map<number, number>>();

/**
 * Offset of `timeZone` all through UTC day `day`; NaN when it changes that day. No zone changes
 * its offset twice within a week, so equal offsets at the ends of a week (days 7n and 7n + 7)
 * settle every day of it with two `Intl` calls; only a week with a change asks about single days.
 */
function dayOffset(day: number, timeZone: string): number {
  let zone = days.get(timeZone);
  if (!zone) days.set(timeZone, (zone = new Map<number, number>()));
  let offset = zone.get(day);
  if (offset === undefined) {
    const week = Math.floor(day / 7) * 7;
    offset = offsetAtDayStart(week, timeZone);
    if (offset !== offsetAtDayStart(week + 7, timeZone)) {
      offset = offsetAtDayStart(day, timeZone);
      if (offset !== offsetAtDayStart(day + 1, timeZone)) offset = NaN;
    }
    zone.set(day, offset);
  }
  return offset;
}

/**
 * Offset of `timeZone` from UTC at `instant`, in ms (Berlin summer → 7_200_000).
 *
 * Fast enough to run several times per event for 2,000 events: asking `Intl` costs 25–50 µs in
 * Chromium, so offsets at the start of UTC days are asked once per zone and reused (`dayOffset`).
 * Offsets change at most a few times a year and never twice within one UTC day, so when a day
 * starts and ends with the same offset that is the offset all day; only on a day with a change is
 * `Intl` asked for the instant itself. Exact, not an approximation (tests compare it with `Intl` across changes).
 * @throws RangeError for an unknown zone or an invalid instant.
 */
export function zoneOffsetMs(instant: InstantInput, timeZone: string): number {
  const ms = toMs(instant);
  const offset = dayOffset(Math.floor(ms / DAY), timeZone);
  return Number.isNaN(offset) ? intlOffset(ms, timeZone) : offset;
}

/**
 * Whether two zones have the same UTC offset at `instant`. Elements use it to
 * decide if a time needs its zone spelled out ("09:00 Brussels time") for a
 * visitor whose own zone differs at that moment.
 */
export function isSameZoneOffset(instant: InstantInput, timeZoneA: string, timeZoneB: string): boolean {
  return zoneOffsetMs(instant, timeZoneA) === zoneOffsetMs(instant, timeZoneB);
}

/**
 * The instant at which the wall clock in `timeZone` shows the given local time.
 * Fields may overflow (day 32, minute 90) and are normalised like `Date.UTC`.
 *
 * DST choice, default `'compatible'` (as RFC 5545 §3.3.5 and Temporal):
 * - fall-back overlap (Berlin 2027-10-31 02:30 happens twice): the EARLIER
 *   instant, i.e. the first time the clock shows it (still summer time);
 * - spring-forward gap (Berlin 2027-03-28 02:30 never happens): the time is
 *   read with the offset in force BEFORE the gap, which lands after it
 *   (02:30 → 03:30 CEST), so a meeting is never moved earlier than planned.
 * `'earlier'` / `'later'` pick the other instant of an overlap, or shift a gap
 * time backwards / forwards by the gap length.
 */
export function zonedWallTimeToInstant(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  timeZone: string,
  disambiguation: Disambiguation = 'compatible',
): Date {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // Offsets a day either side bracket any real-world transition near `wall`.
  const offBefore = zoneOffsetMs(wall - DAY, timeZone);
  const offAfter = zoneOffsetMs(wall + DAY, timeZone);
  // No change near `wall` (nearly always): one answer whichever way is asked.
  if (offBefore === offAfter) return new Date(wall - offBefore);
  const viaBefore = wall - offBefore;
  const viaAfter = wall - offAfter;
  // Both real: a normal time (equal candidates) or an overlap. Neither: a gap, where viaAfter lies
  // before the transition and viaBefore after it. One: that one.
  const real = [viaBefore, viaAfter].filter((t) => t + zoneOffsetMs(t, timeZone) === wall);
  const later = disambiguation === 'later' || (disambiguation === 'compatible' && !real.length);
  const candidates = real.length ? real : [viaBefore, viaAfter];
  return new Date(later ? Math.max(...candidates) : Math.min(...candidates));
}

/** `+02:00` for `ms` in `timeZone`. */
function offsetText(ms: number, timeZone: string): string {
  const minutes = Math.round(zoneOffsetMs(ms, timeZone) / 60_000);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** A wall time in `timeZone` as ISO 8601 with that zone's offset then: `2027-04-17T09:00:00+02:00`. */
export function zonedIso(year: number, month: number, day: number, hour: number, minute: number, timeZone: string): string {
  const instant = zonedWallTimeToInstant(year, month, day, hour, minute, timeZone).getTime();
  // A time in a spring-forward gap moves to the real time after it (02:30 → 03:30).
  const shown = new Date(instant + zoneOffsetMs(instant, timeZone));
  return `${pad(shown.getUTCFullYear(), 4)}-${pad(shown.getUTCMonth() + 1)}-${pad(shown.getUTCDate())}T${pad(shown.getUTCHours())}:${pad(shown.getUTCMinutes())}:00${offsetText(instant, timeZone)}`;
}

/** Result of reading a feed date/time string. */
export interface ParsedFeedTime {
  /** The instant (for a date-only value: 00:00 of that date in the zone used). */
  ms: number;
  /** True when the string had no time part ('2027-04-17'). */
  dateOnly: boolean;
  /** The date as written, '2027-04-17', before any zone conversion. */
  dateKey: string;
  /** Hour and minute as written (0 for date-only). */
  hour: number;
  minute: number;
}

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|([+-])(\d{2})(?::?(\d{2}))?)?)?$/i;

/**
 * The years a feed time may be in: a city's services, events and calls happen in them, and every
 * time in them is one a calendar file (four-digit years) and `Intl` can write.
 */
export const FEED_YEARS = { first: 1900, last: 2999 } as const;

/** UTC offsets as far as ISO 8601 takes them (real zones span −12:00 to +14:00). */
const MAX_OFFSET_MINUTES = 18 * 60;

/**
 * Strictly parse a feed time: ISO 8601 '2027-04-17T09:00:00+02:00', '…Z',
 * a date only '2027-04-17', or a local date-time without offset. The feed
 * requires offsets, but a missing one is read in `fallbackTimeZone` instead of
 * the visitor's zone (which `Date.parse` would silently use). Returns
 * undefined for anything else rather than guessing like `Date.parse`: a time
 * that does not exist (24:59, a 60th second, an offset of +99:99), a date that
 * does not exist (30 February), a year outside `FEED_YEARS`.
 */
export function parseFeedTime(value: unknown, fallbackTimeZone = 'UTC'): ParsedFeedTime | undefined {
  if (typeof value !== 'string') return undefined;
  const m = ISO_RE.exec(value.trim());
  if (!m) return undefined;
  const n = (i: number): number => Number(m[i] ?? 0);
  const y = n(1);
  const mo = n(2);
  const d = n(3);
  const h = n(4);
  const mi = n(5);
  const s = n(6);
  const zone = m[8];
  const frac = m[7] ? Number(`0.${m[7]}`) * 1000 : 0;
  // 24:00 is the end of a day; no other time of hour 24 exists, nor a 60th minute or second.
  if (mi > 59 || s > 59 || (h > 23 && !(h === 24 && mi === 0 && s === 0 && !frac))) return undefined;
  const dateKey = `${m[1]}-${m[2]}-${m[3]}`;
  // Reject 2027-02-30, month 13 and friends instead of rolling over.
  if (
    y < FEED_YEARS.first ||
    y > FEED_YEARS.last ||
    mo < 1 ||
    mo > 12 ||
    d < 1 ||
    (d > 28 && new Date(Date.UTC(y, mo - 1, d)).getUTCDate() !== d)
  )
    return undefined;
  let ms: number;
  if (zone) {
    // m[9..11]: the offset's sign, hours and minutes (none for Z).
    const minutes = n(10) * 60 + n(11);
    if (n(11) > 59 || minutes > MAX_OFFSET_MINUTES) return undefined;
    const offset = m[9] ? minutes * (m[9] === '-' ? -60_000 : 60_000) : 0;
    ms = Date.UTC(y, mo - 1, d, h, mi, s) + frac - offset;
  } else {
    try {
      ms = zonedWallTimeToInstant(y, mo, d, h, mi, fallbackTimeZone).getTime() + s * 1000 + frac;
    } catch {
      return undefined;
    }
  }
  if (!Number.isFinite(ms)) return undefined;
  return { ms, dateOnly: m[4] === undefined, dateKey, hour: h, minute: mi };
}
