import '../i18n/isolate-tabs.js';
import { expect, html } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/index.js';
import { configureFeedStore } from '../../src/feed/store.js';
import { chooseLocale } from '../../src/i18n/shared-locale.js';
import { uiLocaleFor } from '../../src/i18n/ui-locale.js';
import { speakingLocale } from '../../src/i18n/messages.js';
import { fixtureFeedUrl, resetPageState, searchReady, settled, visibleText } from '../helpers.js';

/**
 * A language switch re-renders the widgets one per task (no main-thread task over 50 ms:
 * docs/budgets.md), each widget in one go, and `updateComplete` waits for it: see src/base/locale-controller.ts.
 */
type Widget = HTMLElement & { updateComplete: Promise<unknown>; performUpdate(): void; render(): unknown };

/** What a widget showed at one of its renders. */
interface Render {
  widget: string;
  lang: string | null;
  dir: string | null;
  /** The language msg() spoke at that render. */
  ui: string;
  /** Which task it ran in (see `countTasks`). */
  task: number;
}

/** The heading of the service finder in each language: its own words (msg()). */
const FIND_A_SERVICE: Record<string, string> = { en: 'Find a service', de: 'Angebot finden', ar: 'ابحث عن خدمة', uk: 'Знайти послугу' };

/**
 * Counts tasks: a message that posts itself again runs as one task each time. Messages posted to
 * ports are queued in order, so between two tasks of the library's own MessageChannel at least one
 * of these runs and two renders with the same count ran in the same task.
 */
function countTasks(): { now: () => number; stop: () => void } {
  let count = 0;
  let running = true;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    count++;
    if (running) channel.port2.postMessage(0);
  };
  channel.port2.postMessage(0);
  return { now: () => count, stop: () => (running = false) };
}

describe('switching the language (all widgets of a page)', () => {
  let root: HTMLElement;
  let widgets: Widget[];
  let renders: Render[];
  let tasks: ReturnType<typeof countTasks> | undefined;

  beforeEach(async () => {
    resetPageState('de');
    // No saved copy: the widgets would show the copy an earlier test saved, then render again when
    // the fetched feed arrives, on a slow machine after the renders below began to be counted.
    configureFeedStore({ saveCopy: false });
    // A plain wrapper, not open-wc's fixture(): see test/components/language-picker (background tabs).
    root = document.createElement('div');
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
    // The finder renders once more when its search index is built: before the renders are counted.
    await searchReady(widgets[1]!);
    await Promise.all(widgets.map((w) => w.updateComplete));
    expect(visibleText(widgets[1]!)).to.contain(FIND_A_SERVICE.de);
    renders = [];
    for (const w of widgets) {
      const performUpdate = w.performUpdate.bind(w);
      const render = w.render.bind(w);
      let ui = '';
      w.render = () => ((ui = speakingLocale()), render());
      w.performUpdate = () => {
        performUpdate();
        renders.push({ widget: w.localName, lang: w.getAttribute('lang'), dir: w.getAttribute('dir'), ui, task: tasks?.now() ?? -1 });
      };
    }
  });
  afterEach(() => {
    tasks?.stop();
    tasks = undefined;
    root.remove();
    resetPageState('en');
    configureFeedStore({ saveCopy: true });
  });

  it('after chooseLocale(), awaiting updateComplete finds every widget in the new language: lang, dir, its words, the feed text', async () => {
    chooseLocale('ar');
    await Promise.all(widgets.map((w) => w.updateComplete));
    for (const w of widgets) {
      expect(w.getAttribute('lang'), w.localName).to.equal('ar');
      expect(w.getAttribute('dir'), w.localName).to.equal('rtl');
    }
    expect(visibleText(widgets[1]!)).to.contain(FIND_A_SERVICE.ar).and.contain('عيادة صحة المهاجرين');
    await expect(widgets[1]!).to.be.accessible();
  });

  it('re-renders each widget once, in a task of its own, never with the old words under the new lang', async () => {
    tasks = countTasks();
    chooseLocale('uk');
    await Promise.all(widgets.map((w) => w.updateComplete));
    expect(renders.map((r) => r.widget)).to.deep.equal(widgets.map((w) => w.localName));
    for (const r of renders) {
      expect([r.lang, r.dir, r.ui], r.widget).to.deep.equal(['uk', 'ltr', 'uk']);
    }
    expect(new Set(renders.map((r) => r.task)).size, 'tasks').to.equal(widgets.length);
    expect(visibleText(widgets[1]!)).to.contain(FIND_A_SERVICE.uk);
  });

  it('a widget that renders for its own reasons during a switch shows one language, whole', async () => {
    const finder = widgets[1]!;
    const type = (text: string) => {
      const search = finder.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
      search.value = text;
      search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    };
    // Typing at three moments of the switch, each on a render the switch itself makes (not on timers, which a
    // busy engine may run after the switch is done): as it is chosen, during the picker's turn (before the
    // finder's) and during the event list's turn (after the finder's, while the partner call still waits).
    for (const [w, text] of [
      [widgets[0]!, 'b'],
      [widgets[2]!, 'c'],
    ] as const) {
      const performUpdate = w.performUpdate.bind(w);
      w.performUpdate = () => {
        performUpdate();
        if (w.getAttribute('lang') === 'ar') type(text);
      };
    }
    chooseLocale('ar');
    type('a');
    await Promise.all(widgets.map((w) => w.updateComplete));
    await finder.updateComplete;
    expect(renders.filter((r) => r.widget === finder.localName).length, 'renders of the finder').to.be.at.least(3);
    for (const r of renders) {
      // The German page's words with German text, or Arabic with Arabic: never Arabic lang over German words.
      expect(r.ui, `${r.widget} rendered with lang=${r.lang}`).to.equal(uiLocaleFor(r.lang));
      expect(r.dir, r.widget).to.equal(r.lang === 'ar' ? 'rtl' : 'ltr');
    }
    for (const w of widgets) expect(w.getAttribute('lang'), w.localName).to.equal('ar');
  });

  it('a switch chosen before the previous one was shown replaces it: no widget shows the first', async () => {
    chooseLocale('ar');
    chooseLocale('uk');
    await Promise.all(widgets.map((w) => w.updateComplete));
    expect(renders.filter((r) => r.lang === 'ar')).to.deep.equal([]);
    for (const w of widgets) expect(w.getAttribute('lang'), w.localName).to.equal('uk');
    expect(visibleText(widgets[1]!)).to.contain(FIND_A_SERVICE.uk);
  });

  it('updateComplete of a widget removed during a switch still resolves', async () => {
    chooseLocale('ar');
    const removed = widgets[2]!;
    removed.remove();
    const outcome = await Promise.race([
      removed.updateComplete.then(() => 'resolved'),
      new Promise((r) => setTimeout(() => r('hung'), 2000)),
    ]);
    expect(outcome).to.equal('resolved');
    await widgets[3]!.updateComplete;
    expect(widgets[3]!.getAttribute('lang')).to.equal('ar');
  });

  it('a widget added during a switch waits for it too', async () => {
    chooseLocale('uk');
    const late = document.createElement('civic-partner-call');
    late.setAttribute('src', fixtureFeedUrl);
    root.append(late);
    await late.updateComplete;
    expect(late.getAttribute('lang')).to.equal('uk');
  });
});
