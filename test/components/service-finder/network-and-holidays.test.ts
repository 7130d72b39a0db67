import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../../src/components/service-finder/service-finder.js';
import type { CivicServiceFinder } from '../../../src/components/service-finder/service-finder.js';
import { resetPageState, settled, visibleText } from '../../helpers.js';

// A merged feed of two cities (Leipzig, Poznań): every item names its publisher.
const networkUrl = new URL('../../fixtures/network-leipzig-poznan.json', import.meta.url).href;
const oneCityUrl = new URL('../../fixtures/services-small.json', import.meta.url).href;
const startUrl = location.href;

type Finder = CivicServiceFinder;
const $ = <T extends Element = HTMLElement>(el: Finder, selector: string): T | null => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Finder, selector: string): T[] => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const ids = (el: Finder): string[] => $$(el, '[part~="results"] [data-id]').map((b) => b.dataset.id!);
const texts = (elements: Element[]): string[] => elements.map((e) => e.textContent!.replace(/\s+/g, ' ').trim());
/** A result's card (its Details button carries the id). */
const resultOf = (el: Finder, id: string): HTMLElement => $(el, `[data-id="${id}"]`)!.closest<HTMLElement>('[part~="result"]')!;
/** The dividers' words, and how many results come before each. */
const dividers = (el: Finder): Array<[number, string]> =>
  $$(el, '[part~="divider"]').map((d) => [
    $$(el, '[part~="results"] [data-id]').filter((b) => b.compareDocumentPosition(d) & Node.DOCUMENT_POSITION_FOLLOWING).length,
    d.textContent!.replace(/\s+/g, ' ').trim(),
  ]);
// Dates and times as the browser's Intl writes them in English (spaces and dashes differ between engines).
const days = (from: string, to = from): string =>
  new Intl.DateTimeFormat('en', { weekday: 'short', day: 'numeric', month: 'long', timeZone: 'UTC' }).formatRange(
    Date.parse(from),
    Date.parse(to),
  );
const timeFormat = new Intl.DateTimeFormat('en', { timeStyle: 'short', timeZone: 'UTC' });
const time = (hhmm: string): string => timeFormat.format(Date.parse(`2024-01-01T${hhmm}:00Z`));
const times = (opens: string, closes: string): string =>
  timeFormat.formatRange(Date.parse(`2024-01-01T${opens}:00Z`), Date.parse(`2024-01-01T${closes}:00Z`));
/** A weekday (0 = Monday) and time as a card writes the next opening ("Mon 7:30 AM"). */
const weekdayTime = (day: number, hhmm: string): string =>
  new Intl.DateTimeFormat('en', { weekday: 'short', hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
    Date.parse(`2024-01-0${1 + day}T${hhmm}:00Z`),
  );

/** Feed text in `lang` (pinned), the widget's own words in English. */
async function mount(lang: string, attrs: Record<string, string> = {}, src = networkUrl): Promise<Finder> {
  resetPageState('en');
  const el = document.createElement('civic-service-finder');
  for (const [name, value] of Object.entries({ src, lang, 'page-size': '20', ...attrs })) el.setAttribute(name, value);
  (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
  await settled(el);
  return el;
}

async function change(el: Finder, control: HTMLInputElement | HTMLSelectElement, value?: string): Promise<void> {
  if (value === undefined) (control as HTMLInputElement).click();
  else {
    control.value = value;
    control.dispatchEvent(new Event('change'));
  }
  await el.updateComplete;
}

const openNowBox = (el: Finder): HTMLInputElement =>
  $$(el, 'label.toggle')
    .find((l) => l.textContent!.includes('Open now'))!
    .querySelector('input')!;

async function openService(el: Finder, id: string): Promise<void> {
  $<HTMLButtonElement>(el, `[data-id="${id}"]`)!.click();
  await el.updateComplete;
  await el.updateComplete;
}

describe('<civic-service-finder> with a network feed, holidays and service status', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  // Christmas Eve 2026, a Thursday, 10:00 in Leipzig and Poznań.
  const christmasEve = (): void => void (clock = sinon.useFakeTimers({ now: new Date('2026-12-24T09:00:00Z'), toFake: ['Date'] }));

  afterEach(async () => {
    clock?.restore();
    clock = undefined;
    history.replaceState(null, '', startUrl);
  });

  describe('publishers', () => {
    // A fixed hour at which no service is open (a Sunday, 23:00 in Leipzig and Poznań): the counts with "open now"
    // must not depend on when the tests run (they failed at 07:30 on a Monday, when two services open).
    beforeEach(() => void (clock = sinon.useFakeTimers({ now: new Date('2026-12-20T22:00:00Z'), toFake: ['Date'] })));

    it('says whose each service is and narrows the list to one publisher, each with its count; inactive services are not listed', async () => {
      const el = await mount('en');
      // Every service; those that speak English first (the feed's own publisher has none of them: no place first).
      expect(ids(el)).to.deep.equal([
        'leipzig-clinic',
        'leipzig-permits',
        'poznan-contact',
        'poznan-school',
        'leipzig-course',
        'poznan-course',
      ]);
      const select = $<HTMLSelectElement>(el, '#pub')!;
      expect($(el, 'label[for="pub"]')!.textContent).to.equal('Publisher');
      expect(texts([...select.options])).to.deep.equal(['All publishers (6)', 'City of Leipzig (3)', 'City of Poznań (3)']);
      expect(resultOf(el, 'leipzig-clinic').querySelector('[part~="publisher"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Published by: City of Leipzig',
      );
      expect(resultOf(el, 'poznan-course').querySelector('[part~="publisher"]')!.textContent).to.contain('City of Poznań');

      await change(el, select, 'poznan');
      expect(ids(el)).to.deep.equal(['poznan-contact', 'poznan-school', 'poznan-course']);
      expect($(el, '[part~="count"]')!.textContent).to.contain('Services shown: 3 of 3');
      // The choice is an active filter, removable in one click; the counts keep the other filters.
      const chip = (): HTMLButtonElement =>
        $$<HTMLButtonElement>(el, '[part~="chip"]').find((b) => b.textContent!.includes('City of Poznań'))!;
      expect(chip().textContent!.replace(/\s+/g, ' ').trim()).to.equal('Remove filter: City of Poznań ✕');
      await change(el, openNowBox(el));
      expect(texts([...$<HTMLSelectElement>(el, '#pub')!.options]), 'counts with "open now" kept').to.deep.equal([
        'All publishers (0)',
        'City of Leipzig (0)',
        'City of Poznań (0)',
      ]);
      await change(el, openNowBox(el));
      await expect(el).to.be.accessible();
      chip().click();
      await el.updateComplete;
      expect(ids(el)).to.have.length(6);
      expect($<HTMLSelectElement>(el, '#pub')!.value).to.equal('');
    });

    it('puts the page\'s own place first (home="leipzig"), the other places after their own divider, each by language', async () => {
      const el = await mount('en', { home: 'leipzig' });
      expect(ids(el)).to.deep.equal([
        'leipzig-clinic',
        'leipzig-permits',
        'leipzig-course',
        'poznan-contact',
        'poznan-school',
        'poznan-course',
      ]);
      expect(dividers(el)).to.deep.equal([
        [2, 'Services in German (1) — you may need an interpreter'],
        [3, 'Other places (3): City of Poznań'],
        [5, 'Services in Polish (1) — you may need an interpreter'],
      ]);
      // Each card still says whose it is.
      expect(resultOf(el, 'poznan-contact').querySelector('[part~="publisher"]')!.textContent).to.contain('City of Poznań');
      // A chosen publisher is one place: nothing to put first.
      await change(el, $<HTMLSelectElement>(el, '#pub')!, 'leipzig');
      expect(dividers(el).map(([, words]) => words)).to.deep.equal(['Services in German (1) — you may need an interpreter']);
      await expect(el).to.be.accessible();
    });

    it("without home, the feed's own publisher's services come first when items come from several", async () => {
      const office = (id: string, name: string, publisher?: object) => ({
        id,
        name,
        languages: ['en'],
        ...(publisher ? { publisher } : {}),
      });
      const poznan = { id: 'poznan', name: 'City of Poznań' };
      const feed = {
        version: 1,
        defaultLocale: 'en',
        locales: ['en'],
        publisher: { id: 'leipzig', name: 'City of Leipzig' },
        services: [
          office('p1', 'Poznań office', poznan),
          office('l1', 'Leipzig office'),
          office('p2', 'Poznań desk', poznan),
          office('l2', 'Leipzig desk'),
        ],
      };
      const src = URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
      const el = await mount('en', {}, src);
      expect(ids(el)).to.deep.equal(['l1', 'l2', 'p1', 'p2']);
      expect(dividers(el)).to.deep.equal([[2, 'Other places (2): City of Poznań']]);
      // A home that is not in the feed: the feed's own publisher still.
      const other = await mount('en', { home: 'lund' }, src);
      expect(ids(other)).to.deep.equal(['l1', 'l2', 'p1', 'p2']);
      // home names another publisher of the feed: its services first.
      const poznanFirst = await mount('en', { home: 'poznan' }, src);
      expect(ids(poznanFirst)).to.deep.equal(['p1', 'p2', 'l1', 'l2']);
      expect(dividers(poznanFirst)).to.deep.equal([[2, 'Other places (2): City of Leipzig']]);
    });

    it('names the publisher in the details too', async () => {
      const el = await mount('de', { service: 'poznan-school' });
      expect($(el, '[part~="details"] [part~="publisher"]')!.textContent).to.contain('Miasto Poznań');
      expect($(el, '[part~="details"] [part~="publisher"] [lang="pl"]'), 'no German name: the Polish one, marked').to.exist;
    });

    it('keeps the chosen publisher in the URL (cw-pub), and a shared link opens the list narrowed', async () => {
      const link = new URL(location.href);
      link.searchParams.set('cw-pub', 'leipzig');
      link.searchParams.set('cw-lang', '0');
      history.replaceState(null, '', link.href);
      const el = await mount('en', { 'url-state': '' });
      expect(ids(el)).to.deep.equal(['leipzig-clinic', 'leipzig-permits', 'leipzig-course']);
      expect($<HTMLSelectElement>(el, '#pub')!.value).to.equal('leipzig');
      const searched = new Promise<CustomEvent>((resolve) => el.addEventListener('civic-search', (e) => resolve(e), { once: true }));
      await change(el, $<HTMLSelectElement>(el, '#pub')!, 'poznan');
      expect((await searched).detail.filters.publisher).to.equal('poznan');
      expect(new URL(location.href).searchParams.get('cw-pub')).to.equal('poznan');
    });

    it('says nothing about publishers in a feed with one publisher', async () => {
      const el = await mount('en', {}, oneCityUrl);
      expect(ids(el).length).to.be.greaterThan(3);
      expect(visibleText(el), 'no place divider').not.to.contain('Other places');
      expect($(el, '#pub')).to.equal(null);
      expect($(el, '[part~="publisher"]')).to.equal(null);
      expect(visibleText(el)).not.to.contain('Published by');
    });
  });

  describe('holidays (closures) and status', () => {
    it('on a holiday: closed all day, or open on its own hours, in the list, the open-now count and filter', async () => {
      christmasEve();
      const el = await mount('en');
      const state = (id: string): string => resultOf(el, id).querySelector('.open-state')?.textContent!.trim() ?? '';
      // Each card says until when, or from when (no longer only "Open now" / "Closed now").
      // Open on Thursdays 07:30–15:30, closed 24–26 December: next open on Monday.
      expect(state('leipzig-clinic')).to.equal(`Closed · opens ${weekdayTime(0, '07:30')}`);
      // Open 07:30–15:30, on Christmas Eve 07:30–12:00.
      expect(state('poznan-contact')).to.equal(`Open · closes ${time('12:00')}`);
      expect(state('leipzig-permits')).to.match(/^Open · closes /);
      expect(state('leipzig-course')).to.equal('Temporarily closed');
      expect(openNowBox(el).closest('label')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Open now (3)');
      await change(el, openNowBox(el));
      expect(ids(el)).to.deep.equal(['leipzig-permits', 'poznan-contact', 'poznan-school']);
      await expect(el).to.be.accessible();
    });

    it("after the holiday's own hours end, the service is closed and the filter says so", async () => {
      clock = sinon.useFakeTimers({ now: new Date('2026-12-24T11:30:00Z'), toFake: ['Date'] });
      const el = await mount('en');
      expect(resultOf(el, 'poznan-contact').querySelector('.open-state')!.textContent!.trim()).to.match(/^Closed · opens /);
    });

    it("lists the holidays to come in the details, with their reasons and hours; today's row and the status respect them", async () => {
      christmasEve();
      const el = await mount('en', { service: 'leipzig-clinic' });
      expect($(el, '[part~="open-status"]')!.textContent!.trim()).to.equal(`Closed now. Opens Monday at ${time('07:30')}`);
      const today = $(el, 'table[part~="hours"]:not([part~="closures"]) tr.today')!;
      expect(today.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Thursday (today) Closed');
      const closures = $(el, '[part~="closures"]')!;
      expect(closures.querySelector('caption')!.textContent).to.equal('Holidays and other hours');
      const rows = [...closures.querySelectorAll('tr')].map((tr) =>
        [...tr.children].map((cell) => (cell as HTMLElement).innerText.split('\n')),
      );
      expect(rows).to.deep.equal([
        [[days('2026-12-24', '2026-12-26'), 'Christmas'], ['Closed']],
        [[days('2026-12-31'), "New Year's Eve"], [times('08:00', '12:00')]],
        [[days('2027-01-01'), "New Year's Day"], ['Closed']],
      ]);
      await expect(el).to.be.accessible();
    });

    it("a holiday with its own hours: open now until they end, shown as today's hours", async () => {
      christmasEve();
      const el = await mount('en', { service: 'poznan-contact' });
      expect($(el, '[part~="open-status"]')!.textContent!.trim()).to.equal(`Open now, closes at ${time('12:00')}`);
      expect($(el, 'tr.today td')!.textContent!.trim()).to.equal(times('07:30', '12:00'));
      // Past holidays are not listed: on 27 December only what is still to come.
      clock!.restore();
      clock = sinon.useFakeTimers({ now: new Date('2026-12-27T09:00:00Z'), toFake: ['Date'] });
      el.requestUpdate();
      await el.updateComplete;
      expect($(el, '[part~="closures"]')).to.equal(null);
      expect($(el, 'tr.today td')!.textContent!.trim()).to.equal('Closed');
    });

    it('a temporarily closed service says so in its details, never "open now", and lists no holidays', async () => {
      clock = sinon.useFakeTimers({ now: new Date('2026-12-22T16:30:00Z'), toFake: ['Date'] });
      const el = await mount('en', { service: 'leipzig-course' });
      expect($(el, '[part~="open-status"]')!.textContent!.trim()).to.equal('Temporarily closed');
      expect(visibleText(el)).not.to.contain('Open now');
      await expect(el).to.be.accessible();
    });

    it('an inactive service is not found, even by its link', async () => {
      const el = await mount('en', { service: 'leipzig-old-desk' });
      expect($(el, '[part~="details"]')).to.equal(null);
      expect(ids(el)).not.to.include('leipzig-old-desk');
    });
  });

  describe('right to left', () => {
    it('in Arabic: publisher names in other languages carry their own lang; the holiday table reads right to left', async () => {
      christmasEve();
      resetPageState('ar');
      const el = await fixture<Finder>(html`<civic-service-finder src=${networkUrl} page-size="20"></civic-service-finder>`);
      await settled(el);
      await el.updateComplete;
      expect(el.getAttribute('dir')).to.equal('rtl');
      const options = [...$<HTMLSelectElement>(el, '#pub')!.options].map((o) => o.textContent!.trim());
      expect(options[1]).to.contain('Stadt Leipzig');
      expect(options[2]).to.contain('Miasto Poznań');
      const names = $$(el, '[part~="publisher"] [lang]').map((s) => s.getAttribute('lang'));
      expect(names).to.include.members(['de', 'pl']);
      expect($(el, '[part~="publisher"] [lang="pl"]')!.getAttribute('dir')).to.equal('ltr');
      await expect(el).to.be.accessible();
      await openService(el, 'leipzig-clinic');
      const closures = $(el, '[part~="closures"]')!;
      expect(getComputedStyle(closures).direction).to.equal('rtl');
      expect(closures.querySelector('[lang="de"]')!.textContent).to.equal('Weihnachten');
      await expect(el).to.be.accessible();
    });
  });
});
