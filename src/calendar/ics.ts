/**
 * Minimal RFC 5545 iCalendar writer for "Add to calendar" (.ics download).
 *
 * Time zones: timed events are written in UTC ('…Z'). RFC 5545 requires a
 * full VTIMEZONE definition (its DST rules) for every TZID used, which the
 * browser cannot produce without shipping tz data; UTC instants are exact,
 * and every calendar app shows them in its user's zone. Nothing is lost for
 * single, non-recurring events. All-day events use VALUE=DATE (floating
 * dates, the same day everywhere), as a day is a date, not an instant.
 *
 * Pure: no Date.now(); callers pass the clock (`now` → DTSTAMP).
 *
 * @module
 */
import { eventTiming, type DayGroupItem } from '../time/day-groups.js';
import { toMs, type InstantInput } from '../time/zoned-time.js';
import { addDaysToDateKey } from '../time/date-keys.js';
import { webHref } from '../links/links.js';

/** One event to write. Text is already localized by the caller. */
export interface IcsEvent extends DayGroupItem {
  /** Feed id; with `uidDomain` it makes the stable UID so re-imports update, not duplicate. */
  id: string;
  title: string;
  description?: string | undefined;
  /** Free text (name, street, city): written as LOCATION. */
  location?: string | undefined;
  /** Only http(s) URLs are written; others are dropped. */
  url?: string | undefined;
  /** Feed status: 'cancelled' → CANCELLED, 'postponed' → TENTATIVE, 'scheduled'/'rescheduled' → CONFIRMED; others: no STATUS. */
  status?: string | undefined;
  /** Bump when the event changes so calendars replace their copy. */
  sequence?: number | undefined;
}

export interface IcsOptions {
  /** PRODID, e.g. '-//City of Leipzig//civic-widgets//EN'. */
  prodId: string;
  /** The clock, for DTSTAMP. */
  now: InstantInput;
  /** Host or domain for UIDs (RFC 5545 §3.8.4.7 suggests id@domain), e.g. 'leipzig.de'. */
  uidDomain: string;
}

/** The feed's event statuses (schema: scheduled, cancelled, postponed, rescheduled). */
const STATUS: Record<string, string> = {
  cancelled: 'CANCELLED',
  postponed: 'TENTATIVE',
  scheduled: 'CONFIRMED',
  rescheduled: 'CONFIRMED',
};

/** TEXT value escaping (RFC 5545 §3.3.11); control characters are not allowed, so dropped. */
export function escapeIcsText(value: string): string {
  return (
    value
      // Line breaks (CRLF, CR or LF) → \n; backslash, semicolon and comma get a backslash.
      .replace(/\r\n?|[\n\\;,]/g, (c) => (c < ' ' ? '\\n' : `\\${c}`))
      // eslint-disable-next-line no-control-regex -- matching control characters is the point: TEXT forbids them
      .replace(/[\u0000-\u0008\u000A-\u001F\u007F]/g, '')
  );
}

/**
 * Fold one content line at 75 octets (RFC 5545 §3.1): continuation lines
 * start with a space, which counts. Splits only between code points, so a
 * multi-byte UTF-8 character (Arabic, emoji) is never cut in half.
 */
export function foldIcsLine(line: string): string {
  let out = '';
  let bytes = 0;
  for (const ch of line) {
    const cp = ch.codePointAt(0)!;
    const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (bytes + size > 75) {
      out += '\r\n ';
      bytes = 1;
    }
    out += ch;
    bytes += size;
  }
  return out;
}

/** '20270223T225900Z' */
const utcStamp = (ms: number): string => new Date(ms).toISOString().replace(/[-:]|\.\d+/g, '');

const dateValue = (key: string): string => key.replace(/-/g, '');

/** UID from feed id + domain; anything outside a safe ASCII set is percent-encoded so it needs no escaping. */
function uid(id: string, domain: string): string {
  return `${encodeURIComponent(id).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}@${domain.replace(/[^A-Za-z0-9.-]/g, '')}`;
}

function eventLines(e: IcsEvent, options: IcsOptions): string[] | undefined {
  const timing = eventTiming(e, e.timeZone || 'UTC');
  if (!timing || !e.id) return undefined;
  const lines = ['BEGIN:VEVENT', `UID:${uid(e.id, options.uidDomain)}`, `DTSTAMP:${utcStamp(toMs(options.now))}`];
  if (timing.allDay) {
    lines.push(`DTSTART;VALUE=DATE:${dateValue(timing.startKey)}`);
    // DTEND of a DATE is exclusive: the day after the last day.
    lines.push(`DTEND;VALUE=DATE:${dateValue(addDaysToDateKey(timing.lastKey, 1))}`);
  } else {
    lines.push(`DTSTART:${utcStamp(timing.startMs)}`);
    if (timing.hasEnd) lines.push(`DTEND:${utcStamp(timing.endMs)}`);
  }
  lines.push(`SUMMARY:${escapeIcsText(e.title)}`);
  if (e.description) lines.push(`DESCRIPTION:${escapeIcsText(e.description)}`);
  if (e.location) lines.push(`LOCATION:${escapeIcsText(e.location)}`);
  const url = webHref(e.url);
  if (url) lines.push(`URL:${url}`);
  const status = e.status && STATUS[e.status.toLowerCase()];
  if (status) lines.push(`STATUS:${status}`);
  if (e.sequence !== undefined && Number.isInteger(e.sequence) && e.sequence >= 0) lines.push(`SEQUENCE:${e.sequence}`);
  lines.push('END:VEVENT');
  return lines;
}

/**
 * A complete VCALENDAR (METHOD:PUBLISH) with one VEVENT per readable event,
 * CRLF line endings and folded lines. Events without an id or a readable
 * start are skipped. No VALARM: reminders are the user's choice.
 */
export function buildIcs(events: readonly IcsEvent[], options: IcsOptions): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${escapeIcsText(options.prodId)}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const e of events) lines.push(...(eventLines(e, options) ?? []));
  lines.push('END:VCALENDAR');
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}

/** A call's deadline for `buildDeadlineIcs`. */
export interface IcsDeadline {
  /** Call id; the UID becomes '<id>-deadline@<domain>'. */
  id: string;
  /** Localized summary, e.g. "Deadline: School partners wanted". */
  title: string;
  /** ISO 8601 with offset, or a Date / epoch ms. */
  deadline: string | InstantInput;
  description?: string | undefined;
  url?: string | undefined;
}

/** Length of the deadline event, ending exactly at the deadline. */
const DEADLINE_EVENT_MINUTES = 30;

/**
 * An .ics with one short event (30 min) that ENDS at the deadline.
 * Why timed, not all-day: the deadline is an instant. An all-day entry on
 * "23 Feb" hides the hour, and for a visitor west of the feed's zone the
 * call closes that afternoon (23:59 Berlin = 17:59 New York); a timed UTC
 * event shows every visitor the real local cut-off in their own calendar.
 * Returns undefined when the deadline cannot be read.
 */
export function buildDeadlineIcs(call: IcsDeadline, options: IcsOptions): string | undefined {
  const ms = toMs(call.deadline);
  if (!Number.isFinite(ms)) return undefined;
  return buildIcs(
    [
      {
        id: `${call.id}-deadline`,
        title: call.title,
        description: call.description,
        url: call.url,
        start: new Date(ms - DEADLINE_EVENT_MINUTES * 60_000).toISOString(),
        end: new Date(ms).toISOString(),
      },
    ],
    options,
  );
}

const FOLD: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ı: 'i' };

/**
 * A safe download name from a title: ASCII letters/digits and dashes, accents
 * folded (Café → cafe, Straße → strasse), at most 60 characters, '.ics' appended. A title with
 * no Latin letters (Arabic, Ukrainian) gives `fallback` ('event.ics').
 */
export function icsFileName(title: string, fallback = 'event'): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    // Latin letters that do not decompose under NFKD.
    .replace(/[ßæœøłđı]/g, (c) => FOLD[c] ?? '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return `${base || fallback}.ics`;
}
