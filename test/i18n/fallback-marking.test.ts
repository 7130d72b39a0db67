import './isolate-tabs.js';
import { expect, html } from '@open-wc/testing';
import { render } from 'lit';
import sinon from 'sinon';
import '../../src/index.js';
import { textDirection } from '../../src/i18n/direction.js';
import { chooseLocale } from '../../src/i18n/shared-locale.js';
import { languageInSentence } from '../../src/i18n/intl-words.js';
import { resetPageState, settled } from '../helpers.js';

/**
 * Every fallback marked, every feed text isolated (docs/languages.md): each widget, in a language
 * the feed lacks, is walked text node by text node. Every feed text carries a marker of the
 * language it is in (⟦nl⟧, ⟦en⟧, ⟦ar⟧; ⟦-⟧ for text without a language: addresses, names); the
 * walk fails on feed text
 * - in another language than the widget's whose nearest `lang` (across the shadow boundary) is not
 *   its language, or whose direction is not its language's;
 * - not alone in its isolate: the nearest `<bdi>`, element with `unicode-bidi: isolate`, or element
 *   that is not inline (a block or an atomic inline starts a bidi paragraph of its own) must hold
 *   no other words (digits and punctuation may stand beside a name in an `<option>`);
 * - in an attribute (aria-label, title…), where no `lang` can mark it.
 * U+202E (right-to-left override) sits in some names: isolated, it reorders nothing around it.
 */
const RLO = '\u202E';
const marked = (lang: string, text: string) => `⟦${lang}⟧ ${text}`;
const both = (nl: string, en: string) => ({ nl: marked('nl', nl), en: marked('en', en) });

const feed = {
  version: 1,
  defaultLocale: 'nl',
  locales: ['nl', 'en', 'ar'],
  timeZone: 'Europe/Amsterdam',
  // A network's feed: the feed's publisher, and some items of another (their names in other languages).
  publisher: { id: 'rotterdam', name: { nl: marked('nl', 'Gemeente Rotterdam') } },
  categories: [
    { id: 'legal', name: both('Juridisch advies', 'Legal advice') },
    { id: 'stay', name: { nl: marked('nl', `Verblijf${RLO} en werk`) } },
    { id: 'health', name: marked('nl', 'Gezondheid') },
  ],
  services: [
    {
      id: 'legal-desk',
      name: { nl: marked('nl', 'Juridisch spreekuur'), ar: marked('ar', 'استشارة قانونية') },
      description: { en: marked('en', 'Free advice on residence and work.') },
      categories: ['legal', 'stay', 'health'],
      organization: { name: { nl: marked('nl', `Gemeente${RLO} Rotterdam`) }, url: 'https://example.org' },
      languages: ['nl', 'ar', 'uk', 'ti', 'en'],
      cost: { en: marked('en', '5 euro a visit') },
      eligibility: { nl: marked('nl', 'Iedereen die in Rotterdam woont.') },
      howToApply: { en: marked('en', 'Walk in, no appointment needed.') },
      locations: [
        {
          name: { nl: marked('nl', 'Stadhuis') },
          address: { street: marked('-', 'Coolsingel 40'), postalCode: '3011 AD', city: marked('-', 'Rotterdam') },
          geo: { lat: 51.92, lon: 4.48 },
        },
      ],
      contacts: { phone: '+31 10 267 1200', email: 'juridisch@example.org', url: 'https://example.org/juridisch' },
      hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' }],
    },
    {
      id: 'language-cafe',
      name: marked('nl', `Taal${RLO}café`),
      publisher: { id: 'delft', name: { en: marked('en', `City${RLO} of Delft`) } },
      categories: ['health'],
      languages: ['nl'],
      cost: 'free',
    },
  ],
  events: [
    {
      id: 'info-evening',
      title: { nl: marked('nl', `Informatieavond${RLO} verblijf`) },
      description: both('Alles over verblijfsvergunningen.', 'All about residence permits.'),
      start: '2027-04-14T19:00:00+02:00',
      end: '2027-04-14T21:00:00+02:00',
      location: {
        name: { en: marked('en', 'Library') },
        address: { street: marked('-', 'Hoogstraat 110'), city: marked('-', 'Rotterdam') },
      },
      categories: ['legal', 'stay'],
      languages: ['nl', 'ar'],
      cost: { nl: marked('nl', 'Gratis toegang') },
      accessibility: { en: marked('en', 'Step-free entrance.') },
      organizer: { name: { nl: marked('nl', 'Wijkteam') }, url: 'https://example.org/wijkteam' },
      registration: { url: 'https://example.org/register', deadline: '2027-04-13T23:59:00+02:00' },
    },
    {
      id: 'delft-walk',
      title: { nl: marked('nl', 'Stadswandeling') },
      start: '2027-04-15T10:00:00+02:00',
      publisher: { id: 'delft', name: { en: marked('en', 'City of Delft') } },
    },
  ],
  calls: [
    {
      id: 'partners',
      title: { en: marked('en', `Partners${RLO} wanted`) },
      summary: { nl: marked('nl', 'Een project over werk voor nieuwkomers.') },
      programme: marked('-', 'AMIF'),
      objectives: [{ en: marked('en', 'More newcomers in work.') }, { nl: marked('nl', 'Meer taalles.') }],
      partnersSought: { nl: marked('nl', 'Gemeenten en ngo’s') },
      deadline: '2027-05-01T23:59:00+02:00',
      durationMonths: 24,
      budget: { amount: 100000, currency: 'EUR' },
      coordinator: { name: { en: marked('en', 'City of Rotterdam') }, country: 'NL' },
      contact: { name: marked('-', 'Projectbureau'), email: 'project@example.org' },
      topics: ['legal', 'stay'],
      url: 'https://example.org/call',
    },
    {
      id: 'second',
      title: { ar: marked('ar', 'نبحث عن شركاء') },
      programme: marked('-', 'ESF+'),
      publisher: { id: 'delft', name: { en: marked('en', 'City of Delft') } },
      deadline: '2027-06-01T23:59:00+02:00',
    },
  ],
};
const src = URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));

const MARKER = /⟦([a-zA-Z-]+)⟧/g;

/** The nearest element at or above `node`, crossing shadow boundaries. */
function parentOf(node: Node): Element | null {
  const parent = node.parentNode;
  if (parent instanceof ShadowRoot) return parent.host;
  return parent instanceof Element ? parent : null;
}

function closestAcross(node: Node, test: (el: Element) => boolean): Element | null {
  for (let el = parentOf(node); el; el = parentOf(el)) if (test(el)) return el;
  return null;
}

/** The element whose box starts a bidi context of its own for `node`'s text. */
function isolateOf(node: Node): Element | null {
  return closestAcross(node, (el) => {
    const style = getComputedStyle(el);
    return (
      el.localName === 'bdi' || /isolate|plaintext/.test(style.unicodeBidi) || (style.display !== 'inline' && style.display !== 'contents')
    );
  });
}

function* textNodes(root: Node): Generator<Text> {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) yield n as Text;
  const elements =
    root instanceof Element || root instanceof ShadowRoot || root instanceof Document ? (root as ParentNode).querySelectorAll('*') : [];
  for (const el of elements) if (el.shadowRoot) yield* textNodes(el.shadowRoot);
}

/** Every problem with feed text in `widget`, one line each. */
function unmarkedFallbacks(widget: HTMLElement): string[] {
  const problems: string[] = [];
  const locale = widget.getAttribute('lang')!;
  const root = widget.shadowRoot!;
  let seen = 0;
  for (const node of textNodes(root)) {
    const languages = [...node.data.matchAll(MARKER)].map((m) => m[1]!);
    if (!languages.length) continue;
    seen++;
    const text = node.data.trim();
    if (languages.length > 1) problems.push(`"${text}": two feed texts in one text node`);
    const lang = languages[0]!;
    const where = `"${text}" in <${parentOf(node)?.localName}>`;
    if (lang !== '-') {
      const marked = closestAcross(node, (el) => el.hasAttribute('lang'))?.getAttribute('lang');
      if (marked?.toLowerCase() !== lang.toLowerCase()) problems.push(`${where}: lang is ${marked}, the text is ${lang}`);
      const direction = getComputedStyle(parentOf(node)!).direction;
      if (direction !== textDirection(lang)) problems.push(`${where}: direction ${direction}, ${lang} is ${textDirection(lang)}`);
    }
    const isolate = isolateOf(node);
    if (!isolate || isolate === widget) {
      problems.push(`${where}: not isolated`);
      continue;
    }
    // What else the isolate holds besides feed text: no words (digits and punctuation may be there).
    let rest = '';
    for (const other of textNodes(isolate)) if (!MARKER.test(other.data)) rest += other.data;
    MARKER.lastIndex = 0;
    if (/\p{L}/u.test(rest))
      problems.push(`${where}: shares its isolate <${isolate.localName}> with "${rest.replace(/\s+/g, ' ').trim()}"`);
  }
  for (const el of [root, ...root.querySelectorAll('*')].flatMap((n) => (n instanceof Element ? [n] : []))) {
    for (const attr of el.attributes) {
      for (const [, lang] of attr.value.matchAll(MARKER)) {
        if (lang !== locale)
          problems.push(`<${el.localName} ${attr.name}="${attr.value}">: feed text in an attribute, where no lang can mark it`);
      }
    }
  }
  // The picker shows language names (Intl), no feed text: its names' lang is tested with the picker.
  if (seen === 0 && widget.localName !== 'civic-language-picker') problems.push(`${widget.localName}: no feed text found at all`);
  return problems;
}

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

describe('every fallback marked, every feed text isolated', () => {
  let clock: sinon.SinonFakeTimers;
  let root: HTMLElement;

  beforeEach(() => {
    clock = sinon.useFakeTimers({ now: new Date('2027-04-12T08:00:00Z'), toFake: ['Date'] });
  });
  afterEach(() => {
    root?.remove();
    clock.restore();
    resetPageState('en');
  });

  /** The widgets, switched to `page` (as a picker of another feed, or of `locales`, would). */
  async function mount(page: string, template: ReturnType<typeof html>): Promise<Widget[]> {
    resetPageState('en');
    root = document.createElement('div');
    root.style.inlineSize = '800px';
    render(template, root);
    document.body.append(root);
    const widgets = [...root.querySelectorAll<Widget>('*')].filter((el) => el.localName.startsWith('civic-'));
    for (const w of widgets) await settled(w);
    chooseLocale(page);
    await Promise.all(widgets.map((w) => w.updateComplete));
    return widgets;
  }

  for (const page of ['uk', 'fa']) {
    describe(`in ${page}, which the feed lacks`, () => {
      it('the list widgets: finder (with a category and a publisher filter on), events, calls, picker', async () => {
        const widgets = await mount(
          page,
          html`<civic-language-picker src=${src} variant="list"></civic-language-picker>
          <civic-service-finder src=${src} category="legal"></civic-service-finder>
          <civic-event-list src=${src}></civic-event-list>
          <civic-partner-call src=${src}></civic-partner-call>`,
        );
        const publisher = widgets[1]!.shadowRoot!.querySelector<HTMLSelectElement>('select[name="publisher"]')!;
        publisher.value = 'rotterdam';
        publisher.dispatchEvent(new Event('change', { bubbles: true }));
        await widgets[1]!.updateComplete;
        // Every event's row open: what it adds (descriptions, access notes) is walked too.
        const events = widgets[2]!;
        for (const toggle of events.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.toggle')) toggle.click();
        await events.updateComplete;
        expect(events.shadowRoot!.querySelectorAll('[part~="details"]').length).to.equal(2);
        const chips = [...widgets[1]!.shadowRoot!.querySelectorAll('[part~="chip"]')].map((c) => c.textContent!);
        expect(
          chips.some((c) => c.includes('Juridisch advies')) && chips.some((c) => c.includes('Gemeente Rotterdam')),
          'category and publisher chips',
        ).to.equal(true);
        for (const w of widgets) {
          expect(w.getAttribute('lang'), w.localName).to.equal(page);
          expect(unmarkedFallbacks(w), w.localName).to.deep.equal([]);
        }
      });

      it('says visibly, after a sentence in another language, which language it is in; names stay quiet', async () => {
        const [events, calls] = await mount(
          page,
          html`<civic-event-list src=${src}></civic-event-list><civic-partner-call src=${src}></civic-partner-call>`,
        );
        events!.shadowRoot!.querySelector<HTMLButtonElement>('li[data-id="info-evening"] button.toggle')!.click();
        await events!.updateComplete;
        const row = events!.shadowRoot!.querySelector('li[data-id="info-evening"]')!;
        const note = (el: Element | null | undefined) => el?.getAttribute('data-note');
        // The description (Dutch: the feed's default) and the access note (English) say so; the title does not.
        const description = row.querySelector('.description')!;
        // The language named as in a sentence: "мова: нідерландська", "(en néerlandais)", never capitalised mid-sentence.
        const inText = (tag: string) => languageInSentence(tag, page).text;
        expect(note(description)).to.contain(inText('nl'));
        if (page === 'uk') expect(note(description)).to.equal('мова: нідерландська');
        expect(note([...row.querySelectorAll('.facts bdi')].find((b) => b.textContent!.includes('Step-free')))).to.contain(inText('en'));
        expect(row.querySelector('.title bdi')!.getAttribute('lang')).to.equal('nl');
        expect(row.querySelector('.title [data-note]')).to.equal(null);
        // Seen (the shared styles show it after the text), not read twice: the text itself is unchanged.
        const after = getComputedStyle(description, '::after').content;
        expect(after).not.to.equal('none');
        expect(after).to.match(/attr\(data-note\)|\(/);
        expect(description.textContent).to.equal(marked('nl', 'Alles over verblijfsvergunningen.'));
        // The call's summary, and each objective in another language than the one before it (English, then Dutch).
        const card = calls!.shadowRoot!.querySelector('article')!;
        expect(note(card.querySelector('[part~="summary"]'))).to.contain(inText('nl'));
        const objectives = [...card.querySelectorAll('[part~="objectives"] li')];
        expect(objectives.map(note)).to.deep.equal([`${note(objectives[0])}`, `${note(objectives[1])}`]);
        expect(objectives.map((li) => getComputedStyle(li, '::after').content === 'none')).to.deep.equal([false, false]);
      });

      it("a service's details", async () => {
        const [finder] = await mount(page, html`<civic-service-finder src=${src} service="legal-desk"></civic-service-finder>`);
        expect(finder!.shadowRoot!.querySelector('[part~="details"]')).to.exist;
        expect(unmarkedFallbacks(finder!)).to.deep.equal([]);
      });

      it('the finder with nothing found: the offers to drop a filter name the category', async () => {
        const [finder] = await mount(page, html`<civic-service-finder src=${src} category="legal"></civic-service-finder>`);
        const search = finder!.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
        search.value = 'Taalcafé';
        search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await finder!.updateComplete;
        expect(finder!.shadowRoot!.querySelector('[part~="empty"]')).to.exist;
        expect(unmarkedFallbacks(finder!)).to.deep.equal([]);
      });
    });
  }

  it('finds what it looks for: an unmarked fallback, feed text beside words, and feed text in an attribute', async () => {
    const [finder] = await mount('uk', html`<civic-service-finder src=${src} service="legal-desk"></civic-service-finder>`);
    const shadow = finder!.shadowRoot!;
    const p = document.createElement('p');
    p.textContent = marked('nl', 'Juridisch advies');
    shadow.append(p);
    const span = document.createElement('span');
    span.textContent = marked('-', 'Coolsingel');
    const words = document.createElement('p');
    words.append('Адреса: ', span);
    shadow.append(words);
    shadow.firstElementChild!.setAttribute('aria-label', marked('nl', 'Juridisch advies'));
    expect(unmarkedFallbacks(finder!)).to.deep.equal([
      '"⟦nl⟧ Juridisch advies" in <p>: lang is uk, the text is nl',
      '"⟦-⟧ Coolsingel" in <span>: shares its isolate <p> with "Адреса:"',
      `<${shadow.firstElementChild!.localName} aria-label="⟦nl⟧ Juridisch advies">: feed text in an attribute, where no lang can mark it`,
    ]);
  });
});
