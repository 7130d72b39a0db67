/**
 * Words for when an event happens, in the visitor's language, built only on `Intl`.
 *
 * Times are shown in the event's own zone (the place where it happens); when the visitor's
 * zone has another offset at that moment, the visitor's own time is given as well so
 * nobody does time-zone arithmetic in their head. Day keys ('2027-04-17') are dates, not
 * instants: they are formatted at 00:00 UTC with `timeZone: 'UTC'`, so no zone moves a date.
 *
 * @module
 */
import type { DayRelation, EventTiming } from '../../time/day-groups.js';
import { zoneOffsetMs } from '../../time/zoned-time.js';
import { zonedDateKey } from '../../time/date-keys.js';
import { capitalize, intl } from '../../i18n/intl.js';
import { memo, relativeFormat, zoneName } from '../../i18n/intl-words.js';

/** A date-time formatter for `locale` in `timeZone`. */
const dtf = (locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  intl(Intl.DateTimeFormat, locale, { ...options, timeZone });

const TIME: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };
const DAY_TIME: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', ...TIME };
const DATE: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' };

/** 00:00 UTC of a date key (a date-only ISO string is read as UTC): the one instant at which a date reads the same with `timeZone: 'UTC'`. */
export const dateKeyToUtc = (key: string): Date => new Date(key);

/** "Today", "Tomorrow" (RelativeTimeFormat, numeric: 'auto') or "Saturday, April 17". */
export function dayHeading(key: string, relation: DayRelation, locale: string, withYear = false): string {
  return headings(`${locale}|${relation === 'other' ? key : relation}|${withYear}`);
}

const headings = memo((id) => {
  const [locale, day, withYear] = id.split('|') as [string, string, string];
  if (day === 'today' || day === 'tomorrow') return capitalize(relativeFormat(locale).format(day === 'today' ? 0 : 1, 'day'), locale);
  // Headings start with a capital even where dates are written in lower case ("середа, 25 листопада").
  return capitalize(dtf(locale, 'UTC', withYear === 'true' ? { ...DATE, year: 'numeric' } : DATE).format(dateKeyToUtc(day)), locale);
});

/** A day in the row's date block: "Sat", "17", "Apr" (each as the language writes it; one lookup per day and language). */
export function dateBlock(key: string, locale: string): { weekday: string; day: string; month: string } {
  return blocks(`${locale}|${key}`);
}

const blocks = memo((id) => {
  const [locale, key] = id.split('|') as [string, string];
  const parts = dtf(locale, 'UTC', { weekday: 'short', day: 'numeric', month: 'short' }).formatToParts(dateKeyToUtc(key));
  const of = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return { weekday: of('weekday'), day: of('day'), month: of('month') };
});

/** The parts of a "when" line; the element joins them with translated words. */
export interface EventWhen {
  /** Time or date range as shown at the event's place; empty for a one-day all-day event. */
  time: string;
  /** Name of the event's zone; only when the visitor's zone differs. */
  zone?: string;
  /** The same time in the visitor's zone; only when it differs. */
  visitorTime?: string;
}

function range(f: Intl.DateTimeFormat, start: number, end: number | undefined): string {
  return end === undefined ? f.format(start) : f.formatRange(start, end);
}

/**
 * When an event happens. All-day: no time, only a date range when it spans days. Timed: a
 * range in the event's zone (dates added when it crosses midnight), and the visitor's time
 * when their UTC offset differs at the start (so DST on either side is honoured by Intl).
 */
export function eventWhen(timing: EventTiming, eventZone: string, visitorZone: string, locale: string): EventWhen {
  // Remembered per event: a filter change re-renders events that were already on the page.
  let byKey = whens.get(timing);
  if (!byKey) whens.set(timing, (byKey = new Map<string, EventWhen>()));
  const key = `${locale}|${eventZone}|${visitorZone}`;
  let when = byKey.get(key);
  if (!when) byKey.set(key, (when = computeWhen(timing, eventZone, visitorZone, locale)));
  return when;
}

const whens = new WeakMap<EventTiming, Map<string, EventWhen>>();

function computeWhen(timing: EventTiming, eventZone: string, visitorZone: string, locale: string): EventWhen {
  if (timing.allDay) {
    if (!timing.multiDay) return { time: '' };
    const f = dtf(locale, 'UTC', { day: 'numeric', month: 'long' });
    return { time: f.formatRange(dateKeyToUtc(timing.startKey), dateKeyToUtc(timing.lastKey)) };
  }
  const end = timing.hasEnd ? timing.endMs : undefined;
  const when: EventWhen = { time: range(dtf(locale, eventZone, timing.multiDay ? DAY_TIME : TIME), timing.startMs, end) };
  if (zoneOffsetMs(timing.startMs, eventZone) === zoneOffsetMs(timing.startMs, visitorZone)) return when;
  const visitorStartKey = zonedDateKey(timing.startMs, visitorZone);
  const visitorLastKey = end === undefined ? visitorStartKey : zonedDateKey(end - 1, visitorZone);
  // Another date on the visitor's side must be said, or "12:00 your time" would mislead.
  const dated = timing.multiDay || visitorStartKey !== timing.startKey || visitorLastKey !== visitorStartKey;
  when.zone = zoneName(timing.startMs, eventZone, locale);
  when.visitorTime = range(dtf(locale, visitorZone, dated ? DAY_TIME : TIME), timing.startMs, end);
  return when;
}

/** A machine-readable `datetime` for `<time>`: the instant, or the date of an all-day event. */
export function isoDateTime(timing: EventTiming): string {
  return timing.allDay ? timing.startKey : new Date(timing.startMs).toISOString();
}
