/**
 * HSDS schedules to the feed's weekly hours and closures. HSDS keeps RRULE-style rows (freq,
 * byday, opens_at, closes_at) with a validity (valid_from / valid_to); the feed has one weekly
 * table plus dated exceptions. The weekly table is what is in force on the reference day (--from);
 * every day of the next year on which what the schedules say differs from that table becomes a
 * closure with that day's hours (or closed): holiday hours, "first Saturday of the month", a
 * summer timetable (a weekly timetable valid for a limited time replaces the weekly hours on its
 * days, even when the regular one was not ended; a monthly or daily rule adds to them). A day no schedule speaks for keeps the weekly hours: HSDS says a passed
 * valid_to means "no newer information", not "closed".
 */
import type { Closure, OpeningHours } from '../feed/types.js';
import { zoneOffsetMs } from '../time/zoned-time.js';
import { addDaysToDateKey, weekdayOfDateKey, type Weekday } from '../time/date-keys.js';

const DAYS: Weekday[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];

export interface RawSchedule {
  id?: string;
  freq?: string;
  interval?: number | string;
  byday?: string;
  bymonthday?: string;
  byweekno?: string;
  byyearday?: string;
  count?: number | string;
  dtstart?: string;
  until?: string;
  valid_from?: string;
  valid_to?: string;
  opens_at?: string;
  closes_at?: string;
  timezone?: number | string;
  description?: string;
}

interface Rule {
  freq: 'WEEKLY' | 'MONTHLY' | 'DAILY';
  interval: number;
  days: Weekday[];
  /** MONTHLY byday with a position: 1SA, -1FR. */
  nth: { n: number; day: Weekday }[];
  monthDays: number[];
  opens: string;
  closes: string;
  validFrom?: string;
  validTo?: string;
  dtstart?: string;
  until?: string;
  count?: number;
  /** Dates of a counted rule (its first `count` occurrences). */
  dates?: Set<string>;
}

export interface ScheduleResult {
  hours: OpeningHours[];
  closures: Closure[];
  /** One message per schedule that could not be used (the caller reports it at the schedule's line). */
  problems: { schedule: RawSchedule; message: string }[];
  notes: string[];
}

const date = (value: unknown): string | undefined =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined;

/**
 * `09:00`, `09:00:00`, `09:00:00Z`, `09:00-05:00`, with the row's `timezone` (hours from UTC):
 * HH:MM on the wall clock of `zone`. An offset that is the zone's own (winter or summer) is the
 * local time as written; another one is moved to the zone's time on the reference day.
 */
function localTime(value: string | undefined, rowOffset: number | undefined, zone: string, from: string): { time?: string; note?: string } {
  const m = value ? /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|([+-])(\d{2})(?::?(\d{2}))?)?$/i.exec(value.trim()) : null;
  if (!m) return {};
  let minutes = Number(m[1]) * 60 + Number(m[2]);
  if (minutes > 24 * 60) return {};
  let offset: number | undefined = rowOffset === undefined ? undefined : rowOffset * 60;
  if (m[3]) offset = m[3].toUpperCase() === 'Z' ? 0 : (m[4] === '-' ? -1 : 1) * (Number(m[5]) * 60 + Number(m[6] ?? 0));
  let note: string | undefined;
  if (offset !== undefined) {
    const year = Number(from.slice(0, 4));
    const own = [Date.UTC(year, 0, 15), Date.UTC(year, 6, 15), Date.parse(`${from}T12:00:00Z`)].map(
      (ms) => zoneOffsetMs(ms, zone) / 60_000,
    );
    if (!own.includes(offset)) {
      minutes = (((minutes - offset + own[2]!) % 1440) + 1440) % 1440;
      note = `${value} is not in ${zone}; read as ${hhmm(minutes)} there`;
    }
  }
  return { time: hhmm(minutes), ...(note ? { note } : {}) };
}

const hhmm = (m: number): string => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

function toRule(s: RawSchedule, zone: string, from: string, notes: string[]): Rule | string {
  const rowOffset = s.timezone === undefined || s.timezone === '' || s.timezone === null ? undefined : Number(s.timezone);
  const opens = localTime(s.opens_at, Number.isFinite(rowOffset) ? rowOffset : undefined, zone, from);
  const closes = localTime(s.closes_at, Number.isFinite(rowOffset) ? rowOffset : undefined, zone, from);
  if (!opens.time || !closes.time) {
    return `no opening and closing time (opens_at "${s.opens_at ?? ''}", closes_at "${s.closes_at ?? ''}")${s.description ? `; its description says "${s.description.slice(0, 80)}"` : ''}`;
  }
  for (const note of [opens.note, closes.note]) if (note) notes.push(note);
  const freq = (s.freq || 'WEEKLY').toUpperCase();
  if (freq !== 'WEEKLY' && freq !== 'MONTHLY' && freq !== 'DAILY')
    return `freq "${s.freq}" cannot be shown as opening hours (WEEKLY, MONTHLY and DAILY can)`;
  if (s.byweekno || s.byyearday) return 'byweekno and byyearday cannot be shown as opening hours';
  const days: Weekday[] = [];
  const nth: Rule['nth'] = [];
  for (const part of (s.byday ?? '')
    .split(',')
    .map((p) => p.trim().toUpperCase())
    .filter(Boolean)) {
    const m = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(part);
    if (!m) return `byday "${s.byday}" is not a list of MO, TU, WE, TH, FR, SA, SU`;
    const day = m[2]!.toLowerCase() as Weekday;
    if (m[1] && freq === 'MONTHLY') nth.push({ n: Number(m[1]), day });
    else days.push(day);
  }
  const monthDays = (s.bymonthday ?? '')
    .toString()
    .split(',')
    .map((p) => Number(p.trim()))
    .filter((n) => Number.isInteger(n) && n !== 0);
  if (freq === 'WEEKLY' && !days.length) return 'a weekly schedule without byday';
  const interval = Number(s.interval ?? 1) || 1;
  const rule: Rule = { freq, interval, days, nth, monthDays, opens: opens.time, closes: closes.time };
  const [validFrom, validTo, dtstart, until] = [date(s.valid_from), date(s.valid_to), date(s.dtstart), date(s.until)];
  Object.assign(rule, validFrom && { validFrom }, validTo && { validTo }, dtstart && { dtstart }, until && { until });
  const count = Number(s.count);
  if (Number.isInteger(count) && count > 0) rule.count = count;
  if ((interval > 1 || rule.count) && !rule.dtstart) return 'interval or count without dtstart';
  return rule;
}

/** Whether `rule` says the service is open on `day` (its validity and repetition), ignoring count. */
function matches(rule: Rule, day: string): boolean {
  const weekday = weekdayOfDateKey(day);
  const [, , dom] = day.split('-').map(Number) as [number, number, number];
  if (rule.freq === 'DAILY') return rule.interval === 1 || (!!rule.dtstart && daysBetween(rule.dtstart, day) % rule.interval === 0);
  if (rule.freq === 'WEEKLY') {
    if (!rule.days.includes(weekday)) return false;
    return rule.interval === 1 || (!!rule.dtstart && Math.floor(daysBetween(mondayOf(rule.dtstart), day) / 7) % rule.interval === 0);
  }
  // MONTHLY
  if (rule.interval > 1 && rule.dtstart && monthsBetween(rule.dtstart, day) % rule.interval !== 0) return false;
  const last = daysInMonth(day);
  if (rule.monthDays.some((n) => (n > 0 ? n : last + 1 + n) === dom)) return true;
  if (rule.days.includes(weekday)) return true;
  return rule.nth.some(({ n, day: d }) => d === weekday && (n > 0 ? Math.ceil(dom / 7) === n : Math.ceil((last - dom + 1) / 7) === -n));
}

/** In force on `day`: within valid_from–valid_to and dtstart–until (and its count). */
function inForce(rule: Rule, day: string): boolean {
  if ((rule.validFrom && day < rule.validFrom) || (rule.validTo && day > rule.validTo)) return false;
  if ((rule.dtstart && day < rule.dtstart) || (rule.until && day > rule.until)) return false;
  return true;
}

function opensOn(rule: Rule, day: string): boolean {
  if (!inForce(rule, day)) return false;
  if (rule.count) {
    if (!rule.dates) {
      rule.dates = new Set();
      for (let d = rule.dtstart!, i = 0; rule.dates.size < rule.count && i < 3660; d = addDaysToDateKey(d, 1), i++)
        if (matches(rule, d)) rule.dates.add(d);
    }
    return rule.dates.has(day);
  }
  return matches(rule, day);
}

/** A plain weekly rule that holds all through the window: part of the weekly table. */
function isWeekly(rule: Rule, windowEnd: string): boolean {
  return rule.freq === 'WEEKLY' && rule.interval === 1 && !rule.count && (!rule.until || rule.until >= windowEnd);
}

export function schedulesToHours(schedules: RawSchedule[], zone: string, from: string, days = 365): ScheduleResult {
  const notes: string[] = [];
  const problems: ScheduleResult['problems'] = [];
  const rules: Rule[] = [];
  const windowEnd = addDaysToDateKey(from, days);
  for (const schedule of schedules) {
    const rule = toRule(schedule, zone, from, notes);
    if (typeof rule === 'string') problems.push({ schedule, message: rule });
    else rules.push(rule);
  }
  const validAt = (rule: Rule, day: string): boolean =>
    (!rule.validFrom || rule.validFrom <= day) && (!rule.validTo || rule.validTo >= day) && (!rule.dtstart || rule.dtstart <= day);
  let weekly = rules.filter((r) => isWeekly(r, windowEnd) && validAt(r, from));
  if (!weekly.length) {
    // Nothing in force yet: the weekly table that starts first.
    const next = rules
      .filter((r) => isWeekly(r, windowEnd) && r.validFrom && r.validFrom > from && r.validFrom < windowEnd)
      .map((r) => r.validFrom!)
      .sort()[0];
    if (next) weekly = rules.filter((r) => isWeekly(r, windowEnd) && validAt(r, next));
  }
  const hours = toHours(weekly.flatMap((r) => r.days.map((day) => ({ day, opens: r.opens, closes: r.closes }))));
  const weeklyOn = (day: string): string => key(weekly.filter((r) => r.days.includes(weekdayOfDateKey(day))));

  const closures: Closure[] = [];
  if (rules.some((r) => !weekly.includes(r)) || weekly.some((r) => r.validTo || r.dtstart || r.until)) {
    let open: { from: string; to: string; ranges: string } | undefined;
    const flush = (): void => {
      if (!open) return;
      const closure: Closure = { from: open.from };
      if (open.to !== open.from) closure.to = open.to;
      if (open.ranges) closure.hours = open.ranges.split(' ').map((r) => ({ opens: r.slice(0, 5), closes: r.slice(6) }));
      closures.push(closure);
      open = undefined;
    };
    for (let day = from; day < windowEnd; day = addDaysToDateKey(day, 1)) {
      const inForceToday = rules.filter((r) => inForce(r, day));
      // A weekly timetable for a limited time (summer, Christmas) replaces the weekly hours on its
      // days; a monthly or daily rule ("first Saturday") adds to them.
      const replacing = inForceToday.filter((r) => !weekly.includes(r) && r.freq === 'WEEKLY' && (r.validFrom || r.validTo));
      const effective = replacing.length ? inForceToday.filter((r) => replacing.includes(r) || r.freq !== 'WEEKLY') : inForceToday;
      const spoken = inForceToday.length > 0;
      const actual = key(effective.filter((r) => opensOn(r, day)));
      if (!spoken || actual === weeklyOn(day)) {
        flush();
        continue;
      }
      if (open && open.ranges === actual && addDaysToDateKey(open.to, 1) === day) open.to = day;
      else {
        flush();
        open = { from: day, to: day, ranges: actual };
      }
    }
    flush();
  }
  return { hours, closures, problems, notes: [...new Set(notes)] };
}

/** The day's ranges as one comparable string: `09:00-12:00 15:00-17:00`. */
function key(rules: Rule[]): string {
  return [...new Set(rules.map((r) => `${r.opens}-${r.closes}`))].sort().join(' ');
}

function toHours(ranges: { day: Weekday; opens: string; closes: string }[]): OpeningHours[] {
  const byTime = new Map<string, Set<Weekday>>();
  for (const r of ranges) byTime.set(`${r.opens}-${r.closes}`, (byTime.get(`${r.opens}-${r.closes}`) ?? new Set()).add(r.day));
  return [...byTime]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([time, days]) => ({ days: DAYS.filter((d) => days.has(d)), opens: time.slice(0, 5), closes: time.slice(6) }));
}

const utc = (day: string): number => Date.parse(`${day}T00:00:00Z`);
const daysBetween = (a: string, b: string): number => Math.round((utc(b) - utc(a)) / 86_400_000);
const mondayOf = (day: string): string => addDaysToDateKey(day, -DAYS.indexOf(weekdayOfDateKey(day)));
const monthsBetween = (a: string, b: string): number =>
  (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));
const daysInMonth = (day: string): number => new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)), 0)).getUTCDate();
