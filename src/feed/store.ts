import type { Feed, FeedWarning } from './types.js';
import type { FeedSource } from './feed-source.js';
import { readFeedTextSliced, readFeedTextStarted, type FeedError, type ReadFeedResult } from './read-feed.js';
import { readSavedRecord, savedCopyOf, STORAGE_TIMEOUT_MS, writeSavedCopy, type SavedCopy, type SavedRecord } from './saved-copy.js';
import { prepareTimeZoneData } from '../time/zoned-time.js';
import { takeEarlyRequest, type EarlyRequest } from './early-request.js';
import { bodyText } from './body-text.js';

export type { FeedError, FeedErrorKind } from './read-feed.js';

export interface FeedState {
  status: 'loading' | 'ready' | 'error';
  feed?: Feed;
  error?: FeedError;
  /** True when `feed` is the last good copy saved on an earlier visit (not confirmed by the server). */
  fromSavedCopy?: boolean;
  /** Problems found in the feed that was read (items or fields skipped). */
  warnings?: FeedWarning[];
}

/** Knobs for tests and unusual pages. Shared by every copy of the library on the page. */
export interface FeedStoreOptions {
  /** Give up on a request after this long (ms). */
  timeoutMs: number;
  /** Wait this long (ms) before the one retry after a network failure. */
  retryDelayMs: number;
  /** Keep a last good copy in the browser's storage. */
  saveCopy: boolean;
  /** Go on without the saved copy when IndexedDB has not answered in this long (ms). */
  storageTimeoutMs: number;
}

type Listener = (state: FeedState) => void;

interface Entry {
  state: FeedState;
  listeners: Set<Listener>;
  /** Bumped on each load so a slow earlier load cannot overwrite a newer one. */
  generation: number;
}

interface Registry {
  entries: Map<string, Entry>;
  options: FeedStoreOptions;
}

/**
 * One entry per feed URL per page, shared by every widget — and by a second copy of the library
 * (two plugins that each bundle it): the registry hangs off a global symbol, not a module variable.
 */
const registryKey = Symbol.for('civic-widgets.feed-store.v2');
const globals = globalThis as Record<symbol, unknown>;
const registry = (globals[registryKey] ??= {
  entries: new Map<string, Entry>(),
  options: { timeoutMs: 10_000, retryDelayMs: 1_000, saveCopy: true, storageTimeoutMs: STORAGE_TIMEOUT_MS },
}) as Registry;
// A registry made by an earlier copy of the library may lack newer options.
registry.options.storageTimeoutMs ??= STORAGE_TIMEOUT_MS;

/** Change store options (tests use short timeouts). Returns the options in force. */
export function configureFeedStore(options: Partial<FeedStoreOptions> = {}): FeedStoreOptions {
  return Object.assign(registry.options, options);
}

export function subscribeFeed(source: FeedSource, listener: Listener): () => void {
  let entry = registry.entries.get(source.key);
  if (!entry) {
    entry = { state: { status: 'loading' }, listeners: new Set(), generation: 0 };
    registry.entries.set(source.key, entry);
    void load(source, entry, true);
  }
  entry.listeners.add(listener);
  notify(listener, entry.state);
  const subscribed = entry;
  return () => subscribed.listeners.delete(listener);
}

/** Loads the feed again (a visitor pressed "Try again"); subscribers keep their subscription. */
export function reloadFeed(source: FeedSource): void {
  const entry = registry.entries.get(source.key);
  if (!entry || entry.state.status === 'loading') return;
  publish(entry, { ...entry.state, status: 'loading' });
  void load(source, entry, false);
}

/** Forget every loaded feed (not the saved copies). For tests and for pages that swap feeds. */
export function resetFeedStore(): void {
  for (const entry of registry.entries.values()) entry.generation++;
  registry.entries.clear();
}

function toState({ feed, error, warnings }: ReadFeedResult): FeedState {
  return feed ? { status: 'ready', feed, warnings } : { status: 'error', error: error ?? { kind: 'invalid' }, warnings };
}

function notify(listener: Listener, state: FeedState): void {
  try {
    listener(state);
  } catch (error) {
    // A failing widget must not stop the others, nor throw into the page.
    console.error(error);
  }
}

function publish(entry: Entry, state: FeedState): void {
  entry.state = state;
  for (const listener of [...entry.listeners]) notify(listener, state);
}

async function load(source: FeedSource, entry: Entry, firstLoad: boolean): Promise<void> {
  const generation = ++entry.generation;
  const current = () => entry.generation === generation && registry.entries.get(source.key) === entry;
  try {
    if (source.kind === 'inline') {
      // A small inline feed is read at once (the widgets' first render shows it); a large one in slices.
      const read = readFeedTextStarted(source.text, { src: source.key });
      const result = read instanceof Promise ? await read : read;
      if (!current()) return;
      publish(entry, toState(result));
      return report(source.key, result.warnings);
    }
    const { saveCopy, storageTimeoutMs } = registry.options;
    // The request the embed's entry started before the widgets' code came (src/feed/early-request.ts).
    const early = firstLoad ? takeEarlyRequest(source.url) : undefined;
    // The stored record comes quickly (its ETag goes with the request); reading the copy in it
    // again (validation, in slices) goes on meanwhile. Storage has a time limit (a stuck
    // IndexedDB never answers), and a fetched feed never waits for it.
    const recordPromise = saveCopy ? readSavedRecord(source.url, storageTimeoutMs) : Promise.resolve(undefined);
    const savedPromise = recordPromise.then(savedCopyOf).catch(() => undefined);
    if (firstLoad) {
      // Show the last good copy at once; the fresh one replaces it when it arrives.
      void savedPromise.then((copy) => {
        if (copy && current() && !entry.state.feed) publish(entry, { status: 'loading', feed: copy.feed, fromSavedCopy: true });
      });
    }
    // In a task of its own, while the request is under way: not in the task that reads the feed.
    setTimeout(prepareTimeZoneData);
    const record = early ? undefined : await Promise.race([recordPromise, delay(50).then(() => undefined)]);
    let outcome = await fetchFeed(source.url, record && conditionalAllowed(source.url, record) ? record : undefined, early);
    if (!current()) return;
    if (outcome.notModified) {
      const saved = await savedPromise;
      if (!current()) return;
      if (saved) return publish(entry, { status: 'ready', feed: saved.feed });
      // "Not modified", but the copy it meant cannot be read any more: ask for the feed itself.
      outcome = await fetchFeed(source.url, undefined);
      if (!current()) return;
    }
    if (outcome.error) {
      const saved = await savedPromise;
      return current() ? publishFailure(entry, outcome.error, saved) : undefined;
    }
    const text = outcome.text ?? '';
    // JSON.parse in one go, then the items in slices: no long task however large the feed.
    const result = await readFeedTextSliced(text, { src: source.url });
    if (!current()) return;
    report(source.url, result.warnings);
    if (!result.feed) {
      const saved = await savedPromise;
      return current() ? publishFailure(entry, result.error ?? { kind: 'invalid' }, saved, result.warnings) : undefined;
    }
    // The same text as the saved copy the widgets show (no ETag, another origin, or storage slower than
    // the request): they keep that copy, so a list is not indexed again under a query being typed.
    // (A copy shown has been read: nothing waits for storage here.)
    const shown = entry.state.fromSavedCopy ? entry.state.feed : undefined;
    const same = shown && (await savedPromise)?.text === text;
    if (!current()) return;
    publish(entry, { status: 'ready', feed: same ? shown : result.feed, warnings: result.warnings });
    // Saved later, when the page is idle, as the text it came as (a string is stored fast; the
    // copy is read again through readFeed on the next visit).
    const copy: SavedCopy = {
      feed: result.feed,
      text,
      etag: outcome.etag,
      lastModified: outcome.lastModified,
      finalUrl: outcome.finalUrl,
      savedAt: Date.now(),
    };
    // Not after a reset or a newer load (that one saves its own copy).
    if (saveCopy) whenIdle(() => current() && void writeSavedCopy(source.url, copy, storageTimeoutMs));
  } catch (error) {
    if (current()) publishFailure(entry, { kind: 'invalid', detail: String(error) });
  }
}

function publishFailure(entry: Entry, error: FeedError, saved?: SavedCopy, warnings?: FeedWarning[]): void {
  console.warn(`civic-widgets: feed not loaded (${error.kind}${error.status ? ` ${error.status}` : ''})`, error.detail ?? '');
  // Keep showing what the visitor already has (loaded earlier on this page, or the saved copy).
  const feed = entry.state.feed ?? saved?.feed;
  publish(entry, feed ? { status: 'error', error, feed, fromSavedCopy: true, warnings } : { status: 'error', error, warnings });
}

interface FetchOutcome {
  text?: string;
  etag?: string;
  lastModified?: string;
  /** The URL that answered, after redirects, when it is another one. */
  finalUrl?: string;
  notModified?: boolean;
  error?: FeedError;
}

/**
 * Whether the request may carry the saved copy's `If-None-Match` / `If-Modified-Since`. Those
 * headers make a cross-origin GET need a CORS preflight, which an open-data portal may not answer:
 * so only when the feed's URL AND the URL that answered last time (after redirects) are this
 * page's origin. Elsewhere the browser's own HTTP cache revalidates.
 */
function conditionalAllowed(url: string, saved: SavedRecord): boolean {
  return sameOrigin(url) && sameOrigin(saved.finalUrl ?? url);
}

/**
 * GET with a timeout and one retry after a network failure; conditional when we hold a copy. The
 * retry asks without conditions: a conditional request that failed may have failed because of them
 * (a redirect to a host that refuses the preflight they need).
 */
async function fetchFeed(url: string, saved: SavedRecord | undefined, early?: EarlyRequest): Promise<FetchOutcome> {
  const first = await fetchOnce(url, saved, early);
  if (first.error?.kind !== 'network') return first;
  await delay(registry.options.retryDelayMs);
  return fetchOnce(url, undefined);
}

/** One GET; `early`: the request already under way (the entry's), whose answer is read instead. */
async function fetchOnce(url: string, saved: SavedRecord | undefined, early?: EarlyRequest): Promise<FetchOutcome> {
  const controller = early?.controller ?? new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, registry.options.timeoutMs);
  const headers: Record<string, string> = {};
  if (saved?.etag) headers['If-None-Match'] = saved.etag;
  else if (saved?.lastModified) headers['If-Modified-Since'] = saved.lastModified;
  try {
    const response = await (early?.response ?? fetch(url, { credentials: 'omit', headers, signal: controller.signal }));
    if (response.status === 304) return { notModified: true };
    if (!response.ok) return { error: { kind: 'http', status: response.status } };
    const text = await bodyText(response);
    const finalUrl = response.url && response.url !== url ? response.url : undefined;
    return {
      text,
      etag: response.headers.get('ETag') ?? undefined,
      lastModified: response.headers.get('Last-Modified') ?? undefined,
      finalUrl,
    };
  } catch (error) {
    return { error: { kind: timedOut ? 'timeout' : 'network', detail: String(error) } };
  } finally {
    clearTimeout(timer);
  }
}

/** Problems written out on the console per load; the rest are counted there (every one is an event). */
const CONSOLE_PROBLEMS = 20;

/**
 * Each problem once per load: on the console, in one collapsed group per feed with the first
 * problems and a count (a line per problem for 10,000 broken items held the page for seconds), and
 * as a `civic-feed-warning` event on `document`, a few milliseconds of them per task.
 */
function report(src: string, warnings: FeedWarning[]): void {
  const seen = new Set<string>();
  const unique = warnings.filter(({ id, path, message }) => {
    const key = `${id}\u0000${path}\u0000${message}`;
    return !seen.has(key) && !!seen.add(key);
  });
  if (!unique.length) return;
  try {
    console.groupCollapsed(`civic-widgets: ${unique.length} problem${unique.length === 1 ? '' : 's'} in ${src} (items or fields left out)`);
    for (const { path, id, message } of unique.slice(0, CONSOLE_PROBLEMS)) console.warn(`${path}${id ? ` (id "${id}")` : ''}: ${message}`);
    if (unique.length > CONSOLE_PROBLEMS)
      console.warn(`… and ${unique.length - CONSOLE_PROBLEMS} more: each is a civic-feed-warning event on document`);
    console.groupEnd();
  } catch {
    // A console without groups: the events still say it all.
  }
  let next = 0;
  const dispatch = (): void => {
    const end = performance.now() + 4;
    try {
      while (next < unique.length && performance.now() < end) {
        const { src, id, path, message } = unique[next++]!;
        document.dispatchEvent(new CustomEvent('civic-feed-warning', { detail: { src, id, path, message } }));
      }
    } catch {
      // No document (a worker) or a broken polyfill: the console says it.
      return;
    }
    if (next < unique.length) setTimeout(dispatch);
  };
  dispatch();
}

function sameOrigin(url: string): boolean {
  try {
    return new URL(url).origin === location.origin;
  } catch {
    return false;
  }
}

/** Runs `task` when the page is idle (after the widgets have rendered), at the latest after 2 s. */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2_000 });
  else setTimeout(task, 200);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
