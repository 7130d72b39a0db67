import './isolate-tabs.js';
import { expect } from '@open-wc/testing';
import { msg } from '@lit/localize';
import { allLocales, targetLocales } from '../../src/generated/locale-codes.js';
import { byIdPrefix, followUiLocale, localeModuleUrl, uiLangFor, uiLocale, uiLocaleFor } from '../../src/i18n/ui-locale.js';
import { pluralCategory, pluralMsg } from '../../src/i18n/plural.js';
import { resetPageState } from '../helpers.js';

describe('UI language (lit-localize runtime)', () => {
  beforeEach(() => resetPageState('en'));
  after(() => followUiLocale('en'));

  it('serves a tag with a translated UI language, else English', () => {
    expect(uiLocaleFor('uk-UA')).to.equal('uk');
    expect(uiLocaleFor('NB')).to.equal('nb');
    expect(uiLocaleFor('fa-AF')).to.equal('fa');
    expect(uiLocaleFor('ti')).to.equal('en');
    expect(uiLocaleFor('xx-INVALID-!!')).to.equal('en');
    expect(uiLocaleFor('')).to.equal('en');
    expect(uiLocaleFor(undefined)).to.equal('en');
  });

  it('offers English and the 14 translations', () => {
    expect([...allLocales].sort()).to.deep.equal(['ar', 'de', 'el', 'en', 'es', 'fa', 'fr', 'it', 'nb', 'nl', 'pl', 'ru', 'sv', 'tr', 'uk']);
  });

  it('loads translations from the sources in development and beside the embed file when built', () => {
    expect(localeModuleUrl('de', 'http://localhost:8000/src/i18n/ui-locale.ts')).to.equal('http://localhost:8000/src/generated/locales/de.ts');
    expect(localeModuleUrl('ar', 'https://cdn.example.org/civic/1.0/civic-widgets.js')).to.equal('https://cdn.example.org/civic/1.0/locales/ar.js');
    expect(localeModuleUrl('uk', 'https://city.example/assets/civic-widgets.js?v=3')).to.equal('https://city.example/assets/locales/uk.js');
  });

  it('finds a message by the prefix of its id in a shipped translation file, by its whole id in the sources', () => {
    const shipped = byIdPrefix({ templates: { s078f2: 'Скинути всі фільтри' }, idLength: 6 });
    expect(shipped.templates['s078f25f106da59fe']).to.equal('Скинути всі фільтри');
    expect(shipped.templates['s999999f106da59fe']).to.equal(undefined);
    const sources = byIdPrefix({ templates: { s078f25f106da59fe: 'Скинути всі фільтри' } });
    expect(sources.templates['s078f25f106da59fe']).to.equal('Скинути всі фільтри');
  });

  it('switches msg() to the chosen language once its translation has loaded, and back', async () => {
    await followUiLocale('de-AT');
    expect(uiLocale()).to.equal('de');
    expect(msg('Try again')).to.equal('Erneut versuchen');
    await followUiLocale('ar');
    expect(msg('Try again')).to.equal('إعادة المحاولة');
    await followUiLocale('ti');
    expect(uiLocale()).to.equal('en');
    expect(msg('Try again')).to.equal('Try again');
    // English words inside a Tigrinya widget need their own lang; inside an English one they don't.
    expect(uiLangFor('ti')).to.equal('en');
    expect(uiLangFor('en-GB')).to.equal(undefined);
  });

  it('has a complete, loadable translation module for every language, with the same keys', async () => {
    const keys = new Set<string>();
    for (const locale of targetLocales) {
      const { templates } = (await import(localeModuleUrl(locale))) as { templates: Record<string, unknown> };
      const ids = Object.keys(templates);
      if (keys.size === 0) ids.forEach((id) => keys.add(id));
      expect(ids.length, locale).to.equal(keys.size);
      expect(ids.every((id) => keys.has(id)), locale).to.equal(true);
    }
    expect(keys.size).to.be.greaterThan(50);
  });
});

describe('plurals', () => {
  it('gives CLDR categories per language', () => {
    expect(pluralCategory('en', 1)).to.equal('one');
    expect(pluralCategory('en', 2)).to.equal('other');
    expect(pluralCategory('pl', 3)).to.equal('few');
    expect(pluralCategory('pl', 5)).to.equal('many');
    expect(pluralCategory('uk', 21)).to.equal('one');
    expect(pluralCategory('ar', 2)).to.equal('two');
    expect(pluralCategory('ar', 0)).to.equal('zero');
    expect(pluralCategory('xx-INVALID-!!', 1)).to.equal('one');
  });

  it('picks the form for the category and falls back to other', () => {
    const forms = { one: () => 'one', few: () => 'few', other: () => 'other' };
    expect(pluralMsg(3, forms, 'pl')).to.equal('few');
    expect(pluralMsg(5, forms, 'pl')).to.equal('other');
    expect(pluralMsg(1, forms, 'en')).to.equal('one');
  });
});
