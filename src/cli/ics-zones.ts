/**
 * The time zones of a calendar's times: an IANA zone (by name, Windows name, display name or
 * vendor prefix: time-zone-names.ts), computed with Intl like the widgets; or only the file's own
 * VTIMEZONE (a "Customized Time Zone"), computed by ical.js from its rules. Either way a wall
 * clock time becomes the right instant, with the right offset in summer and in winter.
 */
import ICAL from 'ical.js';
import { pad, zonedWallTimeToInstant } from '../time/zoned-time.js';
import { zonedParts, type ZonedParts } from '../time/date-keys.js';

/** A wall-clock reading without its weekday (what an .ics date-time writes). */
export type Wall = Omit<ZonedParts, 'weekday'>;

export interface CalendarZone {
  /** The IANA name, when there is one. */
  iana?: string;
  /** The file's own definition, used when there is no IANA name. */
  vtimezone?: InstanceType<typeof ICAL.Timezone>;
  /** As the file names it, for messages. */
  label: string;
}

export const UTC_ZONE: CalendarZone = { iana: 'UTC', label: 'UTC' };

/** Epoch ms of a wall-clock time in `zone` (a time in a DST gap moves forward, as RFC 5545 says). */
export function wallToInstant(wall: Wall, zone: CalendarZone): number {
  if (zone.iana)
    return zonedWallTimeToInstant(wall.year, wall.month, wall.day, wall.hour, wall.minute, zone.iana).getTime() + wall.second * 1000;
  const offset = zone.vtimezone ? zone.vtimezone.utcOffset(new ICAL.Time({ ...wall, isDate: false }, zone.vtimezone)) : 0;
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second) - offset * 1000;
}

/** The wall clock in `zone` at `ms`. */
export function instantToWall(ms: number, zone: CalendarZone): Wall {
  if (zone.iana) {
    const p = zonedParts(ms, zone.iana);
    return { year: p.year, month: p.month, day: p.day, hour: p.hour, minute: p.minute, second: p.second };
  }
  const utc = ICAL.Time.fromJSDate(new Date(ms), true);
  const local = zone.vtimezone ? utc.convertToZone(zone.vtimezone) : utc;
  return { year: local.year, month: local.month, day: local.day, hour: local.hour, minute: local.minute, second: local.second };
}

/** ISO 8601 with the zone's offset at that instant: `2027-04-15T18:00:00+02:00`. */
export function isoInZone(ms: number, zone: CalendarZone): string {
  const w = instantToWall(ms, zone);
  const offset = Math.round((Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(ms / 1000) * 1000) / 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** A floating (zone-less) ical.js time: the wall clock, which recurrence rules work in. */
export function floatingTime(wall: Wall): InstanceType<typeof ICAL.Time> {
  return new ICAL.Time({ ...wall, isDate: false }, undefined as unknown as InstanceType<typeof ICAL.Timezone>);
}
