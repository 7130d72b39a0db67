import { baseLanguage } from './localized-text.js';

// Scripts written right to left among the languages cities publish in (Arabic, Persian/Dari,
// Urdu, Pashto, Hebrew, Kurdish Sorani, Yiddish, Dhivehi, Syriac, N'Ko, Sindhi, Uyghur).
const rightToLeft = new Set(['ar', 'fa', 'prs', 'ur', 'ps', 'he', 'ckb', 'yi', 'dv', 'syr', 'nqo', 'sd', 'ug']);
const rtlScripts = /-(arab|hebr|syrc|thaa|nkoo|adlm|rohg|mend)\b/;

type TextInfo = { direction?: string };
type LocaleWithTextInfo = Intl.Locale & { getTextInfo?: () => TextInfo; textInfo?: TextInfo };

/** What the browser's Intl knows, where it offers it (Chromium, Safari); undefined elsewhere or for a malformed tag. */
function intlDirection(tag: string): 'ltr' | 'rtl' | undefined {
  try {
    const locale = new Intl.Locale(tag) as LocaleWithTextInfo;
    const direction = (locale.getTextInfo?.() ?? locale.textInfo)?.direction;
    return direction === 'rtl' || direction === 'ltr' ? direction : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `rtl` for languages written right to left (`ar`, `fa`, `az-Arab`, `ff-Adlm`), else `ltr`.
 * An explicit script subtag decides; then our list of common RTL languages; then the browser's
 * own data for anything else. Malformed tags are `ltr`.
 */
export function textDirection(tag: string): 'ltr' | 'rtl' {
  const lower = tag.toLowerCase();
  if (rtlScripts.test(lower)) return 'rtl';
  if (/-(latn|cyrl)\b/.test(lower)) return 'ltr';
  if (rightToLeft.has(baseLanguage(lower))) return 'rtl';
  return intlDirection(tag) ?? 'ltr';
}
