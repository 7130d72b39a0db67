import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/service-finder/service-finder.js';
import type { CivicServiceFinder } from '../../../src/components/service-finder/service-finder.js';
import { resetPageState, searchReady, settled, visibleText } from '../../helpers.js';
import { createServiceIndex } from '../../../src/search/service-index.js';
import { syntheticFeed } from '../../search/synthetic-services.js';

const feedUrl = new URL('../../fixtures/services-small.json', import.meta.url).href;
const startUrl = location.href;

type Finder = CivicServiceFinder;
const root = (el: Finder): ShadowRoot => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Finder, selector: string): T | null => root(el).querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Finder, selector: string): T[] => [...root(el).querySelectorAll<T>(selector)];

/** Ids of the results shown, in order. */
const ids = (el: Finder): string[] => $$(el, '[part~="results"] [data-id]').map((b) => b.dataset.id!);

/** The dividers' words, and how many results come before each. */
const dividers = (el: Finder): Array<[number, string]> =>
  $$(el, '[part~="divider"]').map((d) => [
    $$(el, '[part~="results"] [data-id]').filter((b) => b.compareDocumentPosition(d) & Node.DOCUMENT_POSITION_FOLLOWING).length,
    d.textContent!.replace(/\s+/g, ' ').trim(),
  ]);

/**
 * A finder pinned to `lang` with the `lang` attribute: its feed content, its Intl formatting and its
 * own words are in that language, whatever the page's shared language (English here).
 */
async function mount(lang: string, attrs: Record<string, string> = {}, src = feedUrl, { whileIndexing = false } = {}): Promise<Finder> {
  resetPageState('en');
  const el = document.createElement('civic-service-finder');
  for (const [name, value] of Object.entries({ src, lang, ...attrs })) el.setAttribute(name, value);
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  await settled(el);
  // Tests of what a person sees while the index is being built say so; the rest type into a ready one.
  if (!whileIndexing) await searchReady(el);
  return el;
}

/** A finder entirely in the visitor's language: feed content and its own words. */
async function mountInLanguage(lang: string): Promise<Finder> {
  resetPageState(lang);
  const el = await fixture<Finder>(html`<civic-service-finder src=${feedUrl}></civic-service-finder>`);
  await settled(el);
  await searchReady(el);
  await el.updateComplete;
  return el;
}

async function type(el: Finder, text: string): Promise<void> {
  const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

/** The checkbox filter whose label contains `label`. */
function checkbox(el: Finder, label: string): HTMLInputElement {
  const wrapper = $$(el, 'label.toggle').find((l) => l.textContent!.includes(label));
  if (!wrapper) throw new Error(`no filter "${label}" in: ${visibleText(el)}`);
  return wrapper.querySelector('input')!;
}

const labelOf = (el: Finder, label: string): string => checkbox(el, label).closest('label')!.textContent!.replace(/\s+/g, ' ').trim();

async function click(el: Finder, target: HTMLElement): Promise<void> {
  target.click();
  await el.updateComplete;
}

async function selectCategory(el: Finder, id: string): Promise<void> {
  const select = $<HTMLSelectElement>(el, 'select')!;
  select.value = id;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

const chip = (el: Finder, label: string): HTMLButtonElement | undefined =>
  $$<HTMLButtonElement>(el, '[part~="chip"]').find((b) => b.textContent!.includes(label));

async function openService(el: Finder, id: string): Promise<void> {
  $<HTMLButtonElement>(el, `[data-id="${id}"]`)!.click();
  await el.updateComplete;
  await el.updateComplete;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits for `check` to hold (the search index is built in slices after the first page). */
const until = (check: () => boolean, timeout = 3000): Promise<void> =>
  waitUntil(check, 'the finder to get there', { interval: 10, timeout });

describe('<civic-service-finder>', () => {
  let clock: sinon.SinonFakeTimers | undefined;

  afterEach(async () => {
    clock?.restore();
    clock = undefined;
    sinon.restore();
    history.replaceState(null, '', startUrl);
  });

  describe('a large feed (its search index is built in slices after the first page is shown)', () => {
    const big = syntheticFeed(8000, 3);
    const bigUrl = URL.createObjectURL(
      new Blob(
        [
          JSON.stringify({
            version: 1,
            defaultLocale: 'de',
            locales: ['de', 'en', 'ar', 'uk', 'tr', 'fa'],
            timeZone: 'Europe/Berlin',
            ...big,
          }),
        ],
        { type: 'application/json' },
      ),
    );
    const whole = createServiceIndex(big.services, big.categories);
    /** The results controller says when the index is complete (the element's internals; the test waits for it). */
    type Indexed = { results: { searchReady: boolean } };

    it('lists the first page before the index is complete; a query typed meanwhile shows and announces the same results as with a ready index', async () => {
      const el = await mount('en', {}, bigUrl, { whileIndexing: true });
      const { results } = el as unknown as Indexed;
      expect(results.searchReady, 'index still building').to.equal(false);
      expect(ids(el)).to.deep.equal(big.services.slice(0, 10).map((s) => s.id));
      expect($(el, '[part~="count"]')!.textContent).to.contain('Services shown: 10 of 8,000');

      const query = 'beratung kurs';
      const expected = whole.search(query).map((h) => h.id);
      expect(expected.length).to.be.greaterThan(10);
      await type(el, query);
      expect(results.searchReady, 'typed during the build').to.equal(false);
      const searched = oneEvent(el, 'civic-search');
      await waitUntil(() => results.searchReady, 'the search index', { interval: 5, timeout: 6000 });
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(expected.slice(0, 10));
      expect($(el, '[part~="count"]')!.textContent).to.contain(`Services shown: 10 of ${expected.length.toLocaleString('en')}`);
      expect((await searched).detail.resultCount).to.equal(expected.length);
      expect($(el, '[role="status"]')!.textContent).to.contain(`Services found: ${expected.length.toLocaleString('en')}`);
    });
  });

  describe('before anyone types', () => {
    it('lists the first page of services with a labelled search box, and "Show more" adds the next page', async () => {
      const el = await mount('de', { 'page-size': '3' });
      const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
      // Pinned to German: its own words are German too, whatever the page's language.
      expect($<HTMLLabelElement>(el, `label[for="${input.id}"]`)!.textContent).to.contain('Nach einem Angebot suchen');
      expect(ids(el)).to.deep.equal(['health-clinic', 'german-course', 'women-counselling']);
      // Nothing is hidden by default (the service that does not speak German is listed, after the others).
      expect($(el, '[part~="count"]')!.textContent).to.contain('Angezeigte Angebote: 3 von 10');
      await click(el, $(el, '[part~="more"]')!);
      await el.updateComplete;
      expect(ids(el)).to.have.length(6);
      expect(root(el).activeElement?.getAttribute('data-id')).to.equal(ids(el)[3]);
      await expect(el).to.be.accessible();
    });

    it('uses the heading level the page asks for, and the next level for results', async () => {
      const el = await mount('en', { 'heading-level': '3' });
      expect($(el, 'h3')!.textContent).to.contain('Find a service');
      expect($(el, 'h4 [part~="result-name"]')).to.exist;
      await openService(el, 'health-clinic');
      expect($(el, 'h4#details-heading')).to.exist;
      // In the order a person needs them; what the service is comes after where, how and when.
      expect($$(el, 'h5').map((h) => h.textContent!.trim())).to.deep.equal([
        'Address',
        'How to apply',
        'Opening hours',
        'About this service',
        'Contact',
      ]);
    });
  });

  describe('search as you type', () => {
    it('finds a German query with umlauts, with or without them, and ranks by relevance', async () => {
      const el = await mount('de');
      await type(el, 'Zahnärztlicher');
      expect(ids(el)).to.deep.equal(['emergency-dentist']);
      await type(el, 'ubersetzung');
      expect(ids(el)).to.deep.equal(['translation-help']);
      await type(el, 'Übersetzung');
      expect(ids(el)).to.deep.equal(['translation-help']);
      // The services that speak German first; the psychosocial service (ar, fa, en) after a divider, never left out.
      await type(el, 'Beratung');
      expect(ids(el)).to.deep.equal(['women-counselling', 'job-centre', 'translation-help', 'psychosocial']);
      expect(dividers(el).map(([before]) => before)).to.deep.equal([3]);
    });

    it('finds an Arabic query (with or without hamza) in the right order, right to left, accessibly', async () => {
      const el = await mountInLanguage('ar');
      expect(el.getAttribute('dir')).to.equal('rtl');
      // The widget's own words are Arabic too (not the English source).
      expect($(el, 'label[for="q"]')!.textContent!.trim()).not.to.equal('Search for a service');
      expect($(el, 'label[for="q"]')!.textContent).to.match(/[\u0600-\u06ff]/);
      await type(el, 'طبيب');
      expect(ids(el)).to.deep.equal(['emergency-dentist', 'health-clinic']);
      await type(el, 'الاطفال');
      expect(ids(el)).to.deep.equal(['school-enrolment']);
      expect(visibleText(el)).to.contain('تسجيل الأطفال في المدرسة');
      await expect(el).to.be.accessible();
    });

    it('still finds a service with a typo', async () => {
      const el = await mount('de');
      await type(el, 'Deutschkurz');
      expect(ids(el)[0]).to.equal('german-course');
      await type(el, 'dentsit');
      expect(ids(el)[0]).to.equal('emergency-dentist');
    });

    it('announces the number of results once, after typing pauses, and fires civic-search without anything personal', async () => {
      const el = await mount('en');
      const status = $$(el, '[role="status"]');
      expect(status).to.have.length(1);
      const events: CustomEvent[] = [];
      el.addEventListener('civic-search', (e) => events.push(e));
      await type(el, 'c');
      await type(el, 'cou');
      await type(el, 'counselling');
      expect(status[0]!.textContent!.trim()).to.equal('');
      const event = await oneEvent(el, 'civic-search');
      expect(events).to.have.length(1);
      expect(event.bubbles && event.composed).to.equal(true);
      // "Speaks my language" is off by default: the psychosocial service counts too.
      expect(event.detail).to.deep.equal({
        query: 'counselling',
        filters: { category: '', language: false, free: false, openNow: false, publisher: '' },
        resultCount: 4,
      });
      expect(status[0]!.textContent).to.contain('Services found: 4');
    });

    it('empties the announcement when the language changes, instead of leaving it in the old language', async () => {
      const el = await mount('en');
      await type(el, 'counselling');
      await oneEvent(el, 'civic-search');
      await el.updateComplete;
      expect($(el, '[role="status"]')!.textContent).to.contain('Services found: 4');
      el.setAttribute('lang', 'de');
      await settled(el);
      expect(el.locale).to.equal('de');
      expect($(el, '[role="status"]')!.textContent!.trim()).to.equal('');
      await expect(el).to.be.accessible();
    });
  });

  describe('filters', () => {
    it("hides nothing by default: the services that speak the visitor's language first, then a divider naming the languages of the rest", async () => {
      const el = await mount('en');
      expect(ids(el)).to.deep.equal([
        ...['women-counselling', 'job-centre', 'childcare', 'psychosocial', 'school-enrolment'],
        ...['health-clinic', 'german-course', 'emergency-dentist', 'translation-help', 'housing-advice'],
      ]);
      // The rest all speak German: the divider names it (from the data), with how many there are.
      expect(dividers(el)).to.deep.equal([[5, 'Services in German (5) — you may need an interpreter']]);
      expect($(el, '[part~="count"]')!.textContent).to.contain(': 10 of 10');
      // Each card of the first group says so.
      expect($$(el, '[part~="result"]').map((r) => !!r.querySelector('.speaks'))).to.deep.equal([
        ...Array(5).fill(true),
        ...Array(5).fill(false),
      ]);
      await expect(el).to.be.accessible();
    });

    it('offers "speaks my language" as a filter, off by default with its count, as an active filter that one click removes', async () => {
      const el = await mount('en');
      expect(checkbox(el, 'Speaks English').checked).to.equal(false);
      expect(labelOf(el, 'Speaks English')).to.equal('Speaks English (5)');
      await click(el, checkbox(el, 'Speaks English'));
      expect(ids(el)).to.deep.equal(['women-counselling', 'job-centre', 'childcare', 'psychosocial', 'school-enrolment']);
      expect(dividers(el)).to.deep.equal([]);
      const remove = chip(el, 'Speaks English')!;
      // Its name is its words (no aria-label, which could not carry a category name's own lang).
      expect(remove.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Remove filter: Speaks English ✕');
      expect(remove.hasAttribute('aria-label')).to.equal(false);
      await click(el, remove);
      expect(checkbox(el, 'Speaks English').checked).to.equal(false);
      expect(chip(el, 'Speaks English')).to.equal(undefined);
      expect($(el, '[part~="count"]')!.textContent).to.contain(': 10 of 10');
    });

    it('removes "speaks my language" with the keyboard too (Enter on the chip)', async () => {
      const el = await mount('uk');
      await click(el, $$(el, 'label.toggle input')[0]!);
      expect(ids(el)).to.deep.equal(['german-course', 'childcare', 'translation-help', 'housing-advice']);
      chip(el, 'Мова обслуговування')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(ids(el)).to.have.length(10);
    });

    it('shows a count for every option and combines category, language and cost', async () => {
      const el = await mount('en');
      const options = () => $$<HTMLOptionElement>(el, 'option').map((o) => o.textContent!.replace(/\s+/g, ' ').trim());
      expect(options()[1], 'every language').to.equal('Health (3)');
      await click(el, checkbox(el, 'Speaks English'));
      // Counts say how many results choosing the option would give, other filters kept.
      expect(options()).to.deep.equal([
        'All categories (5)',
        'Health (1)',
        'Language courses (0)',
        'Counselling (3)',
        'Family (2)',
        'Housing (0)',
      ]);
      expect(labelOf(el, 'Free of charge')).to.equal('Free of charge (5)');
      await click(el, chip(el, 'Speaks English')!);
      expect(options()[1]).to.equal('Health (3)');
      expect(labelOf(el, 'Free of charge')).to.equal('Free of charge (8)');
      expect(labelOf(el, 'Speaks English')).to.equal('Speaks English (5)');

      await selectCategory(el, 'health');
      // Every language again: the one that speaks English first.
      expect(ids(el)).to.deep.equal(['psychosocial', 'health-clinic', 'emergency-dentist']);
      expect(labelOf(el, 'Free of charge')).to.equal('Free of charge (2)');
      await click(el, checkbox(el, 'Free of charge'));
      expect(ids(el)).to.deep.equal(['psychosocial', 'health-clinic']);
      expect(options()[0]).to.equal('All categories (8)');
      await click(el, checkbox(el, 'Speaks English'));
      expect(ids(el)).to.deep.equal(['psychosocial']);
      expect(chip(el, 'Health')).to.exist;
      await click(
        el,
        $$(el, '[part~="active-filters"] button').find((b) => b.textContent!.includes('Clear all filters'))!,
      );
      expect(ids(el)).to.have.length(10);
    });

    it('preselects the category from the attribute, and fixes it with lock-category', async () => {
      let el = await mount('en', { category: 'family' });
      expect($<HTMLSelectElement>(el, 'select')!.value).to.equal('family');
      expect(ids(el)).to.deep.equal(['childcare', 'school-enrolment']);
      el = await mount('en', { category: 'health', 'lock-category': '' });
      expect($(el, 'select')).to.equal(null);
      // The one that speaks English first.
      expect(ids(el)).to.deep.equal(['psychosocial', 'health-clinic', 'emergency-dentist']);
      expect(chip(el, 'Health'), "a locked category is not the visitor's to remove").to.equal(undefined);
    });

    it('says when nothing matches and offers to drop a filter, with close matches', async () => {
      const el = await mount('en');
      await type(el, 'Zahnärztlicher');
      expect(ids(el), 'found in another language').to.deep.equal(['emergency-dentist']);
      await click(el, checkbox(el, 'Speaks English'));
      expect(ids(el)).to.deep.equal([]);
      const empty = $(el, '[part~="empty"]')!;
      expect(empty.textContent).to.contain('No services match');
      expect(empty.querySelector('[data-id="emergency-dentist"]')).to.exist;
      const drop = [...empty.querySelectorAll('button')].find((b) => b.textContent!.includes('Speaks English'))!;
      expect(drop.textContent).to.contain('1');
      await expect(el).to.be.accessible();
      await click(el, drop);
      expect(ids(el)).to.deep.equal(['emergency-dentist']);
    });

    it('offers to clear a search that finds nothing at all, and puts focus back in the search box', async () => {
      const el = await mount('en');
      await type(el, 'qqqqqqq');
      const clear = $$(el, '[part~="empty"] button').find((b) => b.textContent!.includes('Clear the search'))!;
      await click(el, clear);
      await el.updateComplete;
      expect(ids(el)).to.have.length(10);
      expect(root(el).activeElement).to.equal($(el, 'input[type="search"]'));
    });
  });

  describe("open now, in the feed's time zone (Europe/Berlin), whatever the visitor's zone", () => {
    // The test browser runs in its own zone; these instants are Monday 12 April 2027 in Berlin (UTC+2).
    const at = (iso: string) => (clock = sinon.useFakeTimers({ now: new Date(iso), toFake: ['Date'] }));

    async function statusAt(iso: string): Promise<{ text: string; openCount: string; el: Finder }> {
      at(iso);
      const el = await mount('de');
      const openCount = labelOf(el, 'Jetzt geöffnet');
      await openService(el, 'health-clinic');
      const text = $(el, '[part~="open-status"]')!.textContent!.trim();
      return { text, openCount, el };
    }

    it('is closed at 07:29 and says it opens today at 07:30', async () => {
      const { text, openCount } = await statusAt('2027-04-12T05:29:00Z');
      expect(text).to.equal('Jetzt geschlossen. Öffnet heute um 07:30');
      expect(openCount).to.equal('Jetzt geöffnet (1)');
    });

    it('is open at 07:30 and says when it closes; the week table marks today in words', async () => {
      const { text, openCount, el } = await statusAt('2027-04-12T05:30:00Z');
      expect(text).to.equal('Jetzt geöffnet, schließt um 15:30');
      expect(openCount).to.equal('Jetzt geöffnet (2)');
      const today = $(el, '[part~="hours"] tr.today')!;
      expect(today.textContent).to.contain('Montag').and.to.contain('(heute)');
      expect($$(el, '[part~="hours"] tr')).to.have.length(7);
      expect(visibleText(el)).to.contain('Samstag Geschlossen');
    });

    it('is closed at 15:30 and opens tomorrow', async () => {
      const { text } = await statusAt('2027-04-12T13:30:00Z');
      expect(text).to.equal('Jetzt geschlossen. Öffnet morgen um 07:30');
    });

    it('says "Opens Monday at 07:30" at the weekend, and the open-now filter narrows the list', async () => {
      const { text } = await statusAt('2027-04-17T10:00:00Z');
      // One language in one sentence: the weekday and the words around it are both German.
      expect(text).to.equal('Jetzt geschlossen. Öffnet Montag um 07:30');
      clock!.restore();
      at('2027-04-12T05:30:00Z');
      const el = await mount('en');
      await click(el, checkbox(el, 'Open now'));
      // The one that speaks English first.
      expect(ids(el)).to.deep.equal(['childcare', 'health-clinic']);
      expect(visibleText(el)).to.contain('Open now');
      // A card says until when, in colour and words.
      const status = $(el, '[part~="result"] [part~="open-status"]')!;
      expect(status.textContent!.trim()).to.equal('Open · closes 5:00 PM');
      expect(getComputedStyle(status).color, 'the success colour').to.equal('rgb(20, 108, 46)');
    });
  });

  describe("open now, in each service's own time zone (falling back to the feed's)", () => {
    // Feed zone Berlin (UTC+2 in April); one office in Istanbul (UTC+3, no DST), one without a zone.
    const weekdays = ['mo', 'tu', 'we', 'th', 'fr'];
    const zonedUrl = URL.createObjectURL(
      new Blob(
        [
          JSON.stringify({
            version: 1,
            defaultLocale: 'en',
            locales: ['en'],
            timeZone: 'Europe/Berlin',
            services: [
              {
                id: 'istanbul',
                name: 'Istanbul office',
                timeZone: 'Europe/Istanbul',
                hours: [{ days: weekdays, opens: '09:00', closes: '17:00' }],
              },
              { id: 'berlin', name: 'Berlin office', hours: [{ days: weekdays, opens: '09:00', closes: '17:00' }] },
            ],
          }),
        ],
        { type: 'application/json' },
      ),
    );
    const at = (iso: string) => (clock = sinon.useFakeTimers({ now: new Date(iso), toFake: ['Date'] }));
    const openStates = (el: Finder): string[] => $$(el, '[part~="result"] .open-state').map((p) => p.textContent!.trim());

    it('at 06:30 UTC on a Monday, 09:30 in Istanbul is open and 08:30 in Berlin closed: list, count, filter and details', async () => {
      at('2027-04-12T06:30:00Z');
      const el = await mount('en', {}, zonedUrl);
      expect(ids(el)).to.deep.equal(['istanbul', 'berlin']);
      // Each card says when it closes or opens (in its own zone): no longer only "Open now" / "Closed now".
      expect(openStates(el)).to.deep.equal(['Open · closes 5:00 PM', 'Closed · opens 9:00 AM']);
      expect(labelOf(el, 'Open now')).to.equal('Open now (1)');
      await click(el, checkbox(el, 'Open now'));
      expect(ids(el)).to.deep.equal(['istanbul']);
      await openService(el, 'istanbul');
      expect($(el, '[part~="open-status"]')!.textContent!.trim()).to.equal('Open now, closes at 5:00 PM');
      await click(el, $(el, '[part~="back"]')!);
      await click(el, checkbox(el, 'Open now'));
      await openService(el, 'berlin');
      expect($(el, '[part~="open-status"]')!.textContent!.trim()).to.equal('Closed now. Opens today at 9:00 AM');
      await expect(el).to.be.accessible();
    });

    it("marks today in the service's zone: 23:30 Sunday in Berlin is 00:30 Monday in Istanbul", async () => {
      at('2027-04-11T21:30:00Z');
      const el = await mount('en', {}, zonedUrl);
      await openService(el, 'istanbul');
      expect($(el, '[part~="hours"] tr.today')!.textContent).to.contain('Monday');
      expect($(el, '[part~="open-status"]')!.textContent!.trim()).to.equal('Closed now. Opens today at 9:00 AM');
      await click(el, $(el, '[part~="back"]')!);
      await openService(el, 'berlin');
      expect($(el, '[part~="hours"] tr.today')!.textContent).to.contain('Sunday');
      expect($(el, '[part~="open-status"]')!.textContent!.trim()).to.equal('Closed now. Opens tomorrow at 9:00 AM');
    });
  });

  describe('open now in a large feed (its weeks are laid out in slices after the first page is shown)', () => {
    // 8,000 offices open 09:00-17:00 on weekdays, every other one in Istanbul, the rest in the feed's zone (Berlin).
    const hours = [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' }];
    const services = Array.from({ length: 8000 }, (_, i) => ({
      id: `s${i}`,
      name: `Office ${i}`,
      hours,
      ...(i % 2 ? {} : { timeZone: 'Europe/Istanbul' }),
    }));
    const bigUrl = URL.createObjectURL(
      new Blob([JSON.stringify({ version: 1, defaultLocale: 'en', locales: ['en'], timeZone: 'Europe/Berlin', services })], {
        type: 'application/json',
      }),
    );
    type Building = { results: { openReady: boolean } };
    const openStates = (el: Finder): string[] => $$(el, '[part~="result"] .open-state').map((p) => p.textContent!.trim());

    it('says nothing about open or closed until the weeks are laid out, then the right states and count', async () => {
      clock = sinon.useFakeTimers({ now: new Date('2027-04-12T06:30:00Z'), toFake: ['Date'] });
      // What each render with results shows (a MutationObserver's callback runs at the end of the task that
      // rendered). The weeks are laid out in slices from the first preparing step on: the first results usually
      // come before them (Chromium), but a fast engine (WebKit) may finish them first, so the rule is checked on
      // every render that came before them.
      resetPageState('en');
      const el = Object.assign(document.createElement('civic-service-finder'), { src: bigUrl }) as Finder;
      el.lang = 'en';
      const renders: Array<{ ready: boolean; states: string[]; label: string }> = [];
      document.body.append(el);
      const building = (el as unknown as Building).results;
      const observer = new MutationObserver(() => {
        if (ids(el).length) renders.push({ ready: building.openReady, states: openStates(el), label: labelOf(el, 'Open now') });
      });
      observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
      await settled(el);
      observer.disconnect();
      expect(renders.length, 'renders with results').to.be.greaterThan(0);
      for (const render of renders.filter((r) => !r.ready)) {
        expect(render.states, 'open or closed said before the weeks are laid out').to.deep.equal([]);
        expect(render.label).to.equal('Open now');
      }
      expect(ids(el)).to.have.length(10);
      await waitUntil(() => building.openReady, 'the open-now table', { interval: 5, timeout: 6000 });
      await el.updateComplete;
      expect(openStates(el)).to.deep.equal(
        Array.from({ length: 10 }, (_, i) => (i % 2 ? 'Closed · opens 9:00 AM' : 'Open · closes 5:00 PM')),
      );
      expect(labelOf(el, 'Open now')).to.equal('Open now (4,000)');
      el.remove();
    });

    it('filters at once when the open-now filter comes with the link', async () => {
      clock = sinon.useFakeTimers({ now: new Date('2027-04-12T06:30:00Z'), toFake: ['Date'] });
      const deepLink = new URL(location.href);
      deepLink.searchParams.set('cw-open', '1');
      history.replaceState(null, '', deepLink.href);
      const el = await mount('en', { 'url-state': '' }, bigUrl, { whileIndexing: true });
      expect(ids(el)).to.deep.equal(Array.from({ length: 10 }, (_, i) => `s${2 * i}`));
      expect(labelOf(el, 'Open now')).to.equal('Open now (4,000)');
      expect($(el, '[part~="count"]')!.textContent).to.contain('Services shown: 10 of 4,000');
    });
  });

  describe('near me', () => {
    it('asks for the location only after a button press, then shows distances nearest first', async () => {
      const get = sinon
        .stub(navigator.geolocation, 'getCurrentPosition')
        .callsFake((ok) => ok({ coords: { latitude: 51.3397, longitude: 12.3731 } } as GeolocationPosition));
      const el = await mount('en');
      expect(get.called).to.equal(false);
      const events: CustomEvent[] = [];
      el.addEventListener('civic-search', (e) => events.push(e));
      await click(
        el,
        $$(el, '[part~="near"] button').find((b) => b.textContent!.includes('Near me'))!,
      );
      expect(get.calledOnce).to.equal(true);
      await el.updateComplete;
      // Nearest first within each group: those that speak English, then (after the divider) the rest.
      expect(ids(el)).to.deep.equal([
        ...['childcare', 'women-counselling', 'school-enrolment', 'psychosocial', 'job-centre'],
        ...['health-clinic', 'german-course', 'emergency-dentist', 'housing-advice', 'translation-help'],
      ]);
      expect($(el, '[part~="result"]')!.textContent).to.match(/3\.3 km away/);
      expect($(el, '[data-id="health-clinic"]')!.closest('[part~="result"]')!.textContent).to.match(/\d+ m away/);
      expect(visibleText(el)).to.match(/3[0-9](\.\d)? km away/);
      // Services without coordinates come last.
      expect(ids(el).at(-1)).to.equal('translation-help');
      await wait(700);
      expect(JSON.stringify(events.map((e) => e.detail))).not.to.match(/lat|lon|51\.|12\./);
      await expect(el).to.be.accessible();
    });

    it('offers a postal code or district field when the location is refused', async () => {
      sinon
        .stub(navigator.geolocation, 'getCurrentPosition')
        .callsFake((_ok, fail) => fail!({ code: 1, message: 'User denied Geolocation' } as GeolocationPositionError));
      const el = await mount('en');
      await click(
        el,
        $$(el, '[part~="near"] button').find((b) => b.textContent!.includes('Near me'))!,
      );
      await el.updateComplete;
      const area = $<HTMLInputElement>(el, '[part~="area"] input')!;
      expect(root(el).activeElement).to.equal(area);
      expect($(el, '[part~="area"]')!.textContent).to.contain('Your location is not available');
      area.value = '06108';
      area.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['women-counselling', 'psychosocial', 'school-enrolment']);
      area.value = 'grunau';
      area.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['housing-advice']);
      await expect(el).to.be.accessible();
    });
  });

  describe('details', () => {
    it('shows the full details with safe links, and "Back" restores focus to the service', async () => {
      clock = sinon.useFakeTimers({ now: new Date('2027-04-12T08:00:00Z'), toFake: ['Date'] });
      const el = await mount('en');
      await openService(el, 'health-clinic');
      const details = $(el, '[part~="details"]')!;
      expect(root(el).activeElement).to.equal($(el, '#details-heading'));
      expect(details.textContent).to.contain('Please bring your ID.');
      expect(details.textContent).to.contain('Everyone, also without papers.').and.to.contain('Come by without an appointment.');
      expect(details.textContent).to.contain('Free of charge').and.to.contain('German, Arabic, Persian');
      const hrefs = $$<HTMLAnchorElement>(el, '[part~="details"] a').map((a) => a.getAttribute('href'));
      expect(hrefs).to.include.members([
        // The way there (Route, at the top): OpenStreetMap's directions, in place of its map page further down.
        'https://www.openstreetmap.org/directions?to=51.3397%2C12.3731',
        'geo:51.3397,12.3731',
        'tel:+493411234567',
        'mailto:gesundheit@example.org',
        'https://example.org/clinic',
      ]);
      expect($(el, 'a[href^="tel:"] [dir="ltr"]')!.textContent).to.equal('+49 341 123-4567');
      expect($(el, '[part~="results"]')).to.equal(null);
      await expect(el).to.be.accessible();
      await click(el, $(el, '[part~="back"]')!);
      await el.updateComplete;
      expect(root(el).activeElement?.getAttribute('data-id')).to.equal('health-clinic');
    });

    it('opens a service named by the service attribute (a page about one office)', async () => {
      const el = await mount('de', { service: 'childcare' });
      expect($(el, '#details-heading')!.textContent).to.contain('Kita-Platz finden');
      expect($(el, '[part~="results"]')).to.equal(null);
    });

    it('shows the details in Arabic, right to left, with phone numbers kept left to right', async () => {
      const el = await mountInLanguage('ar');
      await openService(el, 'health-clinic');
      expect($(el, '[part~="back"]')!.textContent).to.match(/[\u0600-\u06ff]/);
      expect($(el, '#details-heading')!.textContent).to.contain('عيادة صحة المهاجرين');
      expect($(el, 'a[href^="tel:"] [dir="ltr"]')).to.exist;
      // Arabic description: no lang of its own.
      expect($(el, '[part~="description"]')!.hasAttribute('lang')).to.equal(false);
      // Who can use it has no Arabic text: the German one, marked on its <dd>.
      const eligibility = $$(el, 'dd').find((dd) => dd.textContent!.includes('Alle, auch ohne Papiere.'))!;
      expect([eligibility.getAttribute('lang'), eligibility.getAttribute('dir')]).to.deep.equal(['de', 'ltr']);
      await expect(el).to.be.accessible();
    });

    it('marks a description shown in another language on its paragraph, so it runs left to right in an Arabic widget', async () => {
      const el = await mountInLanguage('ar');
      await openService(el, 'translation-help');
      const description = $(el, '[part~="description"]')!;
      expect([description.getAttribute('lang'), description.getAttribute('dir')]).to.deep.equal(['de', 'ltr']);
      expect(getComputedStyle(description).direction).to.equal('ltr');
      await expect(el).to.be.accessible();
    });

    it('copies a link that brings someone straight back to the service, with a fallback', async () => {
      const write = sinon.stub(navigator.clipboard, 'writeText').resolves();
      const el = await mount('en');
      await openService(el, 'childcare');
      await click(el, $(el, '[part~="copy"]')!);
      await el.updateComplete;
      const link = new URL(write.firstCall.args[0]);
      expect(link.searchParams.get('cw-service')).to.equal('childcare');
      expect($(el, '[role="status"]')!.textContent).to.contain('Link copied.');
      write.rejects(new Error('not allowed'));
      await click(el, $(el, '[part~="copy"]')!);
      await el.updateComplete;
      await el.updateComplete;
      const field = $<HTMLInputElement>(el, '#copy-link')!;
      expect(new URL(field.value).searchParams.get('cw-service')).to.equal('childcare');
      await expect(el).to.be.accessible();
    });

    it('is reachable with the keyboard only, from the search box to the phone link', async () => {
      const el = await mount('en');
      $<HTMLInputElement>(el, 'input[type="search"]')!.focus();
      await sendKeys({ type: 'clinic' });
      await el.updateComplete;
      let focused: Element | null = null;
      for (let i = 0; i < 20 && focused?.getAttribute('data-id') !== 'health-clinic'; i++) {
        await sendKeys({ press: 'Tab' });
        focused = root(el).activeElement;
      }
      expect(focused?.getAttribute('data-id')).to.equal('health-clinic');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      expect(root(el).activeElement?.id).to.equal('details-heading');
      for (let i = 0; i < 20 && !root(el).activeElement?.getAttribute('href')?.startsWith('tel:'); i++) {
        await sendKeys({ press: 'Tab' });
      }
      expect(root(el).activeElement?.getAttribute('href')).to.equal('tel:+493411234567');
    });
  });

  describe('deep links (url-state)', () => {
    it('restores query, filters and the open service from the URL, and the back button closes it', async () => {
      const deepLink = new URL(location.href);
      for (const [k, v] of Object.entries({ 'cw-q': 'Beratung', 'cw-lang': '0', 'cw-cat': 'counselling', 'cw-service': 'job-centre' }))
        deepLink.searchParams.set(k, v);
      history.replaceState(null, '', deepLink.href);
      const el = await mount('de', { 'url-state': '' });
      expect($(el, '#details-heading')!.textContent).to.contain('Jobcenter Ankommen');
      await click(el, $(el, '[part~="back"]')!);
      await el.updateComplete;
      expect($<HTMLInputElement>(el, 'input[type="search"]')!.value).to.equal('Beratung');
      expect($<HTMLSelectElement>(el, 'select')!.value).to.equal('counselling');
      expect(ids(el)).to.deep.equal(['women-counselling', 'job-centre', 'translation-help', 'psychosocial']);
      expect(root(el).activeElement?.getAttribute('data-id')).to.equal('job-centre');
      expect(new URL(location.href).searchParams.get('cw-service')).to.equal(null);

      await openService(el, 'psychosocial');
      expect(new URL(location.href).searchParams.get('cw-service')).to.equal('psychosocial');
      // The entry is the widget's own (so going back stays on this page).
      expect(history.state).to.deep.equal({ civicServiceFinder: 'psychosocial' });
      history.back();
      await oneEvent(window, 'popstate');
      await el.updateComplete;
      await el.updateComplete;
      expect($(el, '[part~="details"]')).to.equal(null);
      expect(root(el).activeElement?.getAttribute('data-id')).to.equal('psychosocial');
    });

    it('keeps the query and filters in the URL while typing (replaceState)', async () => {
      const el = await mount('en', { 'url-state': '' });
      const length = history.length;
      // The URL is written when typing and filtering settle, as civic-search fires.
      const settled = oneEvent(el, 'civic-search');
      await type(el, 'school');
      await click(el, checkbox(el, 'Free of charge'));
      await settled;
      const params = new URL(location.href).searchParams;
      expect(params.get('cw-q')).to.equal('school');
      expect(params.get('cw-free')).to.equal('1');
      expect(history.length).to.equal(length);
    });
  });

  describe('hostile feed text', () => {
    it('renders markup in names as text and drops javascript: links', async () => {
      const feed = {
        version: 1,
        defaultLocale: 'en',
        locales: ['en'],
        timeZone: 'Europe/Berlin',
        categories: [],
        services: [
          {
            id: 'x',
            name: '<img src=x onerror=alert(1)>',
            description: '<script>alert(2)</script> Long text '.repeat(40),
            organization: { name: 'Evil org', url: 'javascript:alert(3)' },
            contacts: { url: 'javascript:alert(1)', phone: 'call us', email: 'not an address' },
            locations: [{ geo: { lat: 'x', lon: 12 } }],
          },
        ],
        events: [],
        calls: [],
      };
      const src = URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
      const el = await mount('en', {}, src);
      expect($(el, 'img, script')).to.equal(null);
      expect(visibleText(el)).to.contain('<img src=x onerror=alert(1)>');
      await openService(el, 'x');
      expect($(el, 'img, script')).to.equal(null);
      const hrefs = $$<HTMLAnchorElement>(el, 'a').map((a) => a.getAttribute('href'));
      expect(hrefs).to.deep.equal([]);
      expect(visibleText(el)).to.contain('Evil org');
      await expect(el).to.be.accessible();
    });

    it('shows the valid neighbour of a service whose name hides a deep __proto__, and finds both', async () => {
      const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
      const text = `{"version":1,"defaultLocale":"en","locales":["en"],"services":[
        {"id":"crafted","name":{"en":"Crafted office","__proto__":${deep}}},
        {"id":"neighbour","name":"Neighbourhood advice"}]}`;
      const src = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const el = await mount('en', {}, src);
      expect(ids(el)).to.deep.equal(['crafted', 'neighbour']);
      await type(el, 'neighbourhood');
      await until(() => ids(el).join() === 'neighbour');
      await type(el, 'crafted');
      await until(() => ids(el).join() === 'crafted');
      await expect(el).to.be.accessible();
    });

    it('links no e-mail address that carries mail headers, and keeps control and bidi characters out of every link', async () => {
      const feed = {
        version: 1,
        defaultLocale: 'en',
        locales: ['en'],
        services: [
          {
            id: 'bcc',
            name: 'Headers',
            contacts: { email: 'x@evil.example?bcc=victim%40corp.example&body=hi', url: 'https://example.org/\u202Eevil\u0007' },
          },
          {
            id: 'bidi',
            name: 'Bidi',
            contacts: { email: 'in\u202Efo@example.org' },
            organization: { name: 'Org', url: 'https://example.org/\u2066x' },
          },
        ],
      };
      const src = URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
      const el = await mount('en', {}, src);
      const links = async (id: string) => {
        await openService(el, id);
        const hrefs = $$<HTMLAnchorElement>(el, '[part~="details"] a').map((a) => a.getAttribute('href')!);
        await click(el, $(el, '[part~="back"]')!);
        return hrefs;
      };
      const hrefs = [...(await links('bcc')), ...(await links('bidi'))];
      expect(hrefs.filter((h) => h.startsWith('mailto:'))).to.deep.equal([]);
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      const invisible = /[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069]/;
      for (const href of hrefs) expect(href, href).to.not.match(invisible);
    });
  });
});
