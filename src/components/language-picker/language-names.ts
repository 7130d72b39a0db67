import { canonicalTag } from '../../i18n/locale-match.js';
import { textDirection } from '../../i18n/direction.js';

/** One language to offer: its tag, its own name, and its name in the widget's language. */
export interface LanguageOption {
  tag: string;
  /** The language's name in itself (its endonym): العربية, Українська, Türkçe. */
  endonym: string;
  /** Its name in the language the picker speaks now; omitted when the same as the endonym. */
  name?: string;
  dir: 'ltr' | 'rtl';
}

const names = new Map<string, string>();

/** `name` of language `tag` as `inLocale` calls it, capitalised as a label; `tag` when Intl cannot tell. */
export function languageName(tag: string, inLocale: string): string {
  const key = `${inLocale} ${tag}`;
  let name = names.get(key);
  if (name === undefined) {
    try {
      const raw = new Intl.DisplayNames([inLocale, 'en'], { type: 'language', fallback: 'code' }).of(tag) ?? tag;
      name = raw.charAt(0).toLocaleUpperCase(inLocale) + raw.slice(1);
    } catch {
      name = tag;
    }
    names.set(key, name);
  }
  return name;
}

/** A language's name in that language (its endonym): العربية, Українська, Türkçe. */
export function endonym(tag: string): string {
  return languageName(tag, tag);
}

/** `"de en  ar"` → `['de', 'en', 'ar']`: valid tags only, canonical, each once. */
export function parseLocaleList(value: string | null | undefined): string[] {
  const tags = (value ?? '').split(/[\s,]+/).map((tag) => canonicalTag(tag)).filter((tag): tag is string => !!tag);
  return [...new Set(tags)];
}

/** What the picker lists for `tags`, named for a reader of `inLocale`. */
export function languageOptions(tags: readonly string[], inLocale: string): LanguageOption[] {
  return tags.map((tag) => {
    const own = endonym(tag);
    const name = languageName(tag, inLocale);
    return { tag, endonym: own, dir: textDirection(tag), ...(name !== own ? { name } : {}) };
  });
}
