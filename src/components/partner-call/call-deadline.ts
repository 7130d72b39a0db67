/**
 * The words a call's deadline is shown with: its date and time, and "Closes in 5 days" /
 * "Closes today at 23:59" / "Applications closed". Pure (the clock and the visitor's zone are passed in),
 * so the element only renders and the rules are unit-tested.
 *
 * Calendar days are counted in the CALL's zone (`call.timeZone ?? feed.timeZone`): the
 * deadline is a fact about the place that runs the call ("Friday 23 February" in Barcelona),
 * and the date and time are shown in that zone too, with the zone named when the visitor's
 * own clock reads differently, so "today" and the printed date never disagree.
 *
 * @module
 */
import { msg, str } from '../../i18n/messages.js';
import { deadlineStatus, relativeTimeParts, type DeadlineState } from '../../time/deadline.js';
import { isSameZoneOffset, isValidTimeZone, parseFeedTime } from '../../time/zoned-time.js';
import type { Feed, PartnerCall } from '../../feed/types.js';
import { intl } from '../../i18n/intl.js';
import { relativeFormat, zoneName } from '../../i18n/intl-words.js';

export interface DeadlineWords {
  state: DeadlineState;
  /** Deadline instant (ms), NaN when unreadable. */
  ms: number;
  /** "Friday, 23 February 2027 at 23:59", with the zone's name ("Central European Time") when the visitor's clock differs. */
  date: string;
  /** "Closes in 5 days", "Closes tomorrow", "Closes today at 23:59", "Applications closed". */
  words: string;
  /** True in the last 7 days (closing soon or today): shown with emphasis. */
  soon: boolean;
}

/** The zone a call's deadline is read in: its own, else the feed's, else UTC. */
export function callTimeZone(call: Pick<PartnerCall, 'timeZone'>, feed: Pick<Feed, 'timeZone'>): string {
  for (const zone of [call.timeZone, feed.timeZone]) if (zone && isValidTimeZone(zone)) return zone;
  return 'UTC';
}

/** Instant of a call's deadline; a deadline written without offset is read in the call's zone. */
export function deadlineMs(deadline: string, zone: string): number {
  return parseFeedTime(deadline, zone)?.ms ?? NaN;
}

/** Describes a call's deadline at `now` for a visitor reading `locale` in `visitorZone`. */
export function deadlineWords(deadline: string, zone: string, now: number, locale: string, visitorZone: string): DeadlineWords {
  const ms = deadlineMs(deadline, zone);
  const { state } = deadlineStatus(ms, now, zone);
  const format = (options: Intl.DateTimeFormatOptions): string =>
    intl(Intl.DateTimeFormat, locale, { timeZone: zone, hour: 'numeric', minute: '2-digit', ...options }).format(ms);
  let words: string;
  if (state === 'closed') {
    words = msg('Applications closed');
  } else if (state === 'closing-today') {
    words = msg(str`Closes today at ${format({})}`);
  } else {
    const { value, unit } = relativeTimeParts(ms, now, zone);
    words = msg(str`Closes ${relativeFormat(locale).format(value, unit)}`);
  }
  let date = Number.isFinite(ms) ? format({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }) : '';
  // The zone by a name a resident knows (see zoneName), as the event list names it.
  if (date && !isSameZoneOffset(ms, zone, visitorZone)) date = msg(str`${date} ${zoneName(ms, zone, locale)}`);
  return { state, ms, date, words, soon: state === 'closing-soon' || state === 'closing-today' };
}

/**
 * Milliseconds until the words can next change. Days are counted in the call's zone, so
 * whole minutes suffice (zone offsets are whole minutes). The small margin makes sure the
 * timer fires just after the boundary, not a hair before it.
 */
export function msUntilNextMinute(now: number): number {
  return 60_000 - (now % 60_000) + 25;
}
