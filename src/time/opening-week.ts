/**
 * Opening hours for a service's details: the week as a table, and the holidays to come. Apart from
 * opening-hours.ts ("open now", which the result cards need) so that they load with the details, on
 * first use.
 *
 * @module
 */
import { WEEKDAYS } from './date-keys.js';
import {
  closureDays,
  hhmm,
  weekMinutes,
  type ClosureDays,
  type ClosureEntry,
  type OpeningHoursEntry,
  type OpeningRange,
  type ScheduleDay,
  type WeekRange,
} from './opening-hours.js';

/** Closures not over by `todayKey`, soonest first: for a list of holidays to come. */
export function upcomingClosures(closures: readonly ClosureEntry[] | null | undefined, todayKey: string): ClosureDays[] {
  return closureDays(closures)
    .filter((c) => c.to >= todayKey)
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/** Ranges as 'HH:MM' times, for a table or a sentence. */
export function openingRanges(ranges: readonly WeekRange[]): OpeningRange[] {
  return ranges.map((r) => ({ opens: hhmm(r.start), closes: hhmm(r.close), overnight: r.end > 1440 }));
}

/**
 * The week as 7 rows, Monday first, each with its sorted ranges (an overnight
 * range is listed on the day it opens). For a week table; mark today with
 * `zonedParts(now, zone).weekday` in the zone the hours are read in.
 */
export function weeklySchedule(hours: readonly OpeningHoursEntry[] | null | undefined): ScheduleDay[] {
  return weekMinutes(hours).map((ranges, i) => ({ weekday: WEEKDAYS[i]!, ranges: openingRanges(ranges) }));
}
