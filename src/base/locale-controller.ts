import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Feed } from '../feed/types.js';
import { canonicalTag, matchLocale, startLocale } from '../i18n/locale-match.js';
import { textDirection } from '../i18n/direction.js';
import { LOCALE_STATUS_EVENT } from '@lit/localize';
import { adoptStartLocale, getSharedLocale, onSharedLocaleChange, onSharedLocaleReset, savedLocale } from '../i18n/shared-locale.js';
// Loaded by every widget through this controller: keeps the widgets' own words (msg()) in step.
import { followUiLocale, provisionalLocale } from '../i18n/ui-locale.js';

/** The languages a widget can speak and the one to fall back on. */
interface Offer {
  locales: readonly string[];
  defaultLocale: string;
}

/*
 * A language switch, page-wide, in this copy of the library. Re-rendering every widget at once
 * took one task of 50–100 ms with 1,000 services (DESIGN.md: no task over 50 ms), and twice:
 * once for the feed's text, again when the UI translation had loaded. So a switch waits for the
 * translation (at most `translationWaitMs`), then re-renders the widgets one per task, each in one
 * go: its feed text, its own words, `lang` and `dir` change together, never half (what a screen
 * reader reads stays right) — unless the translation is slower than the wait.
 * Until its turn a widget keeps showing the previous language, consistently. Its `updateComplete`
 * waits for its turn (CivicElement), so `chooseLocale(x); await el.updateComplete` is exact.
 */

/** This copy's connected widgets, in the order they were connected. */
const widgets = new Set<LocaleController>();
/** Widgets still to re-render, one per task. */
const queue = new Set<LocaleController>();
/** The shared language this copy's widgets show; `undefined`: whatever the page's is. */
let shown: string | undefined;
/** Switches announced and applied; while they differ, widgets keep `shown`. */
let switches = 0;
let applied = 0;

let pumping = false;
const nextTask = new MessageChannel();
nextTask.port1.onmessage = () => {
  const [next] = queue;
  pumping = !!next && switches === applied;
  if (!pumping) return;
  queue.delete(next!);
  if (next!.owed) next!.host.requestUpdate();
  nextTask.port2.postMessage(0);
};

/** Every widget re-renders, one per task (the widgets' own words changed, or the language). */
function renderAll(): void {
  queue.clear(); // in the order they were connected, also when a round was under way
  widgets.forEach((w) => (w.owe(), queue.add(w)));
  if (!pumping) nextTask.port2.postMessage((pumping = true));
}

/** Knobs of the language switch (tests use a shorter wait). */
export const languageSwitchOptions = {
  /**
   * How long a switch waits for the UI translation (ms). On a slow connection the widgets then
   * show the feed's text in the chosen language anyway, and their own words follow when the
   * translation has loaded: a visitor who picks a language never sees nothing happen.
   */
  translationWaitMs: 3_000,
};

onSharedLocaleChange((locale) => {
  const at = ++switches;
  widgets.forEach((w) => w.owe());
  const show = (): void => {
    clearTimeout(timer);
    if (at !== switches || applied === at) return; // a later switch took over, or shown already
    shown = locale;
    applied = at;
    renderAll();
  };
  const timer = setTimeout(show, languageSwitchOptions.translationWaitMs);
  // Resolves also when the translation cannot be loaded: the widgets switch, their words stay.
  // When it loads after the wait, LOCALE_STATUS_EVENT (below) re-renders them with their words.
  void followUiLocale(locale).then(show);
});
// The widgets' own words changed without a switch: the first translation arrived, or a reset.
window.addEventListener(LOCALE_STATUS_EVENT, (event) => {
  if ((event as CustomEvent<{ status: string }>).detail.status === 'ready') renderAll();
});
onSharedLocaleReset(() => {
  shown = undefined;
  applied = ++switches;
});

/**
 * Works out the language a widget speaks and keeps `lang` and `dir` on the host.
 *
 * A `lang` attribute written by the page pins the widget's language; otherwise the widget
 * follows the page's shared language, matched to a locale the feed offers (`uk`, not `uk-UA`).
 * A malformed or empty `lang` (`xx-INVALID-!!`, `""`) pins nothing: the widget follows the page.
 */
export class LocaleController implements ReactiveController {
  /** The language the page pinned with `lang`, if any. */
  private pinned: string | undefined;
  /** The value this controller itself last wrote to `lang`, to tell it apart from the page's. */
  private applied: string | undefined;
  /** Languages offered without a feed (a language picker with `locales="de en ar"`). */
  private offered: Offer | undefined;
  /** Resolves when the widget has re-rendered in the page's language; set while that is owed. */
  owed: Promise<void> | undefined;
  private pay: (() => void) | undefined;

  constructor(
    readonly host: ReactiveControllerHost & HTMLElement,
    private readonly getFeed: () => Feed | undefined,
  ) {
    host.addController(this);
  }

  /** The widget's language: a feed locale when a feed is there, else the best we know. */
  get locale(): string {
    const offer = this.offer();
    const wanted = this.pinned ?? shown ?? getSharedLocale();
    if (offer) {
      return matchLocale(wanted, offer.locales) ?? canonicalTag(wanted) ?? this.startFor(offer);
    }
    return canonicalTag(wanted) ?? provisionalLocale(this.documentLang());
  }

  get dir(): 'ltr' | 'rtl' {
    return textDirection(this.locale);
  }

  /**
   * Languages to offer when there is no feed (or instead of the feed's); the first one is the
   * fallback. `undefined` goes back to the feed's.
   */
  offerLocales(locales: readonly string[] | undefined): void {
    this.offered = locales && locales.length > 0 ? { locales, defaultLocale: locales[0]! } : undefined;
  }

  hostConnected(): void {
    this.readPinnedLang();
    widgets.add(this);
    if (switches !== applied) this.owe();
  }

  hostDisconnected(): void {
    widgets.delete(this);
    queue.delete(this);
    this.paid();
  }

  /** A re-render in the page's language is owed (see the top of this module). */
  owe(): void {
    this.owed ??= new Promise((resolve) => (this.pay = resolve));
  }

  /** Waits until no language re-render is owed (a switch may follow a switch). */
  async settled(): Promise<void> {
    while (this.owed) await this.owed;
  }

  hostUpdated(): void {
    if (switches === applied) this.paid();
  }

  private paid(): void {
    this.pay?.();
    this.owed = this.pay = undefined;
  }

  /** Called by the host when its `lang` attribute changes. */
  langAttributeChanged(value: string | null): void {
    if (value === this.applied) return;
    this.pinned = canonicalTag(value) ?? undefined;
  }

  hostUpdate(): void {
    const offer = this.offer();
    if (offer && !this.pinned && getSharedLocale() === undefined) adoptStartLocale(this.startFor(offer));
    const locale = this.locale;
    if (this.host.getAttribute('lang') !== locale) {
      this.applied = locale;
      this.host.setAttribute('lang', locale);
    }
    // Only when it changes: setting dir, even to the same value, restyles the whole shadow tree.
    const dir = this.dir;
    if (this.host.getAttribute('dir') !== dir) this.host.setAttribute('dir', dir);
  }

  private offer(): Offer | undefined {
    const feed = this.getFeed();
    if (this.offered) return this.offered;
    if (!feed) return undefined;
    return { locales: feed.locales.length > 0 ? feed.locales : [feed.defaultLocale], defaultLocale: feed.defaultLocale };
  }

  /** DESIGN.md's start order among what is offered. */
  private startFor({ locales, defaultLocale }: Offer): string {
    return startLocale({ saved: savedLocale(), browser: navigator.languages, documentLang: this.documentLang(), defaultLocale, locales });
  }

  private documentLang(): string {
    return this.host.ownerDocument.documentElement.lang;
  }

  private readPinnedLang(): void {
    const value = this.host.getAttribute('lang');
    if (value !== null && value !== this.applied) this.pinned = canonicalTag(value);
  }
}
