/**
 * Intl's words in templates, marked with their language where the browser wrote them in another.
 *
 * `joinedList`: a list as its language joins it ("A, B und C", "A oder B"), for a template: each item may be a template (a
 * feed name in a `<bdi>` with its own `lang`, which `Intl.ListFormat` or `join()` cannot take), and
 * the words between the items carry their own `lang` where the browser had to join them in another
 * language (Chromium joins Tigrinya lists in English).
 *
 * @module
 */
import { html } from 'lit';
import { fallbackLanguage, formatLanguage, intl } from '../i18n/intl.js';
import { textDirection } from '../i18n/direction.js';

export function joinedList(items: readonly unknown[], locale: string, type: Intl.ListFormatType = 'conjunction'): unknown[] {
  const lang = formatLanguage(Intl.ListFormat, locale);
  let i = 0;
  return intl(Intl.ListFormat, locale, { type })
    .formatToParts(items.map(String))
    .map((part) => (part.type === 'element' ? items[i++] : lang === locale ? part.value : html`<span lang=${lang}>${part.value}</span>`));
}

/**
 * Text Intl wrote for a widget speaking `locale`: marked with the language it is really in where the
 * browser had to write it in another (a Tigrinya widget's dates in British English in Chromium).
 */
export function intlText(text: string, Kind: { readonly name: string; supportedLocalesOf(tag: string): string[] }, locale: string): unknown {
  const lang = fallbackLanguage(Kind, locale);
  return lang ? html`<span lang=${lang} dir=${textDirection(lang)}>${text}</span>` : text;
}
