/**
 * A list as its language joins it ("A, B und C"), for a template: each item may be a template (a
 * feed name in a `<bdi>` with its own `lang`, which `Intl.ListFormat` or `join()` cannot take), and
 * the words between the items carry their own `lang` where the browser had to join them in another
 * language (Chromium joins Tigrinya lists in English).
 *
 * @module
 */
import { html } from 'lit';
import { formatLanguage, intl } from '../i18n/intl.js';

export function joinedList(items: readonly unknown[], locale: string, type: 'conjunction' | 'unit' = 'conjunction'): unknown[] {
  const lang = formatLanguage(Intl.ListFormat, locale);
  let i = 0;
  return intl(Intl.ListFormat, locale, { type })
    .formatToParts(items.map(String))
    .map((part) => (part.type === 'element' ? items[i++] : lang === locale ? part.value : html`<span lang=${lang}>${part.value}</span>`));
}
