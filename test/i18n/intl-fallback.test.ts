import { expect } from '@open-wc/testing';
import { uiLanguages } from '../../src/i18n/ui-locale.js';
import { endonymIn, formatLanguage, formatLocale, intl, languageNameIn } from '../../src/i18n/intl.js';

/**
 * Dates, numbers and names through Intl in every UI language, in whichever browser runs this: what
 * the browser has data for is used, else the fallback src/i18n/intl.ts names (measured: Chromium
 * has no data for ti, so, ku, ckb, ps, mt, ga, sq; WebKit knows Kurmanji only as `ku`; Firefox and
 * WebKit give Sorani relative times from CLDR's root) — never the browser's own language.
 */
const KINDS: Array<{ name: string; supportedLocalesOf(tag: string): string[] }> = [
  Intl.DateTimeFormat,
  Intl.NumberFormat,
  Intl.RelativeTimeFormat,
  Intl.ListFormat,
  Intl.DisplayNames,
  Intl.PluralRules,
];
/** The languages a fallback may be in, per UI language (besides the language itself). */
const ALLOWED: Record<string, string[]> = { kmr: ['ku', 'en'], ga: ['en'], mt: ['en'], ps: ['fa', 'en'] };
const languageOf = (tag: string) => new Intl.Locale(tag).language;

describe('Intl in every UI language, with fallbacks where the browser lacks the data', () => {
  for (const locale of uiLanguages) {
    it(`${locale}: each kind formats in ${locale} or a named fallback, never in the browser's own language`, () => {
      for (const Kind of KINDS) {
        const chosen = formatLocale(Kind, locale);
        const allowed = [languageOf(locale), ...(ALLOWED[locale] ?? ['en'])];
        expect(allowed, `${Kind.name}: ${chosen}`).to.include(languageOf(chosen));
        if (languageOf(chosen) === 'en' && languageOf(locale) !== 'en')
          expect(chosen, `${Kind.name} falls back to a day-first English`).to.match(/^en-(GB|IE|MT)$/);
        expect(Kind.supportedLocalesOf(chosen), `${Kind.name}: ${chosen} has data`).to.have.length(1);
      }
    });
  }

  it('gives relative days in words in every UI language, never CLDR root\'s "+3 d"', () => {
    for (const locale of uiLanguages) {
      const f = intl(Intl.RelativeTimeFormat, locale, { numeric: 'auto' });
      expect(f.format(3, 'day'), locale).not.to.match(/^\+/);
    }
  });

  it('writes Tigrinya dates in Tigrinya where the browser can, else day-first British English', () => {
    const date = intl(Intl.DateTimeFormat, 'ti', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2027, 3, 17));
    if (formatLocale(Intl.DateTimeFormat, 'ti') === 'ti') expect(date).to.contain('ሚያዝያ');
    else expect(date).to.equal('17 April 2027');
  });

  it("says which language a formatter's words are in, for lang on what it wrote", () => {
    expect(formatLanguage(Intl.DateTimeFormat, 'de')).to.equal('de');
    // Kurmanji: the browser's own `kmr` data (Firefox), or `ku`, Kurmanji under CLDR's code (WebKit); Chromium has neither.
    expect(formatLanguage(Intl.DateTimeFormat, 'kmr')).to.equal(
      ['kmr', 'ku'].includes(formatLocale(Intl.DateTimeFormat, 'kmr')) ? 'kmr' : 'en-GB',
    );
    const ti = formatLanguage(Intl.ListFormat, 'ti');
    expect(['ti', 'en-GB']).to.include(ti);
  });

  it('names every UI language in itself, in its own script, whatever the browser knows', () => {
    const scripts: Record<string, RegExp> = {
      ti: /^[\u1200-\u137F ]+$/,
      ckb: /^[\u0600-\u06FF\u200c ]+$/,
      ps: /^[\u0600-\u06FF ]+$/,
      'fa-AF': /^[\u0600-\u06FF ]+$/,
    };
    for (const locale of uiLanguages) {
      const { text, lang } = endonymIn(locale);
      expect(lang, locale).to.equal(locale);
      if (locale !== 'en') expect(text, locale).not.to.equal(new Intl.DisplayNames(['en'], { type: 'language' }).of(locale));
      if (scripts[locale]) expect(text, locale).to.match(scripts[locale]!);
    }
    expect(endonymIn('so').text).to.equal('Soomaali');
    expect(endonymIn('sq').text).to.equal('Shqip');
    expect(endonymIn('en').text).to.equal('English');
  });

  it('names languages in a language the browser cannot name them in, in British English marked as such', () => {
    const name = languageNameIn('ar', 'ti');
    if (formatLocale(Intl.DisplayNames, 'ti') === 'ti') expect(name.lang).to.equal('ti');
    else expect(name).to.deep.equal({ text: 'Arabic', lang: 'en-GB' });
  });
});

describe('language names in a sentence and as a label', () => {
  it('writes a name as its language does in a sentence, and capitalises it as a label, in every engine', async () => {
    const { languageLabelIn } = await import('../../src/i18n/intl.js');
    const { languageInSentence } = await import('../../src/i18n/intl-words.js');
    // French, Ukrainian and Albanian write language names in lower case in a sentence (WebKit's Intl capitalises
    // them all); German capitalises nouns.
    expect(languageInSentence('en', 'fr').text).to.equal('anglais');
    expect(languageLabelIn('en', 'fr').text).to.equal('Anglais');
    expect(languageInSentence('nl', 'uk').text).to.equal('нідерландська');
    expect(languageLabelIn('nl', 'uk').text).to.equal('Нідерландська');
    expect(languageInSentence('sq', 'sq').text).to.equal('shqip');
    expect(endonymIn('sq').text).to.equal('Shqip');
    expect(languageInSentence('en', 'de').text).to.equal('Englisch');
    // A tag Intl cannot name stays as written.
    expect(languageLabelIn('xx-INVALID-!!', 'fr').text).to.equal('xx-INVALID-!!');
    expect(languageInSentence('xx-INVALID-!!', 'fr').text).to.equal('xx-INVALID-!!');
  });
});
