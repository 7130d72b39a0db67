import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Feed } from '../feed/types.js';
import { canonicalTag, matchLocale, startLocale } from '../i18n/locale-match.js';
import { textDirection } from '../i18n/direction.js';
import { adoptStartLocale, getSharedLocale, onSharedLocaleChange, savedLocale } from '../i18n/shared-locale.js';
// Loaded by every widget through this controller: keeps the widgets' own words (msg()) in step.
import { provisionalLocale } from '../i18n/ui-locale.js';

/** The languages a widget can speak and the one to fall back on. */
interface Offer {
  locales: readonly string[];
  defaultLocale: string;
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
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly getFeed: () => Feed | undefined,
  ) {
    host.addController(this);
  }

  /** The widget's language: a feed locale when a feed is there, else the best we know. */
  get locale(): string {
    const offer = this.offer();
    const wanted = this.pinned ?? getSharedLocale();
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
    this.unsubscribe = onSharedLocaleChange(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
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
