import { intl } from './intl.js';
import { speakingLocale } from './messages.js';

/**
 * Plurals for the widgets' own words. `msg()` has no plural syntax, so a widget writes one
 * `msg()` per plural category it needs and lets `Intl.PluralRules` pick:
 *
 *   pluralMsg(n, {
 *     one: () => msg(str`${n} event`, { id: 'event-count.one' }),
 *     few: () => msg(str`${n} events`, { id: 'event-count.few' }),   // Polish, Ukrainian, Russian, Arabic
 *     many: () => msg(str`${n} events`, { id: 'event-count.many' }), // Polish, Ukrainian, Russian, Arabic
 *     other: () => msg(str`${n} events`, { id: 'event-count.other' }),
 *   });
 *
 * Categories are chosen in the language `msg()` speaks (the UI language), which can differ from
 * the widget's feed language (a feed in Tigrinya shows English UI words). Give each form its own
 * `id`, because the English texts of `few`, `many` and `other` are the same. A category the
 * widget does not provide falls back to `other`. Simpler still, and what most strings here do:
 * word it without a plural ("Services found: 3").
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, () => string>> & { other: () => string };

/** The CLDR plural category of `n` in `locale` (`one`, `few`, …); `other` for an unknown locale. */
export function pluralCategory(locale: string, n: number): Intl.LDMLPluralRule {
  try {
    return intl(Intl.PluralRules, locale, {}).select(n);
  } catch {
    return intl(Intl.PluralRules, 'en', {}).select(n);
  }
}

/** The form of `forms` for `n` in the UI language (or `locale`). */
export function pluralMsg(n: number, forms: PluralForms, locale: string = speakingLocale()): string {
  return (forms[pluralCategory(locale, n)] ?? forms.other)();
}
