/**
 * Feed text in its own language inside a widget speaking another: the `lang` and direction it carries, and the
 * visible "(in English)" after a sentence. For the widgets that show feed items (CivicListElement's `text()`);
 * apart from the shared element, so that the language picker's page does not carry it.
 *
 * @module
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '../i18n/messages.js';
import { baseLanguage, type PickedText } from '../i18n/localized-text.js';
import { textDirection } from '../i18n/direction.js';
import { languageInSentence } from '../i18n/intl-words.js';

/** The `lang` for text in language `picked.lang` inside a widget speaking `locale`, when they differ. */
export function foreignLang(picked: PickedText | undefined, locale: string): string | undefined {
  return picked && picked.lang.toLowerCase() !== locale.toLowerCase() ? picked.lang : undefined;
}

/**
 * Inline text whose language is known (feed text, a name Intl gave), for a widget speaking
 * `locale`: in a `<bdi>`, so that bidi controls in it (U+202E) or its own direction reorder nothing
 * around it, with its `lang` and `dir` when it is in another language (a screen reader then reads
 * it with the right voice).
 */
export function isolated(picked: PickedText, locale: string, note = false): TemplateResult {
  const lang = foreignLang(picked, locale);
  return html`<bdi lang=${ifDefined(lang)} dir=${textDirection(lang ?? locale)} data-note=${ifDefined((note && otherLanguageNote(picked.lang, locale)) || undefined)}>${picked.text}</bdi>`;
}

/**
 * "in English": what a sighted reader is told about feed text in another language than the widget's `locale`
 * (a screen reader hears it in that language's voice through `lang`); '' for the same language (`en-GB` in `en`).
 * Shown after the text by the shared styles (`[data-note]`), never read aloud twice. Made during a render (`msg()`).
 */
export function otherLanguageNote(lang: string, locale: string): string {
  return baseLanguage(lang) === baseLanguage(locale) ? '' : msg(str`in ${languageInSentence(lang, locale).text}`);
}
