/**
 * One way to write a postal address from the feed, for every widget: as lines (the service
 * finder's details) or on one line (the event list, calendar files).
 *
 * @module
 */
import type { Address } from '../feed/types.js';
import { countryNameIn } from '../i18n/intl-words.js';

/**
 * An address as lines, in the order people write it in most of Europe: street; postal code and
 * city (else the district); the country by name in the visitor's language.
 */
export function addressLines(address: Address | undefined, locale: string): string[] {
  return addressParts(address, locale).map((p) => p.text);
}

/**
 * The same lines, each with the language it is in where that is known: the address's own words are in
 * no language we know (no `lang`; shown in their own direction, so "3210 Sandefjord" stays so in
 * Arabic); the country is named by Intl, in a fallback language where the browser lacks the widget's.
 */
export function addressParts(address: Address | undefined, locale: string): Array<{ text: string; lang?: string }> {
  if (!address) return [];
  const part = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
  const town = [part(address.postalCode), part(address.city)].filter(Boolean).join(' ');
  const own = [part(address.street), town || part(address.district)].filter(Boolean).map((text) => ({ text }));
  const country = countryNameIn(part(address.country), locale);
  return country ? [...own, country] : own;
}

/** The same address on one line, comma-separated. */
export function addressLine(address: Address | undefined, locale: string): string {
  return addressLines(address, locale).join(', ');
}
