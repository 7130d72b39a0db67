/**
 * Every link and address a widget makes from feed data, in one place. Feed text is untrusted:
 * only `https:`/`http:` web links, `mailto:` with one plain address, `tel:` with digits, the
 * `geo:` point of a place and OpenStreetMap pages are ever produced; anything else gives
 * undefined (shown as text, or not at all). No control, bidirectional or invisible character
 * ever reaches an href: web links are normalised by the URL parser (which percent-encodes them),
 * and e-mail addresses holding one are refused.
 *
 * The e-mail rule (`EMAIL`) and the link rule (`LINK`) are the feed format's (link-rules.ts):
 * an address the validator accepts is one the widgets link, and the other way round. Addresses
 * as lines of text: address.ts.
 *
 * @module
 */
import { EMAIL } from './link-rules.js';

const webCache = new Map<string, string>();

/**
 * An absolute `https:`/`http:` URL, normalised (the parser drops surrounding spaces and
 * percent-encodes anything else that is not plain ASCII), or undefined for any other scheme or
 * junk. Remembered: a list re-renders the links of every item on a filter change.
 */
export function webHref(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  let href = webCache.get(value);
  if (href === undefined) {
    href = '';
    try {
      const url = new URL(value);
      if (url.protocol === 'https:' || url.protocol === 'http:') href = url.href;
    } catch {
      // Not a URL.
    }
    if (webCache.size > 5_000) webCache.clear();
    webCache.set(value, href);
  }
  return href || undefined;
}

/** `mailto:` for one plain address (`EMAIL`), with a subject when given; undefined for anything else. */
export function mailtoHref(email: unknown, subject?: string): string | undefined {
  if (typeof email !== 'string') return undefined;
  const address = email.trim();
  if (!EMAIL.test(address)) return undefined;
  return `mailto:${address}${subject ? `?subject=${encodeURIComponent(subject)}` : ''}`;
}

/** `tel:+493411234` from a number as people write it; undefined when it has fewer than three digits. */
export function telHref(phone: unknown): string | undefined {
  if (typeof phone !== 'string') return undefined;
  const dialable = phone.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  return /\d{3,}/.test(dialable) ? `tel:${dialable}` : undefined;
}

/** A point on Earth in degrees (WGS 84), as in the feed's `locations[].geo`. */
export interface LatLon {
  lat: number;
  lon: number;
}

/** True for a finite latitude/longitude pair inside the valid ranges. */
export function isLatLon(p: unknown): p is LatLon {
  const { lat, lon } = (p ?? {}) as Partial<LatLon>;
  return typeof lat === 'number' && typeof lon === 'number' && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
}

/** The OpenStreetMap page of a point. */
const osmPoint = ({ lat, lon }: LatLon): string => `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`;

/** A `geo:` URI (opens the phone's map app) and the OpenStreetMap page for a point; undefined without valid coordinates. */
export function mapLinks(geo: unknown): { geo: string; osm: string } | undefined {
  return isLatLon(geo) ? { geo: `geo:${geo.lat},${geo.lon}`, osm: osmPoint(geo) } : undefined;
}

/**
 * The way there on OpenStreetMap (its directions page, which asks where from): to the coordinates when known,
 * else to the address (or place name) as text; undefined without either.
 */
export function routeHref(geo: unknown, address: string): string | undefined {
  const to = isLatLon(geo) ? `${geo.lat},${geo.lon}` : address;
  return to ? `https://www.openstreetmap.org/directions?to=${encodeURIComponent(to)}` : undefined;
}

/** An OpenStreetMap link: by coordinates when known, else a search for the address (or place name). */
export function mapHref(geo: unknown, address: string): string | undefined {
  if (isLatLon(geo)) return osmPoint(geo);
  return address ? `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}` : undefined;
}
