/**
 * `Intl` objects and the words made from them that every widget shares, each made once.
 *
 * Why one cache: constructing an `Intl` formatter costs far more than using it, and lists
 * re-render every event or call on a filter change or each minute (200 calls: ~1,000 formatters
 * a render without it). One cache here instead of one per widget.
 *
 * @module
 */

/** One value per key, made once. */
export function memo<T>(make: (key: string) => T): (key: string) => T {
  const made = new Map<string, T>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) made.set(key, (value = make(key)));
    return value;
  };
}

type IntlClass<T, O> = new (locales: string | string[], options: O) => T;

const made = new Map<string, unknown>();

/** One `Intl` object per kind, locale(s) and options. @throws RangeError for a malformed locale or option. */
export function intl<T, O>(Kind: IntlClass<T, O>, locales: string | string[], options: O): T {
  const key = `${Kind.name}|${String(locales)}|${JSON.stringify(options)}`;
  let value = made.get(key) as T | undefined;
  if (!value) made.set(key, (value = new Kind(locales, options)));
  return value;
}

/** "in 3 days", "tomorrow", "5 minutes ago" in `locale`. */
export const relativeFormat = (locale: string): Intl.RelativeTimeFormat => intl(Intl.RelativeTimeFormat, locale, { numeric: 'auto' });

let local: Intl.DateTimeFormat | undefined;

/** The visitor's own IANA zone, as the browser reports it (the formatter made once: making it is slow). */
export function visitorTimeZone(): string {
  return (local ??= new Intl.DateTimeFormat()).resolvedOptions().timeZone || 'UTC';
}

/** First letter upper-cased for the language ("today" → "Today" as a heading, "українська" → "Українська"). */
export function capitalize(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

const names = new Map<string, string>();

/** Name of language `tag` as `inLocale` calls it, capitalised as a label; `tag` when Intl cannot tell. */
export function languageName(tag: string, inLocale: string): string {
  const key = `${inLocale} ${tag}`;
  let name = names.get(key);
  if (name === undefined) {
    try {
      name = capitalize(new Intl.DisplayNames([inLocale, 'en'], { type: 'language', fallback: 'code' }).of(tag) ?? tag, inLocale);
    } catch {
      name = tag;
    }
    names.set(key, name);
  }
  return name;
}

/** A language's name in that language (its endonym): العربية, Українська, Türkçe. */
export const endonym = (tag: string): string => languageName(tag, tag);

/** Country name of a region code in the visitor's language; the code itself when Intl does not know it. */
export function countryName(code: string | undefined, locale: string): string | undefined {
  if (!code) return undefined;
  try {
    return intl(Intl.DisplayNames, locale, { type: 'region', fallback: 'code' }).of(code.toUpperCase());
  } catch {
    return code;
  }
}
