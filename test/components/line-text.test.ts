// Feed text of thousands of characters where a card or a row shows a line or two: only its start is
// laid out there (src/base/line-text.ts); the whole text is in the details, where a person asks for it.
import { expect, fixture } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/components/service-finder/service-finder.js';
import '../../src/components/event-list/event-list.js';
import { LINE_TEXT_CHARS, lineText } from '../../src/base/line-text.js';
import { configureFeedStore } from '../../src/feed/store.js';
import { resetPageState, settled, until } from '../helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

const head = { version: 1, defaultLocale: 'ar', locales: ['ar', 'en'], timeZone: 'Europe/Berlin' };
const long = (words: string, length: number): string => words.repeat(Math.ceil(length / words.length)).slice(0, length);
const NAME = long('مكتب الاستشارات للمهاجرين ', 5_000);
const DESCRIPTION = long('نساعدكم في تعلم اللغة والعثور على عمل ', 20_000);
const PLACE = long('Stadtteilzentrum Grünau am Ring ', 5_000);

async function mount(tag: string, feed: object): Promise<Widget> {
  resetPageState('ar');
  const src = URL.createObjectURL(new Blob([JSON.stringify({ ...head, ...feed })], { type: 'application/json' }));
  const wrapper = await fixture<HTMLDivElement>(`<div style="inline-size: 358px"><${tag} src="${src}"></${tag}></div>`);
  const el = wrapper.firstElementChild as Widget;
  await settled(el);
  return el;
}
const $ = (el: Widget, selector: string): HTMLElement | null => el.shadowRoot!.querySelector<HTMLElement>(selector);

describe('long feed text on a line or two', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = sinon.useFakeTimers({ now: new Date('2027-04-12T08:00:00Z'), toFake: ['Date'] });
    configureFeedStore({ saveCopy: false });
  });
  afterEach(() => {
    clock.restore();
    configureFeedStore({ saveCopy: true });
  });

  it('lineText keeps a short text, cuts a long one with "…", never between the halves of a character', () => {
    expect(lineText('Beratung')).to.equal('Beratung');
    expect(lineText(DESCRIPTION)).to.equal(`${DESCRIPTION.slice(0, LINE_TEXT_CHARS)}…`);
    const emoji = `${'a'.repeat(LINE_TEXT_CHARS - 1)}😀 more`;
    expect(lineText(emoji)).to.equal(`${'a'.repeat(LINE_TEXT_CHARS - 1)}…`);
  });

  it('a result card lays out the start of a long name and description; its details show them whole', async () => {
    const el = await mount('civic-service-finder', { services: [{ id: 'long', name: NAME, description: DESCRIPTION }] });
    const name = $(el, '[part~="result-name"]')!.textContent!.trim();
    const line = $(el, '.desc')!.textContent!.trim();
    expect(name).to.equal(lineText(NAME).trim());
    expect(line).to.equal(lineText(DESCRIPTION).trim());
    expect(line.length).to.be.at.most(LINE_TEXT_CHARS + 1);
    await expect(el).to.be.accessible();
    $(el, '[part~="open-details"]')!.click();
    await until(() => !!$(el, '[part~="description"]'), 'the details');
    expect($(el, '[part~="description"]')!.textContent).to.equal(DESCRIPTION);
    expect(el.shadowRoot!.textContent).to.include(NAME.trim());
    await expect(el).to.be.accessible();
  });

  it('an event row lays out the start of a long place name; the open row shows it whole', async () => {
    const el = await mount('civic-event-list', {
      events: [{ id: 'e1', title: 'Sprachcafé', start: '2027-04-13T17:00:00+02:00', location: { name: PLACE } }],
    });
    const where = $(el, '.where')!.textContent!.trim();
    expect(where).to.equal(lineText(PLACE).trim());
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.toggle')!.click();
    await el.updateComplete;
    expect($(el, '[part~="place"]')!.textContent).to.include(PLACE.trim());
    await expect(el).to.be.accessible();
  });
});
