import type { LocalizedText } from '../feed/types.js';

/** Text chosen for a language, with the language it is really in (for `lang` on the element showing it). */
export interface PickedText {
  text: string;
  lang: string;
}

/** `uk-UA` → `uk`; `zh-Hant-TW` → `zh`. */
export function baseLanguage(tag: string): string {
  return tag.split('-')[0]!.toLowerCase();
}

/**
 * Picks text for `locale` with the fallback chain (docs/languages.md):
 * the locale itself → its base language → the feed's default locale → any text there is.
 * A plain string is text in the default locale.
 */
export function pickLocalizedText(value: LocalizedText | undefined | null, locale: string, defaultLocale: string): PickedText | undefined {
  if (value == null) return undefined;
  if (typeof value === 'string') return value ? { text: value, lang: defaultLocale } : undefined;
  if (typeof value !== 'object') return undefined;
  const tags = Object.keys(value).filter((tag) => typeof value[tag] === 'string' && value[tag] !== '');
  if (tags.length === 0) return undefined;
  const lower = (tag: string) => tag.toLowerCase();
  const find = (wanted: string) => tags.find((tag) => lower(tag) === lower(wanted));
  const sameBase = (wanted: string) => tags.find((tag) => baseLanguage(tag) === baseLanguage(wanted));
  const tag = find(locale) ?? find(baseLanguage(locale)) ?? sameBase(locale) ?? find(defaultLocale) ?? sameBase(defaultLocale) ?? tags[0]!;
  return { text: value[tag]!, lang: tag };
}
