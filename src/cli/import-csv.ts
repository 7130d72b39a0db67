/**
 * `civic-feed import csv <file> --type services|events|calls`: one row per item, the columns of
 * templates/<type>.csv. Texts have a column per language (`name.de`, `name.ar`; a column without
 * a language is in --language), lists are `;`-separated. A bad value is left out of its item and
 * reported with its row's line; a row without what makes an item (an id is made from the name when
 * missing; a name or title; an event's start; a call's deadline) is skipped and reported.
 */
import type { CivicEvent, Location, OpeningHours, PartnerCall, Service } from '../feed/types.js';
import { ATTENDANCE_MODES, EVENT_STATUSES, SERVICE_STATUSES } from '../feed/schema.js';
import { zonedIso } from '../time/zoned-time.js';
import { UsageError, type ParsedArgs } from './args.js';
import { forLocales, loadCategories, type CategorySet } from './categories.js';
import { IMPORT_CSV } from './commands.js';
import { readCsv, type CsvRow, type CsvTable } from './csv-table.js';
import {
  parseBudget,
  parseChoice,
  parseClosures,
  parseCoordinate,
  parseDate,
  parseDateTime,
  parseEmail,
  parsePhone,
  parseWholeNumber,
  parseYesNo,
  type Result,
} from './csv-values.js';
import {
  addItem,
  emptyDraft,
  finishFeed,
  ImportLog,
  languageOption,
  publisherOption,
  slug,
  timeZoneOption,
  webLink,
  type Draft,
  type SourceRef,
} from './import-run.js';
import { languageSuggestion, languageTagOf } from './languages.js';
import { parseOpeningHours } from './opening-hours-text.js';
import { DEFAULT_MAX_BYTES, InputError, parseSize, readText } from './read-input.js';
import { didYouMean } from './suggest.js';
import { ProgressLine, printLine, type Io } from './terminal.js';
import { countryZone } from './time-zone-names.js';
import { checkOutputPath, writeOutput } from './write-output.js';

export type CsvType = 'services' | 'events' | 'calls';

/** The place of a service or an event: its name, address, coordinates and access. */
const PLACE_COLUMNS = ['location_name*', 'street', 'postal_code', 'city', 'district', 'country', 'lat', 'lon', 'accessibility*'];

/** Columns per type; `*` marks a text with one column per language, `[]` a `;`-separated list. */
const COLUMNS: Record<CsvType, string[]> = {
  services: [
    'id',
    'name*',
    'description*',
    'eligibility*',
    'how_to_apply*',
    'organization*',
    'organization_url',
    'categories[]',
    'languages[]',
    'cost*',
    ...PLACE_COLUMNS,
    'phone',
    'email',
    'website',
    'hours',
    'closures',
    'status',
    'time_zone',
    'keywords*',
    'updated',
  ],
  events: [
    'id',
    'title*',
    'description*',
    'start',
    'end',
    'time_zone',
    'status',
    ...PLACE_COLUMNS,
    'online_url',
    'url',
    'attendance_mode',
    'categories[]',
    'languages[]',
    'cost*',
    'free',
    'registration_url',
    'registration_deadline',
    'organizer*',
    'organizer_url',
    'updated',
  ],
  calls: [
    'id',
    'title*',
    'summary*',
    'status',
    'programme',
    'objectives*',
    'partners_sought*',
    'deadline',
    'time_zone',
    'duration_months',
    'budget',
    'budget_currency',
    'coordinator*',
    'coordinator_country',
    'contact_name',
    'contact_email',
    'contact_phone',
    'topics[]',
    'url',
    'updated',
  ],
};

/** Other names people give these columns. */
const ALIASES: Record<string, string> = {
  title: 'name',
  zip: 'postal_code',
  postcode: 'postal_code',
  plz: 'postal_code',
  postal: 'postal_code',
  address: 'street',
  strasse: 'street',
  latitude: 'lat',
  longitude: 'lon',
  lng: 'lon',
  tel: 'phone',
  telephone: 'phone',
  telefon: 'phone',
  e_mail: 'email',
  mail: 'email',
  web: 'website',
  homepage: 'website',
  opening_hours: 'hours',
  openinghours: 'hours',
  timezone: 'time_zone',
  tz: 'time_zone',
  category: 'categories',
  language: 'languages',
  organisation: 'organization',
  organisation_url: 'organization_url',
  program: 'programme',
  program_name: 'programme',
  place: 'location_name',
  venue: 'location_name',
  location: 'location_name',
  starts: 'start',
  ends: 'end',
  start_date: 'start',
  end_date: 'end',
  topic: 'topics',
  closed: 'closures',
  holidays: 'closures',
  organiser: 'organizer',
  organiser_url: 'organizer_url',
  online: 'online_url',
};

interface Column {
  index: number;
  base: string;
  lang?: string;
}

const TYPES: CsvType[] = ['services', 'events', 'calls'];

export async function importCsvCommand({ values, positionals }: ParsedArgs, io: Io): Promise<number> {
  const file = positionals[0]!;
  const typeValue = values.type;
  if (typeof typeValue !== 'string')
    throw new UsageError('which rows are these? add --type services, --type events or --type calls', IMPORT_CSV);
  const type = TYPES.find((t) => t === typeValue.toLowerCase() || `${t.slice(0, -1)}` === typeValue.toLowerCase());
  if (!type) throw new UsageError(`--type "${typeValue}" is not services, events or calls${didYouMean(typeValue, TYPES)}`, IMPORT_CSV);
  const output = typeof values.output === 'string' ? values.output : undefined;
  if (output) await checkOutputPath(output);
  const maxBytes = typeof values['max-size'] === 'string' ? parseSize(values['max-size']) : DEFAULT_MAX_BYTES;
  const language = languageOption(values.language);
  const zone = timeZoneOption(values['time-zone']);
  const log = new ImportLog();
  const categoriesFile = typeof values.categories === 'string' ? values.categories : undefined;
  const categoriesText = categoriesFile ? await readCategoriesFile(categoriesFile) : undefined;
  const text = await readText(file, maxBytes);
  const table = readCsv(text, file, log);
  if (!table.rows.length) throw new InputError(`${file} has a header but no rows`);
  const progress = new ProgressLine(io.stderr, `Reading ${file}`);
  const draft = convertCsv(
    table,
    type,
    { language, timeZone: zone, categories: loadCategories(categoriesText, categoriesFile, log), publisher: values },
    log,
    (n) => progress.update(n, table.rows.length),
  );
  progress.done();
  const imported = draft[type].length;
  if (!imported) throw new InputError(`${file}: no row could be imported, nothing was written: ${log.summary()}`);
  const { text: json, feed } = finishFeed(draft, log);
  await writeOutput(json, output, io.stdout);
  log.print(io.stderr);
  const count = feed[type].length;
  printLine(
    io.stderr,
    `${file}: ${count} ${count === 1 ? type.slice(0, -1) : type} imported${output ? ` into ${output}` : ''}${log.skipped ? ` (${log.skipped} skipped)` : ''}.`,
  );
  return log.exitCode;
}

async function readCategoriesFile(file: string): Promise<string> {
  return readText(file).catch((error: unknown) => {
    throw error instanceof InputError ? error : new InputError(`--categories ${file}: ${(error as Error).message}`);
  });
}

export interface CsvOptions {
  language?: string;
  timeZone?: string;
  categories: CategorySet;
  publisher: ParsedArgs['values'];
}

/** The rows of `table` as a draft feed of `type`. */
function convertCsv(
  table: CsvTable,
  type: CsvType,
  options: CsvOptions,
  log: ImportLog,
  onRow: (n: number) => void = () => undefined,
): Draft {
  const { file } = table;
  const headerRef: SourceRef = { file, line: 1 };
  const columns = mapHeader(table, type, log);
  const rowLanguages = [...new Set(columns.flatMap((c) => (c.lang ? [c.lang] : [])))];
  const hasPlainText = columns.some((c) => !c.lang && COLUMNS[type].includes(`${c.base}*`));
  const defaultLocale = options.language ?? rowLanguages[0];
  if (!defaultLocale)
    throw new InputError(`${file}: which language are the texts in? add --language de (or name the columns name.de, description.de …)`);
  for (const c of columns) if (!c.lang && COLUMNS[type].includes(`${c.base}*`)) c.lang = defaultLocale;
  if (!hasPlainText && options.language && !rowLanguages.includes(options.language))
    log.note(`no text column is in ${options.language} (--language); the feed's first language is still ${options.language}`, headerRef);
  const locales = [...new Set([defaultLocale, ...columns.flatMap((c) => (c.lang ? [c.lang] : []))])];

  const plain = new Map<string, number[]>();
  const localized = new Map<string, Column[]>();
  for (const c of columns) {
    if (c.lang) localized.set(c.base, [...(localized.get(c.base) ?? []), c]);
    else plain.set(c.base, [...(plain.get(c.base) ?? []), c.index]);
  }
  const cell = (row: CsvRow, base: string): string | undefined => {
    for (const index of plain.get(base) ?? []) {
      const v = row.values[index]?.trim();
      if (v) return v;
    }
    return undefined;
  };
  const text = (row: CsvRow, base: string): Record<string, string> | undefined => {
    let out: Record<string, string> | undefined;
    for (const c of localized.get(base) ?? []) {
      const v = row.values[c.index]?.trim();
      if (v && !(out && c.lang! in out)) (out ??= {})[c.lang!] = v;
    }
    return out;
  };
  // The same hours, closures and language names come back row after row: each is read once.
  const hoursOf = memo((value: string) => parseOpeningHours(value, locales));
  const closuresOf = memo((value: string) => parseClosures(value, defaultLocale));
  const languageOf = memo(languageTagOf);
  const list = (value: string | undefined, separators = /[;\n]/): string[] =>
    value
      ? value
          .split(separators)
          .map((v) => v.trim())
          .filter(Boolean)
      : [];

  // The feed's time zone: --time-zone, else the one zone the rows name, else the rows' country's.
  const rowZones = new Set(table.rows.map((r) => cell(r, 'time_zone')).filter((z): z is string => !!z));
  let feedZone = options.timeZone;
  if (!feedZone && rowZones.size === 1) feedZone = timeZoneOption([...rowZones][0], `time_zone`);
  if (!feedZone) {
    const countries = new Set(table.rows.map((r) => cell(r, 'country')?.toUpperCase()).filter(Boolean));
    const guess = countries.size === 1 ? countryZone([...countries][0]) : undefined;
    const needsZone = type !== 'services' || table.rows.some((r) => cell(r, 'hours') || cell(r, 'closures'));
    if (guess && needsZone) {
      feedZone = guess;
      log.note(
        `times are read in ${guess}, the time zone of the rows' country (${[...countries][0]}); give --time-zone to choose another`,
        headerRef,
      );
    } else if (needsZone) {
      throw new InputError(
        `${file}: which time zone are the times in? add --time-zone Europe/Berlin (or your city's zone)${rowZones.size > 1 ? ', or fill time_zone in every row' : ''}`,
      );
    }
  }
  const zone = feedZone ?? 'UTC';

  const draft = emptyDraft({
    defaultLocale,
    locales,
    timeZone: zone,
    ...(() => {
      const p = publisherOption(options.publisher, defaultLocale);
      return p ? { publisher: p } : {};
    })(),
  });
  draft.categories = options.categories.categories.map((c) => forLocales(c, locales));
  const ids = new Set<string>();

  table.rows.forEach((row, n) => {
    onRow(n + 1);
    const ref: SourceRef = { file, line: row.line };
    const problems: string[] = [];
    /** A value, or undefined after noting what was wrong with it. */
    const take = <T>(result: Result<T> | undefined, what: string): T | undefined => {
      if (!result) return undefined;
      if (result.error !== undefined) {
        problems.push(`${result.error}; ${what} left out`);
        return undefined;
      }
      return result.value;
    };
    const rowZoneText = cell(row, 'time_zone');
    let rowZone = zone;
    if (rowZoneText) {
      try {
        rowZone = timeZoneOption(rowZoneText, 'time_zone')!;
      } catch (error) {
        problems.push(`${(error as Error).message}; ${zone} used`);
      }
    }
    const nameBase = type === 'services' ? 'name' : 'title';
    const name = text(row, nameBase);
    if (!name) return log.skip(ref, `no ${nameBase} (the ${nameBase} columns are empty)`);
    let id = cell(row, 'id');
    if (!id) {
      id = slug(Object.values(name)[0]!) || `row-${row.line}`;
      log.note(`no id: "${id}" made from the ${nameBase} (an id column keeps links to the item working when the ${nameBase} changes)`, ref);
    }
    if (ids.has(id)) return log.skip(ref, `id "${id}" is already used by an earlier row`);
    const categories = (): string[] | undefined => {
      const found: string[] = [];
      for (const value of list(cell(row, 'categories'), /[;,\n]/)) {
        const cat = options.categories.find(value);
        if (cat) found.push(cat);
        else problems.push(`category "${value}" is not known${options.categories.suggest(value)}; left out`);
      }
      return found.length ? [...new Set(found)] : undefined;
    };
    const languages = (): string[] | undefined => {
      const found: string[] = [];
      for (const value of list(cell(row, 'languages'), /[;,\n]/)) {
        const tag = languageOf(value);
        if (tag) found.push(tag);
        else problems.push(`language "${value}" is not known${languageSuggestion(value)}; left out`);
      }
      return found.length ? [...new Set(found)] : undefined;
    };
    const link = (base: string): string | undefined => {
      const value = cell(row, base);
      if (!value) return undefined;
      const url = webLink(value);
      if (!url) problems.push(`${base} "${value}" is not a web address (write https://…); left out`);
      return url;
    };
    const location = (): Location | undefined => {
      const loc: Location = {};
      const placeName = text(row, 'location_name');
      if (placeName) loc.name = placeName;
      const address = Object.fromEntries(
        (
          [
            ['street', cell(row, 'street')],
            ['postalCode', cell(row, 'postal_code')],
            ['city', cell(row, 'city')],
            ['district', cell(row, 'district')],
          ] as const
        ).filter(([, v]) => v),
      ) as NonNullable<Location['address']>;
      const country = cell(row, 'country');
      if (country) {
        if (/^[A-Za-z]{2}$/.test(country)) address.country = country.toUpperCase();
        else problems.push(`country "${country}" is not a two-letter code (DE, PL, NL…); left out`);
      }
      if (Object.keys(address).length) loc.address = address;
      const lat = cell(row, 'lat');
      const lon = cell(row, 'lon');
      if (lat || lon) {
        const la = lat ? take(parseCoordinate(lat, 90, 'lat'), 'map position') : undefined;
        const lo = lon ? take(parseCoordinate(lon, 180, 'lon'), 'map position') : undefined;
        if (la !== undefined && lo !== undefined) loc.geo = { lat: la, lon: lo };
        else if (!lat || !lon) problems.push('lat and lon go together; map position left out');
      }
      const accessibility = text(row, 'accessibility');
      if (accessibility) loc.accessibility = accessibility;
      return Object.keys(loc).length ? loc : undefined;
    };
    const updated = (): string | undefined => {
      const value = cell(row, 'updated');
      return value ? take(parseDateTime(value, rowZone), 'updated') : undefined;
    };
    const ownZone = rowZone !== zone ? { timeZone: rowZone } : {};

    if (type === 'services') {
      const service: Service = { id, name };
      assign(service, 'description', text(row, 'description'));
      assign(service, 'categories', categories());
      const orgName = text(row, 'organization');
      const orgUrl = link('organization_url');
      if (orgName || orgUrl) service.organization = { ...(orgName ? { name: orgName } : {}), ...(orgUrl ? { url: orgUrl } : {}) };
      assign(service, 'languages', languages());
      assign(service, 'cost', freeOrText(text(row, 'cost')));
      assign(service, 'eligibility', text(row, 'eligibility'));
      assign(service, 'howToApply', text(row, 'how_to_apply'));
      const loc = location();
      if (loc) service.locations = [loc];
      const contacts: NonNullable<Service['contacts']> = {};
      const phone = cell(row, 'phone');
      if (phone) assign(contacts, 'phone', take(parsePhone(phone), 'phone'));
      const email = cell(row, 'email');
      if (email) assign(contacts, 'email', take(parseEmail(email), 'e-mail'));
      assign(contacts, 'url', link('website'));
      if (Object.keys(contacts).length) service.contacts = contacts;
      Object.assign(service, ownZone);
      const hours = cell(row, 'hours');
      if (hours) {
        const parsed = hoursOf(hours);
        if (parsed.error !== undefined) problems.push(`hours "${hours}": ${parsed.error}; hours left out`);
        else if (parsed.hours.length) service.hours = parsed.hours as OpeningHours[];
      }
      const closures = cell(row, 'closures');
      if (closures) assign(service, 'closures', take(closuresOf(closures), 'closures'));
      const status = cell(row, 'status');
      if (status) assign(service, 'status', take(parseChoice(status, 'status', SERVICE_STATUSES, STATUS_SYNONYMS), 'status'));
      const keywords = text(row, 'keywords');
      if (keywords) service.keywords = Object.fromEntries(Object.entries(keywords).map(([l, v]) => [l, list(v, /[;,\n]/)]));
      assign(service, 'updated', updated());
      addItem(draft, 'services', service, ref);
    } else if (type === 'events') {
      const startText = cell(row, 'start');
      if (!startText) return log.skip(ref, 'no start (the start column is empty)');
      const start = parseDateTime(startText, rowZone);
      if (start.error !== undefined) return log.skip(ref, `start ${start.error}`);
      const event: CivicEvent = { id, title: name, start: start.value };
      assign(event, 'description', text(row, 'description'));
      const endText = cell(row, 'end');
      if (endText) assign(event, 'end', take(parseDateTime(endText, rowZone, start.value), 'end'));
      Object.assign(event, ownZone);
      const status = cell(row, 'status');
      if (status) assign(event, 'status', take(parseChoice(status, 'status', EVENT_STATUSES, EVENT_STATUS_SYNONYMS), 'status'));
      assign(event, 'location', location());
      const online = link('online_url');
      if (online) event.online = { url: online };
      assign(event, 'url', link('url'));
      const mode = cell(row, 'attendance_mode');
      if (mode)
        assign(event, 'attendanceMode', take(parseChoice(mode, 'attendance_mode', ATTENDANCE_MODES, MODE_SYNONYMS), 'attendance mode'));
      assign(event, 'categories', categories());
      assign(event, 'languages', languages());
      assign(event, 'cost', freeOrText(text(row, 'cost')));
      const free = cell(row, 'free');
      if (free) assign(event, 'isAccessibleForFree', take(parseYesNo(free, 'free'), 'free'));
      const registrationUrl = link('registration_url');
      const deadlineText = cell(row, 'registration_deadline');
      const deadline = deadlineText ? take(deadlineOf(deadlineText, rowZone), 'registration deadline') : undefined;
      if (registrationUrl || deadline)
        event.registration = { ...(registrationUrl ? { url: registrationUrl } : {}), ...(deadline ? { deadline } : {}) };
      const organizer = text(row, 'organizer');
      const organizerUrl = link('organizer_url');
      if (organizer || organizerUrl)
        event.organizer = { ...(organizer ? { name: organizer } : {}), ...(organizerUrl ? { url: organizerUrl } : {}) };
      assign(event, 'updated', updated());
      addItem(draft, 'events', event, ref);
    } else {
      const deadlineText = cell(row, 'deadline');
      if (!deadlineText) return log.skip(ref, 'no deadline (the deadline column is empty)');
      const deadline = deadlineOf(deadlineText, rowZone);
      if (deadline.error !== undefined) return log.skip(ref, `deadline ${deadline.error}`);
      const call: PartnerCall = { id, title: name, deadline: deadline.value };
      assign(call, 'summary', text(row, 'summary'));
      const status = cell(row, 'status');
      if (status)
        assign(
          call,
          'status',
          take(
            parseChoice(status, 'status', ['open', 'closed'] as const, {
              offen: 'open',
              geschlossen: 'closed',
              otwarty: 'open',
              zamknięty: 'closed',
            }),
            'status',
          ),
        );
      assign(call, 'programme', cell(row, 'programme'));
      const objectives = text(row, 'objectives');
      if (objectives) {
        const perLanguage = Object.entries(objectives).map(([l, v]) => [l, list(v)] as const);
        const count = Math.max(...perLanguage.map(([, v]) => v.length));
        call.objectives = Array.from({ length: count }, (_, i) =>
          Object.fromEntries(perLanguage.filter(([, v]) => v[i]).map(([l, v]) => [l, v[i]!])),
        );
      }
      assign(call, 'partnersSought', text(row, 'partners_sought'));
      Object.assign(call, ownZone);
      const duration = cell(row, 'duration_months');
      if (duration) assign(call, 'durationMonths', take(parseWholeNumber(duration, 'duration_months'), 'duration'));
      const budget = cell(row, 'budget');
      if (budget) assign(call, 'budget', take(parseBudget(budget, cell(row, 'budget_currency')), 'budget'));
      const coordinator = text(row, 'coordinator');
      const coordinatorCountry = cell(row, 'coordinator_country');
      if (coordinator || coordinatorCountry) {
        call.coordinator = { ...(coordinator ? { name: coordinator } : {}) };
        if (coordinatorCountry && /^[A-Za-z]{2}$/.test(coordinatorCountry)) call.coordinator.country = coordinatorCountry.toUpperCase();
        else if (coordinatorCountry)
          problems.push(`coordinator_country "${coordinatorCountry}" is not a two-letter code (ES, DE…); left out`);
      }
      const contact: NonNullable<PartnerCall['contact']> = {};
      assign(contact, 'name', cell(row, 'contact_name'));
      const email = cell(row, 'contact_email');
      if (email) assign(contact, 'email', take(parseEmail(email), 'e-mail'));
      const phone = cell(row, 'contact_phone');
      if (phone) assign(contact, 'phone', take(parsePhone(phone), 'phone'));
      if (Object.keys(contact).length) call.contact = contact;
      const topics = list(cell(row, 'topics'), /[;,\n]/);
      if (topics.length) call.topics = topics;
      assign(call, 'url', link('url'));
      assign(call, 'updated', updated());
      addItem(draft, 'calls', call, ref);
    }
    ids.add(id);
    for (const problem of problems) log.change(ref, problem);
  });
  return draft;
}

/** A deadline: a date alone means the end of that day (23:59) where the call is. */
function deadlineOf(text: string, timeZone: string): Result<string> {
  const value = parseDateTime(text, timeZone);
  if (value.error !== undefined || value.value.length !== 10) return value;
  const date = parseDate(value.value);
  return date.error !== undefined ? date : { value: zonedIso(date.value.year, date.value.month, date.value.day, 23, 59, timeZone) };
}

const STATUS_SYNONYMS: Record<string, (typeof SERVICE_STATUSES)[number]> = {
  open: 'active',
  aktiv: 'active',
  actief: 'active',
  actif: 'active',
  aktywny: 'active',
  'temporarily closed': 'temporarily closed',
  'closed temporarily': 'temporarily closed',
  'temporary closed': 'temporarily closed',
  'vorübergehend geschlossen': 'temporarily closed',
  'tijdelijk gesloten': 'temporarily closed',
  'fermé temporairement': 'temporarily closed',
  'tymczasowo zamknięty': 'temporarily closed',
  closed: 'inactive',
  defunct: 'inactive',
  inaktiv: 'inactive',
};
const EVENT_STATUS_SYNONYMS: Record<string, (typeof EVENT_STATUSES)[number]> = {
  canceled: 'cancelled',
  abgesagt: 'cancelled',
  'fällt aus': 'cancelled',
  geannuleerd: 'cancelled',
  annulé: 'cancelled',
  odwołane: 'cancelled',
  verschoben: 'postponed',
  confirmed: 'scheduled',
};
const MODE_SYNONYMS: Record<string, (typeof ATTENDANCE_MODES)[number]> = {
  'in person': 'offline',
  onsite: 'offline',
  'on site': 'offline',
  hybrid: 'mixed',
  both: 'mixed',
};

const FREE_WORDS = new Set([
  'free',
  'free of charge',
  'kostenlos',
  'gratis',
  'kostenfrei',
  'gratuit',
  'bezpłatnie',
  'bezpłatne',
  'bezpłatny',
  'gratuito',
  'ücretsiz',
  'безкоштовно',
  'бесплатно',
  'مجاني',
  'مجانی',
  'رایگان',
  'kostenloos',
]);

/** `free` in any language as the feed's `free` (the widgets say it in the visitor's language). */
function freeOrText(cost: Record<string, string> | undefined): Service['cost'] | undefined {
  if (!cost) return undefined;
  return Object.values(cost).some((v) => FREE_WORDS.has(v.trim().toLowerCase())) ? 'free' : cost;
}

function memo<T>(read: (value: string) => T): (value: string) => T {
  const seen = new Map<string, T>();
  return (value) => {
    if (!seen.has(value)) seen.set(value, read(value));
    return seen.get(value)!;
  };
}

function assign<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

/** The header's columns, each with its field and language; unknown columns are reported. */
function mapHeader(table: CsvTable, type: CsvType, log: ImportLog): Column[] {
  const specs = COLUMNS[type];
  const bases = specs.map((s) => s.replace(/[*[\]]/g, ''));
  const localized = new Set(specs.filter((s) => s.endsWith('*')).map((s) => s.slice(0, -1)));
  const columns: Column[] = [];
  const seen = new Set<string>();
  const normalized = table.header.map((h) => normalize(h.replace(/[.:(].*$/, '')));
  for (const [other, marks] of Object.entries(TYPE_MARKS) as [CsvType, string[]][]) {
    if (other !== type && marks.some((m) => normalized.includes(m)) && !TYPE_MARKS[type].some((m) => normalized.includes(m))) {
      throw new InputError(
        `${table.file} looks like a sheet of ${other} (it has a ${marks.find((m) => normalized.includes(m))} column): use --type ${other}`,
      );
    }
  }
  table.header.forEach((raw, index) => {
    if (!raw) return;
    let base = raw;
    let lang: string | undefined;
    const withLang = /^(.*?)\s*(?:[.:]\s*|\(\s*)([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?)\s*\)?$/.exec(raw);
    if (withLang && localized.has(normalize(withLang[1]!))) {
      base = withLang[1]!;
      lang = languageTagOf(withLang[2]!);
      if (!lang)
        return log.change({ file: table.file, line: 1 }, `column "${raw}": "${withLang[2]}" is not a language code; column left out`);
    }
    base = normalize(base);
    const underscoreLang = /^(.+)_([a-z]{2})$/.exec(base);
    if (!lang && underscoreLang && localized.has(underscoreLang[1]!) && !bases.includes(base)) {
      base = underscoreLang[1]!;
      lang = languageTagOf(underscoreLang[2]!);
    }
    if (!bases.includes(base) && ALIASES[base] && bases.includes(ALIASES[base]!)) base = ALIASES[base]!;
    if (type !== 'services' && base === 'name') base = 'title';
    if (type === 'services' && base === 'url') base = 'website';
    if (!bases.includes(base)) {
      return log.change(
        { file: table.file, line: 1 },
        `column "${raw}" is not one of the ${type} columns, so its values are left out${didYouMean(base, bases) || ` (see templates/${type}.csv)`}`,
      );
    }
    if (lang && !localized.has(base)) lang = undefined;
    const key = `${base}.${lang ?? ''}`;
    if (seen.has(key)) return log.change({ file: table.file, line: 1 }, `column "${raw}" comes twice; the second is left out`);
    seen.add(key);
    columns.push({ index, base, ...(lang ? { lang } : {}) });
  });
  const nameBase = type === 'services' ? 'name' : 'title';
  if (!columns.some((c) => c.base === nameBase))
    throw new InputError(
      `${table.file}: no ${nameBase} column (${nameBase}.de, ${nameBase}.en … or just ${nameBase}); is it a ${type} sheet? Start from templates/${type}.csv`,
    );
  return columns;
}

/** Columns only one type has: a sheet with them is of that type. */
const TYPE_MARKS: Record<CsvType, string[]> = {
  services: ['hours', 'opening_hours', 'eligibility', 'how_to_apply'],
  events: ['start', 'start_date'],
  calls: ['deadline', 'partners_sought', 'programme'],
};

/** `How to apply`, `howToApply`, `how-to-apply` → `how_to_apply`. */
function normalize(header: string): string {
  return header
    .trim()
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/ä/g, 'a')
    .replace(/ß/g, 'ss')
    .replace(/[\s\-/]+/g, '_')
    .replace(/[^a-z0-9_]/g, '');
}
