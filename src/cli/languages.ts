/**
 * Languages as spreadsheets and directories write them — `ar`, `ara` (HSDS uses ISO 639-3),
 * `Arabic`, `Arabisch`, `العربية`, `Farsi` — as the feed's BCP 47 tags.
 */
import { LANG_TAG } from '../feed/schema.js';
import { closest, fold } from './suggest.js';

// Languages of the EU, its neighbours and of people who arrive there; their names come from Intl.
const CODES = [
  'en',
  'de',
  'fr',
  'nl',
  'pl',
  'it',
  'es',
  'pt',
  'sv',
  'da',
  'nb',
  'fi',
  'cs',
  'sk',
  'sl',
  'hr',
  'sr',
  'bs',
  'hu',
  'ro',
  'bg',
  'el',
  'et',
  'lv',
  'lt',
  'ga',
  'mt',
  'lb',
  'is',
  'sq',
  'mk',
  'tr',
  'ar',
  'fa',
  'ps',
  'ti',
  'so',
  'ku',
  'ckb',
  'uk',
  'ru',
  'be',
  'ka',
  'hy',
  'az',
  'ur',
  'hi',
  'bn',
  'pa',
  'ta',
  'zh',
  'ja',
  'ko',
  'vi',
  'th',
  'fil',
  'am',
  'sw',
  'ha',
  'yo',
  'ig',
  'wo',
  'he',
  'kab',
  'ln',
  'rom',
  'om',
  'ne',
  'tk',
  'uz',
  'kk',
  'mn',
  'my',
  'km',
  'ms',
  'id',
  'ber',
  'sgn',
];
const ALIASES: Record<string, string> = {
  farsi: 'fa',
  dari: 'prs',
  persian: 'fa',
  kurmanji: 'ku',
  sorani: 'ckb',
  'kurdish (sorani)': 'ckb',
  'kurdish (kurmanji)': 'ku',
  tigrinya: 'ti',
  'sign language': 'sgn',
  romani: 'rom',
};

let byName: Map<string, string> | undefined;

function names(): Map<string, string> {
  if (byName) return byName;
  byName = new Map();
  for (const code of CODES) {
    for (const locale of ['en', code, 'de', 'fr', 'nl', 'pl']) {
      try {
        const name = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }).of(code);
        if (name && !byName.has(fold(name))) byName.set(fold(name), code);
      } catch {
        /* a locale Intl does not know */
      }
    }
  }
  for (const [alias, code] of Object.entries(ALIASES)) byName.set(alias, code);
  return byName;
}

/** A language tag, code or name as the feed's tag (`Arabic` → `ar`, `ara` → `ar`), or undefined. */
export function languageTagOf(text: string): string | undefined {
  const value = text.trim();
  if (!value) return undefined;
  const named = names().get(fold(value));
  if (named) return canonical(named);
  if (LANG_TAG.test(value.replace(/_/g, '-'))) return canonical(value.replace(/_/g, '-'));
  return undefined;
}

function canonical(tag: string): string | undefined {
  try {
    const result = Intl.getCanonicalLocales(tag)[0];
    return result && LANG_TAG.test(result) ? result : undefined;
  } catch {
    return undefined;
  }
}

/** `: did you mean "Arabic"?` for a name that is close to a known one. */
export function languageSuggestion(text: string): string {
  const match = closest(fold(text), names().keys());
  return match ? `: did you mean "${match}" (${names().get(match)})?` : ': write a language code such as ar, uk, fa or tr';
}
