import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { html, LitElement } from 'lit';
import '../../src/index.js';
import { RenderStages } from '../../src/base/render-stages.js';
import { configureFeedStore } from '../../src/feed/store.js';
import { call, event, head, service } from '../feed/feed-builders.js';
import { resetPageState, settled, until } from '../helpers.js';

/** A real task (not faked by sinon). */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/** A list of `count` items that asks its stages how many to render. */
class StagedList extends LitElement {
  static override properties = { count: { type: Number } };
  count = 0;
  readonly stages = new RenderStages(this);
  protected override render(): unknown {
    const n = this.stages.take(this.count);
    return html`<ul>${Array.from({ length: n }, (_, i) => html`<li>${i}</li>`)}</ul>${this.stages.staging ? '' : html`<button>More</button>`}`;
  }
}
customElements.define('test-staged-list', StagedList);

const items = (el: Element): number => el.shadowRoot!.querySelectorAll('li').length;

/** A staged list of texts that tells its stages what each item holds. */
class StagedTextList extends LitElement {
  static override properties = { texts: { attribute: false } };
  texts: string[] = [];
  renders = 0;
  readonly stages = new RenderStages(this);
  protected override render(): unknown {
    this.renders++;
    const n = this.stages.take(this.texts.length, (i) => ({ title: this.texts[i] }));
    return html`<ul>${this.texts.slice(0, n).map((t) => html`<li>${t}</li>`)}</ul>`;
  }
}
customElements.define('test-staged-text-list', StagedTextList);

/** `n` characters of a script no other test of this file shows (the page counts each once). */
let nextCodePoint = 0x1200; // Ethiopic
const unseen = (n: number): string => String.fromCodePoint(...Array.from({ length: n }, () => nextCodePoint++));

/** Counts the frames drawn (a callback before each) until stopped: `frame()` is the current one. */
function countFrames(): { frame: () => number; stop: () => void } {
  let n = 0;
  let id = requestAnimationFrame(function tick() {
    n++;
    id = requestAnimationFrame(tick);
  });
  return { frame: () => n, stop: () => cancelAnimationFrame(id) };
}

/** A staged list of `count` items on the page, after its first render (Lit's own updateComplete: the first stage only). */
async function stagedList(count: number): Promise<StagedList> {
  const el = document.createElement('test-staged-list') as StagedList;
  el.count = count;
  document.body.append(el);
  await (el as LitElement).updateComplete;
  return el;
}

/** What the widget's shadow root holds at the end of each task that changed it (a MutationObserver's callbacks run there). */
function recordEachRender<T>(el: Element, read: () => T): T[] {
  const seen: T[] = [];
  new MutationObserver(() => seen.push(read())).observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
  return seen;
}

/** From `[frame, items]` records: the items shown at the end of each frame that showed any, and the most one frame added. */
function itemsByFrame(records: readonly (readonly [frame: number, items: number])[]): { counts: number[]; mostAdded: number } {
  const last = new Map<number, number>();
  for (const [frame, n] of records) last.set(frame, n);
  const counts = [...last.values()].filter((n) => n > 0);
  return { counts, mostAdded: Math.max(...counts.map((n, i) => n - (counts[i - 1] ?? 0))) };
}

describe('RenderStages (a list rendered a few items per task)', () => {
  it('renders the first items at once, the rest in later tasks, and "More" only with the last', async () => {
    const el = await stagedList(20);
    // Lit's own updateComplete (the element is a plain LitElement): only the first stage is there.
    expect(items(el)).to.equal(3);
    expect(el.shadowRoot!.querySelector('button')).to.equal(null);
    await el.stages.pending;
    await el.updateComplete;
    expect(items(el)).to.equal(20);
    expect(el.shadowRoot!.querySelector('button')).not.to.equal(null);
    expect(el.stages.pending).to.equal(undefined);
    // Later renders are not staged: 40 items at once.
    el.count = 40;
    await el.updateComplete;
    expect(items(el)).to.equal(40);
    el.remove();
  });

  it('a list of at most the first stage is shown whole, with no stage left', async () => {
    const el = await stagedList(2);
    expect(items(el)).to.equal(2);
    expect(el.stages.pending).to.equal(undefined);
    el.remove();
  });

  it('a list taken out of the page renders no stage until it is back, and nobody waits for it meanwhile', async () => {
    const el = await stagedList(30);
    expect(items(el)).to.equal(3);
    el.remove();
    // The stage that was due settles instead of rendering.
    await el.stages.pending;
    for (let i = 0; i < 5; i++) await nextTask();
    expect(items(el), 'items rendered while out of the page').to.equal(3);
    expect(el.stages.pending).to.equal(undefined);
    document.body.append(el);
    await until(() => items(el) === 30 && !el.stages.pending, 'the rest of the list once back in the page');
    expect(el.shadowRoot!.querySelector('button')).not.to.equal(null);
    el.remove();
  });

  it('lays out no more new characters a frame than NEW_CHARACTERS_PER_FRAME, one item at least (font lookups)', async () => {
    const el = document.createElement('test-staged-text-list') as StagedTextList;
    // Items of 20 characters never shown: at most one a frame (30 allowed) after the first stage's first.
    el.texts = Array.from({ length: 8 }, () => unseen(20));
    const frames = countFrames();
    document.body.append(el);
    await el.updateComplete;
    const shown = [[frames.frame(), items(el)] as const, ...recordEachRender(el, () => [frames.frame(), items(el)] as const)];
    await el.stages.pending;
    await el.updateComplete;
    frames.stop();
    expect(items(el)).to.equal(8);
    const { counts, mostAdded } = itemsByFrame(shown);
    expect(mostAdded, `items shown by frame: ${JSON.stringify(counts)}`).to.equal(1);
    // A held-back stage waits for the frame rather than asking again in every task meanwhile.
    expect(el.renders, 'renders').to.be.at.most(10);
    // Text the page has shown is free: the same texts again come in the usual stages (three, then the rest).
    const again = document.createElement('test-staged-text-list') as StagedTextList;
    again.texts = [...el.texts, ...el.texts];
    document.body.append(again);
    await again.updateComplete;
    expect(items(again)).to.equal(3);
    await again.stages.pending;
    await again.updateComplete;
    expect(items(again)).to.equal(16);
    el.remove();
    again.remove();
  });

  it('lists staged at once by new characters take turns: each shows an item a frame, none waits for another to end', async () => {
    const lists = [0, 1].map(() => {
      const el = document.createElement('test-staged-text-list') as StagedTextList;
      // Each item more new characters than a frame allows.
      el.texts = Array.from({ length: 8 }, () => unseen(40));
      return el;
    });
    document.body.append(...lists);
    // Before the first render (a microtask after the lists are in the page, their shadow roots made).
    const records = lists.map((el) => recordEachRender(el, () => [performance.now(), items(lists[0]!), items(lists[1]!)] as const));
    for (const el of lists) {
      await el.updateComplete;
      await el.stages.pending;
      await el.updateComplete;
    }
    expect(lists.map(items)).to.deep.equal([8, 8]);
    // When the first list is whole, the second is nearly so (a list that asked second each frame got nothing until the first was done).
    const shown = records.flat().sort((a, b) => a[0] - b[0]);
    const firstWhole = shown.find(([, first]) => first === 8)!;
    expect(firstWhole[2], `items as they came [time, first, second]: ${JSON.stringify(shown)}`).to.be.at.least(6);
    lists.forEach((el) => el.remove());
  });

  it('restart() stages a new list again', async () => {
    const el = await stagedList(4);
    await el.stages.pending;
    el.stages.restart();
    el.count = 30;
    await el.updateComplete;
    expect(items(el)).to.equal(3);
    await el.stages.pending;
    await el.updateComplete;
    expect(items(el)).to.equal(30);
    el.remove();
  });
});

describe('a widget’s first render with its feed comes in stages', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    resetPageState('en');
    configureFeedStore({ saveCopy: false });
    clock = sinon.useFakeTimers({ now: new Date('2027-03-01T08:00:00Z'), toFake: ['Date'] });
  });
  afterEach(() => {
    clock.restore();
    configureFeedStore({ saveCopy: true });
    document.querySelectorAll('.staged').forEach((n) => n.remove());
  });

  const feed = {
    ...head,
    services: Array.from({ length: 14 }, (_, i) => service(`s${i}`)),
    events: Array.from({ length: 14 }, (_, i) => event(`e${i}`, { start: `2027-03-${String(2 + i).padStart(2, '0')}T17:00:00+01:00` })),
    calls: Array.from({ length: 8 }, (_, i) => call(`c${i}`, { deadline: `2027-04-${String(10 + i)}T23:59:00+02:00` })),
  };

  for (const [tag, item, total, more] of [
    ['civic-service-finder', '[part~="results"] > li', 10, '[part~="more"]'],
    ['civic-event-list', 'li.event', 10, '[part~="more"]'],
    ['civic-partner-call', 'ul.calls > li', 8, null],
  ] as const) {
    it(`${tag}: the first items in one task, the rest after; "Show more" with the last; updateComplete waits for it`, async () => {
      const src = URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
      const el = Object.assign(document.createElement(tag), { src, className: 'staged' });
      document.body.append(el);
      // Each stage is a task of its own: what each of them left in the shadow root.
      const renders = recordEachRender(
        el,
        () => [el.shadowRoot!.querySelectorAll(item).length, !!more && !!el.shadowRoot!.querySelector(more)] as const,
      );
      await settled(el);
      const staged = renders.filter(([n]) => n > 0);
      const first = staged[0]!;
      expect(first[0], `items in the first render: ${JSON.stringify(staged)}`).to.be.within(1, 3);
      expect(staged.length, 'renders with items').to.be.greaterThan(1);
      expect(first[1], '"Show more" before the last stage').to.equal(false);
      expect(el.shadowRoot!.querySelectorAll(item).length).to.equal(total);
      if (more) expect(el.shadowRoot!.querySelector(more), '"Show more" at the end').not.to.equal(null);
      await expect(el).to.be.accessible();
      URL.revokeObjectURL(src);
    });

    it(`${tag}: items in scripts the page has not shown come a frame at a time (the browser's font lookups)`, async () => {
      // Each item's name or title in 20 characters never shown: one item a frame at most.
      const named = {
        ...feed,
        services: feed.services.map((s) => ({ ...s, name: { de: unseen(20) } })),
        events: feed.events.map((e) => ({ ...e, title: { de: unseen(20) } })),
        calls: feed.calls.map((c) => ({ ...c, title: { de: unseen(20) } })),
      };
      const src = URL.createObjectURL(new Blob([JSON.stringify(named)], { type: 'application/json' }));
      const el = Object.assign(document.createElement(tag), { src, className: 'staged' });
      const frames = countFrames();
      document.body.append(el);
      const shown = recordEachRender(el, () => [frames.frame(), el.shadowRoot!.querySelectorAll(item).length] as const);
      await settled(el);
      frames.stop();
      expect(el.shadowRoot!.querySelectorAll(item).length).to.equal(total);
      const { counts, mostAdded } = itemsByFrame(shown);
      expect(mostAdded, `items shown by frame: ${JSON.stringify(counts)}`).to.equal(1);
      URL.revokeObjectURL(src);
    });
  }
});
