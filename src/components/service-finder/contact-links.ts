/**
 * hrefs built from feed data. Feed text is untrusted: only http(s) web links, `tel:`
 * and `mailto:` are ever produced, and anything else yields undefined (shown as text
 * or not at all).
 */
import { safeWebUrl as webUrl } from '../../calendar/ics.js';
import { isLatLon } from './geo-distance.js';

/** An http(s) URL as a normalised string (the URL parser drops surrounding spaces), or undefined for any other scheme or junk. */
export const safeWebUrl = (value: unknown): string | undefined => webUrl(value as string);

/** `tel:+493411234` from a written number; undefined when it has too few digits. */
export function telHref(phone: unknown): string | undefined {
  if (typeof phone !== 'string') return undefined;
  const dialable = phone.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  return /\d{3,}/.test(dialable) ? `tel:${dialable}` : undefined;
}

/** `mailto:` for a plausible single address; undefined otherwise. */
export function mailtoHref(email: unknown): string | undefined {
  if (typeof email !== 'string') return undefined;
  const address = email.trim();
  return /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]+$/.test(address) ? `mailto:${address}` : undefined;
}

/** A `geo:` URI (opens the phone's map app) and an OpenStreetMap page for a point. */
export function mapLinks(geo: unknown): { geo: string; osm: string } | undefined {
  if (!isLatLon(geo)) return undefined;
  const { lat, lon } = geo;
  return {
    geo: `geo:${lat},${lon}`,
    osm: `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`,
  };
}
