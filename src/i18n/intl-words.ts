/**
 * Words `Intl` writes for the widgets that show times and places (the language picker shows none): relative
 * times, time zones' names, the visitor's own zone, countries' names. Apart from intl.ts (the shared cache, the
 * fallbacks per browser, languages' names), which every widget's base needs, so that they are not in the code
 * every page downloads.
 *
 * @module
 */
import { formatLanguage, intl, languageNameIn } from './intl.js';
import { baseLanguage, type PickedText } from './localized-text.js';

/** One value per key, made once. */
export function memo<T>(make: (key: string) => T): (key: string) => T {
  const made = new Map<string, T>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) made.set(key, (value = make(key)));
    return value;
  };
}

/** "in 3 days", "tomorrow", "5 minutes ago" in `locale`. */
export const relativeFormat = (locale: string): Intl.RelativeTimeFormat => intl(Intl.RelativeTimeFormat, locale, { numeric: 'auto' });

/**
 * A time zone's name as a resident knows it, in `locale`, at instant `at`: "Central European Time", "توقيت تركيا".
 * Intl's generic name (the same in summer and winter): the specific names are bare offsets in many languages
 * ("غرينتش+03:00" for Istanbul in Arabic). Where even the generic name is an offset, the city of the zone's IANA name
 * ("Istanbul"); an offset only for a zone with no place (Etc/GMT-3). One lookup per zone and year (a year without
 * summer time has only the standard name: Berlin in 1970).
 */
export const zoneName = (at: number, timeZone: string, locale: string): string =>
  zoneNames(`${locale} ${timeZone} ${new Date(at).getUTCFullYear()}`);

const zoneNames = memo((key) => {
  const [locale, timeZone, year] = key.split(' ') as [string, string, string];
  let name = timeZone;
  try {
    const mid = Date.UTC(Number(year), 6, 1);
    name =
      intl(Intl.DateTimeFormat, locale, { timeZone, timeZoneName: 'longGeneric' })
        .formatToParts(mid)
        .find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
  } catch {
    // An unknown zone: its IANA name.
  }
  const city = /\d/.test(name) && /^(?!Etc\/)[A-Z][a-z]+\/(?:.+\/)?([^/]+)$/.exec(timeZone)?.[1];
  return city ? city.replace(/_/g, ' ') : name;
});

let local: Intl.DateTimeFormat | undefined;

/** The visitor's own IANA zone, as the browser reports it (the formatter made once: making it is slow). */
export function visitorTimeZone(): string {
  return (local ??= new Intl.DateTimeFormat()).resolvedOptions().timeZone || 'UTC';
}

/** Country name of a region code in the visitor's language, with the language it is in (see `languageNameIn`); the code itself when Intl does not know it. */
export function countryNameIn(code: string | undefined, locale: string): PickedText | undefined {
  if (!code) return undefined;
  try {
    return {
      text: intl(Intl.DisplayNames, locale, { type: 'region', fallback: 'code' }).of(code.toUpperCase()) ?? code,
      lang: formatLanguage(Intl.DisplayNames, locale),
    };
  } catch {
    return { text: code, lang: locale };
  }
}

/** Country name of a region code in the visitor's language. */
export const countryName = (code: string | undefined, locale: string): string | undefined => countryNameIn(code, locale)?.text;

/**
 * The UI languages that write a language's name in lower case in a sentence (CLDR's names, as Chromium and
 * Firefox give them); WebKit capitalises every name, as for a label.
 */
const LOWER_CASE_NAMES = /^(bg|cs|da|es|et|fi|fr|hr|hu|it|kmr|ku|lt|lv|nb|pl|pt|ro|ru|sk|sl|sq|sv|uk)$/;

/**
 * Name of language `tag` as a reader of `inLocale` writes it in a sentence ("Services en anglais", "мова:
 * англійська", "auf Englisch"), in every browser; with the language it is in (see `languageNameIn`).
 */
export function languageInSentence(tag: string, inLocale: string): PickedText {
  const name = languageNameIn(tag, inLocale);
  return LOWER_CASE_NAMES.test(baseLanguage(name.lang)) && name.text !== tag
    ? { ...name, text: name.text.charAt(0).toLocaleLowerCase(name.lang) + name.text.slice(1) }
    : name;
}
