/**
 * Pieces of a service's details (rendered by the element in place of the results): opening
 * times and weekdays as the visitor's locale writes them, "open now" in words, and addresses.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../i18n/messages.js';
import type { Address, Service } from '../../feed/types.js';
import { openStatus, type HoursMoment } from '../../time/opening-hours.js';
import { daysBetweenDateKeys, WEEKDAYS, zonedDateKey } from '../../time/zoned-time.js';
import { intl } from '../../i18n/intl.js';
import { addressLines } from '../../links/address.js';

const clockFormat = (locale: string): Intl.DateTimeFormat => intl(Intl.DateTimeFormat, locale, { timeStyle: 'short', timeZone: 'UTC' });
const at = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return Date.UTC(2024, 0, 1, h, m);
};

/** 'HH:MM' as the visitor's locale writes a time of day (through Intl, in UTC so no zone shifts it). */
export function formatClock(hhmm: string, locale: string): string {
  return clockFormat(locale).format(at(hhmm) % 86_400_000);
}

/**
 * An opening range as the locale writes it ("07:30–15:30 Uhr", "7:30 ص – 3:30 م"); past midnight,
 * where Intl would add dates, two times each isolated for bidi.
 */
export function renderRange(opens: string, closes: string, locale: string): unknown {
  const start = at(opens);
  const end = at(closes);
  return end > start && !closes.startsWith('24')
    ? clockFormat(locale).formatRange(start, end)
    : html`<bdi>${formatClock(opens, locale)}</bdi> – <bdi>${formatClock(closes, locale)}</bdi>`;
}

/** Weekday name; 2024-01-01 was a Monday, WEEKDAYS starts on Monday. */
export function weekdayName(index: number, locale: string): string {
  return intl(Intl.DateTimeFormat, locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + index));
}

/** A closure's days as the locale writes them ("Thu, December 24 – Sat, December 26"; one day, once). */
export function formatDays(from: string, to: string, locale: string): string {
  return intl(Intl.DateTimeFormat, locale, { weekday: 'short', day: 'numeric', month: 'long', timeZone: 'UTC' }).formatRange(Date.parse(from), Date.parse(to));
}

/**
 * "Open now, closes at 15:30" / "Closed now. Opens Monday at 07:30" in `timeZone` (the service's own, else the
 * feed's), holidays (`closures`) respected; "Temporarily closed" for such a service; '' without hours.
 */
export function openStatusText(service: Service, now: Date, timeZone: string, locale: string): string {
  if (service.status === 'temporarily closed') return msg('Temporarily closed');
  const status = openStatus(service.hours, now, timeZone, service.closures);
  const when = (m: HoursMoment): [string, string] => {
    const days = daysBetweenDateKeys(zonedDateKey(now, timeZone), m.dateKey);
    return [days === 0 ? '' : days === 1 ? msg('tomorrow') : weekdayName(WEEKDAYS.indexOf(m.weekday), locale), formatClock(m.time, locale)];
  };
  if (status.open) {
    if (!status.closing) return msg('Open now, around the clock');
    const [day, time] = when(status.closing);
    return day ? msg(str`Open now, closes ${day} at ${time}`) : msg(str`Open now, closes at ${time}`);
  }
  if (!status.opensAt) return '';
  const [day, time] = when(status.opensAt);
  return day ? msg(str`Closed now. Opens ${day} at ${time}`) : msg(str`Closed now. Opens today at ${time}`);
}

/** An address, each line isolated: "04109 Leipzig" must not be reordered inside right-to-left text. */
export function renderAddress(address: Address | undefined, locale: string): TemplateResult | typeof nothing {
  const lines = addressLines(address, locale);
  return lines.length ? html`<address>${lines.map((l, i) => html`${i ? html`<br />` : nothing}<bdi>${l}</bdi>`)}</address>` : nothing;
}
