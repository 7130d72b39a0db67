/**
 * Whose an item is, in a network's merged feed: an item's own `publisher`, else the feed's. One
 * piece of logic for the service finder, the event list and the partner call: which publishers a
 * list has, whose each item is, and narrowing a list to one publisher. A list with one publisher
 * (a city's own feed) is not a network, and the widgets say nothing about publishers then. On a
 * city's page in a network's feed, the city's own items come first (`homePublisher`, `homeFirst`).
 *
 * Publishers are told apart by a key: their `id` (short, made for links: `cw-pub=leipzig`), else
 * their name, else their web address.
 *
 * @module
 */
import type { Feed, LocalizedText, Publisher } from './types.js';

/** A service, event or call: anything that may name its own publisher. */
export interface PublishedItem {
  publisher?: Publisher | undefined;
}

/** The publishers of a list of items, and whose each item is. */
export interface Publishers {
  /** Distinct publishers, in the order of their first item. */
  list: Publisher[];
  /** Each publisher's key (`publisherKey`), as filters and links name it. */
  keys: string[];
  /** Item i's publisher as an index into `list`; -1 when it has none. */
  of: Int32Array;
  /** More than one publisher: items say whose they are, and lists offer a publisher filter. */
  network: boolean;
}

/** Whose an item is: its own publisher (when it says who), else the feed's. */
export function publisherOf(item: PublishedItem, feed: Pick<Feed, 'publisher'>): Publisher | undefined {
  return publisherKey(item.publisher) ? item.publisher : feed.publisher;
}

/** A publisher's key: its id, else its name (the first language given), else its web address; '' for none. */
export function publisherKey(publisher: Publisher | undefined): string {
  const name = publisher?.name;
  return publisher?.id || (typeof name === 'string' ? name : name && Object.values(name).find(Boolean)) || publisher?.url || '';
}

/** What to call a publisher: its name, else its web address or id. */
export function publisherName(publisher: Publisher | undefined): LocalizedText | undefined {
  return publisher?.name ?? publisher?.url ?? publisher?.id;
}

const tables = new WeakMap<readonly PublishedItem[], [Publisher | undefined, Publishers]>();

/** The publishers of `items` (with the feed's for items without their own); once per list and feed publisher. */
export function publishersOf(items: readonly PublishedItem[], feed: Pick<Feed, 'publisher'>): Publishers {
  const cached = tables.get(items);
  if (cached && cached[0] === feed.publisher) return cached[1];
  const list: Publisher[] = [];
  const keys: string[] = [];
  const of = new Int32Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const publisher = publisherOf(items[i]!, feed);
    const key = publisherKey(publisher);
    let k = key ? keys.indexOf(key) : -1;
    if (key && k < 0) k = (list.push(publisher!), keys.push(key) - 1);
    of[i] = k;
  }
  const table = { list, keys, of, network: list.length > 1 };
  tables.set(items, [feed.publisher, table]);
  return table;
}

/** Index of the publisher with `key` in the table; -1 for '' (all) or a key it does not have. */
export function publisherIndex(table: Publishers, key: string | undefined): number {
  return key ? table.keys.indexOf(key) : -1;
}

/** Items per publisher, from the items' publisher indexes (`of` values; all the table's items without them). */
export function countByPublisher(table: Publishers, publishers: Iterable<number> = table.of): number[] {
  const counts = table.list.map(() => 0);
  for (const k of publishers) if (k >= 0) counts[k]!++;
  return counts;
}

/**
 * Whether an item (by its publisher index, an `of` value) is listed when the publisher `wanted`
 * (`publisherIndex`) is chosen: every item when it is -1 (all, or a key the list does not have).
 */
export const isListedFor = (wanted: number, k: number): boolean => wanted < 0 || k === wanted;

/**
 * The page's own publisher in a network's list (whose items come first): the one with the key `home` (a
 * widget's `home` attribute), else the feed's own publisher; -1 when the list is not a network or has
 * neither.
 */
export function homePublisher(table: Publishers, feed: Pick<Feed, 'publisher'>, home?: string): number {
  if (!table.network) return -1;
  const k = publisherIndex(table, home);
  return k >= 0 ? k : publisherIndex(table, publisherKey(feed.publisher));
}

/**
 * Items (positions in the table's list, in their order) with the home publisher's (`homePublisher`) first,
 * each side keeping its order; `others` is where the other publishers' items begin. Without a home
 * publisher (-1) the order is kept, and all of it counts as home.
 */
export function homeFirst(items: readonly number[], table: Publishers, home: number): { order: number[]; others: number } {
  const own: number[] = [];
  const rest: number[] = [];
  for (const i of items) (home < 0 || table.of[i] === home ? own : rest).push(i);
  return { order: own.concat(rest), others: own.length };
}
