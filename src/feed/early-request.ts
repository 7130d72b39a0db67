/**
 * The feed's request, started by the embed's entry as soon as it sees a widget, before the widgets'
 * code has loaded: on a slow connection the feed and the code then come at the same time instead
 * of one after the other. The store takes the request over (`takeEarlyRequest`) when a widget
 * subscribes, so a feed URL is still requested once per page.
 *
 * Kept on the page under a registered symbol: another copy of the library takes it over as well.
 * An early request is a plain GET (no `If-None-Match` from the saved copy: reading storage would
 * hold it up; the browser's own HTTP cache still revalidates).
 */
export interface EarlyRequest {
  response: Promise<Response>;
  /** Aborts the request (the store's time limit applies from when it takes it over). */
  controller: AbortController;
  /** `performance.now()` when it started. */
  started: number;
}

/** An early request not taken over within this long is not used (a page that added its widget much later gets a fresh copy). */
const MAX_AGE_MS = 30_000;

const requestsKey = Symbol.for('civic-widgets.early-requests.v1');
const storeKey = Symbol.for('civic-widgets.feed-store.v2');
const globals = globalThis as Record<symbol, unknown>;
const requests = (): Map<string, EarlyRequest> => (globals[requestsKey] ??= new Map()) as Map<string, EarlyRequest>;

/** Whether the page's feed store (any copy's) already follows `url`: it is loaded or loading, nothing to start. */
function storeFollows(url: string): boolean {
  return !!(globals[storeKey] as { entries?: Map<string, unknown> } | undefined)?.entries?.has(url);
}

/** Starts the request for `url` (an absolute URL, as the store keys it) unless it is under way or loaded. */
export function startEarlyRequest(url: string): void {
  if (requests().has(url) || storeFollows(url) || typeof fetch !== 'function') return;
  const controller = new AbortController();
  const response = fetch(url, { credentials: 'omit', signal: controller.signal });
  // Its failure is the store's to report, when it takes the request over.
  response.catch(() => undefined);
  requests().set(url, { response, controller, started: performance.now() });
}

/** The early request for `url`, once: the caller now owns it (reads or aborts it). */
export function takeEarlyRequest(url: string): EarlyRequest | undefined {
  const request = requests().get(url);
  if (!request) return undefined;
  requests().delete(url);
  if (performance.now() - request.started <= MAX_AGE_MS) return request;
  request.controller.abort();
  return undefined;
}
