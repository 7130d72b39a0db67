import '../../i18n/isolate-tabs.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/index.js';
import type { CivicLanguagePicker } from '../../../src/index.js';
import { LOCALE_CHANGE_EVENT, LOCALE_STORAGE_KEY, type LocaleChangeDetail } from '../../../src/i18n/shared-locale.js';
import { fixtureFeedUrl, resetPageState, settled, visibleText } from '../../helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** Polls until `check` passes (translations load asynchronously). */
const until = (check: () => boolean, what: string, timeout = 3000): Promise<void> =>
  waitUntil(check, `waiting for ${what}`, { interval: 10, timeout });

const shadow = (el: Element) => el.shadowRoot!;
const buttons = (el: Element) => [...shadow(el).querySelectorAll<HTMLButtonElement>('ul button')];

/**
 * Renders a group of widgets into a plain wrapper. Not open-wc's fixture(): for a non-Lit
 * wrapper it waits for an animation frame, which never comes while the test runner runs this
 * file in a background tab next to another one.
 */
const mounted: HTMLElement[] = [];
function mount(template: TemplateResult): HTMLElement {
  const root = document.createElement('div');
  render(template, root);
  document.body.append(root);
  mounted.push(root);
  return root;
}

async function page(picker: TemplateResult): Promise<{ root: HTMLElement; picker: CivicLanguagePicker; widgets: Widget[] }> {
  const root = mount(html`
    ${picker}
    <civic-service-finder src=${fixtureFeedUrl}></civic-service-finder>
    <civic-event-list src=${fixtureFeedUrl}></civic-event-list>
    <civic-partner-call src=${fixtureFeedUrl}></civic-partner-call>
  `);
  const all = [...root.children] as Widget[];
  for (const el of all) await settled(el);
  return { root, picker: all[0] as CivicLanguagePicker, widgets: all.slice(1) };
}

describe('<civic-language-picker>', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  beforeEach(async () => {
    resetPageState('en');
    const sinon = (await import('sinon')).default;
    clock = sinon.useFakeTimers({ now: new Date('2027-04-12T08:00:00Z'), toFake: ['Date'] });
  });
  afterEach(() => {
    mounted.splice(0).forEach((root) => root.remove());
    clock?.restore();
    document.documentElement.lang = 'en';
    document.documentElement.removeAttribute('dir');
    resetPageState('en');
  });

  it('lists the feed’s languages by their own names, with the current language’s name as secondary text', async () => {
    const { picker } = await page(html`<civic-language-picker src=${fixtureFeedUrl} variant="list"></civic-language-picker>`);
    const list = buttons(picker);
    expect(list.map((b) => b.lang)).to.deep.equal(['de', 'en', 'ar', 'uk']);
    expect(list.map((b) => b.dir)).to.deep.equal(['ltr', 'ltr', 'rtl', 'ltr']);
    expect(list[2]!.textContent).to.contain('العربية').and.contain('Arabic');
    expect(list[3]!.textContent).to.contain('Українська').and.contain('Ukrainian');
    const secondary = list[2]!.querySelector('.name')!;
    expect(secondary.getAttribute('lang')).to.equal('en');
    expect(list[1]!.textContent!.trim()).to.equal('English ✓');
    expect(list[1]!.querySelector('[aria-hidden="true"]')!.textContent).to.contain('✓');
    expect(list.map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['false', 'true', 'false', 'false']);
    expect(shadow(picker).querySelector('img, [class*="flag"]')).to.equal(null);
    await expect(picker).to.be.accessible();
  });

  it('lists each language once for a feed that writes locales as cities do (case, duplicates, region variants)', async () => {
    const feed = JSON.parse(await (await fetch(fixtureFeedUrl)).text()) as { locales: string[] };
    feed.locales = ['en', 'EN', 'en-US', 'de', 'DE-de', 'ar', 'ar', 'uk-UA', 'uk', 'fa', 'fa-AF', 'xx-INVALID-!!'];
    const src = URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
    const root = mount(html`<civic-language-picker src=${src} variant="list"></civic-language-picker>`);
    const picker = root.firstElementChild as CivicLanguagePicker;
    await settled(picker);
    expect(buttons(picker).map((b) => b.lang)).to.deep.equal(['en', 'de', 'ar', 'uk', 'fa', 'fa-AF']);
    expect(buttons(picker).map((b) => b.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'English ✓',
      'Deutsch German',
      'العربية Arabic',
      'Українська Ukrainian',
      'فارسی Persian',
      'دری Dari',
    ]);
    // A select too: one option per language.
    picker.variant = 'select';
    await picker.updateComplete;
    expect([...shadow(picker).querySelectorAll('option')].map((o) => o.value)).to.deep.equal(['en', 'de', 'ar', 'uk', 'fa', 'fa-AF']);
    await expect(picker).to.be.accessible();
  });

  it('switches three different widgets at once, and fires civic-locale-change on document', async () => {
    const { picker, widgets } = await page(html`<civic-language-picker src=${fixtureFeedUrl} variant="list"></civic-language-picker>`);
    const events: LocaleChangeDetail[] = [];
    const listen = (e: Event) => events.push((e as CustomEvent<LocaleChangeDetail>).detail);
    document.addEventListener(LOCALE_CHANGE_EVENT, listen);
    buttons(picker)[0]!.click();
    // Read at once: other test files' tabs share this origin's storage.
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).to.equal('de');
    document.removeEventListener(LOCALE_CHANGE_EVENT, listen);
    expect(events).to.deep.equal([{ locale: 'de', reason: 'choice' }]);
    // Each widget's updateComplete waits for its re-render in the new language (one per task).
    await Promise.all([picker, ...widgets].map((w) => w.updateComplete));
    expect(visibleText(widgets[0]!)).to.contain('Angebot finden');
    for (const w of [picker, ...widgets]) {
      expect(w.getAttribute('lang'), w.localName).to.equal('de');
      expect(w.getAttribute('dir'), w.localName).to.equal('ltr');
    }
    expect(visibleText(widgets[1]!)).to.contain('Alle Sprachen');
    expect(visibleText(widgets[2]!)).to.contain('Partnersuche');
    expect(buttons(picker)[0]!.getAttribute('aria-pressed')).to.equal('true');
    await expect(picker).to.be.accessible();
  });

  it('lays every widget out right to left in Arabic and Persian', async () => {
    const { root, picker, widgets } = await page(html`<civic-language-picker locales="de en ar fa"></civic-language-picker>`);
    for (const [tag, word] of [
      ['ar', 'ابحث عن خدمة'],
      ['fa', 'یافتن خدمات'],
    ] as const) {
      const select = shadow(picker).querySelector('select')!;
      select.value = tag;
      select.dispatchEvent(new Event('change'));
      await Promise.all([picker, ...widgets].map((w) => w.updateComplete));
      expect(visibleText(widgets[0]!)).to.contain(word);
      // The service finder's feed has no Persian: it shows its fallback, marked with its own lang.
      expect(picker.getAttribute('dir')).to.equal('rtl');
      for (const w of widgets) expect(w.getAttribute('dir'), `${tag} ${w.localName}`).to.equal('rtl');
      expect(getComputedStyle(shadow(widgets[0]!).querySelector('input[type="search"]')!).direction).to.equal('rtl');
      // Unbroken on a phone-width column: nothing sticks out sideways.
      root.style.inlineSize = '360px';
      for (const w of [picker, ...widgets]) expect(w.scrollWidth, `${tag} ${w.localName} overflow`).to.be.at.most(w.clientWidth + 1);
      root.style.removeProperty('inline-size');
    }
    await expect(picker).to.be.accessible();
    await expect(widgets[0]!).to.be.accessible();
  });

  it('works without a feed from locales="de en ar", with no "no information source" error', async () => {
    const picker = await fixture<CivicLanguagePicker>(html`<civic-language-picker locales="de en ar"></civic-language-picker>`);
    await picker.updateComplete;
    expect(shadow(picker).querySelector('[role="alert"]')).to.equal(null);
    expect(picker.hasAttribute('aria-busy')).to.equal(false);
    const options = [...shadow(picker).querySelectorAll('option')];
    expect(options.map((o) => o.value)).to.deep.equal(['de', 'en', 'ar']);
    expect(options.map((o) => `${o.lang}/${o.dir}`)).to.deep.equal(['de/ltr', 'en/ltr', 'ar/rtl']);
    expect(options[0]!.textContent).to.equal('Deutsch (German)');
    const label = shadow(picker).querySelector('label')!;
    expect(label.textContent).to.equal('Language');
    expect(label.htmlFor).to.equal(shadow(picker).querySelector('select')!.id);
    await expect(picker).to.be.accessible();
  });

  it('select variant: operable with the keyboard alone', async () => {
    const { picker, widgets } = await page(html`<civic-language-picker locales="de en ar"></civic-language-picker>`);
    const select = shadow(picker).querySelector('select')!;
    expect(select.value).to.equal('en');
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await until(() => widgets[0]!.getAttribute('lang') === 'ar', 'Arabic after ArrowDown');
    expect(shadow(picker).activeElement).to.equal(shadow(picker).querySelector('select'));
    await Promise.all([picker, ...widgets].map((w) => w.updateComplete));
    expect(visibleText(widgets[0]!)).to.contain('ابحث عن خدمة');
    expect(shadow(picker).querySelector('label')!.textContent).to.equal('اللغة');
    await expect(picker).to.be.accessible();
  });

  it('list variant: Tab to a language and press Enter or Space', async () => {
    const picker = await fixture<CivicLanguagePicker>(
      html`<civic-language-picker locales="de en ar uk" variant="list"></civic-language-picker>`,
    );
    await picker.updateComplete;
    buttons(picker)[0]!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(shadow(picker).activeElement?.getAttribute('lang')).to.equal('ar');
    await sendKeys({ press: 'Enter' });
    await until(() => picker.getAttribute('lang') === 'ar', 'Arabic');
    expect(buttons(picker)[2]!.getAttribute('aria-pressed')).to.equal('true');
    expect(shadow(picker).activeElement?.getAttribute('lang')).to.equal('ar');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await until(() => picker.getAttribute('lang') === 'uk', 'Ukrainian');
    await expect(picker).to.be.accessible();
  });

  it('compact variant: a disclosure button that opens the list, Escape closes it, choosing returns focus', async () => {
    const picker = await fixture<CivicLanguagePicker>(
      html`<civic-language-picker locales="de en ar" variant="compact"></civic-language-picker>`,
    );
    await picker.updateComplete;
    const toggle = () => shadow(picker).querySelector<HTMLButtonElement>('.toggle')!;
    expect(toggle().getAttribute('aria-expanded')).to.equal('false');
    expect(toggle().textContent).to.contain('EN');
    expect(buttons(picker)).to.have.length(0);
    await expect(picker).to.be.accessible();
    toggle().focus();
    await sendKeys({ press: 'Enter' });
    await picker.updateComplete;
    expect(toggle().getAttribute('aria-expanded')).to.equal('true');
    expect(toggle().getAttribute('aria-controls')).to.equal(shadow(picker).querySelector('ul')!.id);
    await expect(picker).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await picker.updateComplete;
    expect(toggle().getAttribute('aria-expanded')).to.equal('false');
    expect(shadow(picker).activeElement).to.equal(toggle());
    await sendKeys({ press: 'Space' });
    await picker.updateComplete;
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(shadow(picker).activeElement?.getAttribute('lang')).to.equal('ar');
    await sendKeys({ press: 'Enter' });
    await until(() => picker.getAttribute('dir') === 'rtl', 'Arabic');
    await picker.updateComplete;
    expect(toggle().getAttribute('aria-expanded')).to.equal('false');
    expect(shadow(picker).activeElement).to.equal(toggle());
    expect(toggle().textContent).to.contain('AR').and.contain('العربية');
    await expect(picker).to.be.accessible();
  });

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`compact variant (${dir}): the list opens over the page, never growing the host's header; arrows, Home, End, a click outside`, async () => {
      const root =
        mount(html`<header dir=${dir} style="display: flex; justify-content: space-between; align-items: center; padding: 8px; overflow: hidden">
          <span>City of Leipzig</span>
          <civic-language-picker locales="de en ar fa uk tr" variant="compact" lang=${dir === 'rtl' ? 'ar' : 'en'}></civic-language-picker>
        </header>
        <p>The page goes on.</p>`);
      const header = root.querySelector('header')!;
      const picker = root.querySelector<CivicLanguagePicker>('civic-language-picker')!;
      await picker.updateComplete;
      const toggle = shadow(picker).querySelector<HTMLButtonElement>('.toggle')!;
      const before = {
        header: header.getBoundingClientRect().height,
        page: document.documentElement.scrollHeight,
        picker: picker.getBoundingClientRect().height,
      };
      toggle.focus();
      await sendKeys({ press: 'ArrowDown' });
      await picker.updateComplete;
      const list = shadow(picker).querySelector<HTMLElement>('#languages')!;
      // Open, and over the page: nothing around it moved or grew.
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect({
        header: header.getBoundingClientRect().height,
        page: document.documentElement.scrollHeight,
        picker: picker.getBoundingClientRect().height,
      }).to.deep.equal(before);
      const box = list.getBoundingClientRect();
      const button = toggle.getBoundingClientRect();
      expect(box.height).to.be.above(6 * 40);
      expect(box.top).to.be.at.least(button.bottom);
      expect(box.left).to.be.at.least(0);
      expect(box.right).to.be.at.most(document.documentElement.clientWidth);
      // Not cut off by the header's overflow: hidden (the top layer, where the browser has popovers).
      if (typeof list.showPopover === 'function') {
        expect(list.matches(':popover-open')).to.equal(true);
        expect(document.elementFromPoint(box.left + box.width / 2, box.bottom - 10)).to.equal(picker);
      }
      // Its end edge at the button's end: the right in LTR, the left in RTL (kept on screen).
      if (dir === 'ltr') expect(Math.abs(box.right - button.right)).to.be.below(9);
      else expect(Math.abs(box.left - button.left)).to.be.below(9);
      // ArrowDown from the button went to the chosen language; arrows wrap; Home and End.
      const active = () => shadow(picker).activeElement?.getAttribute('lang');
      expect(active()).to.equal(dir === 'rtl' ? 'ar' : 'en');
      await sendKeys({ press: 'Home' });
      expect(active()).to.equal('de');
      await sendKeys({ press: 'ArrowUp' });
      expect(active()).to.equal('tr');
      await sendKeys({ press: 'ArrowDown' });
      expect(active()).to.equal('de');
      await sendKeys({ press: 'End' });
      expect(active()).to.equal('tr');
      await expect(picker).to.be.accessible();
      // A press outside closes it; Escape from a language returns focus to the button.
      root.querySelector('p')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      await picker.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(shadow(picker).querySelector('#languages')).to.equal(null);
      toggle.focus();
      await sendKeys({ press: 'ArrowUp' });
      await picker.updateComplete;
      await sendKeys({ press: 'Escape' });
      await picker.updateComplete;
      expect([toggle.getAttribute('aria-expanded'), shadow(picker).activeElement]).to.deep.equal(['false', toggle]);
    });
  }

  it('changes <html lang dir> only with sync-document', async () => {
    const plain = await fixture<CivicLanguagePicker>(html`<civic-language-picker locales="de ar" variant="list"></civic-language-picker>`);
    buttons(plain)[1]!.click();
    await until(() => plain.getAttribute('lang') === 'ar', 'Arabic');
    expect(document.documentElement.lang).to.equal('en');
    expect(document.documentElement.dir).to.equal('');
    plain.remove();

    resetPageState('en');
    const syncing = await fixture<CivicLanguagePicker>(
      html`<civic-language-picker locales="de ar" variant="list" sync-document></civic-language-picker>`,
    );
    buttons(syncing)[1]!.click();
    await until(() => document.documentElement.lang === 'ar', '<html lang="ar">');
    expect(document.documentElement.dir).to.equal('rtl');
    buttons(syncing)[0]!.click();
    await until(() => document.documentElement.lang === 'de', '<html lang="de">');
    expect(document.documentElement.dir).to.equal('ltr');
    await expect(syncing).to.be.accessible();
  });

  it('keeps the saved choice after a reload', async () => {
    const first = await page(html`<civic-language-picker src=${fixtureFeedUrl} variant="list"></civic-language-picker>`);
    buttons(first.picker)[3]!.click();
    const saved = localStorage.getItem(LOCALE_STORAGE_KEY)!;
    expect(saved).to.equal('uk');
    await until(() => first.widgets.every((w) => w.getAttribute('lang') === 'uk'), 'Ukrainian');
    first.root.remove();
    // A reload: module state and feed store gone, storage kept.
    resetPageState(saved);
    const second = await page(html`<civic-language-picker src=${fixtureFeedUrl}></civic-language-picker>`);
    for (const w of [second.picker, ...second.widgets]) expect(w.getAttribute('lang'), w.localName).to.equal('uk');
    await until(() => visibleText(second.widgets[0]!).includes('Знайти послугу'), 'Ukrainian words');
    expect(shadow(second.picker).querySelector('select')!.value).to.equal('uk');
    await expect(second.picker).to.be.accessible();
  });

  it('ignores a saved choice the feed does not offer, then takes the browser’s languages, then <html lang>', async () => {
    const browser = (languages: string[]) => Object.defineProperty(navigator, 'languages', { value: languages, configurable: true });
    try {
      resetPageState('fr');
      browser(['ti', 'uk-UA', 'de']);
      let { root, widgets } = await page(html`<civic-language-picker src=${fixtureFeedUrl}></civic-language-picker>`);
      for (const w of widgets) expect(w.getAttribute('lang'), w.localName).to.equal('uk');
      root.remove();

      resetPageState('fr');
      browser(['ti']);
      document.documentElement.lang = 'ar-EG';
      ({ root, widgets } = await page(html`<civic-language-picker src=${fixtureFeedUrl}></civic-language-picker>`));
      for (const w of widgets) expect(w.getAttribute('dir'), w.localName).to.equal('rtl');
      expect(widgets[0]!.getAttribute('lang')).to.equal('ar');
      expect(localStorage.getItem(LOCALE_STORAGE_KEY)).to.equal('fr');
      await expect(root.firstElementChild!).to.be.accessible();
    } finally {
      delete (navigator as { languages?: unknown }).languages;
    }
  });

  it('falls back without errors for malformed or empty lang values', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    resetPageState('ar');
    const root = mount(html`
      <civic-language-picker locales="de ar xx-INVALID-!! !!" lang="xx-INVALID-!!"></civic-language-picker>
      <civic-service-finder src=${fixtureFeedUrl} lang=""></civic-service-finder>
      <civic-event-list src=${fixtureFeedUrl} lang="xx-INVALID-!!"></civic-event-list>
    `);
    const [picker, finder, events] = [...root.children] as Widget[];
    await settled(finder!);
    await settled(events!);
    await picker!.updateComplete;
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    for (const w of [picker!, finder!, events!]) {
      expect(w.getAttribute('lang'), w.localName).to.equal('ar');
      expect(w.getAttribute('dir'), w.localName).to.equal('rtl');
    }
    expect([...shadow(picker!).querySelectorAll('option')].map((o) => o.value)).to.deep.equal(['de', 'ar']);
    await expect(picker!).to.be.accessible();
  });

  it('a picker pinned with lang names languages in that language but shows the page’s choice', async () => {
    const root = mount(html`<civic-language-picker locales="de en ar" lang="ar" variant="list"></civic-language-picker>
      <civic-language-picker locales="de en ar"></civic-language-picker>`);
    const [pinned, other] = [...root.children] as CivicLanguagePicker[];
    await pinned!.updateComplete;
    await other!.updateComplete;
    expect(pinned!.getAttribute('dir')).to.equal('rtl');
    expect(buttons(pinned!)[0]!.querySelector('.name')!.textContent).to.equal('الألمانية');
    expect(buttons(pinned!)[1]!.getAttribute('aria-pressed')).to.equal('true');
    buttons(pinned!)[0]!.click();
    await until(() => other!.getAttribute('lang') === 'de', 'German');
    await pinned!.updateComplete;
    expect(pinned!.getAttribute('lang')).to.equal('ar');
    expect(buttons(pinned!).map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['true', 'false', 'false']);
    // A select the visitor has used still follows a choice made elsewhere.
    const select = shadow(other!).querySelector('select')!;
    select.value = 'en';
    select.dispatchEvent(new Event('change'));
    await until(() => buttons(pinned!)[1]!.getAttribute('aria-pressed') === 'true', 'English pressed');
    buttons(pinned!)[2]!.click();
    await until(() => other!.getAttribute('lang') === 'ar', 'Arabic');
    await other!.updateComplete;
    expect(select.value).to.equal('ar');
    await expect(pinned!).to.be.accessible();
  });

  it('marks its own words with their language when the UI has no translation for the chosen one', async () => {
    const picker = await fixture<CivicLanguagePicker>(html`<civic-language-picker locales="am en"></civic-language-picker>`);
    shadow(picker).querySelector('select')!.value = 'am';
    shadow(picker).querySelector('select')!.dispatchEvent(new Event('change'));
    await until(() => picker.getAttribute('lang') === 'am', 'Amharic');
    await picker.updateComplete;
    const label = shadow(picker).querySelector('label')!;
    expect(label.textContent).to.equal('Language');
    expect(label.lang).to.equal('en');
    expect(shadow(picker).querySelector('option')!.lang).to.equal('am');
    await expect(picker).to.be.accessible();
  });
});
