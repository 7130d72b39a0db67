/**
 * Intl's words in templates, marked with their language where the browser wrote them in another.
 *
 * `joinedList`: a list as its language joins it ("A, B und C", "A oder B"), for a template: each item may be a template (a
 * feed name in a `<bdi>` with its own `lang`, which `Intl.ListFormat` or `join()` cannot take), and
 * the words between the items carry their own `lang` where the browser had to join them in another
 * language (Chromium joins Tigrinya lists in English).
 *
 * Languages are named in one way in every widget: in the widget's language ("German, English"; in Arabic
 * "الألمانية، الإنجليزية"), as a reader of that language reads them (`languageList`). Where a person picks a
 * language from a list of names (a language filter), the name the language's own speakers give it follows
 * ("German (Deutsch)", `languageChoice`): they find their language by the name they know. The language
 * picker alone leads with that name (its list is for people who cannot read the page's language).
 *
 * @module
 */
import { html } from 'lit';
import { endonymIn, fallbackLanguage, formatLanguage, intl, languageLabelIn } from '../i18n/intl.js';
import { languageInSentence } from '../i18n/intl-words.js';
import { textDirection } from '../i18n/direction.js';
import { baseLanguage, type PickedText } from '../i18n/localized-text.js';
import { isolated } from './feed-text.js';

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
export function intlText(
  text: string,
  Kind: { readonly name: string; supportedLocalesOf(tag: string): string[] },
  locale: string,
): unknown {
  const lang = fallbackLanguage(Kind, locale);
  return lang ? html`<span lang=${lang} dir=${textDirection(lang)}>${text}</span>` : text;
}

/**
 * Languages a service or event speaks, named in the widget's language (see above), each isolated and marked;
 * undefined for none. The list stands on its own (a row's part, a fact's value), so its first name starts
 * as a label does and the others are written as in a sentence: "Norwegisch und Englisch", "Anglais et turc".
 */
export function languageList(codes: readonly string[], locale: string): unknown[] | undefined {
  return codes.length
    ? joinedList(
        codes.map((code, i) => isolated((i ? languageInSentence : languageLabelIn)(code, locale), locale)),
        locale,
        'unit',
      )
    : undefined;
}

/** "German (Deutsch)": a language to choose, named in the widget's language and then by its speakers, where that differs. */
export function languageChoice(code: string, locale: string): PickedText {
  const name = languageLabelIn(code, locale);
  const own = endonymIn(code).text;
  // First-strong isolates: "(العربية)" keeps its place in a German option, "(Deutsch)" in an Arabic one.
  return baseLanguage(code) === baseLanguage(locale) || own.toLowerCase() === name.text.toLowerCase()
    ? name
    : { ...name, text: `${name.text} (\u2068${own}\u2069)` };
}
