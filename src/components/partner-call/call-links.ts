/**
 * Links a call card may render. Feed text is untrusted: only https:/http: web links and
 * plain e-mail addresses become hrefs (DESIGN.md: https, http, mailto, tel only).
 *
 * @module
 */

/** The URL when it is an absolute https:/http: link, else undefined (one check, shared with the .ics writer). */
export { safeWebUrl } from '../../calendar/ics.js';

/** A `mailto:` link with a subject, or undefined for anything that is not one plain address. */
export function mailtoLink(email: string | undefined, subject: string): string | undefined {
  const address = email?.trim();
  if (!address || !/^[^\s@?&#/:]+@[^\s@?&#/:]+\.[^\s@?&#/:]+$/.test(address)) return undefined;
  return `mailto:${address}?subject=${encodeURIComponent(subject)}`;
}
