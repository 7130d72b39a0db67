/**
 * "Open now" for thousands of services at one instant. `isOpenAt` from src/time reads the zone's
 * wall clock for every call (an Intl lookup each, ~15 µs: 150 ms for 10,000 services); here the
 * clock is read once per zone (a service's own `timeZone`, else the feed's: a few), and every service's week (from `weeklySchedule`, same rules: split shifts,
 * overnight ranges, 24:00) is laid out once per feed as minute ranges in two typed arrays
 * (~50 bytes a service, where an array per weekday and service took ~1.7 KB). Details use
 * `openStatus` itself.
 */
import type { Service } from '../../feed/types.js';
import { weeklySchedule } from '../../time/opening-hours.js';
import { WEEKDAYS, zonedParts } from '../../time/zoned-time.js';

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
}

const minutes = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
};

/** `feedZone` for services without their own `timeZone` (the feed reader drops zones the browser does not know). */
export function openTable(services: readonly Service[], feedZone: string): OpenTable {
  const at = new Int32Array(services.length * 7 + 1);
  const ranges: number[] = [];
  const zones: string[] = [];
  const zoneOf = new Uint16Array(services.length);
  services.forEach((s, i) => {
    const zone = s.timeZone ?? feedZone;
    let z = zones.indexOf(zone);
    if (z < 0) z = zones.push(zone) - 1;
    zoneOf[i] = z;
    weeklySchedule(s.hours).forEach((day, d) => {
      for (const r of day.ranges) {
        const start = minutes(r.opens);
        const end = minutes(r.closes);
        ranges.push(start, r.overnight || end <= start ? end + 1440 : end);
      }
      at[i * 7 + d + 1] = ranges.length;
    });
  });
  return { at, ranges: Uint16Array.from(ranges), zones, zoneOf };
}

/** The wall clock in a zone: weekday index (0 = Monday) and minute of the day. */
export interface WallClock {
  day: number;
  minute: number;
}

export function wallClock(instant: number | Date, timeZone: string): WallClock {
  const p = zonedParts(instant, timeZone);
  return { day: WEEKDAYS.indexOf(p.weekday), minute: p.hour * 60 + p.minute };
}

/** 1 for each service open at `instant` by its zone's wall clock (today's ranges, or last night's running on). */
export function openFlags({ at, ranges, zones, zoneOf }: OpenTable, instant: number): Uint8Array {
  const clocks = zones.map((zone) => wallClock(instant, zone));
  const open = new Uint8Array(zoneOf.length);
  for (let i = 0; i < open.length; i++) {
    const { day, minute } = clocks[zoneOf[i]!]!;
    const t = i * 7 + day;
    const y = i * 7 + ((day + 6) % 7);
    for (let k = at[t]!; k < at[t + 1]!; k += 2) if (ranges[k]! <= minute && minute < ranges[k + 1]!) open[i] = 1;
    for (let k = at[y]!; k < at[y + 1]!; k += 2) if (minute + 1440 < ranges[k + 1]!) open[i] = 1;
  }
  return open;
}
