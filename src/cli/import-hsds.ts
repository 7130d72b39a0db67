/**
 * `civic-feed import hsds <folder|datapackage.json|file.json>`: services from an Open Referral
 * HSDS 3.0 directory. Both shapes are read into one model first — the tabular data package (CSV
 * tables named in datapackage.json, joined by their ids) and the JSON of the API (service_full
 * objects: one, a list, a paged list `{ contents }`, `{ services }`, or an organization_full) —
 * and then mapped: organization, locations and addresses through service_at_location, phones,
 * e-mail and web site, languages, schedules (hsds-schedules.ts), taxonomy terms (through
 * attributes) to categories, status. Every problem names the line of the row or object it is in.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Category, Location, Service } from '../feed/types.js';
import type { ParsedArgs } from './args.js';
import { loadCategories, forLocales, type CategorySet } from './categories.js';
import { readCsv } from './csv-table.js';
import { parseEmail, parsePhone } from './csv-values.js';
import { schedulesToHours, type RawSchedule } from './hsds-schedules.js';
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
import { locator, syntaxProblem, type Key } from './json-text.js';
import { languageTagOf } from './languages.js';
import { DEFAULT_MAX_BYTES, InputError, parseSize, readText } from './read-input.js';
import { fold } from './suggest.js';
import { printLine, ProgressLine, type Io } from './terminal.js';
import { countryZone } from './time-zone-names.js';
import { checkOutputPath, writeOutput } from './write-output.js';

type Row = Record<string, unknown> & { $ref?: SourceRef; $path?: Key[] };

/** One service with everything it links to, whichever shape it came in. */
interface HService {
  row: Row;
  organization?: Row;
  locations: { location: Row; addresses: Row[]; accessibility: Row[]; phones: Row[]; languages: Row[]; schedules: Row[] }[];
  salSchedules: Row[];
  phones: Row[];
  languages: Row[];
  schedules: Row[];
  terms: { term: Row; linkType?: string }[];
  costOptions: Row[];
  contacts: Row[];
}

const str = (value: unknown): string | undefined => {
  if (value === null || value === undefined) return undefined;
  const text = String(value).trim();
  return text && text.toLowerCase() !== 'null' ? text : undefined;
};

export async function importHsdsCommand({ values, positionals }: ParsedArgs, io: Io): Promise<number> {
  const input = positionals[0]!;
  const output = typeof values.output === 'string' ? values.output : undefined;
  if (output) await checkOutputPath(output);
  const maxBytes = typeof values['max-size'] === 'string' ? parseSize(values['max-size']) : DEFAULT_MAX_BYTES;
  const zoneOption = timeZoneOption(values['time-zone']);
  const language = languageOption(values.language) ?? 'en';
  if (typeof values.from === 'string') fromOption(values.from, 'UTC');
  const log = new ImportLog();
  const categoriesFile = typeof values.categories === 'string' ? values.categories : undefined;
  const categories = categoriesFile ? loadCategories(await readText(categoriesFile), categoriesFile, log) : undefined;

  const services = await readDirectory(input, maxBytes, log);
  if (!services.length)
    throw new InputError(`${input}: no services found (an HSDS directory has a services table, or JSON with service objects)`);

  // The time zone: --time-zone, else the one zone of the addresses' country.
  let zone = zoneOption;
  if (!zone) {
    const countries = new Set(
      services.flatMap((s) => s.locations.flatMap((l) => l.addresses.map((a) => str(a.country)?.toUpperCase()))).filter(Boolean),
    );
    const guess = countries.size === 1 ? countryZone([...countries][0]) : undefined;
    if (!guess)
      throw new InputError(`${input}: which time zone are the opening hours in? add --time-zone Europe/London (or your city's zone)`);
    zone = guess;
    log.note(
      `opening hours are read in ${guess}, the time zone of the addresses' country (${[...countries][0]}); give --time-zone to choose another`,
      { file: input },
    );
  }
  const from = typeof values.from === 'string' ? values.from : fromOption(undefined, zone);
  const publisher = publisherOption(values, language);
  const draft = emptyDraft({ defaultLocale: language, locales: [language], timeZone: zone, ...(publisher ? { publisher } : {}) });
  const builtIn = loadCategories(undefined, undefined, new ImportLog());
  const made = new Map<string, Category>();
  const progress = new ProgressLine(io.stderr, `Reading ${input}`);
  const ids = new Set<string>();
  services.forEach((service, n) => {
    progress.update(n + 1, services.length);
    const item = toService(service, { zone: zone!, from, language, categories, builtIn, made, log });
    if (!item) return;
    if (ids.has(item.id)) return log.skip(service.row.$ref!, `service id "${item.id}" is used twice`);
    ids.add(item.id);
    addItem(draft, 'services', item, service.row.$ref!);
  });
  progress.done();
  if (!draft.services.length) throw new InputError(`${input}: no service could be imported, nothing was written: ${log.summary()}`);
  draft.categories = [...made.values()].map((c) => forLocales(c, [language]));
  const { text, feed } = finishFeed(draft, log);
  await writeOutput(text, output, io.stdout);
  log.print(io.stderr);
  const count = feed.services.length;
  printLine(
    io.stderr,
    `${input}: ${count} service${count === 1 ? '' : 's'} imported${output ? ` into ${output}` : ''}${log.skipped ? ` (${log.skipped} skipped)` : ''}.`,
  );
  return log.exitCode;
}

// ── Reading either shape ───────────────────────────────────────────────────────────────────

async function readDirectory(input: string, maxBytes: number, log: ImportLog): Promise<HService[]> {
  const info = await stat(input).catch(() => undefined);
  if (!info) {
    if (/^https?:\/\//i.test(input)) return readJson(input, await readText(input, maxBytes), log);
    throw new InputError(`${input}: no such file or folder`);
  }
  if (info.isDirectory()) {
    const files = await readdir(input);
    if (files.includes('datapackage.json')) return readPackage(join(input, 'datapackage.json'), maxBytes, log);
    if (files.some((f) => /^services?\.csv$/i.test(f))) return readTables(input, {}, maxBytes, log);
    throw new InputError(`${input}: no datapackage.json and no services.csv in this folder: is it an HSDS export?`);
  }
  if (basename(input).toLowerCase() === 'datapackage.json') return readPackage(input, maxBytes, log);
  if (/\.csv$/i.test(input)) throw new InputError(`${input}: give the folder of the HSDS tables (or its datapackage.json), not one table`);
  return readJson(input, await readText(input, maxBytes), log);
}

async function readPackage(file: string, maxBytes: number, log: ImportLog): Promise<HService[]> {
  const text = await readText(file, maxBytes);
  let data: { resources?: { name?: string; path?: string | string[] }[] };
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, '')) as typeof data;
  } catch {
    const at = syntaxProblem(text);
    throw new InputError(`${file}: not JSON: ${at ? `${at.message} (${at.line}:${at.column})` : 'syntax error'}`);
  }
  if (!Array.isArray(data?.resources)) throw new InputError(`${file}: not a data package (it has no "resources" list)`);
  const paths: Record<string, string> = {};
  for (const r of data.resources) {
    const path = Array.isArray(r.path) ? r.path[0] : r.path;
    if (r.name && typeof path === 'string' && !/^https?:/i.test(path)) paths[r.name.toLowerCase()] = path;
  }
  return readTables(dirname(file), paths, maxBytes, log);
}

const TABLES = [
  'organization',
  'service',
  'location',
  'address',
  'service_at_location',
  'phone',
  'language',
  'schedule',
  'taxonomy_term',
  'attribute',
  'accessibility',
  'cost_option',
  'contact',
] as const;
type Table = (typeof TABLES)[number];

async function readTables(folder: string, paths: Record<string, string>, maxBytes: number, log: ImportLog): Promise<HService[]> {
  const tables = {} as Record<Table, Row[]>;
  const present = new Set(await readdir(folder));
  for (const name of TABLES) {
    const candidates = [
      paths[name],
      `${name}s.csv`,
      `${name}.csv`,
      name === 'accessibility' ? 'accessibilities.csv' : undefined,
      name === 'service_at_location' ? 'service_at_locations.csv' : undefined,
    ].filter((p): p is string => !!p);
    const path = candidates.find((p) => present.has(p) || present.has(basename(p)));
    tables[name] = [];
    if (!path) continue;
    const file = join(folder, path);
    const table = readCsv(await readText(file, maxBytes), file, log);
    const header = table.header.map((h) => h.toLowerCase());
    tables[name] = table.rows.map((r) => {
      const row: Row = Object.fromEntries(header.map((h, i) => [h, r.values[i] ?? '']));
      row.$ref = { file, line: r.line };
      return row;
    });
  }
  if (!tables.service.length) throw new InputError(`${folder}: the services table is missing or empty`);
  const by = (rows: Row[], key: string): Map<string, Row[]> => {
    const map = new Map<string, Row[]>();
    for (const row of rows) {
      const id = str(row[key]);
      if (id) map.set(id, [...(map.get(id) ?? []), row]);
    }
    return map;
  };
  const organizations = new Map(tables.organization.map((o) => [str(o.id), o]));
  const locations = new Map(tables.location.map((l) => [str(l.id), l]));
  const terms = new Map(tables.taxonomy_term.map((t) => [str(t.id), t]));
  const salByService = by(tables.service_at_location, 'service_id');
  const [addresses, accessibility, phonesByLocation, languagesByLocation, schedulesByLocation] = [
    by(tables.address, 'location_id'),
    by(tables.accessibility, 'location_id'),
    by(tables.phone, 'location_id'),
    by(tables.language, 'location_id'),
    by(tables.schedule, 'location_id'),
  ];
  const [phonesByService, languagesByService, schedulesByService, costByService, contactsByService] = [
    by(tables.phone, 'service_id'),
    by(tables.language, 'service_id'),
    by(tables.schedule, 'service_id'),
    by(tables.cost_option, 'service_id'),
    by(tables.contact, 'service_id'),
  ];
  const schedulesBySal = by(tables.schedule, 'service_at_location_id');
  const attributes = by(tables.attribute, 'link_id');
  return tables.service.map((row) => {
    const id = str(row.id) ?? '';
    const sals = salByService.get(id) ?? [];
    return {
      row,
      ...(organizations.get(str(row.organization_id)) ? { organization: organizations.get(str(row.organization_id))! } : {}),
      locations: sals.flatMap((sal) => {
        const location = locations.get(str(sal.location_id));
        if (!location) return [];
        const lid = str(location.id)!;
        const onlyLocation = (rows: Row[] | undefined): Row[] => (rows ?? []).filter((r) => !str(r.service_id));
        return [
          {
            location,
            addresses: addresses.get(lid) ?? [],
            accessibility: accessibility.get(lid) ?? [],
            phones: onlyLocation(phonesByLocation.get(lid)),
            languages: onlyLocation(languagesByLocation.get(lid)),
            schedules: onlyLocation(schedulesByLocation.get(lid)).filter((s) => !str(s.service_at_location_id)),
          },
        ];
      }),
      salSchedules: sals.flatMap((sal) => schedulesBySal.get(str(sal.id) ?? '') ?? []),
      phones: phonesByService.get(id) ?? [],
      languages: languagesByService.get(id) ?? [],
      schedules: (schedulesByService.get(id) ?? []).filter((s) => !str(s.service_at_location_id)),
      terms: (attributes.get(id) ?? []).flatMap((a) => {
        const term = terms.get(str(a.taxonomy_term_id));
        return term ? [{ term, ...(str(a.link_type) ? { linkType: str(a.link_type)! } : {}) }] : [];
      }),
      costOptions: costByService.get(id) ?? [],
      contacts: contactsByService.get(id) ?? [],
    };
  });
}

function readJson(file: string, text: string, log: ImportLog): HService[] {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    const at = syntaxProblem(text);
    throw new InputError(`${file}: not JSON: ${at ? `${at.message} (${at.line}:${at.column})` : 'syntax error'}`);
  }
  // Where the services are: one service_full, a list, a paged list, { services }, an organization_full.
  let list: unknown[];
  let base: Key[];
  const obj = data as Record<string, unknown>;
  if (Array.isArray(data)) [list, base] = [data, []];
  else if (obj && Array.isArray(obj.contents)) [list, base] = [obj.contents, ['contents']];
  else if (obj && Array.isArray(obj.services)) [list, base] = [obj.services, ['services']];
  else if (obj && typeof obj === 'object' && 'name' in obj && ('service_at_locations' in obj || 'status' in obj || 'organization' in obj))
    [list, base] = [[obj], []];
  else if (obj && typeof obj === 'object' && 'version' in obj && 'defaultLocale' in obj)
    throw new InputError(`${file} is a civic-widgets feed already, not HSDS (check it with civic-feed validate)`);
  else throw new InputError(`${file}: no HSDS services in this JSON (expected a service, a list of services, or { "contents": [...] })`);
  const single = list.length === 1 && base.length === 0 && !Array.isArray(data);
  const paths: Key[][] = [];
  const rowAt = (value: unknown, path: Key[]): Row => {
    paths.push(path);
    return { ...(value && typeof value === 'object' && !Array.isArray(value) ? (value as Row) : {}), $path: path };
  };
  const rows = (value: unknown, path: Key[]): Row[] => (Array.isArray(value) ? value.map((v, i) => rowAt(v, [...path, i])) : []);
  const services: HService[] = list.map((raw, i) => {
    const path = single ? [] : [...base, i];
    const row = rowAt(raw, path);
    const sals = Array.isArray(row.service_at_locations) ? (row.service_at_locations as Row[]) : [];
    const orgOwner = !Array.isArray(data) && obj && !single && base[0] === 'services' && 'name' in obj ? (obj as Row) : undefined;
    return {
      row,
      ...(row.organization && typeof row.organization === 'object'
        ? { organization: row.organization as Row }
        : orgOwner
          ? { organization: orgOwner }
          : {}),
      locations: sals.flatMap((sal, k) => {
        const location = sal?.location as Row | undefined;
        if (!location || typeof location !== 'object') return [];
        const at = [...path, 'service_at_locations', k, 'location'];
        return [
          {
            location,
            addresses: rows(location.addresses, [...at, 'addresses']),
            accessibility: rows(location.accessibility, [...at, 'accessibility']),
            phones: rows(location.phones, [...at, 'phones']),
            languages: rows(location.languages, [...at, 'languages']),
            schedules: rows(location.schedules, [...at, 'schedules']),
          },
        ];
      }),
      salSchedules: sals.flatMap((sal, k) => rows(sal?.schedules, [...path, 'service_at_locations', k, 'schedules'])),
      phones: rows(row.phones, [...path, 'phones']),
      languages: rows(row.languages, [...path, 'languages']),
      schedules: rows(row.schedules, [...path, 'schedules']),
      terms: (Array.isArray(row.attributes) ? (row.attributes as Row[]) : []).flatMap((a) =>
        a?.taxonomy_term && typeof a.taxonomy_term === 'object'
          ? [{ term: a.taxonomy_term as Row, ...(str(a.link_type) ? { linkType: str(a.link_type)! } : {}) }]
          : [],
      ),
      costOptions: rows(row.cost_options, [...path, 'cost_options']),
      contacts: rows(row.contacts, [...path, 'contacts']),
    };
  });
  const locate = locator(text, paths);
  const fill = (r: Row): void => {
    if (r.$path) r.$ref = { file, line: locate(r.$path)?.line ?? 1 };
  };
  for (const s of services) {
    fill(s.row);
    for (const r of [
      ...s.phones,
      ...s.languages,
      ...s.schedules,
      ...s.salSchedules,
      ...s.costOptions,
      ...s.contacts,
      ...s.locations.flatMap((l) => [...l.addresses, ...l.accessibility, ...l.phones, ...l.languages, ...l.schedules]),
    ])
      fill(r);
  }
  void log;
  return services;
}

// ── Mapping ────────────────────────────────────────────────────────────────────────────────

interface MapContext {
  zone: string;
  from: string;
  language: string;
  categories: CategorySet | undefined;
  builtIn: CategorySet;
  made: Map<string, Category>;
  log: ImportLog;
}

const STATUS: Record<string, Service['status']> = {
  active: 'active',
  inactive: 'inactive',
  defunct: 'inactive',
  'temporarily closed': 'temporarily closed',
};
const NOT_CATEGORY = /eligib|audience|age|language|access|gender|cost|fee/i;
const FREE = /^(free|free of charge|no charge|gratis|kostenlos|gratuit|bezpłatn\w*)\.?$/i;

function toService(s: HService, c: MapContext): Service | undefined {
  const { row } = s;
  const ref = row.$ref!;
  const name = str(row.name);
  if (!name) {
    c.log.skip(ref, 'service without a name');
    return undefined;
  }
  const id = str(row.id) ?? slug(name);
  const text = (value: unknown) => (str(value) ? { [c.language]: str(value)! } : undefined);
  const service: Service = { id, name: { [c.language]: name } };
  const put = <K extends keyof Service>(key: K, value: Service[K] | undefined): void => {
    if (value !== undefined) service[key] = value;
  };
  put('description', text(row.description));
  put('eligibility', text(row.eligibility_description));
  put('howToApply', text(row.application_process));
  // Cost: the fees in words, or "free" when the directory says so.
  const fees = str(row.fees_description) ?? str(row.fees);
  const free = (fees && FREE.test(fees)) || (!fees && s.costOptions.length > 0 && s.costOptions.every((o) => Number(o.amount) === 0));
  if (free) service.cost = 'free';
  else if (fees) service.cost = { [c.language]: fees };
  else if (s.costOptions.length) {
    service.cost = {
      [c.language]: s.costOptions
        .map((o) =>
          [str(o.option), [str(o.amount), str(o.currency)?.toUpperCase()].filter(Boolean).join(' '), str(o.amount_description)]
            .filter(Boolean)
            .join(': '),
        )
        .join('; '),
    };
  }
  // Organization.
  if (s.organization) {
    const org: NonNullable<Service['organization']> = {};
    if (str(s.organization.name)) org.name = { [c.language]: str(s.organization.name)! };
    const url = webLink(str(s.organization.website) ?? str(s.organization.url) ?? '');
    if (url) org.url = url;
    if (Object.keys(org).length) service.organization = org;
  }
  // Categories from taxonomy terms.
  const categories: string[] = [];
  for (const { term, linkType } of s.terms) {
    const id = categoryFor(term, linkType, c);
    if (id) categories.push(id);
  }
  if (categories.length) service.categories = [...new Set(categories)];
  // Languages spoken: the service's, else those of its locations.
  const langs: string[] = [];
  for (const lang of s.languages.length ? s.languages : s.locations.flatMap((l) => l.languages)) {
    const tag = languageTagOf(str(lang.code) ?? '') ?? languageTagOf(str(lang.name) ?? '');
    if (tag) langs.push(tag);
    else if (str(lang.code) || str(lang.name))
      c.log.change(lang.$ref ?? ref, `language "${str(lang.code) ?? str(lang.name)}" is not known; left out`);
  }
  if (langs.length) service.languages = [...new Set(langs)];
  // Locations through service_at_location: physical addresses, positions, accessibility.
  const locations: Location[] = [];
  for (const l of s.locations) {
    if (str(l.location.location_type)?.toLowerCase() === 'virtual') continue;
    const loc: Location = {};
    if (str(l.location.name)) loc.name = { [c.language]: str(l.location.name)! };
    const address =
      l.addresses.find((a) => str(a.address_type)?.toLowerCase() === 'physical') ??
      l.addresses.find((a) => str(a.address_type)?.toLowerCase() !== 'virtual');
    if (address) {
      const out: NonNullable<Location['address']> = {};
      const street = [str(address.address_1), str(address.address_2)].filter(Boolean).join(', ');
      if (street) out.street = street;
      if (str(address.postal_code)) out.postalCode = str(address.postal_code)!;
      if (str(address.city)) out.city = str(address.city)!;
      const country = str(address.country);
      if (country && /^[A-Za-z]{2}$/.test(country)) out.country = country.toUpperCase();
      else if (country) c.log.change(address.$ref ?? ref, `country "${country}" is not a two-letter code; left out`);
      if (Object.keys(out).length) loc.address = out;
    }
    const lat = Number(str(l.location.latitude));
    const lon = Number(str(l.location.longitude));
    if (str(l.location.latitude) !== undefined || str(l.location.longitude) !== undefined) {
      if (Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) loc.geo = { lat, lon };
      else
        c.log.change(
          l.location.$ref ?? ref,
          `location "${str(l.location.name) ?? str(l.location.id)}": latitude ${str(l.location.latitude)}, longitude ${str(l.location.longitude)} is not a position on Earth; map position left out`,
        );
    }
    const access = l.accessibility
      .map((a) => [str(a.description), str(a.details)].filter(Boolean).join(' '))
      .filter(Boolean)
      .join(' ');
    if (access) loc.accessibility = { [c.language]: access };
    if (Object.keys(loc).length) locations.push(loc);
  }
  if (locations.length) service.locations = locations;
  // Contacts: the service's phone, else its locations', else a contact's; e-mail and web site.
  const contacts: NonNullable<Service['contacts']> = {};
  const phoneRow = [...s.phones, ...s.locations.flatMap((l) => l.phones)][0];
  if (phoneRow && str(phoneRow.number)) {
    const phone = parsePhone(str(phoneRow.number)!.replace(/^"+|"+$/g, ''));
    if (phone.error !== undefined) c.log.change(phoneRow.$ref ?? ref, `${phone.error}; left out`);
    else contacts.phone = phone.value;
  }
  const email = str(row.email) ?? str(s.contacts.find((k) => str(k.email))?.email) ?? str(s.organization?.email);
  if (email) {
    const value = parseEmail(email);
    if (value.error !== undefined) c.log.change(ref, `${value.error}; left out`);
    else contacts.email = value.value;
  }
  const url = str(row.url);
  if (url) {
    const link = webLink(url);
    if (link) contacts.url = link;
    else c.log.change(ref, `url "${url}" is not a web address; left out`);
  }
  if (Object.keys(contacts).length) service.contacts = contacts;
  // Opening hours: the service's own schedules, else those at its locations.
  const schedules = (
    s.schedules.length ? s.schedules : s.salSchedules.length ? s.salSchedules : s.locations.flatMap((l) => l.schedules)
  ) as (Row & RawSchedule)[];
  if (schedules.length) {
    const result = schedulesToHours(schedules, c.zone, c.from);
    for (const { schedule, message } of result.problems)
      c.log.change((schedule as Row).$ref ?? ref, `schedule${str(schedule.id) ? ` "${str(schedule.id)}"` : ''}: ${message}; left out`);
    for (const note of result.notes) c.log.note(note, ref);
    if (result.hours.length) service.hours = result.hours;
    if (result.closures.length) service.closures = result.closures;
  }
  const status = str(row.status)?.toLowerCase();
  if (status) {
    if (STATUS[status]) service.status = STATUS[status];
    else c.log.change(ref, `status "${str(row.status)}" is not active, inactive, defunct or temporarily closed; left out`);
  }
  const modified = str(row.last_modified);
  if (modified && /^\d{4}-\d{2}-\d{2}/.test(modified)) service.updated = modified.length === 10 ? modified : modified.slice(0, 10);
  return service;
}

/** A taxonomy term's category: by the mapping file, else a known category of that name, else its own. */
function categoryFor(term: Row, linkType: string | undefined, c: MapContext): string | undefined {
  const keys = [str(term.id), str(term.code), str(term.name), str(term.term_uri)].filter((k): k is string => !!k).map(fold);
  if (c.categories) {
    const id = keys.map((k) => c.categories!.terms.get(k)).find(Boolean) ?? keys.map((k) => c.categories!.find(k)).find(Boolean);
    if (id && !c.made.has(id))
      c.made.set(
        id,
        c.categories.categories.find((k) => k.id === id)!,
      );
    return id;
  }
  if (linkType && NOT_CATEGORY.test(linkType)) return undefined;
  const name = str(term.name) ?? str(term.code);
  if (!name) return undefined;
  const known = c.builtIn.find(name) ?? (str(term.code) ? c.builtIn.find(str(term.code)!) : undefined);
  const id = known ?? slug(str(term.code) ?? name);
  if (!id) return undefined;
  if (!c.made.has(id)) {
    const lang = str(term.language);
    let tag = c.language;
    if (lang) {
      try {
        tag = languageTagOf(lang) ?? languageTag(lang, 'language');
      } catch {
        tag = c.language;
      }
    }
    c.made.set(id, known ? c.builtIn.categories.find((k) => k.id === known)! : { id, name: { [tag]: name } });
  }
  return id;
}
