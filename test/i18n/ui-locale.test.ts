import './isolate-tabs.js';
import { expect } from '@open-wc/testing';
import { html as litHtml, render } from 'lit';
import { allLocales, targetLocales } from '../../src/generated/locale-codes.js';
import {
  catalogueOf,
  hasUiLocale,
  loadUiLocale,
  localeLoader,
  localeModuleUrl,
  uiLanguages,
  uiLocaleFor,
} from '../../src/i18n/ui-locale.js';
import { inLanguage, messageChecks, msg, speakingLocale, str } from '../../src/i18n/messages.js';
import { pluralCategory, pluralMsg } from '../../src/i18n/plural.js';

describe('UI languages', () => {
  it('serves a tag with a translated UI language, else English', () => {
    expect(uiLocaleFor('uk-UA')).to.equal('uk');
    expect(uiLocaleFor('NB')).to.equal('nb');
    expect(uiLocaleFor('xx-INVALID-!!')).to.equal('en');
    expect(uiLocaleFor('')).to.equal('en');
    expect(uiLocaleFor(undefined)).to.equal('en');
    expect(uiLocaleFor('zh-Hant')).to.equal('en');
  });

  it('speaks the 37 languages: the 24 EU ones, Norwegian and those of people arriving in EU cities, plus two pseudo-locales', () => {
    const eu = [
      'bg',
      'cs',
      'da',
      'de',
      'el',
      'en',
      'es',
      'et',
      'fi',
      'fr',
      'ga',
      'hr',
      'hu',
      'it',
      'lt',
      'lv',
      'mt',
      'nl',
      'pl',
      'pt',
      'ro',
      'sk',
      'sl',
      'sv',
    ];
    const others = ['nb', 'ar', 'fa', 'fa-AF', 'ps', 'ti', 'so', 'kmr', 'ckb', 'uk', 'ru', 'tr', 'sq'];
    expect([...uiLanguages].sort()).to.deep.equal([...eu, ...others].sort());
    expect([...allLocales].filter((l) => !uiLanguages.includes(l)).sort()).to.deep.equal(['ar-XB', 'en-XA']);
  });

  it('serves Dari, Kurmanji and Norwegian under their other codes', () => {
    expect(uiLocaleFor('fa-AF')).to.equal('fa-AF');
    expect(uiLocaleFor('prs')).to.equal('fa-AF');
    expect(uiLocaleFor('fa-IR')).to.equal('fa');
    expect(uiLocaleFor('ku')).to.equal('kmr');
    expect(uiLocaleFor('kmr-TR')).to.equal('kmr');
    expect(uiLocaleFor('ckb-IQ')).to.equal('ckb');
    expect(uiLocaleFor('no')).to.equal('nb');
    expect(uiLocaleFor('nn')).to.equal('nb');
    expect(uiLocaleFor('en-XA')).to.equal('en-XA');
  });

  it('loads translations from the sources in development and beside the embed file when built', () => {
    expect(localeModuleUrl('de', 'http://localhost:8000/src/i18n/ui-locale.ts')).to.equal(
      'http://localhost:8000/src/generated/locales/de.ts',
    );
    expect(localeModuleUrl('ar', 'https://cdn.example.org/civic/1.0/civic-widgets.js')).to.equal(
      'https://cdn.example.org/civic/1.0/locales/ar.js',
    );
    expect(localeModuleUrl('uk', 'https://city.example/assets/civic-widgets.js?v=3')).to.equal('https://city.example/assets/locales/uk.js');
    // The embed's code is in chunks/ beside the entry; its translations in locales/ beside the entry too.
    expect(localeModuleUrl('ar', 'https://city.example/civic/chunks/core-x1.js', '../locales/')).to.equal(
      'https://city.example/civic/locales/ar.js',
    );
  });

  it('finds a message by the prefix of its id in a shipped translation file, by its whole id in the sources', () => {
    const shipped = catalogueOf({ templates: { s078f2: 'Скинути всі фільтри' }, idLength: 6 });
    expect(shipped('s078f25f106da59fe')).to.equal('Скинути всі фільтри');
    expect(shipped('s999999f106da59fe')).to.equal(undefined);
    // An id given in code (`msg(…, { id })`, as pluralMsg's forms have) is kept whole by the bundler.
    const withOwnIds = catalogueOf({ templates: { s078f2: 'Скинути всі фільтри', 'event-count.few': '3 події' }, idLength: 6 });
    expect(withOwnIds('event-count.few')).to.equal('3 події');
    expect(withOwnIds('event-count.many')).to.equal(undefined);
    const sources = catalogueOf({ templates: { s078f25f106da59fe: 'Скинути всі фільтри' } });
    expect(sources('s078f25f106da59fe')).to.equal('Скинути всі фільтри');
  });

  it('has a complete, loadable translation module for every language, with the same keys', async () => {
    const keys = new Set<string>();
    for (const locale of targetLocales) {
      const { templates } = (await import(localeModuleUrl(locale))) as { templates: Record<string, unknown> };
      const ids = Object.keys(templates);
      if (keys.size === 0) ids.forEach((id) => keys.add(id));
      expect(ids.length, locale).to.equal(keys.size);
      expect(
        ids.every((id) => keys.has(id)),
        locale,
      ).to.equal(true);
    }
    expect(keys.size).to.be.greaterThan(50);
    expect(allLocales).to.include('en');
  });

  it('a translation that cannot be loaded leaves English, with a warning, and is tried again later', async () => {
    const load = localeLoader.load;
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    let attempts = 0;
    localeLoader.load = () => (attempts++, Promise.reject(new Error('offline')));
    try {
      expect(await loadUiLocale('xx-test')).to.equal(false);
      expect(hasUiLocale('xx-test')).to.equal(false);
      expect(inLanguage('xx-test', () => msg('Try again'))).to.equal('Try again');
      expect(await loadUiLocale('xx-test')).to.equal(false);
      expect(attempts).to.equal(2);
      expect(String(warnings[0])).to.contain('could not load the xx-test translation');
    } finally {
      localeLoader.load = load;
      console.warn = warn;
    }
  });
});

describe('msg(): each render in its own language', () => {
  before(async () => {
    expect(await loadUiLocale('de')).to.equal(true);
    expect(await loadUiLocale('ar')).to.equal(true);
  });

  it('speaks the language of the inLanguage() around it, two languages side by side', () => {
    expect(inLanguage('de', () => msg('Try again'))).to.equal('Erneut versuchen');
    expect(inLanguage('ar', () => msg('Try again'))).to.equal('إعادة المحاولة');
    // Nested (a widget rendering while another one is): each its own, and back.
    expect(inLanguage('de', () => [msg('Try again'), inLanguage('ar', () => msg('Try again')), msg('Try again')])).to.deep.equal([
      'Erneut versuchen',
      'إعادة المحاولة',
      'Erneut versuchen',
    ]);
    expect(inLanguage('en', () => msg('Try again'))).to.equal('Try again');
  });

  it('puts values where the translation wants them', () => {
    const count = 7;
    expect(inLanguage('de', () => msg(str`Services found: ${count}`))).to.equal('Gefundene Angebote: 7');
    expect(inLanguage('en', () => msg(str`Services found: ${count}`))).to.equal('Services found: 7');
  });

  it('renders html messages with their values', () => {
    const el = document.createElement('div');
    render(
      inLanguage('en', () => msg(litHtml`<b>${'x'}</b> and ${'y'}`)),
      el,
    );
    expect(el.querySelector('b')!.textContent).to.equal('x');
    expect(el.textContent).to.equal('x and y');
  });

  it('outside a render speaks English, and tests can see that it happened', () => {
    const outside: unknown[] = [];
    messageChecks.outside = (t) => outside.push(t);
    try {
      expect(msg('Try again')).to.equal('Try again');
      expect(speakingLocale()).to.equal('en');
      inLanguage('de', () => msg('Try again'));
    } finally {
      messageChecks.outside = undefined;
    }
    expect(outside).to.deep.equal(['Try again']);
  });

  it('restores the language when a render throws', () => {
    expect(() =>
      inLanguage('de', () => {
        throw new Error('render failed');
      }),
    ).to.throw('render failed');
    expect(speakingLocale()).to.equal('en');
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

  it('picks the form for the category in the language being rendered, and falls back to other', () => {
    const forms = { one: () => 'one', few: () => 'few', other: () => 'other' };
    expect(pluralMsg(3, forms, 'pl')).to.equal('few');
    expect(pluralMsg(5, forms, 'pl')).to.equal('other');
    expect(pluralMsg(1, forms, 'en')).to.equal('one');
    expect(inLanguage('pl', () => pluralMsg(3, forms))).to.equal('few');
    expect(inLanguage('en', () => pluralMsg(3, forms))).to.equal('other');
  });
});
