import { baseLanguage } from './localized-text.js';

// Scripts written right to left among the languages cities publish in (Arabic, Persian/Dari,
// Urdu, Pashto, Hebrew, Kurdish Sorani, Yiddish, Dhivehi, Syriac, N'Ko).
const rightToLeft = new Set(['ar', 'fa', 'prs', 'ur', 'ps', 'he', 'ckb', 'yi', 'dv', 'syr', 'nqo', 'sd', 'ug']);

export function textDirection(tag: string): 'ltr' | 'rtl' {
  const lower = tag.toLowerCase();
  if (/-arab\b/.test(lower) || /-hebr\b/.test(lower)) return 'rtl';
  if (/-(latn|cyrl)\b/.test(lower)) return 'ltr';
  return rightToLeft.has(baseLanguage(lower)) ? 'rtl' : 'ltr';
}
