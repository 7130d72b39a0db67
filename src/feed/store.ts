import type { Feed } from './types.js';
import type { FeedSource } from './feed-source.js';

/** Why a feed could not be shown. Elements turn the kind into a translated sentence. */
export type FeedErrorKind = 'no-source' | 'network' | 'timeout' | 'http' | 'not-json' | 'version' | 'invalid';

export interface FeedError {
  kind: FeedErrorKind;
  /** HTTP status for `http`. */
  status?: number;
  /** Technical detail for the console, never shown as the visitor's message. */
  detail?: string;
}

export interface FeedState {
  status: 'loading' | 'ready' | 'error';
  feed?: Feed;
  error?: FeedError;
  /** True when `feed` is the last good copy saved on an earlier visit. */
  fromSavedCopy?: boolean;
}

type Listener = (state: FeedState) => void;

interface Entry {
  state: FeedState;
  listeners: Set<Listener>;
}

/**
 * One entry per feed URL per page, shared by every widget (and by a second copy
 * of the library: the registry hangs off a global symbol).
 */
const registryKey = Symbol.for('civic-widgets.feed-store.v1');
const registry: Map<string, Entry> = ((globalThis as Record<symbol, unknown>)[registryKey] as Map<string, Entry> | undefined)
  ?? ((globalThis as Record<symbol, unknown>)[registryKey] = new Map<string, Entry>()) as Map<string, Entry>;

export function subscribeFeed(source: FeedSource, listener: Listener): () => void {
  let entry = registry.get(source.key);
  if (!entry) {
    entry = { state: { status: 'loading' }, listeners: new Set() };
    registry.set(source.key, entry);
    void load(source, entry);
  }
  entry.listeners.add(listener);
  listener(entry.state);
  const subscribed = entry;
  return () => subscribed.listeners.delete(listener);
}

/** Loads the feed again (a visitor pressed "Try again"); subscribers keep their subscription. */
export function reloadFeed(source: FeedSource): void {
  const entry = registry.get(source.key);
  if (!entry || entry.state.status === 'loading') return;
  publish(entry, { ...entry.state, status: 'loading' });
  void load(source, entry);
}

/** Forget every loaded feed. For tests and for pages that swap feeds. */
export function resetFeedStore(): void {
  registry.clear();
}

function publish(entry: Entry, state: FeedState): void {
  entry.state = state;
  for (const listener of [...entry.listeners]) listener(state);
}

async function load(source: FeedSource, entry: Entry): Promise<void> {
  let text: string;
  if (source.kind === 'inline') {
    text = source.text;
  } else {
    try {
      const response = await fetch(source.url, { credentials: 'omit' });
      if (!response.ok) return publish(entry, { status: 'error', error: { kind: 'http', status: response.status } });
      text = await response.text();
    } catch (error) {
      return publish(entry, { status: 'error', error: { kind: 'network', detail: String(error) } });
    }
  }
  publish(entry, parseFeedText(text));
}

export function parseFeedText(text: string): FeedState {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { status: 'error', error: { kind: 'not-json', detail: String(error) } };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { status: 'error', error: { kind: 'invalid' } };
  const raw = data as Record<string, unknown>;
  if (raw.version !== 1) return { status: 'error', error: { kind: 'version', detail: `version ${String(raw.version)}` } };
  const feed: Feed = {
    version: 1,
    defaultLocale: typeof raw.defaultLocale === 'string' ? raw.defaultLocale : 'en',
    locales: Array.isArray(raw.locales) ? raw.locales.filter((l): l is string => typeof l === 'string') : [],
    timeZone: typeof raw.timeZone === 'string' ? raw.timeZone : 'UTC',
    categories: Array.isArray(raw.categories) ? (raw.categories as Feed['categories']) : [],
    services: Array.isArray(raw.services) ? (raw.services as Feed['services']) : [],
    events: Array.isArray(raw.events) ? (raw.events as Feed['events']) : [],
    calls: Array.isArray(raw.calls) ? (raw.calls as Feed['calls']) : [],
  };
  if (raw.publisher && typeof raw.publisher === 'object') feed.publisher = raw.publisher as Feed['publisher'];
  return { status: 'ready', feed };
}
