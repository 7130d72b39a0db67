import { baseLanguage } from './localized-text.js';

const canonical = new Map<string, string | undefined>();

/**
 * A syntactically valid BCP 47 tag, canonicalised (`EN-gb` → `en-GB`; and, where the browser knows
 * the alias, `prs` → `fa-AF`), or undefined. `kmr` stays `kmr`.
 */
export function canonicalTag(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  if (canonical.has(tag)) return canonical.get(tag);
  let value: string | undefined;
  try {
    value = Intl.getCanonicalLocales(tag.trim())[0];
    // Chromium and Firefox turn Kurmanji's own code into the macrolanguage's (`ku`), WebKit does not:
    // keep `kmr`, the code the widgets speak it under, in every browser.
    if (value && /^kmr(-|$)/i.test(tag.trim())) value = value.replace(/^ku(?=-|$)/, 'kmr');
  } catch {
    value = undefined;
  }
  canonical.set(tag, value);
  return value;
}

/** Compared canonically, so `kmr` and `ku` (CLDR's code for Kurmanji) meet, and `prs` and `fa-AF` wherever the browser knows they are one. */
const key = (tag: string): string => (canonicalTag(tag) ?? tag).toLowerCase().replace(/^kmr(?=-|$)/, 'ku');

/**
 * Pseudo-locales for design checks (`en-XA`: accented and longer; `ar-XB`: the same, right to left).
 * No feed lists them: a widget asked for one speaks it, with the feed's English or Arabic text.
 */
export function isPseudoLocale(tag: string | null | undefined): boolean {
  return /^(en-XA|ar-XB)$/i.test(tag ?? '');
}

/**
 * The entry of `available` that best serves someone asking for `wanted`:
 * the same tag, else the same base language (`uk-UA` → `uk`, `pt` → `pt-BR`).
 */
export function matchLocale(wanted: string | null | undefined, available: readonly string[]): string | undefined {
  const tag = canonicalTag(wanted);
  if (!tag) return undefined;
  const lower = key(tag);
  const base = baseLanguage(lower);
  // A pseudo-locale is only ever asked for by name: Arabic is not served by ar-XB.
  const real = available.filter((a) => !isPseudoLocale(a));
  return available.find((a) => key(a) === lower) ?? real.find((a) => key(a) === base) ?? real.find((a) => baseLanguage(key(a)) === base);
}

/**
 * A feed's `locales` as a list to offer, each language once: valid tags, canonical (`EN` → `en`),
 * no duplicates, and no region variant of a language that is also listed without one
 * (`["en", "EN", "en-US"]` → `["en"]`: its text is still found, through the base language). A
 * variant that is a UI language of its own (`fa-AF`, Dari, beside `fa`) stays.
 */
export function uniqueLocales(tags: readonly unknown[], distinct: readonly string[] = ['fa-AF']): string[] {
  const valid = tags.map((tag) => (typeof tag === 'string' ? canonicalTag(tag) : undefined)).filter((tag): tag is string => !!tag);
  const seen = new Set<string>();
  const keep = (tag: string): boolean => {
    const k = key(tag);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  };
  const listed = new Set(valid.map(key));
  const isVariant = (tag: string): boolean => {
    const parts = key(tag).split('-');
    // `sr-Latn` beside `sr` is another script, not a variant; `en-US` beside `en` is.
    return parts.length > 1 && !/^[a-z]{4}$/.test(parts[1]!) && listed.has(parts[0]!) && !distinct.some((d) => key(d) === key(tag));
  };
  return valid.filter((tag) => !isVariant(tag)).filter(keep);
}

export interface StartLocaleInputs {
  saved?: string | null;
  browser?: readonly string[];
  documentLang?: string | null;
  defaultLocale: string;
  locales: readonly string[];
}

/**
 * The language a visitor starts in (docs/languages.md): their saved choice, else the best match of the
 * browser's languages among the feed's locales, else `<html lang>`, else the feed's default.
 * A saved choice the feed does not offer is ignored (a saved pseudo-locale is kept).
 */
export function startLocale({ saved, browser = [], documentLang, defaultLocale, locales }: StartLocaleInputs): string {
  const offered = locales.length > 0 ? locales : [defaultLocale];
  if (isPseudoLocale(saved)) return canonicalTag(saved)!;
  const fromSaved = matchLocale(saved, offered);
  if (fromSaved) return fromSaved;
  for (const tag of browser) {
    const match = matchLocale(tag, offered);
    if (match) return match;
  }
  return matchLocale(documentLang, offered) ?? matchLocale(defaultLocale, offered) ?? offered[0]!;
}
