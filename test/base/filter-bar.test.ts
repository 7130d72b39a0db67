import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { baseStyles } from '../../src/base/base-styles.js';
import { FilterBar, filterBarStyles } from '../../src/base/filter-bar.js';

/** A list widget reduced to its filter bar: a search field, two chips, one filter, two results. */
class BarHost extends LitElement {
  static override styles = [baseStyles, filterBarStyles];
  readonly bar = new FilterBar(this);
  override render(): unknown {
    return this.bar.render({
      search: html`<label for="q">Search</label><input id="q" type="search" />`,
      active: 2,
      number: (n) => String(n),
      chips: html`<ul class="chips"><li><button type="button">Free ✕</button></li></ul>`,
      count: 'Shown: 2 of 12',
      total: 12,
      panel: html`<label><input id="free" type="checkbox" /> Free</label>`,
      results: html`<ul class="results">
        <li><button type="button" class="first">First result</button></li>
        <li>Second result</li>
      </ul>`,
    });
  }
}
customElements.define('test-filter-bar', BarHost);

const $ = (el: BarHost, selector: string): HTMLElement => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const displayed = (el: HTMLElement): boolean => el.getClientRects().length > 0;
const focused = (el: BarHost): Element | null => el.shadowRoot!.activeElement;

async function mount(width: number, dir: 'ltr' | 'rtl' = 'ltr'): Promise<BarHost> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="inline-size: ${width}px" dir=${dir}><test-filter-bar></test-filter-bar></div>`,
  );
  const el = wrapper.querySelector<BarHost>('test-filter-bar')!;
  await el.updateComplete;
  return el;
}

async function press(el: BarHost, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

describe('filter bar (shared by the list widgets)', () => {
  it('on a narrow widget: one row with "Filters (2)", the chips and the count; the panel opens below it as a disclosure', async () => {
    const el = await mount(390);
    const toggle = $(el, '[part~="filters-toggle"]');
    const panel = $(el, '#filter-panel');
    expect(toggle.textContent!.trim()).to.equal('Filters (2)');
    expect(toggle.getAttribute('aria-controls')).to.equal('filter-panel');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(displayed(panel)).to.equal(false);
    // The row: the button, the chips and the count side by side, right under the search field.
    const row = [toggle, $(el, '.chips'), $(el, '[part~="count"]')].map((e) => e.getBoundingClientRect());
    expect(row[1]!.top).to.be.below(row[0]!.bottom);
    expect($(el, '.results').getBoundingClientRect().top - el.getBoundingClientRect().top).to.be.below(200);
    await expect(el).to.be.accessible();

    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(displayed(panel)).to.equal(true);
    expect(panel.getBoundingClientRect().top).to.be.at.least(toggle.getBoundingClientRect().bottom);
    expect($(el, '[part~="show-results"]').textContent!.trim()).to.equal('Show results (12)');
    await expect(el).to.be.accessible();
  });

  it('by keyboard: Enter opens, Tab goes into the panel, Escape closes it and returns to the button', async () => {
    const el = await mount(390);
    const toggle = $(el, '[part~="filters-toggle"]');
    toggle.focus();
    await press(el, 'Enter');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(focused(el), 'a disclosure keeps the focus').to.equal(toggle);
    // Past the chip and the count (not a tab stop), into the panel.
    await press(el, 'Tab');
    await press(el, 'Tab');
    expect(focused(el)).to.equal($(el, '#free'));
    await press(el, 'Escape');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(displayed($(el, '#filter-panel'))).to.equal(false);
    expect(focused(el)).to.equal(toggle);
  });

  it('"Show results" closes the panel and moves to the count; Tab then reaches the first result', async () => {
    const el = await mount(390);
    $(el, '[part~="filters-toggle"]').click();
    await el.updateComplete;
    $(el, '[part~="show-results"]').focus();
    await press(el, 'Enter');
    await el.updateComplete;
    expect(displayed($(el, '#filter-panel'))).to.equal(false);
    expect(focused(el)).to.equal($(el, '[part~="count"]'));
    await press(el, 'Tab');
    expect(focused(el)).to.equal($(el, '.first'));
  });

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`on a wide widget (${dir}): the filters are a side column at the inline start, always open, without the button`, async () => {
      const el = await mount(1000, dir);
      const panel = $(el, '#filter-panel');
      expect(displayed(panel)).to.equal(true);
      expect(displayed($(el, '[part~="filters-toggle"]'))).to.equal(false);
      expect(displayed($(el, '[part~="show-results"]'))).to.equal(false);
      const side = panel.getBoundingClientRect();
      const results = $(el, '.results').getBoundingClientRect();
      if (dir === 'ltr') expect(side.right).to.be.at.most(results.left);
      else expect(side.left).to.be.at.least(results.right);
      expect(results.top - el.getBoundingClientRect().top).to.be.below(200);
      // Escape in the panel changes nothing there.
      $(el, '#free').focus();
      await press(el, 'Escape');
      expect(displayed(panel)).to.equal(true);
      expect(focused(el)).to.equal($(el, '#free'));
      await expect(el).to.be.accessible();
    });
  }
});
