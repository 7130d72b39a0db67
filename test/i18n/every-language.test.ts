import './isolate-tabs.js';
import { expect, html } from '@open-wc/testing';
import { render } from 'lit';
import sinon from 'sinon';
import '../../src/index.js';
import { sourceLocale } from '../../src/generated/locale-codes.js';
import { uiLanguages } from '../../src/i18n/ui-locale.js';
import { textDirection } from '../../src/i18n/direction.js';
import { messageChecks } from '../../src/i18n/messages.js';
import { formatLanguage } from '../../src/i18n/intl.js';
import { chooseLocale } from '../../src/i18n/shared-locale.js';
import { fixtureFeedUrl, resetPageState, settled } from '../helpers.js';

/**
 * Every UI language, every widget: the page switches to it (the feed lacks most of them: its text
 * falls back, marked), and each widget must speak it whole: `lang` and `dir` right, axe clean, and
 * none of its own words left in English. Two ways of finding English words:
 * - a text matching an English source string (locales/<lang>.xlf) whose translation differs;
 * - a text that the same page shows in English too (a word not sent through msg(), or Intl output
 *   in English without its `lang`), unless the language writes it the same ("Online");
 * - where this browser has no Intl data for the language (Chromium: ti, so, …), a text with English
 *   day or month names that is not one of the language's sentences: a date Intl wrote in its
 *   fallback, British English, without a `lang` saying so.
 * Feed text (in a <bdi>) and text marked with another `lang` are not the widget's words.
 */
type Widget = HTMLElement & { updateComplete: Promise<unknown> };
type Unit = { source: string; target: string };

async function units(locale: string): Promise<Unit[]> {
  const xml = new DOMParser().parseFromString(
    await (await fetch(new URL(`../../locales/${locale}.xlf`, import.meta.url))).text(),
    'application/xml',
  );
  const text = (el: Element | null) =>
    [...(el?.childNodes ?? [])].map((n) => (n.nodeType === Node.TEXT_NODE ? n.textContent : '\u0000')).join('');
  return [...xml.querySelectorAll('trans-unit')].map((u) => ({
    source: text(u.querySelector('source')),
    target: text(u.querySelector('target')),
  }));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** English day and month names, and Intl's relative day words, as whole words. */
const englishCalendar = (() => {
  const words = new Set(['Today', 'Tomorrow', 'Yesterday']);
  for (const [unit, count] of [
    ['weekday', 7],
    ['month', 12],
  ] as const) {
    for (const style of ['long', 'short'] as const) {
      for (let i = 0; i < count; i++) {
        const date = Date.UTC(2024, unit === 'month' ? i : 0, unit === 'month' ? 1 : 1 + i);
        words.add(new Intl.DateTimeFormat('en', { [unit]: style, timeZone: 'UTC' }).format(date));
      }
    }
  }
  return new RegExp(`\\b(${[...words].join('|')})\\b`, 'i');
})();
const sourcePattern = (source: string) => new RegExp(`^${source.split('\u0000').map(escape).join('.+?')}$`);

function* textNodes(root: Node): Generator<Text> {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) yield n as Text;
  for (const el of (root as ParentNode).querySelectorAll('*')) if (el.shadowRoot) yield* textNodes(el.shadowRoot);
}

/** The widget's own words: texts (and labelling attributes) with letters, not feed text, not marked as another language. */
function ownWords(widget: Widget, locale: string): string[] {
  const words: string[] = [];
  const ownLanguage = (el: Element | null): boolean => {
    for (let e = el; e; e = e.parentNode instanceof ShadowRoot ? e.parentNode.host : e.parentElement) {
      if (e.localName === 'bdi' || e.localName === 'address') return false; // feed text
      if (e.hasAttribute('lang')) return e.getAttribute('lang')!.toLowerCase() === locale.toLowerCase();
    }
    return true;
  };
  for (const node of textNodes(widget.shadowRoot!)) {
    const text = node.data.replace(/\s+/g, ' ').trim();
    if (/\p{L}/u.test(text) && ownLanguage(node.parentElement)) words.push(text);
  }
  for (const el of widget.shadowRoot!.querySelectorAll('[aria-label], [title], [placeholder]')) {
    for (const name of ['aria-label', 'title', 'placeholder']) {
      const value = el.getAttribute(name);
      if (value && ownLanguage(el)) words.push(value);
    }
  }
  return words;
}

describe('every UI language, every widget', () => {
  let root: HTMLElement;
  let widgets: Widget[];
  let clock: sinon.SinonFakeTimers;
  let english: Map<string, Set<string>>;
  const outside: unknown[] = [];

  before(async () => {
    clock = sinon.useFakeTimers({ now: new Date('2027-04-12T08:00:00Z'), toFake: ['Date'] });
    messageChecks.outside = (template) => outside.push(template);
    resetPageState('en');
    root = document.createElement('div');
    root.style.inlineSize = '720px';
    render(
      html`<civic-language-picker src=${fixtureFeedUrl}></civic-language-picker>
      <civic-service-finder src=${fixtureFeedUrl}></civic-service-finder>
      <civic-event-list src=${fixtureFeedUrl}></civic-event-list>
      <civic-partner-call src=${fixtureFeedUrl}></civic-partner-call>`,
      root,
    );
    document.body.append(root);
    widgets = [...root.children] as Widget[];
    for (const w of widgets) await settled(w);
    english = new Map(widgets.map((w) => [w.localName, new Set(ownWords(w, sourceLocale))]));
  });
  after(() => {
    root.remove();
    clock.restore();
    messageChecks.outside = undefined;
    resetPageState('en');
  });

  it('the English page has words to compare with', () => {
    expect(english.get('civic-service-finder')!.size).to.be.greaterThan(10);
    expect(english.get('civic-event-list')!.size).to.be.greaterThan(10);
  });

  /** Month and weekday names as the browser writes them in `locale`, when it has that language's own data. */
  function calendarNames(locale: string): string[] {
    if (formatLanguage(Intl.DateTimeFormat, locale) !== locale) return [];
    const names: string[] = [];
    for (const month of ['short', 'long'] as const) {
      const f = new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' });
      for (let m = 0; m < 12; m++) names.push(f.format(Date.UTC(2026, m, 15)));
    }
    for (const weekday of ['short', 'long'] as const) {
      const f = new Intl.DateTimeFormat(locale, { weekday, timeZone: 'UTC' });
      for (let d = 0; d < 7; d++) names.push(f.format(Date.UTC(2026, 0, 4 + d)));
    }
    return names;
  }

  for (const locale of uiLanguages.filter((l) => l !== sourceLocale)) {
    it(`${locale}: every widget speaks it whole, in its direction, and passes axe`, async () => {
      const xliff = await units(locale);
      // Sources with a few letters around a value ("In {0}") would match words of any language ("In presenza").
      const letters = (source: string) =>
        source
          .split('\u0000')
          .join('')
          .replace(/[^\p{L}]/gu, '').length;
      const untranslated = xliff
        .filter((u) => u.target !== u.source && letters(u.source) >= 6)
        .map((u) => ({ ...u, pattern: sourcePattern(u.source) }));
      const same = new Set(xliff.filter((u) => u.target === u.source).map((u) => u.source));
      // The language's own month and day names, where it writes them as English does (Maltese "Apr" in Firefox and WebKit).
      for (const name of calendarNames(locale)) same.add(name);
      // (Not the placeholder-only "{0} {1}", which matches anything.)
      const sentences = xliff.filter((u) => letters(u.target) >= 2).map((u) => sourcePattern(u.target));
      const datesFallBack = [Intl.DateTimeFormat, Intl.RelativeTimeFormat].some((Kind) => formatLanguage(Kind, locale) !== locale);
      chooseLocale(locale);
      await Promise.all(widgets.map((w) => w.updateComplete));
      for (const w of widgets) {
        expect([w.getAttribute('lang'), w.getAttribute('dir')], w.localName).to.deep.equal([locale, textDirection(locale)]);
        const words = ownWords(w, locale);
        expect(words.length, `${w.localName} shows its words`).to.be.greaterThan(0);
        const english = words.filter((t) => untranslated.some((u) => u.pattern.test(t)));
        expect(english, `${w.localName}: English source strings`).to.deep.equal([]);
        const asInEnglish = words.filter((t) => englishWords(w).has(t) && !same.has(t));
        expect(asInEnglish, `${w.localName}: the same words as the English page`).to.deep.equal([]);
        if (datesFallBack) {
          const dates = words.filter((t) => englishCalendar.test(t) && !sentences.some((p) => p.test(t)));
          expect(dates, `${w.localName}: English dates without their lang`).to.deep.equal([]);
        }
      }
      await expect(root).to.be.accessible();
      expect(outside, 'msg() outside a render').to.deep.equal([]);
    });
  }

  const englishWords = (w: Widget): Set<string> => english.get(w.localName)!;
});
