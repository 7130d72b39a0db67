/**
 * The last good copy of a feed, kept in the visitor's browser so the widgets show something at
 * once on the next visit and when offline (DESIGN.md "Saved copy"): localStorage for small feeds
 * (synchronous, survives everywhere), IndexedDB for larger ones. Any storage failure — quota,
 * private mode, storage disabled — is swallowed: the widgets work on without a copy.
 */
import type { Feed } from './types.js';
import { readFeed } from './validate.js';

export interface SavedCopy {
  feed: Feed;
  etag?: string | undefined;
  lastModified?: string | undefined;
  savedAt: number;
}

/** Feeds up to this many characters of JSON go to localStorage. */
export const LOCAL_STORAGE_LIMIT = 200_000;
const PREFIX = 'civic-widgets.feed:';
const DB = 'civic-widgets';
const STORE = 'feeds';

export async function readSavedCopy(url: string): Promise<SavedCopy | undefined> {
  try {
    const local = localStorage.getItem(PREFIX + url);
    if (local) return valid(JSON.parse(local));
  } catch {
    // Unreadable or blocked storage: try IndexedDB.
  }
  try {
    return valid(await idb('readonly', (store) => store.get(url)));
  } catch {
    return undefined;
  }
}

export async function writeSavedCopy(url: string, copy: SavedCopy): Promise<void> {
  let json: string;
  try {
    json = JSON.stringify(copy);
  } catch {
    return;
  }
  const small = json.length <= LOCAL_STORAGE_LIMIT;
  try {
    if (small) localStorage.setItem(PREFIX + url, json);
    else localStorage.removeItem(PREFIX + url);
  } catch {
    // Quota exceeded or storage disabled.
  }
  try {
    await idb<unknown>('readwrite', (store) => (small ? store.delete(url) : store.put(copy, url)) as IDBRequest<unknown>);
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

/** Storage is not trusted either (another version of the library, a browser extension): read the copy again. */
function valid(value: unknown): SavedCopy | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const copy = value as SavedCopy;
  const { feed } = readFeed(copy.feed);
  return feed && { ...copy, feed };
}

function idb<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
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
}
