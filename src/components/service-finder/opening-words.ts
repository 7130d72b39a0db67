/**
 * Opening times in words, as the visitor's locale writes them: a time of day, a weekday, and "open
 * now" as a sentence. Shared by the result list and the details.
 *
 * @module
 */
import { msg, str } from '../../i18n/messages.js';
import type { Service } from '../../feed/types.js';
import { openStatus, type HoursMoment } from '../../time/opening-hours.js';
import { daysBetweenDateKeys, WEEKDAYS, zonedDateKey } from '../../time/date-keys.js';
import { intl } from '../../i18n/intl.js';

const clockFormat = (locale: string): Intl.DateTimeFormat => intl(Intl.DateTimeFormat, locale, { timeStyle: 'short', timeZone: 'UTC' });

/** 'HH:MM' as milliseconds on a day in UTC (where no zone shifts it). */
export const at = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return Date.UTC(2024, 0, 1, h, m);
};

/** 'HH:MM' as the visitor's locale writes a time of day (through Intl, in UTC so no zone shifts it). */
export function formatClock(hhmm: string, locale: string): string {
  return clockFormat(locale).format(at(hhmm) % 86_400_000);
}

/** An opening range ('HH:MM' to 'HH:MM') as the locale writes it, within one day ("07:30–15:30 Uhr"). */
export function formatClockRange(opens: string, closes: string, locale: string): string {
  return clockFormat(locale).formatRange(at(opens), at(closes));
}

/** Weekday name; 2024-01-01 was a Monday, WEEKDAYS starts on Monday. */
export function weekdayName(index: number, locale: string): string {
  return intl(Intl.DateTimeFormat, locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + index));
}

/**
 * "Open now, closes at 15:30" / "Closed now. Opens Monday at 07:30" in `timeZone` (the service's own, else the
 * feed's), holidays (`closures`) respected; "Temporarily closed" for such a service; undefined without hours.
 */
export function openStatusText(service: Service, now: Date, timeZone: string, locale: string): { open: boolean; text: string } | undefined {
  if (service.status === 'temporarily closed') return { open: false, text: msg('Temporarily closed') };
  const status = openStatus(service.hours, now, timeZone, service.closures);
  const when = (m: HoursMoment): [string, string] => {
    const days = daysBetweenDateKeys(zonedDateKey(now, timeZone), m.dateKey);
    return [days === 0 ? '' : days === 1 ? msg('tomorrow') : weekdayName(WEEKDAYS.indexOf(m.weekday), locale), formatClock(m.time, locale)];
  };
  if (status.open) {
    if (!status.closing) return { open: true, text: msg('Open now, around the clock') };
    const [day, time] = when(status.closing);
    return { open: true, text: day ? msg(str`Open now, closes ${day} at ${time}`) : msg(str`Open now, closes at ${time}`) };
  }
  if (!status.opensAt) return undefined;
  const [day, time] = when(status.opensAt);
  return { open: false, text: day ? msg(str`Closed now. Opens ${day} at ${time}`) : msg(str`Closed now. Opens today at ${time}`) };
}

/** A moment of the week: its time today, else its weekday and time as the locale writes them ("Mon 9:00 AM", "Mo., 09:00"). */
function momentWords(m: HoursMoment, now: Date, timeZone: string, locale: string): string {
  if (daysBetweenDateKeys(zonedDateKey(now, timeZone), m.dateKey) === 0) return formatClock(m.time, locale);
  const [h, min] = m.time.split(':').map(Number) as [number, number];
  return intl(Intl.DateTimeFormat, locale, { weekday: 'short', hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
    Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(m.weekday), h, min),
  );
}

/**
 * A result's status in a few words, for its card: "Open · closes 13:00", "Closed · opens Mon 9:00",
 * "Temporarily closed" (`open` says which colour); undefined for a service without hours.
 */
export function statusWords(service: Service, now: Date, timeZone: string, locale: string): { open: boolean; text: string } | undefined {
  if (service.status === 'temporarily closed') return { open: false, text: msg('Temporarily closed') };
  if (!service.hours?.length) return undefined;
  const status = openStatus(service.hours, now, timeZone, service.closures);
  const words = (m: HoursMoment): string => momentWords(m, now, timeZone, locale);
  if (status.open)
    return { open: true, text: status.closing ? msg(str`Open · closes ${words(status.closing)}`) : msg('Open now, around the clock') };
  return { open: false, text: status.opensAt ? msg(str`Closed · opens ${words(status.opensAt)}`) : msg('Closed') };
}
