/**
 * Opening times in words, as the visitor's locale writes them: a time of day, and a result's status in a
 * few words. Shared by the result list and the details; the details' own sentences are in
 * opening-sentences.ts, which loads with them.
 *
 * @module
 */
import { msg, str } from '../../i18n/messages.js';
import type { Service } from '../../feed/types.js';
import { openStatus, type HoursMoment } from '../../time/opening-hours.js';
import { daysBetweenDateKeys, WEEKDAYS, zonedDateKey } from '../../time/date-keys.js';
import { intl } from '../../i18n/intl.js';

export const clockFormat = (locale: string): Intl.DateTimeFormat =>
  intl(Intl.DateTimeFormat, locale, { timeStyle: 'short', timeZone: 'UTC' });

/** 'HH:MM' as milliseconds on a day in UTC (where no zone shifts it). */
export const at = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return Date.UTC(2024, 0, 1, h, m);
};

/** 'HH:MM' as the visitor's locale writes a time of day (through Intl, in UTC so no zone shifts it). */
export function formatClock(hhmm: string, locale: string): string {
  return clockFormat(locale).format(at(hhmm) % 86_400_000);
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
