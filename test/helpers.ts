import { waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { resetFeedStore } from '../src/feed/store.js';
import { LOCALE_STORAGE_KEY, resetSharedLocale } from '../src/i18n/shared-locale.js';

export const fixtureFeedUrl = new URL('./fixtures/small-feed.json', import.meta.url).href;

/**
 * Every test starts with no loaded feed and no page language. Tests that look at feed text save a
 * choice, so they do not depend on the test browser's own language.
 */
export function resetPageState(savedChoice?: string): void {
  resetFeedStore();
  resetSharedLocale();
  if (savedChoice) localStorage.setItem(LOCALE_STORAGE_KEY, savedChoice);
  else localStorage.removeItem(LOCALE_STORAGE_KEY);
}

/** Waits until `el` has a feed (or an error) rendered: no longer `aria-busy`. */
export async function settled(el: HTMLElement & { updateComplete: Promise<unknown> }, timeout = 6000): Promise<void> {
  const loaded = () => el.getAttribute('aria-busy') !== 'true' && !!el.shadowRoot?.childElementCount;
  await waitUntil(loaded, `${el.localName} still loading after ${timeout} ms`, { interval: 10, timeout });
  await el.updateComplete;
}

/** Waits until `check()` holds (polling each task), or fails naming `what`. */
export const until = (check: () => boolean, what: string, timeout = 6000): Promise<void> =>
  waitUntil(check, `after ${timeout} ms waiting for ${what}`, { interval: 10, timeout });

/**
 * Waits until a service finder that lists services has built its search index and shown it. The
 * finder builds it after its first page, in slices of a few ms, and renders again when it is done:
 * only a small feed on a quiet machine is done in the first slice. Until then a query lists every
 * service, and the extra render lands in whatever a test counts next. (One service's details, with
 * no list, need no index.)
 */
export async function searchReady(el: HTMLElement & { updateComplete: Promise<unknown> }): Promise<void> {
  // The finder's results controller says when its index is complete (the element's internals).
  const finder = el as unknown as { results?: { searchReady?: boolean } };
  const listing = () => !!el.shadowRoot?.querySelector('[part~="results"]');
  await until(() => !!finder.results?.searchReady || !listing(), `the search index of ${el.localName}`);
  await el.updateComplete;
}

/**
 * How far the last line of `el`'s text begins from the side its own direction starts on (px): 0 when
 * it is aligned to its start, as text in another direction than its widget must be.
 */
export function lastLineIndent(el: Element): number {
  const range = document.createRange();
  range.selectNodeContents(el);
  const lines = range.getClientRects();
  const line = lines[lines.length - 1]!;
  const box = el.getBoundingClientRect();
  const style = getComputedStyle(el);
  return style.direction === 'rtl'
    ? box.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight) - line.right
    : line.left - box.left - parseFloat(style.borderLeftWidth) - parseFloat(style.paddingLeft);
}

/** The text a person sees in `el`'s shadow root, whitespace collapsed. */
export function visibleText(el: Element): string {
  return (el.shadowRoot?.textContent ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The visitor's own zone, whatever the test machine's (only `visitorTimeZone()` asks Intl for it): a resident of
 * the feed's city sees no second "your time". Restore with the stub's `restore()` (or `sinon.restore()`).
 */
export function pretendVisitorZone(zone: string): sinon.SinonStub {
  const machineZone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  const original = Intl.DateTimeFormat.prototype.resolvedOptions;
  return sinon.stub(Intl.DateTimeFormat.prototype, 'resolvedOptions').callsFake(function (this: Intl.DateTimeFormat) {
    const options = original.call(this);
    return options.timeZone === machineZone ? { ...options, timeZone: zone } : options;
  });
}

const paintAll = new CSSStyleSheet();
paintAll.replaceSync('* { content-visibility: visible !important; }');

/**
 * Paints what a widget skips while it is off screen (`content-visibility: auto`, the event list's rows): axe measures
 * colour contrast from what is painted, and sees the page behind a skipped row (false failures in Firefox and
 * WebKit). Only rendering work changes, not what a person sees once the row is on screen.
 */
export function paintSkippedContent(...widgets: Element[]): void {
  for (const root of widgets.map((el) => el.shadowRoot).filter((r): r is ShadowRoot => !!r)) {
    if (!root.adoptedStyleSheets.includes(paintAll)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, paintAll];
  }
}
