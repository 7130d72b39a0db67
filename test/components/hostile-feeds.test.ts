import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import sinon from 'sinon';
import '../../src/index.js';
import type { CivicElement } from '../../src/base/civic-element.js';
import { configureFeedStore } from '../../src/feed/store.js';
import { readFeedText, readFeedTextSliced } from '../../src/feed/validate.js';
import { hostileFeed } from '../feed/hostile-feed.mjs';
import { resetPageState, settled } from '../helpers.js';

/**
 * Whole feeds a hostile or careless publisher could write (test/feed/hostile-feed.mjs): through the
 * reader, then through every widget. Nothing may throw, no widget may fail, and every valid item
 * must survive. (How long the tasks take is measured by `npm run bench -- hostile`, not here.)
 */
const LISTS = ['services', 'events', 'calls'] as const;
const TAGS = ['civic-language-picker', 'civic-service-finder', 'civic-event-list', 'civic-partner-call'] as const;
type Widget = CivicElement & HTMLElement;

/** All four widgets on `text` (a blob URL), each settled: none shows an error and each keeps every valid item, in order. */
async function mountAllOn(text: string, valid: Record<(typeof LISTS)[number], string[]>): Promise<{ widgets: Widget[]; remove(): void }> {
  resetPageState('en');
  const src = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const root = document.createElement('div');
  const widgets = TAGS.map((tag) => Object.assign(document.createElement(tag) as Widget, { src }));
  root.append(...widgets);
  document.body.append(root);
  const remove = (): void => {
    root.remove();
    URL.revokeObjectURL(src);
  };
  try {
    for (const el of widgets) await settled(el);
    for (const el of widgets) {
      expect(el.shadowRoot!.querySelector('[role="alert"]'), `${el.localName} shows an error`).to.equal(null);
      for (const list of LISTS)
        expect(
          el.feed![list].map((item) => item.id).filter((id) => valid[list].includes(id)),
          `${el.localName} ${list}`,
        ).to.deep.equal(valid[list]);
    }
  } catch (error) {
    remove();
    throw error;
  }
  return { widgets, remove };
}

describe('hostile feeds (property-based)', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    // Every generated event and call is after this.
    clock = sinon.useFakeTimers({ now: new Date('2027-01-01T10:00:00Z'), toFake: ['Date'] });
    configureFeedStore({ saveCopy: false });
    sinon.stub(console, 'warn');
  });
  afterEach(() => {
    clock.restore();
    sinon.restore();
    configureFeedStore({ saveCopy: true });
  });

  it('readFeed never throws, and keeps every valid item in order', function () {
    this.timeout(60_000);
    fc.assert(
      fc.property(hostileFeed({ maxItems: 150 }), ({ text, valid }) => {
        const { feed, error } = readFeedText(text, { src: 'fuzz' });
        expect(error, JSON.stringify(error)).to.equal(undefined);
        for (const list of LISTS) {
          const kept = feed![list].map((item) => item.id).filter((id) => valid[list].includes(id));
          expect(kept, list).to.deep.equal(valid[list]);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('every widget renders every feed: nothing thrown, no error shown, every valid item there', async function () {
    this.timeout(120_000);
    const thrown: unknown[] = [];
    const onError = (e: ErrorEvent) => thrown.push(e.error ?? e.message);
    const onRejection = (e: PromiseRejectionEvent) => thrown.push(e.reason);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    const consoleErrors = sinon.stub(console, 'error').callsFake((...args: unknown[]) => void thrown.push(args));
    let run = 0;
    try {
      await fc.assert(
        fc.asyncProperty(hostileFeed({ maxItems: 50 }), async ({ text, valid }) => {
          const { widgets, remove } = await mountAllOn(text, valid);
          try {
            // Every call is open (deadlines after the clock): one card each.
            expect(widgets[3]!.shadowRoot!.querySelectorAll('article').length).to.equal(valid.calls.length || 0);
            // A service's details, and an event's, rendered too.
            widgets[1]!.shadowRoot!.querySelector<HTMLButtonElement>('[part~="result-name"]')?.click();
            await widgets[1]!.updateComplete;
            const details = widgets[2]!.shadowRoot!.querySelector('details');
            if (details) details.open = true;
            await widgets[2]!.updateComplete;
            if (run++ === 0) for (const el of widgets) await expect(el).to.be.accessible();
            expect(thrown).to.deep.equal([]);
          } finally {
            remove();
          }
        }),
        { numRuns: 12 },
      );
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      consoleErrors.restore();
    }
  });

  it('a hostile feed of megabytes (parsed an item at a time): the feed one JSON.parse gives, every valid item in every widget', async function () {
    this.timeout(120_000);
    // 1,000 items, 6.5 MB: far above the size from which the store parses a text in steps.
    const [{ text, valid }] = fc.sample(hostileFeed({ maxItems: 1000 }), { numRuns: 1, seed: 35 }) as [
      { text: string; valid: Record<(typeof LISTS)[number], string[]> },
    ];
    expect(text.length).to.be.greaterThan(4_000_000);
    // The same items and warnings as one JSON.parse gives (by id: some items carry nesting too deep for deep.equal).
    const inSteps = await readFeedTextSliced(text, { src: 'big' });
    const atOnce = readFeedText(text, { src: 'big' });
    for (const list of LISTS) expect(inSteps.feed![list].map((item) => item.id)).to.deep.equal(atOnce.feed![list].map((item) => item.id));
    expect(inSteps.warnings).to.deep.equal(atOnce.warnings);
    const { widgets, remove } = await mountAllOn(text, valid);
    try {
      expect(valid.services.length + valid.events.length + valid.calls.length).to.be.greaterThan(100);
      expect(widgets[3]!.shadowRoot!.querySelectorAll('article').length).to.equal(valid.calls.length);
      await expect(widgets[1]!).to.be.accessible();
    } finally {
      remove();
    }
  });
});
