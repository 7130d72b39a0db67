/**
 * What every import and merge shares: the log of entries skipped or changed (printed as
 * `FILE:LINE: message`, the entry's first line in the input), the feed's head from the command's
 * options, and the last step, where the assembled feed is read by the widgets' own `readFeed`
 * (anything it would drop is reported against the entry's line) and written only when it reads
 * back without a single warning.
 */
import { LANG_TAG } from '../feed/schema.js';
import type { CivicEvent, Category, Feed, PartnerCall, Publisher, Service } from '../feed/types.js';
import { readFeed } from '../feed/validate.js';
import { FEED_RULES } from '../feed/feed-rules.generated.js';
import { isValidTimeZone } from '../time/zoned-time.js';
import type { ParsedArgs } from './args.js';
import { InputError } from './read-input.js';
import { didYouMean } from './suggest.js';
import { printLine, safeJson, type Writable } from './terminal.js';
import { windowsZoneToIana } from './time-zone-names.js';

/** Where an entry starts in its input. */
export interface SourceRef {
  file: string;
  line?: number;
}

interface LogEntry {
  ref?: SourceRef;
  message: string;
  /** skipped: not imported; changed: imported without something; note: information only. */
  kind: 'skipped' | 'changed' | 'note';
  order: number;
}

export class ImportLog {
  private readonly entries: LogEntry[] = [];

  skip(ref: SourceRef, message: string): void {
    this.add(ref, `${message}; skipped`, 'skipped');
  }

  change(ref: SourceRef, message: string): void {
    this.add(ref, message, 'changed');
  }

  note(message: string, ref?: SourceRef): void {
    this.add(ref, `note: ${message}`, 'note');
  }

  get skipped(): number {
    return this.entries.filter((e) => e.kind === 'skipped').length;
  }

  /** 1 when anything was skipped or changed, else 0. */
  get exitCode(): 0 | 1 {
    return this.entries.some((e) => e.kind !== 'note') ? 1 : 0;
  }

  /** The first problem, for the one line of a run that wrote nothing: `line 8: no name; skipped (and 3 more)`. */
  summary(): string {
    const problems = this.entries.filter((e) => e.kind !== 'note');
    const first = problems[0];
    if (!first) return 'nothing to import';
    return `${first.ref?.line ? `line ${first.ref.line}: ` : ''}${first.message}${problems.length > 1 ? ` (and ${problems.length - 1} more like it)` : ''}`;
  }

  /** Each entry as `FILE:LINE: message`, in the order of the input. */
  print(stream: Writable): void {
    const sorted = [...this.entries].sort(
      (a, b) => (a.ref?.file ?? '').localeCompare(b.ref?.file ?? '') || (a.ref?.line ?? 0) - (b.ref?.line ?? 0) || a.order - b.order,
    );
    for (const { ref, message } of sorted) printLine(stream, ref ? `${ref.file}${ref.line ? `:${ref.line}` : ''}: ${message}` : message);
  }

  private add(ref: SourceRef | undefined, message: string, kind: LogEntry['kind']): void {
    this.entries.push({ ...(ref ? { ref } : {}), message, kind, order: this.entries.length });
  }
}

export type ListName = 'categories' | 'services' | 'events' | 'calls';

/** A feed being assembled, with where each item came from. */
export interface Draft {
  head: Pick<Feed, 'defaultLocale' | 'locales' | 'timeZone'> & { publisher?: Publisher };
  categories: Category[];
  services: Service[];
  events: CivicEvent[];
  calls: PartnerCall[];
  refs: Record<ListName, SourceRef[]>;
}

export function emptyDraft(head: Draft['head']): Draft {
  return { head, categories: [], services: [], events: [], calls: [], refs: { categories: [], services: [], events: [], calls: [] } };
}

/** Adds an item with its source. */
export function addItem<L extends ListName>(draft: Draft, list: L, item: Draft[L][number], ref: SourceRef): void {
  (draft[list] as unknown[]).push(item);
  draft.refs[list].push(ref);
}

/**
 * The feed as text, after the widgets' own reading: what it would remove or skip is logged at the
 * entry's line, and the text written is what remains, which reads back with no warning at all.
 */
export function finishFeed(draft: Draft, log: ImportLog): { text: string; feed: Feed } {
  for (const list of ['categories', 'services', 'events', 'calls'] as const) {
    const order = Object.keys(FEED_RULES[list].e ?? {});
    (draft[list] as object[]) = (draft[list] as object[]).map((item) => orderKeys(item, order));
  }
  const used = new Set([...draft.services, ...draft.events].flatMap((item) => item.categories ?? []));
  const data = {
    version: 1,
    ...(draft.head.publisher ? { publisher: draft.head.publisher } : {}),
    defaultLocale: draft.head.defaultLocale,
    locales: draft.head.locales,
    timeZone: draft.head.timeZone,
    categories: draft.categories.filter((c) => used.has(c.id)),
    services: draft.services,
    events: draft.events,
    calls: draft.calls,
  };
  const { feed, error, warnings } = readFeed(data);
  if (!feed) throw new InputError(`the feed could not be made: ${error?.detail ?? error?.kind}`);
  for (const warning of warnings) {
    const [list, index, ...inside] = warning.at ?? [];
    const ref = draft.refs[list as ListName]?.[index as number];
    const what = inside.length ? `${formatInside(inside)}: ` : '';
    const message = `${what}${warning.message}`;
    if (!ref) log.change({ file: '(feed)' }, `${warning.path}: ${warning.message}`);
    else if (message.endsWith('; item skipped')) log.skip(ref, message.slice(0, -'; item skipped'.length));
    else log.change(ref, message);
  }
  const out: Record<string, unknown> = { version: 1 };
  for (const key of ['publisher', 'defaultLocale', 'locales', 'timeZone', 'updated'] as const)
    if (feed[key] !== undefined) out[key] = feed[key];
  for (const list of ['categories', 'services', 'events', 'calls'] as const) if (feed[list].length) out[list] = feed[list];
  const text = `${safeJson(out)}\n`;
  const check = readFeed(JSON.parse(text));
  if (check.error || check.warnings.length)
    throw new Error(
      `the written feed would not pass validate (${check.warnings[0]?.path ?? ''} ${check.warnings[0]?.message ?? check.error?.detail}): please report this`,
    );
  return { text, feed };
}

/** The item's fields in the format's order (id, name, description …), for a feed people can read. */
function orderKeys<T extends object>(item: T, order: readonly string[]): T {
  const out: Record<string, unknown> = {};
  for (const key of order) if (key in item) out[key] = item[key as keyof T];
  for (const key of Object.keys(item)) if (!(key in out)) out[key] = item[key as keyof T];
  return out as T;
}

function formatInside(at: readonly (string | number)[]): string {
  return at.map((k, i) => (typeof k === 'number' ? `[${k}]` : i ? `.${k}` : k)).join('');
}

// ── Options every import shares ─────────────────────────────────────────────────────────────

/** `--language` as a feed language tag (`de`, `pt-BR`), or an InputError that says what to write. */
export function languageOption(value: string | boolean | undefined): string | undefined {
  if (value === undefined || typeof value !== 'string') return undefined;
  return languageTag(value, '--language');
}

export function languageTag(value: string, where: string): string {
  const tag = value.trim().replace(/_/g, '-');
  if (!LANG_TAG.test(tag)) throw new InputError(`${where} "${value}" is not a language tag: write a code such as de, pl, nl, ar or pt-BR`);
  try {
    return Intl.getCanonicalLocales(tag)[0]!;
  } catch {
    throw new InputError(`${where} "${value}" is not a language tag: write a code such as de, pl, nl, ar or pt-BR`);
  }
}

const ZONES = (): string[] => (Intl as unknown as { supportedValuesOf(k: string): string[] }).supportedValuesOf('timeZone');

/** `--time-zone` as an IANA name, with "did you mean" and Windows names explained. */
export function timeZoneOption(value: string | boolean | undefined, where = '--time-zone'): string | undefined {
  if (value === undefined || typeof value !== 'string') return undefined;
  const zone = value.trim();
  if (zone === 'UTC' || (/^[A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+$/.test(zone) && isValidTimeZone(zone))) return zone;
  const iana = windowsZoneToIana(zone);
  if (iana) throw new InputError(`${where} "${value}" is a Windows name: write ${iana}`);
  throw new InputError(
    `${where} "${value}" is not a time zone${didYouMean(zone, ZONES()) || ': write an IANA name such as Europe/Berlin, Europe/Warsaw or Europe/Amsterdam'}`,
  );
}

/** The feed's publisher from --publisher-name, --publisher-id and --publisher-url. */
export function publisherOption(values: ParsedArgs['values'], language: string): Publisher | undefined {
  const name = values['publisher-name'];
  const id = values['publisher-id'];
  const url = values['publisher-url'];
  if (name === undefined && id === undefined && url === undefined) return undefined;
  const publisher: Publisher = {};
  if (typeof id === 'string') {
    if (!/^[a-z0-9][a-z0-9._-]{0,63}$/.test(id))
      throw new InputError(
        `--publisher-id "${id}" must be lower-case letters, digits, dots or dashes, e.g. --publisher-id ${slug(id) || 'leipzig'}`,
      );
    publisher.id = id;
  }
  if (typeof name === 'string' && name.trim()) publisher.name = { [language]: name.trim() };
  if (typeof url === 'string') {
    const link = webLink(url);
    if (!link) throw new InputError(`--publisher-url "${url}" is not a web address: write it as https://www.example.org`);
    publisher.url = link;
  }
  return publisher;
}

/** A web address as people write it (`www.leipzig.de`) as a link (`https://www.leipzig.de`), or undefined. */
export function webLink(text: string): string | undefined {
  const value = text.trim();
  if (/^https?:\/\/[^\s/?#]+\S*$/i.test(value)) return value.replace(/^https?/i, (s) => s.toLowerCase());
  if (/^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(value)) return `https://${value}`;
  return undefined;
}

/** "Stadt Leipzig – Sozialamt" → "stadt-leipzig-sozialamt": ids people can read. */
export function slug(text: string, max = 64): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/ł/gi, 'l')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

/** YYYY-MM-DD of today in `timeZone`. */
function todayIn(timeZone: string, now = Date.now()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** `--from` as YYYY-MM-DD, or today. */
export function fromOption(value: string | boolean | undefined, timeZone: string): string {
  if (value === undefined || typeof value !== 'string') return todayIn(timeZone);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!m || !date || date.getUTCDate() !== Number(m[3]) || date.getUTCMonth() !== Number(m[2]) - 1)
    throw new InputError(`--from "${value}" is not a date: write it as YYYY-MM-DD, e.g. --from 2027-01-01`);
  return value.trim();
}
