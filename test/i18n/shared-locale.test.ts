import './isolate-tabs.js';
import { expect } from '@open-wc/testing';
import {
  adoptStartLocale,
  chooseLocale,
  getSharedLocale,
  LOCALE_CHANGE_EVENT,
  LOCALE_STORAGE_KEY,
  onSharedLocaleChange,
  savedLocale,
  type LocaleChangeDetail,
} from '../../src/i18n/shared-locale.js';
import { resetPageState } from '../helpers.js';

function nextChange(): Promise<LocaleChangeDetail> {
  return new Promise((resolve) =>
    document.addEventListener(LOCALE_CHANGE_EVENT, (e) => resolve((e as CustomEvent<LocaleChangeDetail>).detail), { once: true }),
  );
}

describe('shared language state', () => {
  beforeEach(() => resetPageState());
  afterEach(() => resetPageState());

  it('chooseLocale saves the choice and fires civic-locale-change on document', async () => {
    const change = nextChange();
    chooseLocale('UK-ua');
    expect(await change).to.deep.equal({ locale: 'uk-UA', reason: 'choice' });
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).to.equal('uk-UA');
    expect(getSharedLocale()).to.equal('uk-UA');
  });

  it('ignores a malformed choice without throwing', () => {
    let fired = 0;
    const stop = onSharedLocaleChange(() => fired++);
    chooseLocale('xx-INVALID-!!');
    chooseLocale('');
    stop();
    expect(fired).to.equal(0);
    expect(getSharedLocale()).to.equal(undefined);
    expect(savedLocale()).to.equal(undefined);
  });

  it('adopts a start language once, without saving it', () => {
    adoptStartLocale('de');
    adoptStartLocale('ar');
    expect(getSharedLocale()).to.equal('de');
    expect(savedLocale()).to.equal(undefined);
  });

  it('reads a saved choice canonically and ignores a malformed one', () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'fa-ir');
    expect(savedLocale()).to.equal('fa-IR');
    localStorage.setItem(LOCALE_STORAGE_KEY, '<script>');
    expect(savedLocale()).to.equal(undefined);
  });

  it('follows a choice made in another tab (storage event)', async () => {
    const seen: string[] = [];
    const stop = onSharedLocaleChange((locale) => seen.push(locale));
    const change = nextChange();
    window.dispatchEvent(new StorageEvent('storage', { key: LOCALE_STORAGE_KEY, newValue: 'ar', oldValue: 'de' }));
    expect(await change).to.deep.equal({ locale: 'ar', reason: 'other-tab' });
    window.dispatchEvent(new StorageEvent('storage', { key: 'something-else', newValue: 'fa' }));
    window.dispatchEvent(new StorageEvent('storage', { key: LOCALE_STORAGE_KEY, newValue: null }));
    stop();
    expect(seen).to.deep.equal(['ar']);
  });

  it('follows an event fired by another copy of the library, and ignores malformed ones', () => {
    const seen: string[] = [];
    const stop = onSharedLocaleChange((locale) => seen.push(locale));
    // What another copy's chooseLocale() dispatches: the event is the contract, not this module.
    document.dispatchEvent(new CustomEvent(LOCALE_CHANGE_EVENT, { detail: { locale: 'tr', reason: 'choice' } }));
    document.dispatchEvent(new CustomEvent(LOCALE_CHANGE_EVENT, { detail: { locale: 'xx-INVALID-!!' } }));
    document.dispatchEvent(new CustomEvent(LOCALE_CHANGE_EVENT));
    stop();
    expect(seen).to.deep.equal(['tr']);
    expect(getSharedLocale()).to.equal('tr');
  });
});
