/**
 * Deadline state of a call for partners (or an event's registration).
 *
 * Calendar days are counted in ONE zone that the caller chooses: pass the
 * zone the deadline is shown in (normally the visitor's, so "closes today"
 * matches the date they read). A Berlin deadline of 23:59 is 07:59 next day in
 * Tokyo: "closing today" in Berlin, "tomorrow" in Tokyo — both true.
 *
 * @module
 */
import { toMs, type InstantInput } from './zoned-time.js';
import { dateKeyParts, daysBetweenDateKeys, zonedDateKey } from './date-keys.js';

/**
 * - `open`: more than `soonDays` calendar days left;
 * - `closing-soon`: 1…`soonDays` calendar days left (default 7: the last week);
 * - `closing-today`: the deadline is later today;
 * - `closed`: the deadline has passed (or could not be read).
 */
export type DeadlineState = 'open' | 'closing-soon' | 'closing-today' | 'closed';

export interface DeadlineStatus {
  state: DeadlineState;
  /** Calendar days from today to the deadline's date in the zone (0 = today, negative = past). */
  daysLeft: number;
  /** Milliseconds until the deadline (≤ 0 once passed). */
  msLeft: number;
}

/** Value and unit for `Intl.RelativeTimeFormat#format(value, unit)`. */
export interface RelativeTimeParts {
  value: number;
  unit: 'minute' | 'hour' | 'day' | 'month';
}

/** Accepts a Date, epoch ms or a feed ISO string (with offset). */
export type DeadlineInput = InstantInput | string;

/**
 * State of a deadline at `now`, counting calendar days in `timeZone`.
 * An unreadable deadline or clock yields `closed` with NaN counts: a call we
 * cannot date must not be advertised as open.
 */
export function deadlineStatus(deadline: DeadlineInput, now: InstantInput, timeZone: string, soonDays = 7): DeadlineStatus {
  const d = toMs(deadline);
  const n = toMs(now);
  if (!Number.isFinite(d) || !Number.isFinite(n)) return { state: 'closed', daysLeft: NaN, msLeft: NaN };
  const msLeft = d - n;
  const daysLeft = daysBetweenDateKeys(zonedDateKey(n, timeZone), zonedDateKey(d, timeZone));
  let state: DeadlineState;
  if (msLeft <= 0) state = 'closed';
  else if (daysLeft <= 0) state = 'closing-today';
  else if (daysLeft <= soonDays) state = 'closing-soon';
  else state = 'open';
  return { state, daysLeft, msLeft };
}

/**
 * Value + unit for `Intl.RelativeTimeFormat` ("in 3 days", "tomorrow" with
 * `numeric: 'auto'`, "in 2 hours", "5 minutes ago").
 * Different calendar days (in `timeZone`) → days, so 23:00 → 01:00 next day
 * reads "tomorrow", not "in 2 hours". Beyond 45 days → whole calendar months.
 * Same day → hours, or minutes under an hour. Hours and minutes are
 * truncated toward zero: for a deadline, understating the time left is safe,
 * overstating is not.
 */
export function relativeTimeParts(target: DeadlineInput, now: InstantInput, timeZone: string): RelativeTimeParts {
  const t = toMs(target);
  const n = toMs(now);
  const ms = t - n;
  const fromKey = zonedDateKey(n, timeZone);
  const toKey = zonedDateKey(t, timeZone);
  const days = daysBetweenDateKeys(fromKey, toKey);
  if (Math.abs(days) > 45) {
    const [fy, fm, fd] = dateKeyParts(fromKey);
    const [ty, tm, td] = dateKeyParts(toKey);
    let months = (ty - fy) * 12 + (tm - fm);
    // an incomplete last month does not count
    if (months > 0 && td < fd) months--;
    else if (months < 0 && td > fd) months++;
    return { value: months, unit: 'month' };
  }
  if (days !== 0) return { value: days, unit: 'day' };
  const hours = Math.trunc(ms / 3_600_000);
  if (hours !== 0) return { value: hours, unit: 'hour' };
  return { value: Math.trunc(ms / 60_000) || 0, unit: 'minute' };
}
