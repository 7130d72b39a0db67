import { canonicalTag } from '../../i18n/locale-match.js';
import { textDirection } from '../../i18n/direction.js';
import { endonym, endonymIn, languageName, languageLabelIn } from '../../i18n/intl.js';

export { endonym, languageName };

/** One language to offer: its tag, its own name, and its name in the widget's language. */
export interface LanguageOption {
  tag: string;
  /** The language's name in itself (its endonym): العربية, Українська, Türkçe. */
  endonym: string;
  /** The language the endonym is in: `tag`, unless the browser could only name it in another (then British English). */
  endonymLang: string;
  /** Its name in the language the picker speaks now; omitted when the same as the endonym. */
  name?: string;
  /** The language `name` is in: the picker's, unless the browser could not name languages in it. */
  nameLang?: string;
  dir: 'ltr' | 'rtl';
}

/** `"de en  ar"` → `['de', 'en', 'ar']`: valid tags only, canonical, each once. */
export function parseLocaleList(value: string | null | undefined): string[] {
  const tags = (value ?? '')
    .split(/[\s,]+/)
    .map((tag) => canonicalTag(tag))
    .filter((tag): tag is string => !!tag);
  return [...new Set(tags)];
}

/** What the picker lists for `tags`, named for a reader of `inLocale`. */
export function languageOptions(tags: readonly string[], inLocale: string): LanguageOption[] {
  return tags.map((tag) => {
    const own = endonymIn(tag);
    const name = languageLabelIn(tag, inLocale);
    return {
      tag,
      endonym: own.text,
      endonymLang: own.lang,
      dir: textDirection(own.lang),
      ...(name.text !== own.text ? { name: name.text, nameLang: name.lang } : {}),
    };
  });
}
