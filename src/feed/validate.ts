/**
 * The feed reader's whole API, for the CLI and tests: read-feed.ts (what the browser uses, with the
 * repairs loaded when an item needs them) and the synchronous `readFeed` / `readFeedText`, which have
 * the repairs at hand (repair.ts).
 *
 * Rules (docs/feed-loading.md):
 * - the top level failing (not an object, wrong `version`, no usable `defaultLocale`/`locales`)
 *   is a `FeedError`;
 * - an item lacking what makes it an item (`id`; a service's `name`; an event's `title` and
 *   `start`, or an `end` before its `start`; a call's `title` and `deadline`) is dropped;
 * - any other bad field is removed and the rest of the item kept;
 * - each problem becomes one `FeedWarning` naming the item id and the path of the bad value.
 */
import { parseFeedJson, readAll, type ReadFeedResult } from './read-feed.js';
import { repairer } from './repair.js';

export * from './read-feed.js';

/** Reads parsed JSON (or anything at all) as a feed. Never throws. */
export function readFeed(data: unknown, options?: { src?: string }): ReadFeedResult {
  return readAll(data, repairer, options);
}

/** `JSON.parse` + `readFeed`. */
export function readFeedText(text: string, options?: { src?: string }): ReadFeedResult {
  const data = parseFeedJson(text);
  return data.error ? data : readFeed(data.value, options);
}
