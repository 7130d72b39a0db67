import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../../src/components/event-list/event-list.js';
import type { CivicEventList } from '../../../src/components/event-list/event-list.js';
import { pretendVisitorZone, resetPageState, settled } from '../../helpers.js';
import { event, head } from '../../feed/feed-builders.js';

/**
 * How the list sits on a phone and on a wide screen: compact rows (six or more on a phone's first screen below
 * the page's heading), day headings that stay in view, a readable width, the date at the row's start in either
 * direction; the rows' buttons by keyboard, in both directions. A phone is a 390 px wide page column (the
 * widget's own width decides its layout: a container query), the same in every engine (WebKit's driver cannot set
 * the window's size); its screen the first 844 px below the page's heading.
 */
const feedUrl = new URL('../../fixtures/events-small.json', import.meta.url).href;
const NOW = '2027-04-12T08:00:00Z'; // Monday 12 April 2027, 10:00 in Leipzig

const $$ = <T extends Element = HTMLElement>(el: CivicEventList, selector: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

const frames = async (n: number): Promise<void> => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
};

/**
 * Rows off screen skip layout (content-visibility) and report a stand-in height until they have been on screen; on
 * a phone of 844 px they would be: lay every row out to measure it.
 */
const layOutAll = new CSSStyleSheet();
layOutAll.replaceSync('* { content-visibility: visible !important; }');

/** A page section as a city's page has it (`width` px wide, with 16 px margins): a heading, then the list. */
async function section(locale = 'en', width = 390): Promise<{ heading: HTMLElement; el: CivicEventList }> {
  resetPageState(locale);
  // The page's own font, as city sites set one (Arial's widths; the widgets take the page's font): each engine's
  // default font differs (Firefox's and WebKit's serif here is DejaVu, far wider).
  const wrapper = await fixture(
    `<section style="box-sizing: border-box; inline-size: ${width}px; margin: 0; padding: 0 16px; font-family: 'Liberation Sans', Arial, sans-serif"><h2 style="margin: 0 0 8px">What's on</h2><civic-event-list src="${feedUrl}" heading-level="3"></civic-event-list><div style="block-size: 3000px"></div></section>`,
  );
  const el = wrapper.querySelector('civic-event-list') as CivicEventList;
  await settled(el);
  el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, layOutAll];
  await frames(1);
  return { heading: wrapper.querySelector('h2')!, el };
}

describe('<civic-event-list> on a phone and on a wide screen', () => {
  let clock: sinon.SinonFakeTimers;
  let zone: sinon.SinonStub;
  beforeEach(() => {
    clock = sinon.useFakeTimers({ now: new Date(NOW), toFake: ['Date'] });
    // A resident of the city (a visitor elsewhere also sees their own time on each row).
    zone = pretendVisitorZone('Europe/Berlin');
  });
  afterEach(async () => {
    clock.restore();
    zone.restore();
    window.scrollTo(0, 0);
  });

  for (const locale of ['en', 'ar']) {
    it(`shows at least six events in the first 844 px below the page's heading on a 390 × 844 phone (${locale})`, async () => {
      const { heading, el } = await section(locale);
      const below = heading.getBoundingClientRect().bottom;
      const rows = $$(el, 'li.event').map((li) => li.getBoundingClientRect());
      const seen = rows.filter((r) => r.bottom <= below + 844);
      expect(seen.length, `row heights ${rows.map((r) => Math.round(r.height)).join(', ')}`).to.be.at.least(6);
      // A collapsed row is compact: about 90 px (two lines of title at most).
      for (const r of rows) expect(r.height).to.be.below(125);
    });
  }

  it('keeps a day heading in view while its events scroll by', async () => {
    const { el } = await section();
    const today = $$(el, '.day')[0]!;
    const heading = today.querySelector('h3')!;
    expect(heading.textContent!.trim()).to.equal('Today');
    // Scroll until the first day's first event has gone under its heading.
    window.scrollTo(0, today.getBoundingClientRect().top + window.scrollY + 60);
    await frames(1);
    expect(today.getBoundingClientRect().top).to.be.below(-50);
    expect(Math.round(heading.getBoundingClientRect().top)).to.equal(0);
    // Painted, so the rows under it do not show through.
    expect(getComputedStyle(heading).backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
  });

  it('sizes "Where" by its chosen town, not its longest (a select sized by its options lays them all out)', async () => {
    resetPageState('en');
    const long = `${'Groß Nieder Ober Unter Alt Neu '.repeat(12)}Dorf`;
    const feed = {
      ...head,
      events: ['Leipzig', long, 'Halle'].map((city, i) =>
        event(`e${i}`, { start: `2027-04-${14 + i}T09:00:00+02:00`, location: { address: { city } } }),
      ),
    };
    const src = URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
    const wrapper = await fixture(`<div style="inline-size: 390px"><civic-event-list src="${src}"></civic-event-list></div>`);
    const el = wrapper.firstElementChild as CivicEventList;
    await settled(el);
    const [when, where] = $$(el, '.quick .field').map((f) => f.getBoundingClientRect());
    for (const [id, field] of [
      ['#f-date', when!],
      ['#f-place', where!],
    ] as const)
      expect(el.shadowRoot!.querySelector(id)!.getBoundingClientRect().width, id).to.be.at.most(field.width + 0.5);
    expect(where!.width).to.be.at.most(el.getBoundingClientRect().width);
    // Where the engine sizes a select by its chosen option, each select fills its field ("When"'s options are short),
    // and "When" and "All places" share a row: a field whose least width is its longest town's went onto a row of its
    // own, and the browser laid out every town to know it.
    if (CSS.supports('field-sizing', 'content')) {
      for (const [id, field] of [
        ['#f-date', when!],
        ['#f-place', where!],
      ] as const)
        expect(el.shadowRoot!.querySelector(id)!.getBoundingClientRect().width, id).to.be.closeTo(field.width, 0.5);
      expect(Math.round(where!.top), 'the two fields on one row').to.equal(Math.round(when!.top));
      expect(where!.width).to.be.below(250);
    }
    URL.revokeObjectURL(src);
  });

  it('keeps a readable width on a 1280 px screen', async () => {
    const { el } = await section('en', 1280);
    const width = el.getBoundingClientRect().width;
    expect(width).to.be.above(1200);
    for (const li of $$(el, 'li.event')) expect(li.getBoundingClientRect().width).to.be.at.most(46 * 16 + 1);
  });

  for (const locale of ['en', 'ar']) {
    it(`puts the date at the row's start and opens rows by keyboard (${locale}), accessible`, async () => {
      const { el } = await section(locale);
      const row = $$(el, 'li.event')[1]!;
      const date = row.querySelector('.date')!.getBoundingClientRect();
      const main = row.querySelector('.main')!.getBoundingClientRect();
      if (locale === 'ar') expect(date.left).to.be.above(main.right);
      else expect(date.right).to.be.below(main.left);
      const toggle = row.querySelector<HTMLButtonElement>('button.toggle')!;
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      // Tab goes from the open row's button into what it shows, then on.
      await sendKeys({ press: 'Tab' });
      expect(row.contains(el.shadowRoot!.activeElement)).to.equal(true);
      await expect(el).to.be.accessible();
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    });

    it(`filters by keyboard on a phone (${locale}): the panel, a choice, its chip removed with Enter, focus kept`, async () => {
      const { el } = await section(locale);
      const $ = <T extends HTMLElement>(s: string) => el.shadowRoot!.querySelector<T>(s)!;
      const bar = $<HTMLButtonElement>('[part~="filters-toggle"]');
      bar.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(bar.getAttribute('aria-expanded')).to.equal('true');
      // Tab from the button reaches the panel's first filter; arrows choose in it.
      await sendKeys({ press: 'Tab' });
      const category = $<HTMLSelectElement>('[name="category"]');
      expect(el.shadowRoot!.activeElement).to.equal(category);
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(category.value).to.equal('language');
      await expect(el).to.be.accessible();
      // Escape closes the panel and returns to its button.
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect([bar.getAttribute('aria-expanded'), el.shadowRoot!.activeElement]).to.deep.equal(['false', bar]);
      // The chip: Enter removes the filter; focus stays in the bar (on the button, no chip left).
      const chip = $<HTMLButtonElement>('[part~="chip"]');
      chip.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect([category.value, el.shadowRoot!.querySelector('[part~="chip"]')]).to.deep.equal(['', null]);
      expect(el.shadowRoot!.activeElement).to.equal(bar);
    });
  }
});
