/**
 * The last good copy of a feed, kept in the visitor's browser so the widgets show something at
 * once on the next visit and when offline (docs/feed-loading.md): localStorage for small feeds
 * (synchronous, survives everywhere), IndexedDB for larger ones, as a Blob (body-text.ts). Any
 * storage failure — quota, private mode, storage disabled — is swallowed: the widgets work on
 * without a copy.
 */
import type { Feed } from './types.js';
import { readFeedSliced, readFeedTextSliced } from './read-feed.js';
import { bodyText, textBlob } from './body-text.js';

export interface SavedCopy {
  feed: Feed;
  /** The feed's JSON as it arrived: what is stored when given (a string is cheap to store and to clone); read back with the copy. */
  text?: string | undefined;
  etag?: string | undefined;
  lastModified?: string | undefined;
  /** Where the feed came from in the end, after redirects (when that was another URL). */
  finalUrl?: string | undefined;
  savedAt: number;
}

/**
 * What is kept: the feed's JSON text (a string in localStorage, a Blob in IndexedDB; from earlier
 * versions a string there too, or the feed object), not yet read again, and what the next request
 * needs. Read back through `record()`: every field checked.
 */
export interface SavedRecord {
  text?: unknown;
  feed?: unknown;
  etag?: string | undefined;
  lastModified?: string | undefined;
  finalUrl?: string | undefined;
  savedAt?: number;
}

/** How long a read or write of IndexedDB may take before the widgets go on without it (a stuck database never answers). */
export const STORAGE_TIMEOUT_MS = 2_000;

/** Feeds up to this many characters of JSON go to localStorage. */
export const LOCAL_STORAGE_LIMIT = 200_000;
const PREFIX = 'civic-widgets.feed:';
const DB = 'civic-widgets';
const STORE = 'feeds';

/** The last good copy, read again as any feed is (storage is not trusted), or undefined. */
export async function readSavedCopy(url: string, timeoutMs = STORAGE_TIMEOUT_MS): Promise<SavedCopy | undefined> {
  return readSavedRecord(url, timeoutMs).then(savedCopyOf);
}

/**
 * The stored record, its fields checked (quick: its `etag` can go out with the request while the
 * copy is read); undefined when there is none, or when storage has not answered in `timeoutMs`.
 */
export async function readSavedRecord(url: string, timeoutMs = STORAGE_TIMEOUT_MS): Promise<SavedRecord | undefined> {
  try {
    const local = localStorage.getItem(PREFIX + url);
    if (local) return record(JSON.parse(local));
  } catch {
    // Unreadable or blocked storage: try IndexedDB.
  }
  try {
    return record(await idb('readonly', (store) => store.get(url), timeoutMs));
  } catch {
    return undefined;
  }
}

/**
 * Reads a stored record into a copy, a slice at a time (a large feed makes no long task).
 * Storage is not trusted either (another version of the library, a browser extension): a record
 * that is not a feed any more gives undefined.
 */
export async function savedCopyOf(saved: SavedRecord | undefined): Promise<SavedCopy | undefined> {
  if (!saved) return undefined;
  const text = saved.text instanceof Blob ? await bodyText(new Response(saved.text)).catch(() => undefined) : saved.text;
  const { feed } = typeof text === 'string' ? await readFeedTextSliced(text) : await readFeedSliced(saved.feed);
  return (
    feed && {
      feed,
      text: typeof text === 'string' ? text : undefined,
      etag: saved.etag,
      lastModified: saved.lastModified,
      finalUrl: saved.finalUrl,
      savedAt: saved.savedAt ?? 0,
    }
  );
}

/** Keeps `copy` (its `text` when given, else the feed as JSON). Never throws; a full storage is no error. */
export async function writeSavedCopy(url: string, copy: SavedCopy, timeoutMs = STORAGE_TIMEOUT_MS): Promise<void> {
  let saved: SavedRecord & { text: string };
  try {
    saved = {
      text: copy.text ?? JSON.stringify(copy.feed),
      etag: copy.etag,
      lastModified: copy.lastModified,
      finalUrl: copy.finalUrl,
      savedAt: copy.savedAt,
    };
  } catch {
    return;
  }
  const small = saved.text.length <= LOCAL_STORAGE_LIMIT;
  try {
    if (small) localStorage.setItem(PREFIX + url, JSON.stringify(saved));
    else localStorage.removeItem(PREFIX + url);
  } catch {
    // Quota exceeded or storage disabled.
  }
  const put = (text: Blob | string) => idb('readwrite', (store) => store.put({ ...saved, text }, url), timeoutMs);
  try {
    if (small) await idb('readwrite', (store) => store.delete(url), timeoutMs);
    // As a Blob (its bytes are handed over as they are); as the string where Blobs cannot be stored (WebKit's automation and private windows).
    else await put(await textBlob(saved.text)).catch(() => put(saved.text));
  } catch {
    // Quota exceeded, private mode, or no IndexedDB.
  }
}

/** Removes the saved copies of `urls`, or every saved feed copy (tests; a page that wants to forget). */
export async function clearSavedCopies(urls?: readonly string[]): Promise<void> {
  try {
    for (const key of Object.keys(localStorage)) {
      if (key.startsWith(PREFIX) && (!urls || urls.includes(key.slice(PREFIX.length)))) localStorage.removeItem(key);
    }
  } catch {
    // Nothing to clear.
  }
  try {
    if (!urls) await idb('readwrite', (store) => store.clear());
    else for (const url of urls) await idb('readwrite', (store) => store.delete(url));
  } catch {
    // Nothing to clear.
  }
}

/** An entity tag as HTTP writes it (`"v1"`, `W/"v1"`): nothing else goes into `If-None-Match`. */
const ETAG = /^(?:W\/)?"[\x21\x23-\x7E\x80-\xFF]{0,200}"$/;

/**
 * A stored record with every field checked: storage is not trusted (another version of the
 * library, an extension, a person with developer tools). A tampered `etag` with a line break made
 * every request throw, so the page showed the stale copy for ever.
 */
function record(value: unknown): SavedRecord | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { text, feed, etag, lastModified, finalUrl, savedAt } = value as Record<string, unknown>;
  return {
    text,
    feed,
    etag: typeof etag === 'string' && ETAG.test(etag) ? etag : undefined,
    lastModified:
      typeof lastModified === 'string' && /^[\x20-\x7E]{1,64}$/.test(lastModified) && Number.isFinite(Date.parse(lastModified))
        ? lastModified
        : undefined,
    finalUrl: typeof finalUrl === 'string' && /^https?:\/\/\S+$/.test(finalUrl) ? finalUrl : undefined,
    savedAt: typeof savedAt === 'number' && Number.isFinite(savedAt) ? savedAt : 0,
  };
}

/** One request to the library's IndexedDB store; rejects when the database has not answered in `timeoutMs`. */
function idb<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>, timeoutMs = STORAGE_TIMEOUT_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const answer = new Promise<T>((resolve, reject) => {
    const open = indexedDB.open(DB, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(STORE);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      try {
        const request = run(db.transaction(STORE, mode).objectStore(STORE));
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      } catch (error) {
        reject(error);
      } finally {
        db.close();
      }
    };
  });
  const limit = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error('IndexedDB did not answer')), timeoutMs);
  });
  return Promise.race([answer, limit]).finally(() => clearTimeout(timer));
}
