import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Feed } from '../feed/types.js';
import { canonicalTag, isPseudoLocale, matchLocale, startLocale, uniqueLocales } from '../i18n/locale-match.js';
import { textDirection } from '../i18n/direction.js';
import { adoptStartLocale, getSharedLocale, onSharedLocaleChange, onSharedLocaleReset, savedLocale } from '../i18n/shared-locale.js';
import { hasUiLocale, loadUiLocale, provisionalLocale, uiLocaleFor } from '../i18n/ui-locale.js';
import { OnePerTaskQueue } from '../scheduling/task-slicing.js';

/** The languages a widget can speak and the one to fall back on. */
interface Offer {
  locales: readonly string[];
  defaultLocale: string;
}

/*
 * A language switch, page-wide, in this copy of the library. Re-rendering every widget at once
 * took one task of 50–100 ms with 1,000 services (no task may take over 50 ms), and twice:
 * once for the feed's text, again when the UI translation had loaded. So a switch waits for the
 * translation (at most `translationWaitMs`), then re-renders the widgets one per task, each in one
 * go: its feed text, its own words, `lang` and `dir` change together, never half (what a screen
 * reader reads stays right) — unless the translation is slower than the wait.
 * Until its turn a widget keeps showing the previous language, consistently. Its `updateComplete`
 * waits for its turn (CivicElement), so `chooseLocale(x); await el.updateComplete` is exact.
 *
 * Each widget speaks its own language (a pinned `lang`, or the page's): a widget whose words have
 * not loaded yet (its first render, a pinned language no other widget speaks) renders with English
 * words, and again, in its turn, when they have; its `updateComplete` waits for that too (at most
 * `translationWaitMs`).
 */

/** This copy's connected widgets, in the order they were connected. */
const widgets = new Set<LocaleController>();
/** The shared language this copy's widgets show; `undefined`: whatever the page's is. */
let shown: string | undefined;
/** Switches announced and applied; while they differ, widgets keep `shown`. */
let switches = 0;
let applied = 0;

/** Widgets still to re-render, one per task; paused while a switch waits for its translation. */
const queue = new OnePerTaskQueue<LocaleController>(
  (w) => {
    if (w.rerenderDue) w.host.requestUpdate();
  },
  () => switches === applied,
);

/** Re-renders the widgets one per task, in the order they were connected (`which`: only those). */
function renderAll(which?: (w: LocaleController) => boolean): void {
  if (!which) queue.clear(); // in the order they were connected, also when a round was under way
  widgets.forEach((w) => (!which || which(w)) && (w.expectRerender(), queue.add(w)));
  queue.start();
}

/**
 * The words of a UI language, loaded once; when they arrive, the widgets that showed English in
 * their place re-render. Widgets that cannot have them (the file could not be loaded) stop waiting.
 */
function wordsFor(ui: string): Promise<boolean> {
  const load = loadUiLocale(ui);
  void load.then((ok) => {
    if (ok) renderAll((w) => w.missing === ui);
    else widgets.forEach((w) => w.missing === ui && w.stopWaiting());
  });
  return load;
}

let listening = false;

/** Follows the page's language from the first widget on (not on import: on a server there is no `document`). */
function followThePage(): void {
  if (listening) return;
  listening = true;
  onSharedLocaleChange((locale) => {
    const at = ++switches;
    widgets.forEach((w) => w.expectRerender());
    const show = (): void => {
      clearTimeout(timer);
      if (at !== switches || applied === at) return; // a later switch took over, or shown already
      shown = locale;
      applied = at;
      renderAll();
    };
    const timer = setTimeout(show, languageSwitchOptions.translationWaitMs);
    // Resolves also when the translation cannot be loaded: the widgets switch, their words stay.
    // When it loads after the wait, wordsFor() re-renders them with their words.
    void wordsFor(uiLocaleFor(locale)).then(show);
  });
}
onSharedLocaleReset(() => {
  shown = undefined;
  applied = ++switches;
});

/** Knobs of the language switch (tests use a shorter wait). */
export const languageSwitchOptions = {
  /**
   * How long a switch waits for the UI translation (ms). On a slow connection the widgets then
   * show the feed's text in the chosen language anyway, and their own words follow when the
   * translation has loaded: a visitor who picks a language never sees nothing happen.
   */
  translationWaitMs: 3_000,
};

const offers = new WeakMap<Feed, Offer>();

/** What a feed offers: its `locales`, each language once (`["en", "EN", "en-US"]` is English), else its default. */
function offerOf(feed: Feed): Offer {
  let offer = offers.get(feed);
  if (!offer) {
    const locales = uniqueLocales(feed.locales);
    offers.set(feed, (offer = { locales: locales.length > 0 ? locales : [feed.defaultLocale], defaultLocale: feed.defaultLocale }));
  }
  return offer;
}

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
  /** Resolves when the widget has re-rendered in the page's language; set while that re-render is due. */
  rerenderDue: Promise<void> | undefined;
  private resolveRerender: (() => void) | undefined;
  /** The UI language whose words were not here at the last render (it showed others instead). */
  missing: string | undefined;
  /** The language of the words at the last render. */
  private lastWords: string | undefined;
  private waitTimer: ReturnType<typeof setTimeout> | undefined;

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
    if (isPseudoLocale(wanted)) return canonicalTag(wanted)!;
    if (offer) {
      return matchLocale(wanted, offer.locales) ?? canonicalTag(wanted) ?? this.startFor(offer);
    }
    return canonicalTag(wanted) ?? provisionalLocale(this.documentLang());
  }

  get dir(): 'ltr' | 'rtl' {
    return textDirection(this.locale);
  }

  /** The UI language serving the widget's language: its translation, else English. */
  get uiLocale(): string {
    return uiLocaleFor(this.locale);
  }

  /**
   * The language the widget's own words are rendered in: its UI language once loaded; until then
   * the words it showed before (a switch on a slow connection: the feed's text first, its words
   * when they arrive), English at first.
   */
  get wordsLocale(): string {
    const ui = this.uiLocale;
    return hasUiLocale(ui) ? ui : (this.lastWords ?? ui);
  }

  /** The languages the widget can speak now: the feed's (each once) or those offered instead; none before the feed. */
  get locales(): readonly string[] | undefined {
    return this.offer()?.locales;
  }

  /**
   * Languages to offer when there is no feed (or instead of the feed's); the first one is the
   * fallback. `undefined` goes back to the feed's.
   */
  offerLocales(locales: readonly string[] | undefined): void {
    this.offered = locales && locales.length > 0 ? { locales, defaultLocale: locales[0]! } : undefined;
  }

  hostConnected(): void {
    followThePage();
    this.readPinnedLang();
    widgets.add(this);
    if (switches !== applied) this.expectRerender();
  }

  hostDisconnected(): void {
    widgets.delete(this);
    queue.delete(this);
    this.rerendered();
  }

  /** A re-render in the page's language is due (see the top of this module). */
  expectRerender(): void {
    this.rerenderDue ??= new Promise((resolve) => (this.resolveRerender = resolve));
  }

  /** Waits until no language re-render is due (a switch may follow a switch). */
  async settled(): Promise<void> {
    while (this.rerenderDue) await this.rerenderDue;
  }

  hostUpdated(): void {
    this.lastWords = this.wordsLocale;
    if (switches === applied && !this.missing) this.rerendered();
  }

  /** The widget's words could not be had (or took longer than the wait): it need not be waited for. */
  stopWaiting(): void {
    if (switches === applied) this.rerendered();
  }

  /** The due re-render happened (or need not be waited for): whoever waits for it goes on. */
  private rerendered(): void {
    clearTimeout(this.waitTimer);
    this.resolveRerender?.();
    this.rerenderDue = this.resolveRerender = this.waitTimer = undefined;
  }

  /** Called by the host when its `lang` attribute changes. */
  langAttributeChanged(value: string | null): void {
    if (value === this.applied) return;
    this.pinned = canonicalTag(value) ?? undefined;
  }

  hostUpdate(): void {
    const offer = this.offer();
    // Only a widget in the page decides the page's start language: one taken out of it may still render once
    // (a stage that was due), with a feed that offers other languages than the page's widgets' feeds.
    if (offer && !this.pinned && this.host.isConnected && getSharedLocale() === undefined) adoptStartLocale(this.startFor(offer));
    const locale = this.locale;
    if (this.host.getAttribute('lang') !== locale) {
      this.applied = locale;
      this.host.setAttribute('lang', locale);
    }
    // Only when it changes: setting dir, even to the same value, restyles the whole shadow tree.
    const dir = this.dir;
    if (this.host.getAttribute('dir') !== dir) this.host.setAttribute('dir', dir);
    this.askForWords(uiLocaleFor(locale));
  }

  /** Renders without its words now, loads them, and expects the re-render with them (waited for at most `translationWaitMs`). */
  private askForWords(ui: string): void {
    if (hasUiLocale(ui)) {
      this.missing = undefined;
      return;
    }
    this.missing = ui;
    this.expectRerender();
    this.waitTimer ??= setTimeout(() => {
      this.waitTimer = undefined;
      this.stopWaiting();
    }, languageSwitchOptions.translationWaitMs);
    void wordsFor(ui);
  }

  private offer(): Offer | undefined {
    const feed = this.getFeed();
    if (this.offered) return this.offered;
    if (!feed) return undefined;
    return offerOf(feed);
  }

  /** The start order (saved choice, browser languages, `<html lang>`, default: `startLocale`) among what is offered. */
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
