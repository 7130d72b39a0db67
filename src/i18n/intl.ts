import { baseLanguage, type PickedText } from './localized-text.js';

/**
 * `Intl` objects and the words made from them that every widget shares, each made once.
 *
 * Why one cache: constructing an `Intl` formatter costs far more than using it, and lists
 * re-render every event or call on a filter change or each minute (200 calls: ~1,000 formatters
 * a render without it). One cache here instead of one per widget.
 *
 * @module
 */

type IntlClass<T, O> = (new (locales: string | string[], options: O) => T) & IntlKind;
/** What is needed to tell whether the browser has a kind's data for a language. */
type IntlKind = { readonly name: string; supportedLocalesOf(locales: string): string[] };

/*
 * Not every browser has Intl data for every language the widgets speak (measured): Chromium has
 * none for Tigrinya, Somali, Kurdish (either), Pashto, Maltese, Irish or Albanian and formats them
 * in the browser's own language; WebKit knows Kurmanji only as `ku`; Firefox and WebKit give Sorani
 * relative times from CLDR's root ("+٣ d", "tomorrow"). Each Intl kind is asked for the widget's
 * language, then for the nearest language a reader of it is likely to read, then British English
 * (day before month, a 24-hour clock, as most of Europe writes): never the browser's own language.
 */
/** The same language under the code CLDR gives it. */
const INTL_ALIASES: Record<string, string> = { kmr: 'ku', prs: 'fa-AF' };
/** Another language its readers are likely to read. */
const INTL_FALLBACKS: Record<string, readonly string[]> = {
  ga: ['en-IE'], // Ireland's other official language
  mt: ['en-MT'], // Malta's
  ps: ['fa-AF'], // Afghanistan's other official language, Dari
};
const LAST_RESORT = 'en-GB';

/** Whether this browser's `Kind` has data for `tag` (a tag it only pretends to know formats relative days like CLDR's root: "+3 d"). */
function hasData(Kind: IntlKind, tag: string): boolean {
  try {
    if (Kind.supportedLocalesOf(tag).length === 0) return false;
    return Kind !== (Intl.RelativeTimeFormat as unknown) || !new Intl.RelativeTimeFormat(tag).format(3, 'day').startsWith('+');
  } catch {
    return false;
  }
}

const formatLocales = new Map<string, string>();

/**
 * The locale `Kind` formats for a widget speaking `locale`: the locale itself where the browser has
 * its data, else a fallback (see INTL_FALLBACKS). A malformed tag is given back (Intl throws on it).
 */
export function formatLocale(Kind: IntlKind, locale: string): string {
  const key = `${Kind.name}|${locale}`;
  let chosen = formatLocales.get(key);
  if (chosen === undefined) {
    const base = locale.split('-')[0]!.toLowerCase();
    const candidates = [locale, ...[INTL_ALIASES[base] ?? []].flat(), ...(INTL_FALLBACKS[base] ?? []), LAST_RESORT];
    chosen = candidates.find((tag) => hasData(Kind, tag)) ?? locale;
    formatLocales.set(key, chosen);
  }
  return chosen;
}

/** The language `Kind`'s output is in for a widget speaking `locale`: `locale` itself, or the fallback's (to mark with `lang`). */
export function formatLanguage(Kind: IntlKind, locale: string): string {
  const chosen = formatLocale(Kind, locale);
  return chosen === locale || chosen === INTL_ALIASES[baseLanguage(locale)] ? locale : chosen;
}

/** The language `Kind` writes in for `locale` when it is another (a fallback, to mark with `lang`); undefined when it is `locale`. */
export function fallbackLanguage(Kind: IntlKind, locale: string): string | undefined {
  const lang = formatLanguage(Kind, locale);
  return lang === locale ? undefined : lang;
}

const made = new Map<string, unknown>();

/**
 * One `Intl` object per kind, locale(s) and options, in the locale the browser can format (see
 * `formatLocale`). @throws RangeError for a malformed locale or option.
 */
export function intl<T, O>(Kind: IntlClass<T, O>, locales: string | string[], options: O): T {
  const key = `${Kind.name}|${String(locales)}|${JSON.stringify(options)}`;
  let value = made.get(key) as T | undefined;
  if (!value) {
    const chosen = typeof locales === 'string' ? formatLocale(Kind, locales) : locales.map((l) => formatLocale(Kind, l));
    made.set(key, (value = new Kind(chosen, options)));
  }
  return value;
}

/** First letter upper-cased for the language ("today" → "Today" as a heading, "українська" → "Українська"). */
export function capitalize(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/**
 * Endonyms browsers lack or write differently (Chromium names Tigrinya "Tigrinya" in Tigrinya): the UI
 * languages' own names as their speakers write them in a sentence ("shqip" is lower-case in Albanian, as
 * "українська" in Ukrainian; labels capitalise them).
 */
const ENDONYMS: Record<string, string> = {
  ti: 'ትግርኛ',
  so: 'Soomaali',
  kmr: 'Kurdî (Kurmancî)',
  ku: 'Kurdî (Kurmancî)',
  ckb: 'کوردیی ناوەندی',
  ps: 'پښتو',
  mt: 'Malti',
  ga: 'Gaeilge',
  sq: 'shqip',
  prs: 'دری',
};

const names = new Map<string, PickedText>();

/**
 * Name of language `tag` for a reader of `inLocale`, as the browser gives it, with the language the name is
 * really in (where the browser cannot name languages in `inLocale`, British English: a name to mark with its
 * own `lang`); `tag` when Intl cannot tell. Chromium and Firefox give a name as a sentence writes it
 * ("anglais"), WebKit as a label ("Anglais"): a label is `languageLabelIn`, a name in a sentence
 * `languageInSentence` (intl-words.ts).
 */
export function languageNameIn(tag: string, inLocale: string): PickedText {
  const key = `${inLocale} ${tag}`;
  let name = names.get(key);
  if (name === undefined) {
    const own = ENDONYMS[tag] ?? ENDONYMS[tag.toLowerCase()];
    if (own && baseLanguage(tag) === baseLanguage(inLocale)) {
      name = { text: own, lang: tag };
    } else {
      try {
        const display = intl(Intl.DisplayNames, inLocale, { type: 'language', fallback: 'code' });
        name = { text: display.of(tag) ?? tag, lang: formatLanguage(Intl.DisplayNames, inLocale) };
      } catch {
        name = { text: tag, lang: inLocale };
      }
    }
    names.set(key, name);
  }
  return name;
}

/**
 * The same name capitalised as a label starts ("Anglais", "Українська"): an option, the picker's list. A tag
 * Intl could not name stays as it is.
 */
export function languageLabelIn(tag: string, inLocale: string): PickedText {
  const name = languageNameIn(tag, inLocale);
  return name.text === tag ? name : { ...name, text: capitalize(name.text, name.lang) };
}

/** Name of language `tag` as a label for a reader of `inLocale` (see `languageLabelIn`). */
export const languageName = (tag: string, inLocale: string): string => languageLabelIn(tag, inLocale).text;

/** A language's name in that language (its endonym) and the language it is in: العربية, Українська, Türkçe. */
export const endonymIn = (tag: string): PickedText => languageLabelIn(tag, tag);

/** A language's name in that language (its endonym): العربية, Українська, Türkçe. */
export const endonym = (tag: string): string => endonymIn(tag).text;
