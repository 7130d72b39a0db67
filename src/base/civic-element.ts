import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { inLanguage, msg } from '../i18n/messages.js';
import type { Feed, LocalizedText } from '../feed/types.js';
import type { FeedError } from '../feed/store.js';
import { baseLanguage, pickLocalizedText, type PickedText } from '../i18n/localized-text.js';
import { baseStyles } from './base-styles.js';
import { reservedStyles } from './reserved-styles.js';
import { FeedController } from './feed-controller.js';
import { LocaleController } from './locale-controller.js';
import { clampHeadingLevel, type HeadingLevel } from './heading-level.js';
// The document events' types, for apps (types only).
import './document-events.js';

/**
 * What every civic widget shares: finding and following the feed, the shared language,
 * and the loading, error and saved-copy states. A widget only renders its content.
 *
 * @attr src - URL of the feed. Without it the page's `<link rel="civic-feed">` or inline
 *   `<script type="application/json" data-civic-feed>` is used.
 * @attr lang - Pins the widget's language; without it the widget follows the page's shared language.
 * @attr heading-level - Level (2–6) of the widget's top headings, to fit the host page's outline.
 * @attr {'light' | 'dark' | 'high-contrast'} theme - `light`, `dark` or `high-contrast`. Without it the widget follows the visitor's
 *   `prefers-color-scheme` and `prefers-contrast`.
 * @fires civic-feed-warning - On `document`, once per problem per load: an invalid feed item or field
 *   was skipped or removed; `detail: { src, id, path, message }`. The valid rest is shown.
 * @csspart status - The loading, empty and error messages; also `loading`, `error`, `saved-copy` or `empty`.
 * @csspart loading - The message while the feed loads.
 * @csspart error - The message when the feed cannot be loaded or read.
 * @csspart saved-copy - The note that information saved earlier is shown.
 * @csspart button - Every button; each also has its own name (`retry`, `more`, …).
 * @csspart retry - The "Try again" button after an error.
 * @csspart heading - The widget's heading.
 * @cssprop --civic-font - Font family of the widgets (default: the page's font).
 * @cssprop --civic-line-height - Line height (default 1.5).
 * @cssprop --civic-color-text - Text (default: the page's text colour).
 * @cssprop --civic-color-surface - Background of the widget, its fields and cards (default: transparent).
 * @cssprop --civic-color-accent - Buttons, active filters, selected items.
 * @cssprop --civic-color-on-accent - Text on the accent colour (button labels).
 * @cssprop --civic-color-link - Links (default: the accent colour).
 * @cssprop --civic-color-muted - Secondary text: counts, hints, dates.
 * @cssprop --civic-color-border - Borders of fields, cards and outlined buttons.
 * @cssprop --civic-color-danger - Errors, "closed" and "cancelled" marks (always with words too).
 * @cssprop --civic-color-success - "Open now" and other good news marks (always with words too).
 * @cssprop --civic-focus-color - Keyboard focus ring.
 * @cssprop --civic-focus-width - Width of the focus ring (default 3px).
 * @cssprop --civic-radius - Corner radius of cards, fields and buttons.
 * @cssprop --civic-space - Base spacing unit (default 1rem).
 * @cssprop --civic-target-size - Minimum size of buttons and fields (default 44px; keep at least that).
 * @cssprop --civic-reserved-block-size - Height the widget keeps while its code and feed load, so the
 *   page does not move when they arrive (default: the service finder, the event list and a list of calls
 *   40rem, one call 20rem, the language picker 4.5rem, compact 2.75rem, list 8rem).
 */
export abstract class CivicElement extends LitElement {
  static override styles = [baseStyles, reservedStyles];

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  // A static table, not decorators, as in the widgets: decorators add Lit's decorator code to the embed.
  static override properties: PropertyDeclarations = {
    src: {},
    headingLevel: { attribute: 'heading-level', converter: (value) => clampHeadingLevel(value) },
  };

  src?: string;
  headingLevel: HeadingLevel = 2;

  protected readonly feedController = new FeedController(
    this,
    () => this.src,
    (feed) => this.#eachInOwnWords(this.prepareFirstRender(feed)),
  );
  protected readonly localeController = new LocaleController(this, () => this.feedController.feed);

  /**
   * Also waits, after a language switch (`chooseLocale()`, another copy, another tab), for this
   * widget's re-render in the new language: widgets re-render one per task (LocaleController).
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.localeController.settled();
    return super.getUpdateComplete();
  }

  /** The language this widget speaks now (a feed locale such as `uk`). */
  get locale(): string {
    return this.localeController.locale;
  }

  /** The language of the widget's own words (`msg()`): its language's translation, else English (see LocaleController). */
  get uiLocale(): string {
    return this.localeController.wordsLocale;
  }

  /**
   * Runs `make` with `msg()` speaking this widget's language. Renders do already; words made at
   * another time (an announcement after a click or a timer) are made through this.
   */
  protected inOwnWords<T>(make: () => T): T {
    return inLanguage(this.uiLocale, make);
  }

  /** Words for a live region, made now in the widget's language and remembered with it (`stillSaid`). */
  protected say(words: () => string): Said {
    return { text: this.inOwnWords(words), locale: this.locale };
  }

  /** What a live region still says: nothing once the widget speaks another language, rather than words in the old one. */
  protected stillSaid(said: Said | undefined): string {
    return said && said.locale === this.locale ? said.text : '';
  }

  /** Every update (willUpdate, render, updated) speaks the widget's language. */
  protected override performUpdate(): void {
    this.inOwnWords(() => super.performUpdate());
  }

  /** The render itself, in the language worked out by the controllers just before it (a feed's first arrival may set it). */
  protected override update(changed: PropertyValues<this>): void {
    this.inOwnWords(() => super.update(changed));
  }

  /** `lang` for an element holding the widget's own words when they are in another language (English buttons in a Tigrinya widget). */
  protected get ownWordsLang(): string | undefined {
    const ui = this.uiLocale;
    return baseLanguage(ui) === baseLanguage(this.locale) ? undefined : ui;
  }

  get feed(): Feed | undefined {
    return this.feedController.feed;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'lang') {
      this.localeController.langAttributeChanged(value);
      this.requestUpdate();
      return;
    }
    super.attributeChangedCallback(name, old, value);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) this.feedController.sourceChanged();
    const loading = (this.feedController.state.status === 'loading' && !this.feed) || this.feedController.preparing;
    if (loading) this.setAttribute('aria-busy', 'true');
    else this.removeAttribute('aria-busy');
  }

  /** The widget's own content, once a feed is there. */
  protected abstract renderContent(feed: Feed): unknown;

  /**
   * Runs in tasks of their own just before the first render of a newly arrived feed: work that render will
   * need and keeps (its views, in caches), so that each task stays short on a slow phone. Steps: each `yield`
   * ends a task.
   */
  protected *prepareFirstRender(_feed: Feed): Generator<void, void> {}

  /** Each of `steps` in the widget's language (`msg()` in a view's words). */
  *#eachInOwnWords(steps: Iterator<void, void>): Generator<void, void> {
    while (!this.inOwnWords(() => steps.next()).done) yield;
  }

  protected override render(): unknown {
    const { status, error, fromSavedCopy } = this.feedController.state;
    // Until its first render is prepared (FeedController), the widget says it is loading.
    const feed = this.feedController.preparing ? undefined : this.feed;
    if (!feed) {
      if (status === 'error' && error) return this.renderError(error);
      return this.renderLoading();
    }
    return html`${fromSavedCopy && error ? this.renderSavedCopyNotice() : nothing}${this.renderContent(feed)}`;
  }

  protected renderLoading(): TemplateResult {
    return html`<div class="status" part="status loading" role="status">${msg('Loading information…')}</div>`;
  }

  protected renderError(error: FeedError): TemplateResult {
    const canRetry = error.kind !== 'no-source';
    return html`<div class="status" part="status error" role="alert">
      <p>${describeFeedError(error)}</p>
      ${canRetry ? html`<button type="button" part="button retry" @click=${() => this.feedController.retry()}>${msg('Try again')}</button>` : nothing}
    </div>`;
  }

  protected renderSavedCopyNotice(): TemplateResult {
    return html`<p class="status" part="status saved-copy" role="status">
      ${msg('You are seeing information saved earlier. It may be out of date.')}
    </p>`;
  }

  /** Feed text for this widget's language, with the language it is really in. */
  protected pick(value: LocalizedText | undefined): PickedText | undefined {
    const feed = this.feed;
    return pickLocalizedText(value, this.locale, feed?.defaultLocale ?? this.locale);
  }
}

/** Words said in a live region, and the widget's language when they were said. */
export interface Said {
  text: string;
  locale: string;
}

/** A sentence for the visitor: what went wrong and what they can do. */
function describeFeedError(error: FeedError): string {
  switch (error.kind) {
    case 'no-source':
      return msg('This widget has no information source. The website needs to set one.');
    case 'network':
      return msg('The information could not be loaded. Check your internet connection and try again.');
    case 'timeout':
      return msg('Loading the information took too long. Check your internet connection and try again.');
    case 'http':
      return msg('The information is not available at the moment. Please try again later.');
    default:
      return msg('The information could not be read. Please try again later, or contact the city if this continues.');
  }
}
