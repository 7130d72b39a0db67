/**
 * "Add to calendar": events turned into an RFC 5545 file by `src/calendar/ics.ts` and handed to
 * the browser as a download. Made on the visitor's device, no calendar service involved. Loaded on
 * first use (the list imports it when a calendar button is reached), with the writer and the download.
 *
 * @module
 */
import type { Feed, LocalizedText } from '../../feed/types.js';

export { downloadIcs } from '../../calendar/download.js';
import { buildIcs, type IcsEvent } from '../../calendar/ics.js';
import type { PreparedEvent } from './event-filters.js';
import { webHref } from '../../links/links.js';
import { addressLine } from '../../links/address.js';

/** Host of the publisher's site, for stable UIDs ("e1@leipzig.de") so a re-import updates. */
export function uidDomain(feed: Feed): string {
  let host = '';
  try {
    host = new URL(feed.publisher?.url ?? '').hostname;
  } catch {
    // No or no valid publisher URL: the page's host.
  }
  return host || location.hostname || 'civic-widgets.invalid';
}

/** One event for the .ics writer, with text in the visitor's language. */
export function toIcsEvent(p: PreparedEvent, plain: (value: LocalizedText | undefined) => string, locale: string): IcsEvent {
  const e = p.event;
  const place = [plain(e.location?.name), addressLine(e.location?.address, locale)].filter(Boolean).join(', ');
  const online = webHref(e.online?.url);
  return {
    id: e.id,
    title: plain(e.title),
    description: plain(e.description),
    location: place || online,
    url: webHref(e.url) ?? online ?? webHref(e.registration?.url),
    start: e.start,
    end: e.end,
    timeZone: p.zone,
    status: e.status,
  };
}

/** A calendar file for `events`. */
export function eventsIcs(
  events: readonly PreparedEvent[],
  feed: Feed,
  plain: (value: LocalizedText | undefined) => string,
  locale: string,
  now: number,
): string {
  return buildIcs(
    events.map((p) => toIcsEvent(p, plain, locale)),
    { prodId: '-//civic-widgets//event-list//EN', now, uidDomain: uidDomain(feed) },
  );
}
