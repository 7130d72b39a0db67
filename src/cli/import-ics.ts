/**
 * `civic-feed import ics <file|url>`: events from an iCalendar file as CMS calendars, Google and
 * Outlook/Exchange export them. Parsed by ical.js, one VEVENT at a time (a broken event is skipped
 * and reported at its BEGIN:VEVENT line; the rest is read). Every date-time is first turned into
 * the wall clock of its event's own zone, so ical.js expands RRULE / RDATE / EXDATE and matches
 * RECURRENCE-ID overrides in that zone's local time (a weekly 18:00 stays 18:00 across DST), and
 * each instance is then written with its zone's offset on that day.
 */
import ICAL from 'ical.js';
import type { CivicEvent, Category, LocalizedText } from '../feed/types.js';
import type { ParsedArgs } from './args.js';
import { loadCategories } from './categories.js';
import {
  addItem,
  emptyDraft,
  finishFeed,
  fromOption,
  ImportLog,
  languageOption,
  languageTag,
  publisherOption,
  slug,
  timeZoneOption,
  webLink,
  type SourceRef,
} from './import-run.js';
import { floatingTime, instantToWall, isoInZone, UTC_ZONE, wallToInstant, type CalendarZone, type Wall } from './ics-zones.js';
import { DEFAULT_MAX_BYTES, InputError, parseSize, readText } from './read-input.js';
import { printLine, ProgressLine, type Io } from './terminal.js';
import { ianaZoneFor } from './time-zone-names.js';
import { checkOutputPath, writeOutput } from './write-output.js';
import { addDaysToDateKey } from '../time/date-keys.js';

type Component = InstanceType<typeof ICAL.Component>;
type Time = InstanceType<typeof ICAL.Time>;
type Property = InstanceType<typeof ICAL.Property>;

interface Block {
  name: string;
  line: number;
  text: string;
}

interface CalendarText {
  /** Calendar-level properties (X-WR-TIMEZONE, METHOD…), upper-case names. */
  props: Map<string, string>;
  blocks: Block[];
}

/** Splits a calendar into its components' text, each with its first line (for FILE:LINE). */
function splitCalendar(text: string, file: string, log: ImportLog): CalendarText {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const first = lines.find((l) => l.trim());
  if (!first || !/^BEGIN:VCALENDAR\s*$/i.test(first.trim())) {
    const start = (first ?? '').trim();
    const what = /^[{[]/.test(start)
      ? 'it looks like JSON'
      : /^<(!doctype|html|\?xml)/i.test(start)
        ? 'it is a web page or XML'
        : start.includes(',') || start.includes(';')
          ? 'it looks like CSV (use civic-feed import csv)'
          : 'it does not start with BEGIN:VCALENDAR';
    throw new InputError(`${file} is not an iCalendar file: ${what}`);
  }
  const props = new Map<string, string>();
  const blocks: Block[] = [];
  let depth = 0;
  let block: { name: string; line: number; lines: string[]; depth: number } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const begin = /^BEGIN:([A-Za-z-]+)\s*$/i.exec(line);
    const end = /^END:([A-Za-z-]+)\s*$/i.exec(line);
    if (block) {
      block.lines.push(line);
      if (begin) block.depth++;
      else if (end && --block.depth === 0) {
        if (end[1]!.toUpperCase() !== block.name) log.skip({ file, line: block.line }, `BEGIN:${block.name} ends with END:${end[1]}`);
        else blocks.push({ name: block.name, line: block.line, text: block.lines.join('\r\n') });
        block = undefined;
        depth--;
      }
      continue;
    }
    if (begin) {
      depth++;
      if (depth === 2) block = { name: begin[1]!.toUpperCase(), line: i + 1, lines: [line], depth: 1 };
      continue;
    }
    if (end) {
      depth--;
      continue;
    }
    if (depth === 1 && line && !/^[ \t]/.test(line)) {
      let full = line;
      while (/^[ \t]/.test(lines[i + 1] ?? '')) full += lines[++i]!.slice(1);
      const m = /^([A-Za-z0-9-]+)(?:;[^:]*)?:(.*)$/.exec(full);
      if (m) props.set(m[1]!.toUpperCase(), m[2]!);
    }
  }
  if (block) log.skip({ file, line: block.line }, `BEGIN:${block.name} is never closed (END:${block.name} missing)`);
  return { props, blocks };
}

export async function importIcsCommand({ values, positionals }: ParsedArgs, io: Io): Promise<number> {
  const file = positionals[0]!;
  const output = typeof values.output === 'string' ? values.output : undefined;
  if (output) await checkOutputPath(output);
  const maxBytes = typeof values['max-size'] === 'string' ? parseSize(values['max-size']) : DEFAULT_MAX_BYTES;
  const zoneOption = timeZoneOption(values['time-zone']);
  const languageValue = languageOption(values.language);
  const daysText = values.days;
  const days = typeof daysText === 'string' ? Number(daysText) : 365;
  if (!Number.isInteger(days) || days < 1 || days > 3660)
    throw new InputError(`--days "${String(daysText)}" is not a number of days from 1 to 3660, e.g. --days 90`);
  if (typeof values.from === 'string') fromOption(values.from, 'UTC');

  const log = new ImportLog();
  const text = await readText(file, maxBytes);
  const calendar = splitCalendar(text, file, log);
  const progress = new ProgressLine(io.stderr, `Reading ${file}`);
  const result = convertCalendar(
    calendar,
    file,
    { zone: zoneOption, language: languageValue, from: values.from as string | undefined, days, publisher: values },
    log,
    (n, total) => progress.update(n, total),
  );
  progress.done();
  if (!result.imported && log.skipped) throw new InputError(`${file}: no event could be imported, nothing was written: ${log.summary()}`);
  const { text: json, feed } = finishFeed(result.draft, log);
  await writeOutput(json, output, io.stdout);
  log.print(io.stderr);
  const count = feed.events.length;
  printLine(
    io.stderr,
    `${file}: ${count} event${count === 1 ? '' : 's'} from ${result.window[0]} to ${result.window[1]} imported${output ? ` into ${output}` : ''}${log.skipped ? ` (${log.skipped} skipped)` : ''}.`,
  );
  return log.exitCode;
}

interface IcsOptions {
  zone?: string;
  language?: string;
  from?: string;
  days: number;
  publisher: ParsedArgs['values'];
}

/** A VEVENT, parsed, with where it is and the zone of its times. */
interface Entry {
  component: Component;
  ref: SourceRef;
  zone: CalendarZone;
  uid: string;
  recurrenceId?: string;
}

function convertCalendar(
  calendar: CalendarText,
  file: string,
  options: IcsOptions,
  log: ImportLog,
  onEvent: (n: number, total: number) => void = () => undefined,
) {
  // Time zones: the file's VTIMEZONEs, then IANA, Windows and display names.
  const vtimezones = new Map<string, InstanceType<typeof ICAL.Timezone>>();
  for (const block of calendar.blocks.filter((b) => b.name === 'VTIMEZONE')) {
    try {
      const component = new ICAL.Component(ICAL.parse(block.text) as unknown as unknown[]);
      const tzid = String(component.getFirstPropertyValue('tzid') ?? '');
      if (tzid) vtimezones.set(tzid, new ICAL.Timezone({ component, tzid }));
    } catch (error) {
      log.change({ file, line: block.line }, `time zone definition cannot be read (${(error as Error).message}); its name is used instead`);
    }
  }
  const zones = new Map<string, CalendarZone>();
  const unknownZones = new Set<string>();
  const zoneFor = (tzid: string, ref: SourceRef, fallback: CalendarZone): CalendarZone => {
    let zone = zones.get(tzid);
    if (!zone) {
      const vtimezone = vtimezones.get(tzid);
      const iana =
        ianaZoneFor(tzid) ??
        (vtimezone ? ianaZoneFor(String(vtimezone.component?.getFirstPropertyValue('x-lic-location') ?? '')) : undefined);
      if (iana) zone = { iana, label: tzid };
      else if (vtimezone) zone = { vtimezone, label: tzid };
      else {
        if (!unknownZones.has(tzid))
          log.change(ref, `time zone "${tzid}" is not known and not defined in the file; its times are read in ${fallback.label}`);
        unknownZones.add(tzid);
        return fallback;
      }
      zones.set(tzid, zone);
    }
    return zone;
  };

  // The feed's zone: --time-zone, the calendar's own (X-WR-TIMEZONE), else the zone most events use.
  const calendarZoneName = calendar.props.get('X-WR-TIMEZONE');
  const calendarZone = options.zone
    ? { iana: options.zone, label: options.zone }
    : calendarZoneName
      ? zoneFor(calendarZoneName, { file }, UTC_ZONE)
      : undefined;

  // Parse each VEVENT on its own.
  const entries: Entry[] = [];
  const languages = new Map<string, number>();
  const events = calendar.blocks.filter((b) => b.name === 'VEVENT');
  for (const block of events) {
    const ref = { file, line: block.line };
    let component: Component;
    try {
      component = new ICAL.Component(ICAL.parse(block.text) as unknown as unknown[]);
    } catch (error) {
      log.skip(ref, `event cannot be read (${(error as Error).message})`);
      continue;
    }
    for (const prop of component.getAllProperties()) {
      const lang = prop.getParameter('language');
      if (typeof lang === 'string') languages.set(lang, (languages.get(lang) ?? 0) + 1);
    }
    const dtstart = component.getFirstProperty('dtstart');
    const title = component.getFirstPropertyValue('summary');
    if (!dtstart) {
      log.skip(ref, `event${title ? ` "${String(title).slice(0, 60)}"` : ''} has no start (DTSTART)`);
      continue;
    }
    const tzid = dtstart.getParameter('tzid');
    const startTime = dtstart.getFirstValue() as Time;
    // An all-day event's dates need no zone; a time without one is in the calendar's zone.
    const zone =
      typeof tzid === 'string' && tzid
        ? zoneFor(tzid, ref, calendarZone ?? UTC_ZONE)
        : startTime.zone === ICAL.Timezone.utcTimezone || startTime.isDate
          ? startTime.isDate
            ? (calendarZone ?? UTC_ZONE)
            : UTC_ZONE
          : (calendarZone ?? floatingZone(ref));
    entries.push({ component, ref, zone, uid: String(component.getFirstPropertyValue('uid') ?? '').trim() });
  }

  const feedZone = calendarZone?.iana ? calendarZone : (mostUsedZone(entries) ?? UTC_ZONE);
  const defaultLocale =
    options.language ?? (languages.size ? languageTag([...languages].sort((a, b) => b[1] - a[1])[0]![0], 'LANGUAGE') : 'en');
  if (!options.language && !languages.size && entries.length)
    log.note(
      "the events' texts do not say their language: they are taken to be English (en); give --language de (for example) if they are not",
      { file },
    );
  const from = options.from ?? fromOption(undefined, feedZone.iana ?? 'UTC');
  const until = addDaysToDateKey(from, options.days);
  const windowStart = wallToInstant(wallOfKey(from), feedZone);
  const windowEnd = wallToInstant(wallOfKey(until), feedZone);

  // Times as wall clock in the event's own zone, so recurrence works in local time.
  for (const entry of entries) {
    try {
      toLocalTimes(entry, zoneFor, calendarZone ?? feedZone);
    } catch (error) {
      log.skip(entry.ref, `times cannot be read (${(error as Error).message})`);
      entry.uid = '\u0000skip';
    }
  }

  const categories = loadCategories(undefined, undefined, new ImportLog());
  const ownCategories = new Map<string, Category>();
  const draft = emptyDraft({
    defaultLocale,
    locales: [defaultLocale],
    timeZone: feedZone.iana ?? 'UTC',
    ...publisherPart(options.publisher, defaultLocale),
  });
  const seen = new Map<string, SourceRef>();
  const masters = new Map<string, Entry>();
  const exceptions = new Map<string, Entry[]>();
  for (const entry of entries) {
    if (entry.uid === '\u0000skip') continue;
    if (!entry.uid)
      entry.uid = `event-${slug(String(entry.component.getFirstPropertyValue('summary') ?? '')).slice(0, 40)}-${wallKey(localStart(entry))}`;
    if (entry.component.hasProperty('recurrence-id')) {
      exceptions.set(entry.uid, [...(exceptions.get(entry.uid) ?? []), entry]);
    } else if (masters.has(entry.uid)) {
      log.skip(entry.ref, `UID "${entry.uid}" is used by an earlier event (line ${masters.get(entry.uid)!.ref.line})`);
    } else masters.set(entry.uid, entry);
  }
  const method = calendar.props.get('METHOD')?.toUpperCase();
  const locales = new Set([defaultLocale]);
  let done = 0;
  const total = masters.size + [...exceptions.values()].reduce((n, l) => n + l.length, 0);
  let imported = 0;

  const emit = (entry: Entry, start: Time, end: Time | undefined, id: string, masterCancelled: boolean): void => {
    const startMs = start.isDate ? undefined : wallToInstant(wallOf(start), entry.zone);
    const endMs = end && !end.isDate ? wallToInstant(wallOf(end), entry.zone) : undefined;
    // In the window: not over before it starts, not starting after it ends.
    const first = startMs ?? wallToInstant(wallOfKey(dateOf(start)), feedZone);
    const last =
      endMs ??
      (end?.isDate
        ? wallToInstant(wallOfKey(dateOf(end)), feedZone)
        : start.isDate
          ? wallToInstant(wallOfKey(addDaysToDateKey(dateOf(start), 1)), feedZone)
          : first);
    if (last <= windowStart && !(last === first && first === windowStart)) return;
    if (first >= windowEnd) return;
    if (seen.has(id)) return log.skip(entry.ref, `an event with id "${id}" was already imported (line ${seen.get(id)!.line})`);
    const event = buildEvent(entry, {
      id,
      start,
      end,
      startMs,
      endMs,
      defaultLocale,
      feedZone,
      cancelled: masterCancelled || method === 'CANCEL',
      categories,
      ownCategories,
      locales,
      log,
    });
    if (!event) return;
    seen.set(id, entry.ref);
    addItem(draft, 'events', event, entry.ref);
    imported++;
  };

  for (const master of masters.values()) {
    onEvent(++done, total);
    const event = new ICAL.Event(master.component);
    const related = exceptions.get(master.uid) ?? [];
    exceptions.delete(master.uid);
    const cancelled = String(master.component.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED';
    if (!event.isRecurring()) {
      for (const extra of related)
        log.change(extra.ref, `a change (RECURRENCE-ID) to event "${master.uid}", which does not repeat; left out`);
      emit(master, event.startDate, endOf(event), master.uid, false);
      continue;
    }
    // Overrides may move an instance: look as far beyond the window as the largest move.
    let shift = 0;
    for (const extra of related) {
      try {
        event.relateException(extra.component);
        const moved = Math.abs(
          wallToInstant(wallOf(new ICAL.Event(extra.component).startDate), extra.zone) -
            wallToInstant(wallOf(extra.component.getFirstPropertyValue('recurrence-id') as Time), master.zone),
        );
        shift = Math.max(shift, moved);
      } catch (error) {
        log.change(extra.ref, `a change (RECURRENCE-ID) that cannot be applied (${(error as Error).message}); left out`);
      }
    }
    const iterator = event.iterator();
    try {
      for (let guard = 0; guard < 200_000; guard++) {
        const occurrence = iterator.next();
        if (!occurrence) break;
        const at = occurrence.isDate
          ? wallToInstant(wallOfKey(dateOf(occurrence)), feedZone)
          : wallToInstant(wallOf(occurrence), master.zone);
        if (at > windowEnd + shift) break;
        if (at + 366 * 86_400_000 < windowStart - shift) continue; // long before the window
        const details = event.getOccurrenceDetails(occurrence);
        const item = details.item as InstanceType<typeof ICAL.Event>;
        const source = item === event ? master : (related.find((r) => r.component === item.component) ?? master);
        emit(source, details.startDate, details.endDate, `${master.uid}_${wallKey(occurrence)}`, cancelled);
      }
    } catch (error) {
      log.skip(master.ref, `its repetition (RRULE) cannot be read (${(error as Error).message})`);
    }
  }
  // Changes whose series is not in the file: each is an event of its own.
  for (const list of exceptions.values()) {
    for (const entry of list) {
      onEvent(++done, total);
      const event = new ICAL.Event(entry.component);
      emit(
        entry,
        event.startDate,
        endOf(event),
        `${entry.uid}_${wallKey(entry.component.getFirstPropertyValue('recurrence-id') as Time)}`,
        false,
      );
    }
  }
  draft.head.locales = [...locales];
  draft.categories = [...ownCategories.values()];
  return { draft, imported, window: [from, addDaysToDateKey(until, -1)] as const };
}

function publisherPart(values: ParsedArgs['values'], language: string) {
  const publisher = publisherOption(values, language);
  return publisher ? { publisher } : {};
}

/** Times without a zone in a calendar that names none: which zone they are in must be said. */
function floatingZone(ref: SourceRef): CalendarZone {
  throw new InputError(
    `${ref.file}:${ref.line}: the event's times have no time zone and the calendar names none: give one with --time-zone Europe/Berlin (or your city's zone)`,
  );
}

function mostUsedZone(entries: Entry[]): CalendarZone | undefined {
  const counts = new Map<string, { zone: CalendarZone; n: number }>();
  for (const { zone } of entries) {
    if (!zone.iana || zone.iana === 'UTC') continue;
    const c = counts.get(zone.iana) ?? { zone, n: 0 };
    c.n++;
    counts.set(zone.iana, c);
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.zone;
}

const DATE_PROPS = ['dtstart', 'dtend', 'recurrence-id', 'exdate', 'rdate', 'due'];

/**
 * Rewrites an event's date-times as floating wall-clock times in its own zone: DTSTART, DTEND,
 * RECURRENCE-ID, EXDATE, RDATE and the RRULE's UNTIL, each first read in its own zone.
 */
function toLocalTimes(
  entry: Entry,
  zoneFor: (tzid: string, ref: SourceRef, fallback: CalendarZone) => CalendarZone,
  calendarZone: CalendarZone,
): void {
  const { component, zone } = entry;
  const local = (time: Time, prop: Property): Time => {
    if (time.isDate) return time;
    const tzid = prop.getParameter('tzid');
    const own =
      typeof tzid === 'string' && tzid
        ? zoneFor(tzid, entry.ref, calendarZone)
        : time.zone === ICAL.Timezone.utcTimezone
          ? UTC_ZONE
          : calendarZone;
    if (own === zone || (own.iana && own.iana === zone.iana)) return floatingTime(wallOf(time));
    return floatingTime(instantToWall(wallToInstant(wallOf(time), own), zone));
  };
  for (const name of DATE_PROPS) {
    for (const prop of component.getAllProperties(name)) {
      const values = prop.getValues().map((value: unknown) => {
        if (value instanceof ICAL.Time) return local(value, prop);
        if (value instanceof ICAL.Period) {
          const start = local(value.start, prop);
          return value.end
            ? new ICAL.Period({ start, end: local(value.end, prop) })
            : new ICAL.Period({ start, duration: value.duration! });
        }
        return value;
      });
      prop.removeParameter('tzid');
      if (values.length === 1) prop.setValue(values[0]);
      else prop.setValues(values);
    }
  }
  for (const prop of component.getAllProperties('rrule')) {
    const recur = prop.getFirstValue() as InstanceType<typeof ICAL.Recur>;
    if (recur.until && !recur.until.isDate) {
      const untilZone = recur.until.zone === ICAL.Timezone.utcTimezone ? UTC_ZONE : zone;
      recur.until = floatingTime(instantToWall(wallToInstant(wallOf(recur.until), untilZone), zone));
    }
  }
  const recurrenceId = component.getFirstPropertyValue('recurrence-id');
  if (recurrenceId) entry.recurrenceId = wallKey(recurrenceId as Time);
}

function localStart(entry: Entry): Time {
  return entry.component.getFirstPropertyValue('dtstart') as Time;
}

/** DTEND, or DTSTART + DURATION; none for an event with neither. */
function endOf(event: InstanceType<typeof ICAL.Event>): Time | undefined {
  return event.component.hasProperty('dtend') || event.component.hasProperty('duration') ? event.endDate : undefined;
}

const wallOf = (t: Time): Wall => ({ year: t.year, month: t.month, day: t.day, hour: t.hour, minute: t.minute, second: t.second });
const wallOfKey = (key: string): Wall => {
  const [year, month, day] = key.split('-').map(Number) as [number, number, number];
  return { year, month, day, hour: 0, minute: 0, second: 0 };
};
const dateOf = (t: Time): string =>
  `${String(t.year).padStart(4, '0')}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;
/** `20270415` or `20270415T1800`: the instance part of an id. */
const wallKey = (t: Time): string =>
  t.isDate
    ? dateOf(t).replace(/-/g, '')
    : `${dateOf(t).replace(/-/g, '')}T${String(t.hour).padStart(2, '0')}${String(t.minute).padStart(2, '0')}`;

interface BuildContext {
  id: string;
  start: Time;
  end: Time | undefined;
  startMs: number | undefined;
  endMs: number | undefined;
  defaultLocale: string;
  feedZone: CalendarZone;
  cancelled: boolean;
  categories: ReturnType<typeof loadCategories>;
  ownCategories: Map<string, Category>;
  locales: Set<string>;
  log: ImportLog;
}

/** The feed's event for one instance, from the component that describes it (the series or its change). */
function buildEvent(entry: Entry, c: BuildContext): CivicEvent | undefined {
  const { component, ref } = entry;
  const text = (name: string, clean: (s: string) => string = (s) => s.trim()): LocalizedText | undefined => {
    const out: Record<string, string> = {};
    for (const prop of component.getAllProperties(name)) {
      const value = clean(String(prop.getFirstValue() ?? ''));
      if (!value) continue;
      const lang = prop.getParameter('language');
      let tag = c.defaultLocale;
      if (typeof lang === 'string') {
        try {
          tag = languageTag(lang, 'LANGUAGE');
        } catch {
          c.log.change(ref, `LANGUAGE=${lang} is not a language tag; the text is taken to be ${c.defaultLocale}`);
        }
      }
      if (!(tag in out)) out[tag] = value;
      c.locales.add(tag);
    }
    return Object.keys(out).length ? out : undefined;
  };
  const title = text('summary');
  if (!title) {
    c.log.skip(ref, 'event has no title (SUMMARY)');
    return undefined;
  }
  const event: CivicEvent = { id: c.id, title, start: '' };
  if (c.start.isDate) {
    event.start = dateOf(c.start);
    if (c.end?.isDate) {
      const last = addDaysToDateKey(dateOf(c.end), -1); // DTEND of an all-day event is the day after
      if (last > event.start) event.end = last;
    }
  } else {
    event.start = isoInZone(c.startMs!, entry.zone);
    if (c.endMs !== undefined && c.endMs > c.startMs!) event.end = isoInZone(c.endMs, entry.zone);
  }
  if (entry.zone.iana && entry.zone.iana !== c.feedZone.iana && entry.zone.iana !== 'UTC' && !c.start.isDate)
    event.timeZone = entry.zone.iana;
  const description = text('description', plainText);
  if (description) event.description = description;
  const status = String(component.getFirstPropertyValue('status') ?? '').toUpperCase();
  if (status === 'CANCELLED' || c.cancelled) event.status = 'cancelled';
  else if (status === 'CONFIRMED' || status === 'TENTATIVE') event.status = 'scheduled';

  // Where: LOCATION (a link there is where to join online), GEO; online: CONFERENCE and the vendors' meeting links.
  const location = text('location');
  let online: string | undefined;
  const place: NonNullable<CivicEvent['location']> = {};
  if (location) {
    const only = Object.values(location)[0]!;
    if (Object.keys(location).length === 1 && webLink(only) && /^https?:/i.test(only)) online = webLink(only);
    else if (!(Object.keys(location).length === 1 && ONLINE_PLACES.test(only.trim()))) place.name = location;
  }
  const geo = component.getFirstPropertyValue('geo') as unknown;
  if (Array.isArray(geo) && geo.length === 2) {
    const [lat, lon] = geo.map(Number) as [number, number];
    if (Math.abs(lat) <= 90 && Math.abs(lon) <= 180) place.geo = { lat, lon };
    else c.log.change(ref, `GEO ${geo.join(';')} is not a position; left out`);
  }
  if (Object.keys(place).length) event.location = place;
  for (const name of ['conference', 'x-google-conference', 'x-microsoft-skypeteamsmeetingurl', 'x-microsoft-onlinemeetingconflink']) {
    const value = component.getFirstPropertyValue(name);
    if (!online && typeof value === 'string' && webLink(value) && /^https?:/i.test(value)) online = value;
  }
  if (online) event.online = { url: online };
  if (online) event.attendanceMode = place.name || place.geo ? 'mixed' : 'online';
  const url = component.getFirstPropertyValue('url');
  if (typeof url === 'string' && url.trim()) {
    const link = webLink(url);
    if (link) event.url = link;
    else c.log.change(ref, `URL "${url.trim().slice(0, 80)}" is not a web address; left out`);
  }
  // CATEGORIES: a known category by id or name in any language, else a category of its own.
  const ids: string[] = [];
  for (const prop of component.getAllProperties('categories')) {
    const lang = prop.getParameter('language');
    for (const raw of prop.getValues()) {
      const value = String(raw).trim();
      if (!value) continue;
      const known = c.categories.find(value);
      const id = known ?? slug(value);
      if (!id) continue;
      if (!c.ownCategories.has(id)) {
        const template = known ? c.categories.categories.find((k) => k.id === known) : undefined;
        c.ownCategories.set(
          id,
          template ?? { id, name: { [typeof lang === 'string' ? languageTagSafe(lang, c.defaultLocale) : c.defaultLocale]: value } },
        );
      }
      ids.push(id);
    }
  }
  if (ids.length) event.categories = [...new Set(ids)];
  const organizer = component.getFirstProperty('organizer');
  if (organizer) {
    const name = organizer.getParameter('cn');
    const address = String(organizer.getFirstValue() ?? '');
    const org: NonNullable<CivicEvent['organizer']> = {};
    if (typeof name === 'string' && name.trim()) org.name = { [c.defaultLocale]: name.trim() };
    if (/^mailto:[^\s@]+@[^\s@]+\.[^\s@?&]+$/i.test(address)) org.url = `mailto:${address.slice(7)}`;
    if (Object.keys(org).length) event.organizer = org;
  }
  const modified = component.getFirstPropertyValue('last-modified') as Time | null;
  if (modified && modified instanceof ICAL.Time) event.updated = dateOf(modified);
  return event;
}

/** LOCATION values that name a meeting service, not a place. */
const ONLINE_PLACES =
  /^(microsoft teams(-besprechung| meeting)?|teams|zoom( meeting)?|webex|google meet|jitsi|skype|online|virtual|virtuell|en ligne|w sieci|online-veranstaltung)$/i;

function languageTagSafe(value: string, fallback: string): string {
  try {
    return languageTag(value, 'LANGUAGE');
  } catch {
    return fallback;
  }
}

/** A description as text: CMS exports sometimes put HTML in DESCRIPTION. */
function plainText(value: string): string {
  let text = value.replace(/\r\n/g, '\n');
  if (/<\/?(p|br|div|a|strong|em|ul|li|span)\b[^>]*>/i.test(text)) {
    text = text
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/(p|div|li)>/gi, '\n')
      .replace(/<li[^>]*>/gi, '• ')
      .replace(/<[^>]+>/g, '')
      .replace(/&nbsp;/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'");
  }
  return text
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
