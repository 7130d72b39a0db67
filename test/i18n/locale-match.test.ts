import { expect } from '@open-wc/testing';
import { canonicalTag, isPseudoLocale, matchLocale, startLocale, uniqueLocales } from '../../src/i18n/locale-match.js';
import { textDirection } from '../../src/i18n/direction.js';
import { baseLanguage, pickLocalizedText } from '../../src/i18n/localized-text.js';

const feedLocales = ['de', 'en', 'ar', 'uk', 'tr', 'fa'];

describe('canonicalTag', () => {
  it('canonicalises valid tags and rejects malformed or empty ones', () => {
    expect(canonicalTag('EN-gb')).to.equal('en-GB');
    expect(canonicalTag(' uk-ua ')).to.equal('uk-UA');
    expect(canonicalTag('xx-INVALID-!!')).to.equal(undefined);
    expect(canonicalTag('')).to.equal(undefined);
    expect(canonicalTag(null)).to.equal(undefined);
    expect(canonicalTag('-')).to.equal(undefined);
  });
  it('keeps Kurmanji as kmr, which Chromium and Firefox would turn into the macrolanguage ku', () => {
    expect(canonicalTag('kmr')).to.equal('kmr');
    expect(canonicalTag('KMR-tr')).to.equal('kmr-TR');
    expect(canonicalTag('ku')).to.equal('ku');
    expect(canonicalTag('ckb')).to.equal('ckb');
  });
});

describe('matchLocale', () => {
  it('matches the same tag, else the base language, else a sibling region', () => {
    expect(matchLocale('uk-UA', feedLocales)).to.equal('uk');
    expect(matchLocale('AR', feedLocales)).to.equal('ar');
    expect(matchLocale('pt', ['en', 'pt-BR'])).to.equal('pt-BR');
    expect(matchLocale('en-GB', ['en-US', 'en-GB'])).to.equal('en-GB');
  });
  it('meets a language under both of its codes, whichever the browser canonicalises', () => {
    expect(matchLocale('ku', ['de', 'kmr'])).to.equal('kmr');
    expect(matchLocale('kmr', ['de', 'kmr'])).to.equal('kmr');
    expect(matchLocale('fa-AF', ['fa', 'fa-AF'])).to.equal('fa-AF');
    expect(matchLocale('fa-IR', ['fa', 'fa-AF'])).to.equal('fa');
  });
  it('gives nothing for languages not offered and for malformed tags', () => {
    expect(matchLocale('fr', feedLocales)).to.equal(undefined);
    expect(matchLocale('xx-INVALID-!!', feedLocales)).to.equal(undefined);
    expect(matchLocale('', feedLocales)).to.equal(undefined);
  });
});

describe("uniqueLocales (a feed's locales as cities write them)", () => {
  it('lists each language once: case, duplicates and a region variant of a listed language', () => {
    expect(uniqueLocales(['en', 'EN', 'en-US', 'de', 'de'])).to.deep.equal(['en', 'de']);
    expect(uniqueLocales(['en-US', 'en'])).to.deep.equal(['en']);
    expect(uniqueLocales(['AR', 'ar-SY', 'uk-ua', 'UK'])).to.deep.equal(['ar', 'uk']);
  });
  it('keeps variants that are the only form of their language, other scripts, and Dari beside Persian', () => {
    expect(uniqueLocales(['pt-PT', 'pt-BR'])).to.deep.equal(['pt-PT', 'pt-BR']);
    expect(uniqueLocales(['sr', 'sr-Latn'])).to.deep.equal(['sr', 'sr-Latn']);
    expect(uniqueLocales(['fa', 'fa-AF', 'fa-IR'])).to.deep.equal(['fa', 'fa-AF']);
  });
  it('drops what is not a language tag', () => {
    expect(uniqueLocales(['de', '', 'xx-INVALID-!!', 42, null, 'tr'])).to.deep.equal(['de', 'tr']);
  });
});

describe('pseudo-locales', () => {
  it('are en-XA and ar-XB, whatever the case', () => {
    expect(['en-XA', 'ar-XB', 'EN-xa'].map(isPseudoLocale)).to.deep.equal([true, true, true]);
    expect(['en', 'ar', 'en-GB', '', undefined].map(isPseudoLocale)).to.deep.equal([false, false, false, false, false]);
  });
  it('serves only whoever asks for one by name: Arabic is not served by ar-XB, nor English by en-XA', () => {
    expect(matchLocale('ar', ['en', 'en-XA', 'ar-XB'])).to.equal(undefined);
    expect(matchLocale('en-GB', ['en-XA', 'ar-XB'])).to.equal(undefined);
    expect(matchLocale('ar-XB', ['en', 'en-XA', 'ar-XB'])).to.equal('ar-XB');
    expect(startLocale({ saved: 'ar', browser: ['uk'], defaultLocale: 'en-XA', locales: ['en-XA', 'ar-XB', 'uk'] })).to.equal('uk');
  });
  it('a saved pseudo-locale is kept though no feed lists it', () => {
    expect(startLocale({ saved: 'ar-XB', browser: ['de'], defaultLocale: 'de', locales: ['de', 'ar'] })).to.equal('ar-XB');
  });
});

describe('startLocale (saved choice, browser languages, <html lang>, feed default)', () => {
  const base = { defaultLocale: 'de', locales: feedLocales };
  it('prefers the saved choice', () => {
    expect(startLocale({ ...base, saved: 'tr', browser: ['uk-UA'], documentLang: 'en' })).to.equal('tr');
  });
  it('ignores a saved choice the feed does not offer and goes on', () => {
    expect(startLocale({ ...base, saved: 'fr', browser: ['fr-FR', 'uk-UA'], documentLang: 'en' })).to.equal('uk');
  });
  it('takes the first browser language the feed offers', () => {
    expect(startLocale({ ...base, browser: ['ti', 'fa-IR', 'en'] })).to.equal('fa');
  });
  it('then the page language, then the default', () => {
    expect(startLocale({ ...base, browser: ['ti'], documentLang: 'en-GB' })).to.equal('en');
    expect(startLocale({ ...base, browser: ['ti'], documentLang: 'xx-INVALID-!!' })).to.equal('de');
    expect(startLocale({ ...base, saved: '', browser: [], documentLang: '' })).to.equal('de');
  });
  it('works for a feed without locales', () => {
    expect(startLocale({ defaultLocale: 'sv', locales: [], browser: ['en'] })).to.equal('sv');
  });
});

describe('textDirection', () => {
  it('is rtl for Arabic, Persian and other right-to-left scripts', () => {
    for (const tag of ['ar', 'fa', 'fa-AF', 'prs', 'ur', 'ps', 'he', 'ckb', 'AR-eg']) expect(textDirection(tag), tag).to.equal('rtl');
  });
  it('is ltr for others, and follows an explicit script subtag', () => {
    for (const tag of ['de', 'en', 'uk', 'tr', 'el', 'ru', 'ti', 'so']) expect(textDirection(tag), tag).to.equal('ltr');
    expect(textDirection('az-Arab')).to.equal('rtl');
    expect(textDirection('ku-Latn')).to.equal('ltr');
    expect(textDirection('ff-Adlm')).to.equal('rtl');
    expect(textDirection('xx-INVALID-!!')).to.equal('ltr');
    expect(textDirection('')).to.equal('ltr');
  });
});

describe('pickLocalizedText (fallback chain)', () => {
  const text = { de: 'Hallo', en: 'Hello', 'pt-BR': 'Olá' };
  it('chosen → base → default → any', () => {
    expect(pickLocalizedText(text, 'en-GB', 'de')).to.deep.equal({ text: 'Hello', lang: 'en' });
    expect(pickLocalizedText(text, 'pt', 'de')).to.deep.equal({ text: 'Olá', lang: 'pt-BR' });
    expect(pickLocalizedText(text, 'ar', 'de')).to.deep.equal({ text: 'Hallo', lang: 'de' });
    expect(pickLocalizedText({ uk: 'Привіт' }, 'ar', 'de')).to.deep.equal({ text: 'Привіт', lang: 'uk' });
  });
  it('treats a plain string as the default locale and skips empty text', () => {
    expect(pickLocalizedText('Hallo', 'ar', 'de')).to.deep.equal({ text: 'Hallo', lang: 'de' });
    expect(pickLocalizedText({ ar: '', de: 'Hallo' }, 'ar', 'de')?.lang).to.equal('de');
    expect(pickLocalizedText('', 'ar', 'de')).to.equal(undefined);
    expect(baseLanguage('zh-Hant-TW')).to.equal('zh');
  });
});
