import '../../i18n/isolate-tabs.js';
import { expect } from '@open-wc/testing';
import { endonym, languageName, languageOptions, parseLocaleList } from '../../../src/components/language-picker/language-names.js';
import { languageNameIn } from '../../../src/i18n/intl.js';

describe('language names', () => {
  it('names each language in itself (endonym), capitalised as a label', () => {
    expect(endonym('ar')).to.equal('العربية');
    expect(endonym('uk')).to.equal('Українська');
    expect(endonym('tr')).to.equal('Türkçe');
    expect(endonym('fa')).to.equal('فارسی');
    expect(endonym('de')).to.equal('Deutsch');
    expect(endonym('nb')).to.equal('Norsk bokmål');
  });

  it('names a language in another language, and falls back to the tag', () => {
    expect(languageName('ar', 'de')).to.equal('Arabisch');
    expect(languageName('de', 'uk')).to.equal('Німецька');
    expect(languageName('xx-INVALID-!!', 'de')).to.equal('xx-INVALID-!!');
    // No names in a malformed language: British English ones, which say what language they are in.
    expect(languageNameIn('de', 'xx-INVALID-!!')).to.deep.equal({ text: 'German', lang: 'en-GB' });
  });

  it('parses locales="…" into valid, canonical, unique tags', () => {
    expect(parseLocaleList(' de  EN-gb,ar de xx-INVALID-!! ')).to.deep.equal(['de', 'en-GB', 'ar']);
    expect(parseLocaleList('')).to.deep.equal([]);
    expect(parseLocaleList(null)).to.deep.equal([]);
  });

  it('builds options with direction, omitting the secondary name when it equals the endonym', () => {
    const [de, ar] = languageOptions(['de', 'ar'], 'de');
    expect(de).to.deep.equal({ tag: 'de', endonym: 'Deutsch', endonymLang: 'de', dir: 'ltr' });
    expect(ar).to.deep.equal({ tag: 'ar', endonym: 'العربية', endonymLang: 'ar', name: 'Arabisch', nameLang: 'de', dir: 'rtl' });
  });
});
