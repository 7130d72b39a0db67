import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

/**
 * No layout shift: a widget keeps its room while its feed loads (the shared styles and
 * src/base/reserved-space.ts), so what follows it on the page does not move when the feed arrives.
 * Each widget in a page of its own (an iframe of a phone's width, shorter than the room a list widget
 * keeps), its feed held back on the test server until the loading state is shown. Chromium measures
 * layout shifts (`layout-shift` entries, as Lighthouse's CLS adds them up); in every engine the text
 * after the widget must not move while it is in view. (The picker's list variant grows with the number of
 * languages: a page gives it its room with --civic-reserved-block-size, the last test.)
 */
const FEED = '/held/test/fixtures/small-feed.json';
const WIDGETS: { tag: string; attributes: string }[] = [
  { tag: 'civic-service-finder', attributes: '' },
  { tag: 'civic-event-list', attributes: 'show-past' },
  { tag: 'civic-partner-call', attributes: 'show-closed' },
  { tag: 'civic-language-picker', attributes: '' },
  { tag: 'civic-language-picker', attributes: 'variant="compact"' },
];
const HEIGHT = 600;

interface Shift {
  value: number;
  hadRecentInput: boolean;
}

async function open(body: string): Promise<{ frame: HTMLIFrameElement; win: Window & typeof globalThis; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `inline-size:390px;block-size:${HEIGHT}px;border:0;display:block`;
  // No saved copy (an earlier test's would be shown at once, with no loading state).
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script type="module">import { configureFeedStore } from '/src/feed/store.ts'; configureFeedStore({ saveCopy: false });</script>
<script type="module" src="/src/index.ts"></script></head>
<body style="margin:0;font:16px/1.5 'Liberation Sans',Arial,sans-serif"><p style="margin:0">Before the widget.</p>${body}<p id="after">After the widget.</p></body></html>`;
  document.body.append(frame);
  const win = () => frame.contentWindow as (Window & typeof globalThis) | null;
  for (const end = performance.now() + 8000; !win()?.document.querySelector('*:defined[aria-busy="true"]');) {
    if (performance.now() > end) throw new Error('no widget in its loading state');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return { frame, win: win()!, doc: win()!.document };
}

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** Lets the held feed arrive and waits until the widget shows it (its last stage rendered). */
async function releaseFeed(el: Widget): Promise<void> {
  await executeServerCommand('release-requests');
  for (const end = performance.now() + 8000; el.getAttribute('aria-busy') === 'true';) {
    if (performance.now() > end) throw new Error(`${el.localName} still loading`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await el.updateComplete;
}

const frames = (win: Window, n = 2): Promise<void> =>
  new Promise((resolve) =>
    (function next(left: number) {
      if (!left) return resolve();
      win.requestAnimationFrame(() => next(left - 1));
    })(n),
  );

describe('no layout shift while a widget’s feed loads', () => {
  let frame: HTMLIFrameElement | undefined;
  beforeEach(() => localStorage.setItem('civic-widgets.locale', 'en'));
  afterEach(async () => {
    await executeServerCommand('release-requests');
    frame?.remove();
    frame = undefined;
  });

  for (const { tag, attributes } of WIDGETS) {
    it(`<${tag}${attributes ? ` ${attributes}` : ''}>: its loading state keeps its room, and nothing after it moves when the feed arrives`, async () => {
      await executeServerCommand('hold-requests', { path: FEED });
      const page = await open(`<${tag} src="${FEED}" ${attributes}></${tag}>`);
      frame = page.frame;
      const el = page.doc.querySelector(tag) as Widget;
      await frames(page.win);
      expect(el.shadowRoot!.textContent).to.contain('Loading information…');
      const after = page.doc.getElementById('after')!;
      const before = after.getBoundingClientRect().top;
      const shifts: Shift[] = [];
      const measured = 'PerformanceObserver' in page.win && page.win.PerformanceObserver.supportedEntryTypes?.includes('layout-shift');
      const observer = measured
        ? new page.win.PerformanceObserver((list) => shifts.push(...(list.getEntries() as unknown as Shift[])))
        : undefined;
      observer?.observe({ type: 'layout-shift' });

      await releaseFeed(el);
      await frames(page.win, 3);
      observer?.disconnect();

      expect(el.shadowRoot!.textContent).not.to.contain('Loading information…');
      if (before < HEIGHT) expect(after.getBoundingClientRect().top, 'the text after the widget, in view, moved').to.equal(before);
      if (measured) {
        const cls = shifts.filter((s) => !s.hadRecentInput).reduce((sum, s) => sum + s.value, 0);
        expect(cls, 'layout shift (CLS) when the feed arrived').to.be.at.most(0.05);
      }
    });
  }

  // A feed whose every item is in a script of its own (24 letters each): the first render comes a frame at a time
  // (src/scheduling/new-characters.ts), its first stage a single item, far shorter than the loading state's room.
  const MANY_SCRIPTS = '/held/test/fixtures/many-scripts-feed.json';
  for (const { tag, attributes, item } of [
    { tag: 'civic-service-finder', attributes: '', item: '[part~="results"] > li' },
    { tag: 'civic-event-list', attributes: 'show-past', item: 'li.event' },
    { tag: 'civic-partner-call', attributes: 'show-closed', item: 'ul.calls > li' },
  ]) {
    it(`<${tag}>: keeps its room while its first render comes frame by frame (text in scripts not shown before)`, async () => {
      await executeServerCommand('hold-requests', { path: MANY_SCRIPTS });
      const page = await open(`<${tag} src="${MANY_SCRIPTS}" ${attributes}></${tag}>`);
      frame = page.frame;
      const el = page.doc.querySelector(tag) as Widget;
      await frames(page.win);
      const after = page.doc.getElementById('after')!;
      const before = after.getBoundingClientRect().top;
      // At every frame from the feed's answer to the last stage: how many items, and where the text after the widget is.
      const seen: [items: number, top: number][] = [];
      let done = false;
      page.win.requestAnimationFrame(function look() {
        seen.push([el.shadowRoot!.querySelectorAll(item).length, after.getBoundingClientRect().top]);
        if (!done) page.win.requestAnimationFrame(look);
      });
      await releaseFeed(el);
      await frames(page.win, 2);
      done = true;
      const counts = [...new Set(seen.map(([n]) => n).filter((n) => n > 0))];
      expect(counts.length, `items shown frame by frame: ${JSON.stringify(seen)}`).to.be.above(2);
      const highest = Math.min(...seen.map(([, top]) => top));
      expect(highest, `the text after the widget moved up during the stages: ${JSON.stringify(seen)}`).to.be.at.least(before - 0.5);
    });
  }

  it('keeps the room a page sets with --civic-reserved-block-size', async () => {
    await executeServerCommand('hold-requests', { path: FEED });
    const page = await open(`<civic-event-list src="${FEED}" style="--civic-reserved-block-size: 12rem"></civic-event-list>`);
    frame = page.frame;
    await frames(page.win);
    expect(page.doc.querySelector('civic-event-list')!.getBoundingClientRect().height).to.equal(12 * 16);
    expect(page.doc.querySelector('civic-event-list')!.getAttribute('aria-busy')).to.equal('true');
  });
});
