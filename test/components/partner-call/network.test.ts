import { expect, fixture } from '@open-wc/testing';
import sinon from 'sinon';
import '../../../src/components/partner-call/partner-call.js';
import type { CivicPartnerCall } from '../../../src/components/partner-call/partner-call.js';
import { resetPageState, settled, visibleText } from '../../helpers.js';

// A merged feed of two cities (Leipzig, Poznań): every call names its publisher.
const networkUrl = new URL('../../fixtures/network-leipzig-poznan.json', import.meta.url).href;
const oneCityUrl = new URL('../../fixtures/calls-small.json', import.meta.url).href;

const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
const titles = (el: Element) => $$(el, '[part~="title"]').map(text);
const group = (el: Element, label: string) => $$(el, '[part~="filters"]').find((g) => g.getAttribute('aria-label') === label);
const chips = (el: Element, label: string) => [...group(el, label)!.querySelectorAll<HTMLButtonElement>('button')];

async function mount(src: string, locale = 'en', attrs = ''): Promise<CivicPartnerCall> {
  resetPageState(locale);
  const el = (await fixture(`<civic-partner-call src="${src}" ${attrs}></civic-partner-call>`)) as CivicPartnerCall;
  await settled(el);
  await el.updateComplete;
  return el;
}

async function press(el: CivicPartnerCall, button: HTMLButtonElement): Promise<void> {
  button.click();
  await el.updateComplete;
}

describe('<civic-partner-call> with a network feed', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = sinon.useFakeTimers({ now: new Date('2026-12-21T09:00:00Z'), toFake: ['Date'] });
  });
  afterEach(async () => {
    clock.restore();
  });

  it('says whose each call is, and offers publisher buttons with counts that keep the programme chosen', async () => {
    const el = await mount(networkUrl);
    expect(titles(el)).to.deep.equal([
      'Mentoring for newly arrived families: partners wanted',
      'EU-BELONG: regions for peer learning',
      'Youth and integration: partners wanted',
    ]);
    expect($$(el, 'article').map((a) => text(a.querySelector('[part~="publisher"]')!))).to.deep.equal([
      'Published by: City of Leipzig',
      'Published by: City of Poznań',
      'Published by: City of Poznań',
    ]);
    expect(chips(el, 'Publisher').map(text)).to.deep.equal(['All publishers (3)', 'City of Leipzig (1)', 'City of Poznań (2)']);
    expect(chips(el, 'Publisher')[0]!.getAttribute('aria-pressed')).to.equal('true');

    await press(el, chips(el, 'Publisher')[2]!);
    expect(titles(el)).to.deep.equal(['EU-BELONG: regions for peer learning', 'Youth and integration: partners wanted']);
    expect(chips(el, 'Publisher').map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['false', 'false', 'true']);
    await press(
      el,
      chips(el, 'Programme').find((b) => text(b) === 'AMIF')!,
    );
    expect(titles(el)).to.deep.equal(['EU-BELONG: regions for peer learning']);
    expect(chips(el, 'Publisher').map(text)).to.deep.equal(['All publishers (2)', 'City of Leipzig (1)', 'City of Poznań (1)']);
    await expect(el).to.be.accessible();
    await press(el, chips(el, 'Publisher')[0]!);
    expect(titles(el)).to.have.length(2);
  });

  it('names the publisher on a single call (call-id) and on a compact card, without a filter', async () => {
    const el = await mount(networkUrl, 'en', 'call-id="poznan-youth" layout="compact"');
    expect(text($$(el, '[part~="publisher"]')[0]!)).to.equal('Published by: City of Poznań');
    expect(group(el, 'Publisher')).to.equal(undefined);
  });

  it('offers no publisher filter when the calls listed are all one publisher’s', async () => {
    const el = await mount(networkUrl, 'en', 'programme="Erasmus+"');
    expect(titles(el)).to.deep.equal(['Youth and integration: partners wanted']);
    expect(group(el, 'Publisher')).to.equal(undefined);
    // The feed is still a network's: the card says whose the call is.
    expect($$(el, '[part~="publisher"]')).to.have.length(1);
  });

  it('says nothing about publishers in a feed with one publisher', async () => {
    clock.restore();
    clock = sinon.useFakeTimers({ now: new Date('2027-04-12T08:00:00Z'), toFake: ['Date'] });
    const el = await mount(oneCityUrl);
    expect(titles(el).length).to.be.greaterThan(2);
    expect($$(el, '[part~="publisher"]')).to.deep.equal([]);
    expect(group(el, 'Publisher')).to.equal(undefined);
    expect(visibleText(el)).not.to.contain('Published by');
  });

  it('in Arabic, right to left: the names keep their own language on the cards and the buttons; accessible', async () => {
    const el = await mount(networkUrl, 'ar');
    expect(el.getAttribute('dir')).to.equal('rtl');
    const card = $$(el, 'article')[0]!.querySelector('[part~="publisher"] [lang]')!;
    expect([card.getAttribute('lang'), card.getAttribute('dir'), card.textContent]).to.deep.equal(['de', 'ltr', 'Stadt Leipzig']);
    const buttons = $$(el, '[part~="filters"] button [lang="pl"]');
    expect(buttons.map((b) => b.textContent)).to.deep.equal(['Miasto Poznań']);
    await expect(el).to.be.accessible();
  });
});
