import { baseLanguage } from './localized-text.js';

/** A syntactically valid BCP 47 tag, canonicalised (`EN-gb` → `en-GB`), or undefined. */
export function canonicalTag(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    return undefined;
  }
}

/**
 * The entry of `available` that best serves someone asking for `wanted`:
 * the same tag, else the same base language (`uk-UA` → `uk`, `pt` → `pt-BR`).
 */
export function matchLocale(wanted: string | null | undefined, available: readonly string[]): string | undefined {
  const tag = canonicalTag(wanted);
  if (!tag) return undefined;
  const lower = tag.toLowerCase();
  return available.find((a) => a.toLowerCase() === lower)
    ?? available.find((a) => a.toLowerCase() === baseLanguage(lower))
    ?? available.find((a) => baseLanguage(a) === baseLanguage(lower));
}

export interface StartLocaleInputs {
  saved?: string | null;
  browser?: readonly string[];
  documentLang?: string | null;
  defaultLocale: string;
  locales: readonly string[];
}

/**
 * The language a visitor starts in (DESIGN.md): their saved choice, else the best match of the
 * browser's languages among the feed's locales, else `<html lang>`, else the feed's default.
 * A saved choice the feed does not offer is ignored.
 */
export function startLocale({ saved, browser = [], documentLang, defaultLocale, locales }: StartLocaleInputs): string {
  const offered = locales.length > 0 ? locales : [defaultLocale];
  const fromSaved = matchLocale(saved, offered);
  if (fromSaved) return fromSaved;
  for (const tag of browser) {
    const match = matchLocale(tag, offered);
    if (match) return match;
  }
  return matchLocale(documentLang, offered) ?? matchLocale(defaultLocale, offered) ?? offered[0]!;
}
