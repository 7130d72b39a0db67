/**
 * The details' opening times in words: "open now" as a sentence, a weekday's name, a range of hours. Apart
 * from opening-words.ts (a card's few words, which the result list needs) so that they load with the
 * details, on first use.
 *
 * @module
 */
import { msg, str } from '../../i18n/messages.js';
import type { Service } from '../../feed/types.js';
import { openStatus, type HoursMoment } from '../../time/opening-hours.js';
import { daysBetweenDateKeys, WEEKDAYS, zonedDateKey } from '../../time/date-keys.js';
import { intl } from '../../i18n/intl.js';
import { at, clockFormat, formatClock } from './opening-words.js';

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
