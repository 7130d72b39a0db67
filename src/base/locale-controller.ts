import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Feed } from '../feed/types.js';
import { canonicalTag, matchLocale, startLocale } from '../i18n/locale-match.js';
import { textDirection } from '../i18n/direction.js';
import { adoptStartLocale, getSharedLocale, onSharedLocaleChange, savedLocale } from '../i18n/shared-locale.js';

/**
 * Works out the language a widget speaks and keeps `lang` and `dir` on the host.
 *
 * A `lang` attribute written by the page pins the widget's language; otherwise the widget
 * follows the page's shared language, matched to a locale the feed offers (`uk`, not `uk-UA`).
 */
export class LocaleController implements ReactiveController {
  /** The language the page pinned with `lang`, if any. */
  private pinned: string | undefined;
  /** The value this controller itself last wrote to `lang`, to tell it apart from the page's. */
  private applied: string | undefined;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly getFeed: () => Feed | undefined,
  ) {
    host.addController(this);
  }

  /** The widget's language: a feed locale when a feed is there, else the best we know. */
  get locale(): string {
    const feed = this.getFeed();
    const wanted = this.pinned ?? getSharedLocale();
    if (feed) {
      const offered = feed.locales.length > 0 ? feed.locales : [feed.defaultLocale];
      return matchLocale(wanted, offered) ?? canonicalTag(wanted) ?? feed.defaultLocale;
    }
    return canonicalTag(wanted) ?? canonicalTag(this.host.ownerDocument.documentElement.lang) ?? 'en';
  }

  get dir(): 'ltr' | 'rtl' {
    return textDirection(this.locale);
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
    const feed = this.getFeed();
    if (feed && !this.pinned && getSharedLocale() === undefined) {
      adoptStartLocale(startLocale({
        saved: savedLocale(),
        browser: navigator.languages,
        documentLang: this.host.ownerDocument.documentElement.lang,
        defaultLocale: feed.defaultLocale,
        locales: feed.locales,
      }));
    }
    const locale = this.locale;
    if (this.host.getAttribute('lang') !== locale) {
      this.applied = locale;
      this.host.setAttribute('lang', locale);
    }
    this.host.setAttribute('dir', this.dir);
  }

  private readPinnedLang(): void {
    const value = this.host.getAttribute('lang');
    if (value !== null && value !== this.applied) this.pinned = canonicalTag(value);
  }
}
