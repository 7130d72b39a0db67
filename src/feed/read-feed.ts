/**
 * Reads untrusted feed data into a `Feed` without ever throwing and without losing anything valid.
 * Used by the browser store AND (through validate.ts) by the `civic-feed` CLI (bundled into dist/cli/),
 * so a web team sees exactly the problems a visitor's browser would skip. Every item goes through the
 * generated fast checks; the repairs (repair.ts: the rules that name each problem) are only loaded when
 * an item fails them, which a valid feed never does.
 *
 * Rules (docs/feed-loading.md):
 * - the top level failing (not an object, wrong `version`, no usable `defaultLocale`/`locales`)
 *   is a `FeedError`;
 * - an item lacking what makes it an item (`id`; a service's `name`; an event's `title` and
 *   `start`, or an `end` before its `start`; a call's `title` and `deadline`) is dropped;
 * - any other bad field is removed and the rest of the item kept;
 * - each problem becomes one `FeedWarning` naming the item id and the path of the bad value.
 */
import { runWaitingInSlices } from '../scheduling/task-slicing.js';
import { FEED_YEARS, isValidTimeZone, parseFeedTime } from '../time/zoned-time.js';
import { FEED_CHECKS, HEAD_FIELDS, type FeedPart } from './feed-checks.generated.js';
import type { Repairer } from './repair.js';
import { withDeps } from '../embed/chunk-deps.js';
import type { Key } from './rules.js';
import type { CivicEvent, Feed, FeedWarning, PartnerCall, Service } from './types.js';

/** Why a feed could not be shown. Elements turn the kind into a translated sentence. */
export type FeedErrorKind = 'no-source' | 'network' | 'timeout' | 'http' | 'not-json' | 'version' | 'invalid';

export interface FeedError {
  kind: FeedErrorKind;
  /** HTTP status for `http`. */
  status?: number;
  /** Technical detail for the console, never shown as the visitor's message. */
  detail?: string;
}

export interface ReadFeedResult {
  feed?: Feed;
  error?: FeedError;
  warnings: FeedWarning[];
}

type Obj = Record<Key, unknown>;
type Warn = (at: Key[], message: string, id?: string) => void;

const LISTS = ['categories', 'services', 'events', 'calls'] as const;

/**
 * The repairs (src/feed/repair.ts), for items that fail the fast checks: given (the synchronous readFeed
 * in validate.ts, the CLI), or loaded the first time one is needed. Reading waits for it at that item,
 * a step that yields the loading; the rest of the feed is read as before.
 */
let loadedRepairer: Repairer | undefined;
let loadingRepairer: Promise<unknown> | undefined;
let repairerFailures = 0;
function loadRepairer(): Promise<unknown> {
  // A failed load is tried again by the next reading (withDeps: under another URL, as the module map keeps failures).
  return (loadingRepairer ??= withDeps('feed/repair', () => import('./repair.js'), repairerFailures).then(
    (module) => (loadedRepairer = module.repairer),
    (error: unknown) => {
      loadingRepairer = undefined;
      repairerFailures++;
      throw error;
    },
  ));
}

/** A step of reading: nothing (go on, or give the event loop its turn), or the repairs being loaded (wait for them). */
export type ReadStep = void | Promise<unknown>;
type Steps = Generator<ReadStep, ReadFeedResult>;

/** `['services', 3, 'name']` → `services[3].name`. */
export function formatPath(at: readonly Key[]): string {
  return at.map((k, i) => (typeof k === 'number' ? `[${k}]` : i ? `.${k}` : k)).join('');
}

/**
 * Runs every step at once with `repairs` at hand (no loading to wait for): the synchronous readFeed of
 * validate.ts.
 */
export function readAll(data: unknown, repairs: Repairer, options?: { src?: string }): ReadFeedResult {
  const steps = readSteps(data, options, repairs);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * `readFeed` in slices: the same result (same items, same warnings in the same order, same
 * errors), but the items are read a few milliseconds at a time, giving the event loop back in
 * between (input, rendering, timers), so a large feed makes no long task. Never rejects.
 */
export async function readFeedSliced(data: unknown, options?: { src?: string; sliceMs?: number }): Promise<ReadFeedResult> {
  return runWaitingInSlices(readSteps(data, options), options?.sliceMs ?? 8);
}

/**
 * `readFeedText` whose first slice runs now: a small feed's result is returned at once (an inline
 * feed shows in the widgets' first render), a large one's later, read in slices like a fetched one.
 */
export function readFeedTextStarted(text: string, options?: { src?: string; sliceMs?: number }): ReadFeedResult | Promise<ReadFeedResult> {
  return runWaitingInSlices(readTextSteps(text, options), options?.sliceMs ?? 8);
}

/**
 * `readFeedText` in slices: a large text is parsed an item at a time (json-steps.ts: one `JSON.parse`
 * of megabytes was a long task), then read like `readFeedSliced`. The same result as `readFeedText`
 * (for a large text that is not JSON, the same kind of error, with its own detail). Never rejects.
 */
export async function readFeedTextSliced(text: string, options?: { src?: string; sliceMs?: number }): Promise<ReadFeedResult> {
  return runWaitingInSlices(readTextSteps(text, options), options?.sliceMs ?? 8);
}

/** Texts from this many characters on are parsed in steps (json-steps.ts); a shorter one in one `JSON.parse` of a few ms. */
export const PARSE_IN_STEPS_FROM = 256 * 1024;

/** The parser in steps, loaded for the first large text (beside a feed of megabytes, its download is nothing). */
let jsonSteps: typeof import('./json-steps.js') | undefined;
let jsonStepsFailures = 0;

function* readTextSteps(text: string, options?: { src?: string }): Steps {
  const json = withoutLeadingSpace(text);
  if (json.length >= PARSE_IN_STEPS_FROM && !jsonSteps)
    yield withDeps('feed/json-steps', () => import('./json-steps.js'), jsonStepsFailures).then(
      (module) => (jsonSteps = module),
      () => jsonStepsFailures++,
    );
  if (json.length < PARSE_IN_STEPS_FROM || !jsonSteps) {
    // A small text; or the parser in steps could not be loaded: the one JSON.parse (a long task, nothing lost).
    const data = parseFeedJson(json);
    return data.error ? data : yield* readSteps(data.value, options);
  }
  const parsed = yield* jsonSteps.parseJsonSteps(json, LISTS);
  if (parsed.error !== undefined) return { error: { kind: 'not-json', detail: parsed.error }, warnings: [] };
  return yield* readSteps(parsed.value, options);
}

/** A byte order mark (an editor's, pasted into an inline feed) or white space before the JSON is not the feed's. */
function withoutLeadingSpace(text: string): string {
  const first = text.charCodeAt(0);
  return first <= 32 || first === 0xfeff ? text.trimStart() : text;
}

/** `JSON.parse` that never throws: the value, or a `not-json` error. */
export function parseFeedJson(text: string): { value?: unknown; error?: FeedError; warnings: FeedWarning[] } {
  try {
    return { value: JSON.parse(withoutLeadingSpace(text)), warnings: [] };
  } catch (error) {
    return { error: { kind: 'not-json', detail: String(error) }, warnings: [] };
  }
}

/**
 * The reading itself, one item per step (`readFeed` runs the steps at once, `readFeedSliced` a
 * slice at a time). Returns the result; never throws. `repairs`: at hand (else loaded when needed).
 */
function* readSteps(data: unknown, { src = '' }: { src?: string } = {}, repairs?: Repairer): Steps {
  const warnings: FeedWarning[] = [];
  const warn: Warn = (at, message, id) => {
    warnings.push({ src, ...(id === undefined ? {} : { id }), path: formatPath(at), message, at });
  };
  try {
    const repairer = function* (): Generator<ReadStep, Repairer | undefined> {
      repairs ??= loadedRepairer;
      if (repairs) return repairs;
      yield loadRepairer();
      return (repairs = loadedRepairer);
    };
    return yield* readRoot(data, warn, warnings, repairer);
  } catch (error) {
    // Only reachable through a bug (or a hostile getter); the page must still not see a throw.
    return { error: { kind: 'invalid', detail: String(error) }, warnings };
  }
}

/** The repairs, once loaded (a step waits for them the first time). */
type GetRepairer = () => Generator<ReadStep, Repairer | undefined>;

function* readRoot(data: unknown, warn: Warn, warnings: FeedWarning[], repairer: GetRepairer): Steps {
  if (!isObject(data)) return { error: { kind: 'invalid', detail: 'the feed is not a JSON object' }, warnings };
  if (data.version !== 1)
    return { error: { kind: 'version', detail: `version ${JSON.stringify(data.version)} is not supported (expected 1)` }, warnings };
  const head: Obj = {};
  for (const key of HEAD_FIELDS) if (Object.hasOwn(data, key)) head[key] = data[key];
  let parsed = head as Partial<Feed> | undefined;
  let fatal: string | undefined;
  if (!FEED_CHECKS.head(head)) {
    const repairs = yield* repairer();
    if (!repairs) return { error: { kind: 'invalid', detail: 'the feed could not be checked (its checks did not load)' }, warnings };
    ({ parsed, fatal } = repairs.head(head, warn) as { parsed?: Partial<Feed>; fatal?: string });
  }
  if (!parsed || fatal) return { error: { kind: 'invalid', detail: fatal ?? 'unreadable top level' }, warnings };
  const feed = { ...parsed, categories: [], services: [], events: [], calls: [] } as Feed;
  feed.timeZone ??= 'UTC';
  if (!isValidTimeZone(feed.timeZone)) {
    warn(['timeZone'], `unknown time zone "${feed.timeZone}"; using UTC`);
    feed.timeZone = 'UTC';
  }
  const updated = feed.updated !== undefined && timeProblem(feed.updated);
  if (updated) {
    warn(['updated'], `${updated}; removed`);
    delete feed.updated;
  }
  if (!feed.locales.includes(feed.defaultLocale)) {
    warn(['locales'], `defaultLocale "${feed.defaultLocale}" is not among locales; added`);
    feed.locales = [feed.defaultLocale, ...feed.locales];
  }
  const reader = new ItemReader(feed.timeZone, warn);
  for (const name of LISTS) {
    const raw = Object.hasOwn(data, name) ? data[name] : undefined;
    if (raw === undefined) continue;
    if (!Array.isArray(raw)) {
      warn([name], 'expected a list; ignored');
      continue;
    }
    const seen = new Set<string>();
    const out = feed[name] as unknown[];
    for (let index = 0; index < raw.length; index++) {
      if (index % ITEMS_PER_STEP === 0 && index) yield;
      if (!(index in raw)) continue; // a hole in a sparse list (never from JSON) is no item
      let item = reader.read(name, raw[index], index);
      if (item === NEEDS_REPAIR) {
        // The first item with a problem: the repairs' file is loaded (in the embed), then the item read again.
        reader.repairs = yield* repairer();
        item = reader.read(name, raw[index], index);
        if (item === NEEDS_REPAIR) {
          warn([name, index], 'could not be checked (the file of the feed checks did not load); item skipped', reader.itemId(raw[index]));
          continue;
        }
      }
      if (!item) continue;
      const itemId = item.id as string;
      if (seen.has(itemId)) {
        warn([name, index, 'id'], `duplicate id "${itemId}"; item skipped`, itemId);
        continue;
      }
      seen.add(itemId);
      if (name === 'categories') reader.categoryIds.add(itemId);
      out.push(item);
    }
  }
  return { feed, warnings };
}

/**
 * Items read between two steps of `readSteps`: about 0.1 ms of work (a step per item spent a
 * tenth of the reading on resuming the generator).
 */
const ITEMS_PER_STEP = 16;

type ListName = Exclude<FeedPart, 'head'>;

/** An item that fails the fast checks while the repairs are not at hand (thrown from deep in its reading, caught in read()). */
const NEEDS_REPAIR = Symbol('needs repair');

/**
 * Reads the items of one feed: what every item needs (the feed's zone, its category ids, where
 * warnings go) and where the item being read is, for its warnings. One per feed, moved from item
 * to item, instead of six parameters to every check (a valid item also allocates nothing here,
 * though that was not measurably faster).
 */
class ItemReader {
  readonly categoryIds = new Set<string>();
  /** The repairs, once at hand: until then an item that fails the fast checks is NEEDS_REPAIR. */
  repairs: Repairer | undefined;
  private list: ListName = 'categories';
  private index = 0;
  private id: string | undefined;

  constructor(
    private readonly feedZone: string,
    private readonly warn: Warn,
  ) {}

  /**
   * One item, checked and repaired, or undefined when it cannot be kept (after a warning). If
   * reading it throws (a bug, or a hostile getter in an object a page passed in), only this item
   * is lost, with a warning: every other item is kept.
   */
  read(list: ListName, rawItem: unknown, index: number): Obj | undefined | typeof NEEDS_REPAIR {
    this.list = list;
    this.index = index;
    this.id = undefined;
    try {
      this.id = isObject(rawItem) && typeof rawItem.id === 'string' ? rawItem.id : undefined;
      return this.readItem(rawItem);
    } catch (error) {
      if (error === NEEDS_REPAIR) return NEEDS_REPAIR;
      this.report([], `could not be read (${String(error)}); item skipped`);
      return undefined;
    }
  }

  /** The id of a raw item, when it has one (for a warning). */
  itemId(rawItem: unknown): string | undefined {
    return isObject(rawItem) && typeof rawItem.id === 'string' ? rawItem.id : undefined;
  }

  /** A warning about the current item, `path` inside it. */
  report(path: Key[], message: string): void {
    this.warn([this.list, this.index, ...path], message, this.id);
  }

  /** Everything a valid item needs is a few generated checks (FEED_CHECKS); the rest runs for items with problems. */
  private readItem(rawItem: unknown): Obj | undefined {
    const { list } = this;
    let item = FEED_CHECKS[list](rawItem) ? (rawItem as Obj) : this.repair(rawItem);
    if (!item) return undefined;
    if (list === 'events') item = checkEvent(item as CivicEvent, this.feedZone, this);
    else if (list === 'calls') item = checkCall(item as PartnerCall, this);
    else if (list === 'services') item = checkService(item as Service, this);
    if (!item) return undefined;
    if (typeof item.updated === 'string' && list !== 'categories') {
      const problem = timeProblem(item.updated);
      if (problem) {
        this.report(['updated'], `${problem}; removed`);
        item = without(item, 'updated');
      }
    }
    // Only services and events have categories: on a call or a category the key is unknown and kept as it is.
    const categories = list === 'services' || list === 'events' ? (item.categories as string[] | undefined) : undefined;
    if (categories && !allKnown(categories, this.categoryIds)) {
      item = {
        ...item,
        categories: categories.filter(
          (c, i) => this.categoryIds.has(c) || void this.report(['categories', i], `unknown category "${c}"; removed`),
        ),
      };
    }
    return item;
  }

  private repair(rawItem: unknown): Obj | undefined {
    if (!this.repairs) throw NEEDS_REPAIR;
    const { id, warn } = this;
    return this.repairs.item(this.list, rawItem, [this.list, this.index], (path, message) => warn(path, message, id));
  }
}

function allKnown(categories: readonly string[], known: ReadonlySet<string>): boolean {
  for (let i = 0; i < categories.length; i++) if (!known.has(categories[i]!)) return false;
  return true;
}

// Items may be the caller's own objects (valid items are not copied): change copies only.

function checkEvent(input: CivicEvent, feedZone: string, place: ItemReader): CivicEvent | undefined {
  let event = dropBadZone(input, place);
  const zone = event.timeZone ?? feedZone;
  let problem = timeProblem(event.start);
  if (problem) return void place.report(['start'], `${problem}; item skipped`);
  if (event.end !== undefined) {
    problem = timeProblem(event.end);
    if (problem) {
      place.report(['end'], `${problem}; removed`);
      event = without(event, 'end');
    } else if (
      (event.start.length === 10) === (event.end.length === 10)
        ? ms(event.end)! < ms(event.start)!
        : ms(event.end, zone)! < ms(event.start, zone)!
    ) {
      return void place.report(['end'], 'end is before start; item skipped');
    }
  }
  const registration = event.registration;
  problem = registration?.deadline === undefined ? undefined : timeProblem(registration.deadline);
  if (problem) {
    place.report(['registration', 'deadline'], `${problem}; removed`);
    event = { ...event, registration: without(registration!, 'deadline') };
  }
  return event;
}

function checkService(input: Service, place: ItemReader): Service {
  const service = dropBadZone(input, place);
  const closures = service.closures;
  if (!closures?.length) return service;
  // Why a closure cannot be used (a day that does not exist, or in no year a city means; "to" before "from").
  const problem = (c: (typeof closures)[number]): [Key, string] | undefined => {
    const from = timeProblem(c.from);
    if (from) return ['from', from];
    const to = c.to === undefined ? undefined : timeProblem(c.to);
    if (to) return ['to', to];
    return c.to !== undefined && c.to < c.from ? ['to', '"to" is before "from"'] : undefined;
  };
  if (!closures.some(problem)) return service;
  return {
    ...service,
    closures: closures.filter((c, i) => {
      const wrong = problem(c);
      if (wrong) place.report(['closures', i, wrong[0]], `${wrong[1]}; closure removed`);
      return !wrong;
    }),
  };
}

function checkCall(input: PartnerCall, place: ItemReader): PartnerCall | undefined {
  const call = dropBadZone(input, place);
  const problem = timeProblem(call.deadline);
  if (problem) return void place.report(['deadline'], `${problem}; item skipped`);
  return call;
}

/**
 * Why a feed time (already of the schema's form) cannot be used, or undefined when it can: a year
 * no calendar or city feed means (9999 as "for ever" gave .ics files a five-digit year), or a day
 * or time that does not exist.
 */
function timeProblem(value: string): string | undefined {
  const year = Number(value.slice(0, 4));
  if (!(year >= FEED_YEARS.first && year <= FEED_YEARS.last)) return `year ${year} is outside ${FEED_YEARS.first}–${FEED_YEARS.last}`;
  return ms(value) === undefined ? 'not a real date' : undefined;
}

/**
 * A feed time (already of the schema's form) as epoch ms, undefined when it is not a real date.
 * Without `zone`, a date-only value is read as 00:00 UTC: it is real exactly when it is in any
 * valid zone, two dates compare the same in every zone, and it skips the costly zone lookup
 * (`Intl`) for each all-day event. Only a date compared with a date-time needs the zone.
 */
function ms(value: string, zone?: string): number | undefined {
  return parseFeedTime(!zone && value.length === 10 ? `${value}T00:00Z` : value, zone)?.ms;
}

/** A copy of `item` without `key`. */
function without<T extends object>(item: T, key: keyof T): T {
  const copy = { ...item };
  delete copy[key];
  return copy;
}

function dropBadZone<T extends { timeZone?: string }>(item: T, place: ItemReader): T {
  if (item.timeZone === undefined || isValidTimeZone(item.timeZone)) return item;
  place.report(['timeZone'], `unknown time zone "${item.timeZone}"; removed`);
  return without(item, 'timeZone');
}

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
