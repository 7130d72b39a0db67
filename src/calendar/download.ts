/**
 * "Add to calendar" on the visitor's device: an `.ics` text handed to the browser as a download
 * (a Blob URL and `<a download>`; no navigation, no calendar service). The DOM half of
 * src/calendar, beside the DOM-free writer in `ics.ts`; used by the event list and the partner
 * call, which load it on first use (src/base/cold-part.ts); what they say about it is in `calendar-words.ts`.
 *
 * @module
 */
import { icsFileName } from './ics.js';

/** Starts a download of calendar `text` as `<title>.ics` (`<fallback>.ics` when the title gives no name). */
export function downloadIcs(text: string, title: string, fallback: string): void {
  const href = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  Object.assign(document.createElement('a'), { href, download: icsFileName(title, fallback) }).click();
  // Revoked later: some browsers read the Blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}
