/**
 * One way to write a postal address from the feed, for every widget: as lines (the service
 * finder's details) or on one line (the event list, calendar files).
 *
 * @module
 */
import type { Address } from '../feed/types.js';
import { countryName } from '../i18n/intl.js';

/**
 * An address as lines, in the order people write it in most of Europe: street; postal code and
 * city (else the district); the country by name in the visitor's language.
 */
export function addressLines(address: Address | undefined, locale: string): string[] {
  if (!address) return [];
  const part = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
  const town = [part(address.postalCode), part(address.city)].filter(Boolean).join(' ');
  return [part(address.street), town || part(address.district), countryName(part(address.country), locale) ?? ''].filter(Boolean);
}

/** The same address on one line, comma-separated. */
export function addressLine(address: Address | undefined, locale: string): string {
  return addressLines(address, locale).join(', ');
}
