import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { emulateMedia } from '../../media.js';
import sinon from 'sinon';
import ICAL from 'ical.js';
import '../../../src/components/partner-call/partner-call.js';
import type { CivicPartnerCall } from '../../../src/components/partner-call/partner-call.js';
import { lastLineIndent, paintSkippedContent, resetPageState, settled, until, visibleText } from '../../helpers.js';

const callsUrl = new URL('../../fixtures/calls-small.json', import.meta.url).href;
const NOW = new Date('2027-04-12T08:00:00Z');

/** A real macrotask, not faked by sinon and not throttled like animation frames in a background tab. */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const titles = (el: Element) => $$(el, '[part~="title"]').map((h) => h.textContent!.trim());
const cardText = (el: Element, index = 0) => $$(el, 'article')[index]!.textContent!.replace(/\s+/g, ' ').trim();

/** A partner call, its feed shown; cards off screen painted too (axe measures contrast from what is painted). */
async function mount(template: ReturnType<typeof html>): Promise<CivicPartnerCall> {
  const el = await fixture<CivicPartnerCall>(template);
  await settled(el);
  paintSkippedContent(el);
  return el;
}

/**
 * The visitor's own zone, whatever the test machine's: the date is labelled with the call's zone
 * only when the visitor's clock reads differently. Only `visitorTimeZone()` asks Intl for it.
 */
const machineZone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
let zoneStub: sinon.SinonStub | undefined;
function pretendVisitorZone(zone: string): void {
  zoneStub?.restore();
  const original = Intl.DateTimeFormat.prototype.resolvedOptions;
  zoneStub = sinon.stub(Intl.DateTimeFormat.prototype, 'resolvedOptions').callsFake(function (this: Intl.DateTimeFormat) {
    const options = original.call(this);
    return options.timeZone === machineZone ? { ...options, timeZone: zone } : options;
  });
}

describe('<civic-partner-call>', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    resetPageState('en');
    clock = sinon.useFakeTimers({ now: NOW, toFake: ['Date'] });
    pretendVisitorZone('UTC');
  });
  afterEach(async () => {
    clock.restore();
    sinon.restore();
  });

  describe('the list', () => {
    it('lists 200 open calls twenty cards a task, soonest deadline first, every card in the end', async () => {
      // Listed in the feed latest deadline first: the widget turns the order round.
      const calls = Array.from({ length: 200 }, (_, i) => ({
        id: `c${i}`,
        title: `Call ${199 - i}`,
        summary: 'Partners wanted for a project on inclusion. '.repeat(5),
        deadline: new Date(Date.UTC(2028, 5, 1) - i * 86_400_000).toISOString(),
      }));
      const src = URL.createObjectURL(
        new Blob([JSON.stringify({ version: 1, defaultLocale: 'en', locales: ['en'], calls })], { type: 'application/json' }),
      );
      const el = document.createElement('civic-partner-call') as CivicPartnerCall;
      el.src = src;
      const rendered: number[] = [];
      const watch = new MutationObserver(() => rendered.push(el.shadowRoot!.querySelectorAll('article').length));
      document.body.append(el);
      watch.observe(el.shadowRoot!, { childList: true, subtree: true });
      try {
        await settled(el);
        expect(titles(el)).to.deep.equal(calls.map((_, i) => `Call ${i}`));
        const first = rendered.find((n) => n > 0)!;
        expect(first, 'cards in the first render').to.be.at.most(20);
        expect(new Set(rendered.filter((n) => n > 0)).size, 'renders that added cards').to.be.at.least(10);
      } finally {
        watch.disconnect();
        el.remove();
      }
    });

    it('in a long list lays out only the cards on screen after the first ten: hundreds of calls cost what is seen', async () => {
      const calls = Array.from({ length: 40 }, (_, i) => ({
        id: `c${i}`,
        title: `Call ${i}`,
        summary: 'Partners wanted for a project on the inclusion of newcomers. '.repeat(i === 39 ? 300 : 3),
        deadline: new Date(Date.UTC(2028, 0, 1) + i * 86_400_000).toISOString(),
      }));
      const src = URL.createObjectURL(
        new Blob([JSON.stringify({ version: 1, defaultLocale: 'en', locales: ['en'], calls })], { type: 'application/json' }),
      );
      // Not mount(): it paints the skipped cards, which is what this test must not do.
      const el = await fixture<CivicPartnerCall>(html`<civic-partner-call src=${src}></civic-partner-call>`);
      await settled(el);
      try {
        const cards = $$(el, 'ul.calls > li');
        expect(cards).to.have.length(40);
        // A card's content laid out and painted (checkVisibility: false while content-visibility skips it, off screen).
        const laidOut = (card: HTMLElement) => card.querySelector('article')!.checkVisibility({ contentVisibilityAuto: true });
        // The browser decides what is on screen at its next rendering.
        await until(() => laidOut(cards[0]!), 'the first card laid out');
        expect(laidOut(cards[39]!), 'the last card, far below the screen').to.equal(false);
        // Still there for a screen reader and find-in-page: its text is in the page; and it keeps a card's room
        // (the page's length and scroll bar stay right). Laid out when scrolled to: the browser's part, not tested.
        expect(cards[39]!.textContent).to.contain('Call 39');
        expect(cards[39]!.getBoundingClientRect().height, 'the room a skipped card keeps').to.be.greaterThan(100);
      } finally {
        URL.revokeObjectURL(src);
      }
    });

    it('shows a card for each open call, soonest deadline first, and leaves closed calls out', async () => {
      const el = await mount(html`<civic-partner-call src=${callsUrl}></civic-partner-call>`);
      expect(titles(el)).to.deep.equal([
        'Welcoming cities exchange with Auckland',
        'Job opportunities for people with disabilities',
        'Erasmus+ Sport: inclusion of young refugees through sport',
        'Improving school performance for children with a migrant background: partners wanted',
        'Partners wanted for a regional integration network',
      ]);
      expect(visibleText(el)).not.to.contain('Intercultural regions');
      expect($(el, 'ul.calls')!.children.length).to.equal(5);
      expect($$(el, 'h2[part~="title"]').length).to.equal(5);
      await expect(el).to.be.accessible();
    });

    it('lists closed calls last with show-closed, saying "Applications closed" in words', async () => {
      const el = await mount(html`<civic-partner-call src=${callsUrl} show-closed></civic-partner-call>`);
      expect(titles(el).at(-1)).to.equal('Intercultural regions: labour market inclusion');
      expect($$(el, '[part~="deadline-status"]').at(-1)!.textContent!.trim()).to.equal('Applications closed');
      await expect(el).to.be.accessible();
    });

    it('filters by programme and by topic', async () => {
      const amif = await mount(html`<civic-partner-call src=${callsUrl} programme="AMIF"></civic-partner-call>`);
      expect(titles(amif)).to.deep.equal(['Improving school performance for children with a migrant background: partners wanted']);
      const migration = await mount(html`<civic-partner-call src=${callsUrl} topic="migration"></civic-partner-call>`);
      expect(titles(migration)).to.deep.equal([
        'Welcoming cities exchange with Auckland',
        'Improving school performance for children with a migrant background: partners wanted',
      ]);
      migration.topic = 'employment';
      await migration.updateComplete;
      expect(titles(migration)).to.deep.equal(['Job opportunities for people with disabilities']);
    });

    it('offers programme filter buttons when calls of several programmes are listed', async () => {
      const el = await mount(html`<civic-partner-call src=${callsUrl}></civic-partner-call>`);
      const buttons = $$(el, '[part~="filter"]');
      expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal(['All programmes', 'Erasmus+', 'ESF+', 'AMIF']);
      expect(buttons[0]!.getAttribute('aria-pressed')).to.equal('true');
      buttons[1]!.click();
      await el.updateComplete;
      expect(titles(el)).to.deep.equal([
        'Welcoming cities exchange with Auckland',
        'Erasmus+ Sport: inclusion of young refugees through sport',
      ]);
      expect($$(el, '[part~="filter"]')[1]!.getAttribute('aria-pressed')).to.equal('true');
      $$(el, '[part~="filter"]')[0]!.click();
      await el.updateComplete;
      expect(titles(el).length).to.equal(5);
    });

    it('says so in words when no call matches, or the call asked for is not in the feed', async () => {
      const none = await mount(html`<civic-partner-call src=${callsUrl} programme="Horizon Europe"></civic-partner-call>`);
      expect($(none, '[part~="empty"]')!.textContent).to.contain('There are no open calls for partners at the moment.');
      const missing = await mount(html`<civic-partner-call src=${callsUrl} call-id="nope"></civic-partner-call>`);
      expect(visibleText(missing)).to.contain('This call for partners was not found.');
      await expect(missing).to.be.accessible();
    });
  });

  describe('one card', () => {
    it('shows every field of a full call, with Intl-formatted country, duration and budget', async () => {
      const el = await mount(html`<civic-partner-call src=${callsUrl} call-id="school"></civic-partner-call>`);
      expect($$(el, 'article').length).to.equal(1);
      expect($$(el, '[part~="label"]').map((l) => l.textContent!.trim())).to.deep.equal(['AMIF', 'Education', 'Migration']);
      const text = cardText(el);
      expect(text).to.contain('A three-year project on inclusive');
      expect($$(el, '[part~="objectives"] li').length).to.equal(3);
      expect($(el, '[part~="objectives"] h3')!.textContent).to.equal('Objectives');
      expect($(el, '[part~="partners"]')!.textContent).to.contain('Local or regional authorities or NGOs');
      expect($(el, '[part~="coordinator"] dd')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Government of Catalonia, Spain');
      expect($(el, '[part~="duration"] dd')!.textContent).to.equal('36 months');
      expect($(el, '[part~="budget"] dd')!.textContent).to.equal('€157,444');
      expect($(el, '[part~="contact"] a')!.getAttribute('href')).to.equal('mailto:partners@example.org');
      // The deadline in Madrid's zone; the visitor (UTC here) reads another clock, so the zone is named.
      expect($(el, '[part~="deadline"] time')!.textContent).to.contain('Thursday, May 20, 2027 at 11:59 PM Central European Time');
      expect($(el, '[part~="deadline"] time')!.getAttribute('datetime')).to.equal('2027-05-20T21:59:00.000Z');
      expect($(el, '[part~="deadline-status"]')!.textContent!.trim()).to.equal('Closes in 38 days');
      expect($(el, '.soon')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('says "Closing soon" in words in the last 7 days, and "Closes today at 23:59" on the last day', async () => {
      const soon = await mount(html`<civic-partner-call src=${callsUrl} call-id="youth-sport"></civic-partner-call>`);
      expect($(soon, '[part~="deadline-status"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Closing soon Closes in 5 days');
      expect(getComputedStyle($(soon, '.soon')!).fontWeight).to.equal('700');
      // resetPageState (a test tool: a page never resets its feed store and language under a live widget) with no
      // widget left on the page.
      soon.remove();
      resetPageState('de');
      const today = await mount(html`<civic-partner-call src=${callsUrl} call-id="jobs"></civic-partner-call>`);
      expect($(today, '[part~="deadline-status"]')!.textContent).to.contain('23:59');
      expect($(today, '.soon')).not.to.equal(null);
      today.remove();
      resetPageState('en');
      const todayEn = await mount(html`<civic-partner-call src=${callsUrl} call-id="jobs"></civic-partner-call>`);
      expect($(todayEn, '[part~="deadline-status"]')!.textContent).to.contain('Closes today at 11:59 PM');
    });

    it('shows a closed call asked for by id, saying "Applications closed", without the actions that no longer help', async () => {
      const el = await mount(html`<civic-partner-call src=${callsUrl} call-id="closed-call"></civic-partner-call>`);
      expect(titles(el)).to.deep.equal(['Intercultural regions: labour market inclusion']);
      expect($(el, '[part~="deadline-status"]')!.textContent!.trim()).to.equal('Applications closed');
      expect($(el, '.deadline')!.classList.contains('closed')).to.equal(true);
      expect($(el, '[part~="interest"]')).to.equal(null);
      expect($(el, '[part~="calendar"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('says "Applications closed" for a call the feed marks closed before its deadline, and leaves it out of the list', async () => {
      const feed = JSON.parse(await (await fetch(callsUrl)).text()) as { calls: Record<string, unknown>[] };
      feed.calls = feed.calls.map((c) => (c.id === 'school' ? { ...c, status: 'closed' } : c));
      const src = URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
      const one = await mount(html`<civic-partner-call src=${src} call-id="school"></civic-partner-call>`);
      expect($(one, '[part~="deadline-status"]')!.textContent!.trim()).to.equal('Applications closed');
      expect($(one, '[part~="interest"]')).to.equal(null);
      const list = await mount(html`<civic-partner-call src=${src}></civic-partner-call>`);
      expect(titles(list)).not.to.include(titles(one)[0]);
      expect(titles(list).length).to.be.greaterThan(0);
    });

    it('counts the days in the call’s own time zone, not the visitor’s', async () => {
      // 13 April 01:00 in Auckland = 12 April 13:00 UTC: "today" for a UTC or Berlin visitor, "tomorrow" in Auckland.
      const el = await mount(html`<civic-partner-call src=${callsUrl} call-id="auckland"></civic-partner-call>`);
      expect($(el, '[part~="deadline-status"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Closing soon Closes tomorrow');
      expect($(el, 'time')!.textContent).to.contain('Tuesday, April 13, 2027 at 1:00 AM New Zealand Time');
    });

    it('leaves out missing optional fields with no empty labels, headings or gaps', async () => {
      const el = await mount(html`<civic-partner-call src=${callsUrl} call-id="minimal"></civic-partner-call>`);
      const article = $(el, 'article')!;
      expect($$(el, 'h2, h3, h4, h5, h6').length).to.equal(1);
      for (const selector of ['[part~="labels"]', '[part~="summary"]', '[part~="objectives"]', '[part~="facts"]', '[part~="interest"]']) {
        expect($(el, selector), selector).to.equal(null);
      }
      for (const node of article.querySelectorAll('li, dt, dd, h2, p:not([role="status"]), span')) {
        expect(node.textContent!.trim(), `${node.localName}.${node.className}`).not.to.equal('');
      }
      expect(cardText(el)).to.equal(
        'Partners wanted for a regional integration network Deadline: Wednesday, June 30, 2027 at 5:00 PM Central European Time Closes in 2 months Add the deadline to my calendar Copy link',
      );
      await expect(el).to.be.accessible();
    });

    it('treats ids such as __proto__, constructor and toString as ids: no inherited value shows up as a status', async () => {
      const feed = {
        version: 1,
        defaultLocale: 'en',
        locales: ['en'],
        calls: ['__proto__', 'constructor', 'toString'].map((id) => ({ id, title: `Call ${id}`, deadline: '2027-06-30T17:00:00+02:00' })),
      };
      const src = URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
      const el = await mount(html`<civic-partner-call src=${src}></civic-partner-call>`);
      expect(titles(el)).to.deep.equal(['Call __proto__', 'Call constructor', 'Call toString']);
      expect($$(el, '[part~="action-status"]').map((p) => p.textContent!.trim())).to.deep.equal(['', '', '']);
      await expect(el).to.be.accessible();
    });

    it('names the zone of the deadline only for a visitor whose clock reads differently', async () => {
      pretendVisitorZone('Europe/Paris');
      const el = await mount(html`<civic-partner-call src=${callsUrl} call-id="minimal"></civic-partner-call>`);
      expect($(el, 'time')!.textContent).to.equal('Wednesday, June 30, 2027 at 5:00 PM');
      pretendVisitorZone('America/New_York');
      el.requestUpdate();
      await el.updateComplete;
      expect($(el, 'time')!.textContent).to.equal('Wednesday, June 30, 2027 at 5:00 PM Central European Time');
    });

    it('puts the title at heading-level and the objectives one level below', async () => {
      const el = await mount(html`<civic-partner-call src=${callsUrl} call-id="school" heading-level="4"></civic-partner-call>`);
      expect($(el, 'h4[part~="title"]')).not.to.equal(null);
      expect($(el, 'h5[part~="subheading"]')!.textContent).to.equal('Objectives');
    });

    it('in the compact layout shows title, programme, deadline and the one action', async () => {
      const el = await mount(html`<civic-partner-call src=${callsUrl} call-id="school" layout="compact"></civic-partner-call>`);
      expect($$(el, '[part~="label"]').map((l) => l.textContent!.trim())).to.deep.equal(['AMIF']);
      expect($(el, '[part~="summary"]')).to.equal(null);
      expect($(el, '[part~="facts"]')).to.equal(null);
      expect($(el, '[part~="calendar"]')).to.equal(null);
      expect($$(el, '[part~="actions"] a, [part~="actions"] button').map((a) => a.textContent!.trim())).to.deep.equal(['Express interest']);
      expect($(el, '[part~="deadline-status"]')!.textContent!.trim()).to.equal('Closes in 38 days');
      await expect(el).to.be.accessible();
      el.callId = 'closed-call';
      await el.updateComplete;
      expect($(el, '[part~="actions"]')).to.equal(null);
      expect(cardText(el)).to.equal(
        'Intercultural regions: labour market inclusion AMIF Deadline: Thursday, April 1, 2027 at 12:00 PM Central European Time Applications closed',
      );
    });

    it('wraps long German and Arabic titles without overflowing a 320px column', async () => {
      const long = {
        de: 'Donaudampfschifffahrtsgesellschaftskapitänsausbildungsförderungsprogrammpartnerschaftsvereinbarung für Integrationsbeauftragte',
        ar: 'برنامجالشراكةالأوروبيةلتحسينالأداءالمدرسيللأطفالمنخلفيةمهاجرةوتعزيزالروابطبينالأسروالمدارس في المدن والمناطق الأوروبية',
      };
      const feed = {
        version: 1,
        defaultLocale: 'de',
        locales: ['de', 'ar'],
        timeZone: 'Europe/Berlin',
        calls: [
          {
            id: 'long',
            title: long,
            summary: long,
            programme: 'AMIF',
            partnersSought: long,
            deadline: '2027-05-01T12:00:00+02:00',
            url: 'https://example.org/a/very/long/path/that/goes/on/and/on/without/any/break/at/all',
          },
        ],
      };
      for (const locale of ['de', 'ar']) {
        resetPageState(locale);
        const script = Object.assign(document.createElement('script'), { type: 'application/json', textContent: JSON.stringify(feed) });
        script.dataset.civicFeed = '';
        document.body.append(script);
        // Sized on the host itself: fixture() of a plain wrapper waits for an animation frame,
        // which a background tab (parallel test files) may never get.
        const el = await mount(html`<civic-partner-call style="inline-size: 320px"></civic-partner-call>`);
        script.remove();
        expect(el.getAttribute('lang')).to.equal(locale);
        expect($(el, '[part~="title"]')!.textContent).to.equal(long[locale as 'de' | 'ar']);
        for (const node of [el, ...$$(el, 'article, [part~="title"], [part~="summary"], dd, [part~="actions"]')]) {
          expect(node.scrollWidth, `${locale} ${node.localName}`).to.be.at.most(node.clientWidth);
        }
        el.remove(); // before the next resetPageState (see above)
        expect(el.getBoundingClientRect().width).to.be.at.most(320);
      }
    });
  });

  describe('actions', () => {
    it('"Express interest" follows the call’s page and fires civic-call-interest', async () => {
      const el = await mount(html`<civic-partner-call src=${callsUrl} call-id="school"></civic-partner-call>`);
      const link = $(el, 'a[part~="interest"]')!;
      expect(link.textContent!.trim()).to.equal('Express interest');
      expect(link.getAttribute('href')).to.equal('https://example.org/calls/school-performance');
      el.addEventListener('click', (e) => e.preventDefault());
      const fired = oneEvent(document, 'civic-call-interest');
      link.click();
      const event = await fired;
      expect(event.detail).to.deep.equal({ id: 'school', via: 'url' });
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it('without a page, writes an e-mail whose subject is in the visitor’s language', async () => {
      resetPageState('de');
      const el = await mount(html`<civic-partner-call src=${callsUrl} call-id="youth-sport"></civic-partner-call>`);
      const link = $(el, 'a[part~="interest"]')!;
      const href = link.getAttribute('href')!;
      expect(href.startsWith('mailto:sport@example.org?subject=')).to.equal(true);
      await el.updateComplete;
      const subject = decodeURIComponent($(el, 'a[part~="interest"]')!.getAttribute('href')!.split('subject=')[1]!);
      expect(subject).to.equal('Interessenbekundung: Erasmus+ Sport: Inklusion junger Geflüchteter durch Sport');
      expect($(el, 'a[part~="interest"]')!.textContent!.trim()).not.to.equal('Express interest');
      el.addEventListener('click', (e) => e.preventDefault());
      const fired = oneEvent(el, 'civic-call-interest');
      link.click();
      expect((await fired).detail).to.deep.equal({ id: 'youth-sport', via: 'email' });
    });

    it('"Add the deadline to my calendar" downloads an .ics that ends at the deadline', async () => {
      const blobs: Blob[] = [];
      const createObjectURL = URL.createObjectURL.bind(URL);
      sinon.stub(URL, 'createObjectURL').callsFake((blob) => {
        blobs.push(blob as Blob);
        return createObjectURL(new Blob([]));
      });
      const downloads: string[] = [];
      sinon.stub(HTMLAnchorElement.prototype, 'click').callsFake(function (this: HTMLAnchorElement) {
        downloads.push(this.download);
      });
      const el = await mount(html`<civic-partner-call src=${callsUrl} call-id="school"></civic-partner-call>`);
      const status = $(el, '[part~="action-status"]')!;
      expect([status.getAttribute('role'), status.textContent!.trim()]).to.deep.equal(['status', '']);
      $(el, 'button[part~="calendar"]')!.click();
      // The writer is loaded on first use: the download follows when it has come.
      await until(() => status.textContent!.trim() !== '', 'the download to be said (the writer loads on first use)');
      // Said on screen, politely: the file does nothing until it is opened.
      expect(status.textContent!.trim()).to.equal('Calendar file downloaded — open it to add');
      expect(downloads).to.deep.equal(['improving-school-performance-for-children-with-a-migrant-bac.ics']);
      expect(blobs[0]!.type).to.equal('text/calendar;charset=utf-8');
      const vevent = new ICAL.Component(ICAL.parse(await blobs[0]!.text())).getFirstSubcomponent('vevent')!;
      const event = new ICAL.Event(vevent);
      expect(event.summary).to.equal('Deadline: Improving school performance for children with a migrant background: partners wanted');
      expect(event.endDate.toJSDate().toISOString()).to.equal('2027-05-20T21:59:00.000Z');
      expect(event.uid).to.match(/^school-deadline@/);
      expect(vevent.getFirstPropertyValue('url')).to.equal('https://example.org/calls/school-performance');
      expect(event.description).to.contain('A three-year project');
      // Another language: the status is emptied, not left saying it in English.
      el.setAttribute('lang', 'de');
      await settled(el);
      expect(status.isConnected ? status.textContent!.trim() : $(el, '[part~="action-status"]')!.textContent!.trim()).to.equal('');
    });

    it('"Copy link" copies the call’s page and says so politely; a failure shows the link', async () => {
      const writeText = sinon.stub(navigator.clipboard, 'writeText').resolves();
      const el = await mount(html`<civic-partner-call src=${callsUrl} call-id="school"></civic-partner-call>`);
      const button = $(el, 'button[part~="share"]')!;
      expect(button.textContent!.trim()).to.equal('Copy link');
      button.click();
      await writeText.returnValues[0];
      await el.updateComplete;
      expect(writeText.firstCall.args[0]).to.equal('https://example.org/calls/school-performance');
      const status = $(el, '[part~="action-status"]')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.textContent).to.equal('Link copied.');
      writeText.rejects(new Error('denied'));
      button.click();
      await writeText.returnValues[1]!.catch(() => undefined);
      await nextTask();
      await el.updateComplete;
      expect($(el, '[part~="action-status"]')!.textContent).to.contain('https://example.org/calls/school-performance');
    });

    it('uses the Web Share API where the browser has it', async () => {
      const share = sinon.stub().resolves();
      Object.defineProperty(navigator, 'share', { value: share, configurable: true });
      try {
        const el = await mount(html`<civic-partner-call src=${callsUrl} call-id="jobs"></civic-partner-call>`);
        const button = $(el, 'button[part~="share"]')!;
        expect(button.textContent!.trim()).to.equal('Share');
        button.click();
        expect(share.firstCall.args[0]).to.deep.equal({
          title: 'Job opportunities for people with disabilities',
          url: 'https://example.org/calls/jobs',
        });
      } finally {
        delete (navigator as { share?: unknown }).share;
      }
    });

    it('is operable with the keyboard alone', async () => {
      const writeText = sinon.stub(navigator.clipboard, 'writeText').resolves();
      const el = await mount(html`<civic-partner-call src=${callsUrl} call-id="school"></civic-partner-call>`);
      el.focus();
      const reached: string[] = [];
      for (let i = 0; i < 4; i++) {
        await sendKeys({ press: 'Tab' });
        reached.push(el.shadowRoot!.activeElement?.textContent?.trim() ?? '');
      }
      expect(reached).to.deep.equal(['partners@example.org', 'Express interest', 'Add the deadline to my calendar', 'Copy link']);
      const focused = el.shadowRoot!.activeElement!;
      expect(getComputedStyle(focused).outlineStyle).to.equal('solid');
      await sendKeys({ press: 'Enter' });
      await writeText.returnValues[0];
      await el.updateComplete;
      expect($(el, '[part~="action-status"]')!.textContent).to.equal('Link copied.');
      for (const target of $$(el, '[part~="button"]')) expect(target.getBoundingClientRect().height).to.be.at.least(44);
    });
  });

  describe('right-to-left', () => {
    it('in Arabic shows Arabic text, right to left, with the country and numbers in Arabic', async () => {
      resetPageState('ar');
      const el = await mount(html`<civic-partner-call src=${callsUrl} call-id="school"></civic-partner-call>`);
      expect(el.getAttribute('dir')).to.equal('rtl');
      expect(titles(el)).to.deep.equal(['تحسين الأداء المدرسي للأطفال من خلفية مهاجرة: نبحث عن شركاء']);
      // The country in Arabic, after the Arabic comma: the feed's English name keeps its own direction.
      const spain = new Intl.DisplayNames('ar', { type: 'region' }).of('ES')!;
      expect($(el, '[part~="coordinator"] dd')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Government of Catalonia، ${spain}`);
      expect($(el, '[part~="duration"] dd')!.textContent).to.equal(
        new Intl.NumberFormat('ar', { style: 'unit', unit: 'month', unitDisplay: 'long' }).format(36),
      );
      await el.updateComplete;
      const when = new Intl.RelativeTimeFormat('ar', { numeric: 'auto' }).format(38, 'day');
      expect($(el, '[part~="deadline-status"]')!.textContent!.trim()).to.equal(`يُغلق ${when}`);
      // The summary has no Arabic text: the English paragraph carries its own lang and direction,
      // so it starts at the left edge of the right-to-left card.
      const summary = $(el, '[part~="summary"]')!;
      expect([summary.getAttribute('lang'), summary.getAttribute('dir')]).to.deep.equal(['en', 'ltr']);
      expect(getComputedStyle(summary).direction).to.equal('ltr');
      const objective = $(el, '[part~="objectives"] li')!;
      expect([objective.getAttribute('lang'), objective.getAttribute('dir')]).to.deep.equal(['en', 'ltr']);
      // Its marker is on its left, so there is room on that side, inside the card.
      expect(objective.getBoundingClientRect().left - objective.parentElement!.getBoundingClientRect().left).to.be.greaterThan(10);
      // Its lines start on the left too (an <li> aligns as its list does in WebKit and Firefox: on the right).
      expect(lastLineIndent(objective), 'objective aligned to its own start').to.be.below(1);
      expect(lastLineIndent(summary), 'summary aligned to its own start').to.be.below(1);
      const partners = $(el, '[part~="partners"] dd')!;
      expect([partners.getAttribute('lang'), partners.getAttribute('dir'), getComputedStyle(partners).direction]).to.deep.equal([
        'en',
        'ltr',
        'ltr',
      ]);
      expect($(el, '[part~="contact"] a')!.getAttribute('dir')).to.equal('ltr');
      expect($(el, '[part~="programme"] bdi')!.textContent).to.equal('AMIF');
      await expect(el).to.be.accessible();
      const list = await mount(html`<civic-partner-call src=${callsUrl}></civic-partner-call>`);
      await expect(list).to.be.accessible();
    });
  });

  describe('print', () => {
    /**
     * The text `::after` adds to `el`. Chromium and WebKit resolve `attr()` in the computed
     * `content`; Firefox leaves it for the renderer (`" " attr(href)`), so it is resolved here.
     */
    const printedAfter = (el: Element): string =>
      [...getComputedStyle(el, '::after').content.matchAll(/"((?:[^"\\]|\\.)*)"|attr\(([\w-]+)\)/g)]
        .map(([, text, attr]) => text ?? el.getAttribute(attr!) ?? '')
        .join('');

    afterEach(async () => emulateMedia({ media: 'screen' }));

    it('prints the card without buttons or backgrounds, showing the link, without breaking inside it', async () => {
      const el = await mount(
        html`<civic-partner-call src=${callsUrl} call-id="school" style="--civic-color-surface: #eef"></civic-partner-call>`,
      );
      expect(getComputedStyle($(el, 'article')!).backgroundColor).to.equal('rgb(238, 238, 255)');
      await emulateMedia({ media: 'print' });
      const article = $(el, 'article')!;
      expect(getComputedStyle(article).breakInside).to.equal('avoid');
      expect(getComputedStyle(article).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(getComputedStyle($(el, 'button[part~="calendar"]')!).display).to.equal('none');
      expect(getComputedStyle($(el, 'button[part~="share"]')!).display).to.equal('none');
      const link = $(el, 'a[part~="interest"]')!;
      expect(printedAfter(link)).to.equal(' https://example.org/calls/school-performance');
      expect(getComputedStyle(link).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      const byMail = await mount(html`<civic-partner-call src=${callsUrl} call-id="youth-sport" layout="compact"></civic-partner-call>`);
      expect(printedAfter($(byMail, 'a[part~="interest"]')!)).to.equal(' sport@example.org');
    });
  });
});

describe('<civic-partner-call> while the page stays open', () => {
  let clock: sinon.SinonFakeTimers;
  afterEach(() => clock.restore());

  let feedText: string;
  before(async () => {
    feedText = await (await fetch(callsUrl)).text();
  });
  afterEach(() => document.querySelectorAll('script[data-civic-feed]').forEach((s) => s.remove()));

  /**
   * An inline feed: no request, no saved copy and no store timers under the fake clock.
   * `settled()` polls with setTimeout, which is faked here: wait on real tasks instead.
   */
  async function mountWithFakeTimers(callId: string): Promise<CivicPartnerCall> {
    const script = Object.assign(document.createElement('script'), { type: 'application/json', textContent: feedText });
    script.dataset.civicFeed = '';
    document.body.append(script);
    const el = await fixture<CivicPartnerCall>(html`<civic-partner-call call-id=${callId}></civic-partner-call>`);
    while (!el.shadowRoot!.querySelector('article')) await nextTask();
    await el.updateComplete;
    return el;
  }
  const status = (el: CivicPartnerCall) =>
    el.shadowRoot!.querySelector('[part~="deadline-status"]')!.textContent!.replace(/\s+/g, ' ').trim();

  it('turns "Closes today at 11:59 PM" into "Applications closed" when the deadline passes, and stops its timer on removal', async () => {
    resetPageState('en');
    clock = sinon.useFakeTimers({ now: new Date('2027-04-12T21:58:30Z'), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    const el = await mountWithFakeTimers('jobs');
    expect(status(el)).to.equal('Closing soon Closes today at 11:59 PM');
    clock.tick(29_000);
    await el.updateComplete;
    expect(status(el)).to.equal('Closing soon Closes today at 11:59 PM');
    clock.tick(1_100);
    await el.updateComplete;
    expect(status(el)).to.equal('Applications closed');
    // Closed for good: no timer left.
    expect(clock.countTimers()).to.equal(0);
  });

  it('counts down the days at midnight in the call’s zone, and clears its timer when removed', async () => {
    resetPageState('en');
    // 23:59:30 in Berlin on 12 April: 5 days to 17 April; 30 s later it is 13 April there.
    clock = sinon.useFakeTimers({ now: new Date('2027-04-12T21:59:30Z'), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    const el = await mountWithFakeTimers('youth-sport');
    expect(status(el)).to.equal('Closing soon Closes in 5 days');
    clock.tick(30_100);
    await el.updateComplete;
    expect(status(el)).to.equal('Closing soon Closes in 4 days');
    expect(clock.countTimers()).to.equal(1);
    el.remove();
    expect(clock.countTimers()).to.equal(0);
  });
});
