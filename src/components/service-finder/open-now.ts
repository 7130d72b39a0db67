/**
 * "Open now" for thousands of services at one instant. `isOpenAt` from src/time reads the zone's
 * wall clock for every call (an Intl lookup each, ~15 µs: 150 ms for 10,000 services); here the
 * clock is read once per zone (a service's own `timeZone`, else the feed's: a few), and every
 * service's week (from `weekMinutes`, the same parsed ranges as `isOpenAt`: split shifts, overnight
 * ranges, 24:00) is laid out once per feed as minute ranges in two typed arrays (~50 bytes a
 * service, where an array per weekday and service took ~1.7 KB). Details use `openStatus` itself.
 * A service with `closures` (holidays), read with the table, is asked again with them
 * (`isOpenOnClock`, the same clock) on a day one covers, or the day after. A temporarily closed
 * service has no ranges: never open.
 */
import type { Service } from '../../feed/types.js';
import { clockAt, closureDays, isOpenOnClock, weekMinutes, type ClosureDays } from '../../time/opening-hours.js';

/**
 * The weeks of a feed's services: the ranges of service i on weekday d (0 = Monday) are
 * `ranges[at[7i + d]] …` up to `at[7i + d + 1]`, as pairs of minutes [start, end);
 * an end past 1440 runs past midnight. Service i's hours are read in `zones[zoneOf[i]]`.
 */
export interface OpenTable {
  at: Int32Array;
  ranges: Uint16Array;
  zones: string[];
  zoneOf: Uint16Array;
  /** The services, and those with closures, each with its closures read. */
  services: readonly Service[];
  holidays: Array<[service: number, closures: readonly ClosureDays[]]>;
}

/**
 * The table built in steps, a pause (`yield`) every 100 services, to be built in slices (`runInSlices`).
 * `feedZone` for services without their own `timeZone` (the feed reader drops zones the browser
 * does not know).
 */
export function* openTableSteps(services: readonly Service[], feedZone: string): Generator<void, OpenTable> {
  const n = services.length;
  const at = new Int32Array(n * 7 + 1);
  const ranges: number[] = [];
  const zones: string[] = [];
  const zoneOf = new Uint16Array(n);
  const holidays: OpenTable['holidays'] = [];
  // Plain counted loops: this runs once per feed, mostly before the engine optimizes it, where
  // iterators and callbacks cost (1,000 services: ~8 ms with forEach and for-of, ~3 ms so).
  for (let i = 0, k = 0; i < n; i++) {
    if (i % 100 === 99) yield;
    const s = services[i]!;
    const zone = s.timeZone ?? feedZone;
    const z = zones.indexOf(zone);
    zoneOf[i] = z < 0 ? zones.push(zone) - 1 : z;
    const shut = s.status === 'temporarily closed';
    if (s.closures?.length && !shut) holidays.push([i, closureDays(s.closures)]);
    const week = weekMinutes(shut ? undefined : s.hours);
    for (let d = 0; d < 7; d++) {
      const day = week[d]!;
      for (let r = 0; r < day.length; r++) {
        ranges[k++] = day[r]!.start;
        ranges[k++] = day[r]!.end;
      }
      at[i * 7 + d + 1] = k;
    }
  }
  return { at, ranges: Uint16Array.from(ranges), zones, zoneOf, services, holidays };
}

/** 1 for each service open at `instant` by its zone's wall clock (today's ranges, or last night's running on; closures respected). */
export function openFlags({ at, ranges, zones, zoneOf, services, holidays }: OpenTable, instant: number): Uint8Array {
  // Each zone's wall clock: weekday (0 = Monday), minute of the day, today and yesterday.
  const clocks = zones.map((zone) => clockAt(instant, zone));
  const open = new Uint8Array(zoneOf.length);
  for (let i = 0; i < open.length; i++) {
    const { day, minute } = clocks[zoneOf[i]!]!;
    const t = i * 7 + day;
    const y = i * 7 + ((day + 6) % 7);
    for (let k = at[t]!; k < at[t + 1]!; k += 2) if (ranges[k]! <= minute && minute < ranges[k + 1]!) open[i] = 1;
    for (let k = at[y]!; k < at[y + 1]!; k += 2) if (minute + 1440 < ranges[k + 1]!) open[i] = 1;
  }
  for (const [i, closures] of holidays) {
    const clock = clocks[zoneOf[i]!]!;
    // A closure on today, or on yesterday (whose night may run into today): ask again with them.
    if (closures.some((c) => c.from <= clock.dateKey && clock.yesterday <= c.to))
      open[i] = +isOpenOnClock(services[i]!.hours, services[i]!.closures, clock);
  }
  return open;
}
