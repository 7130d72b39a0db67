import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '../../i18n/messages.js';
import { CivicElement } from '../../base/civic-element.js';
import { defineElement } from '../../base/define.js';
import { chooseLocale, getSharedLocale } from '../../i18n/shared-locale.js';
import { matchLocale } from '../../i18n/locale-match.js';
import { textDirection } from '../../i18n/direction.js';
import { baseLanguage } from '../../i18n/localized-text.js';
import type { Feed } from '../../feed/types.js';
import { languageOptions, parseLocaleList, type LanguageOption } from './language-names.js';
import { languagePickerStyles } from './language-picker.styles.js';

export { endonym, languageName, languageOptions, parseLocaleList } from './language-names.js';

export type LanguagePickerVariant = 'select' | 'list' | 'compact';

/**
 * The feed's languages by their own names; choosing one switches every widget on the page
 * (also widgets of another copy of the library, and other tabs) and is remembered.
 *
 * Why these patterns (WAI-ARIA Authoring Practices):
 * - `select` (default): a native `<select>` with a visible `<label>`. It is what cheap phones,
 *   old browsers and every screen reader handle best: the platform's own list opens, each
 *   option is announced with its own `lang`, and nothing here can break keyboard operation.
 *   Changing it switches the language at once without moving focus, so the visitor stays on it.
 * - `list`: every language visible as a button (APG "Button" with `aria-pressed`), for pages
 *   whose visitors may not recognise the word "Language" in the page's language and need to see
 *   their own language's name. Buttons, not radio buttons: arrowing through radios would switch
 *   the whole page on every key press.
 * - `compact`: the APG "Disclosure" pattern: a small button (`aria-expanded`) showing the current
 *   language's code that shows and hides the same list of buttons; Escape closes it and returns
 *   focus to the button. The list opens over the page and never moves the host page's layout: a
 *   popover (the browser's top layer, placed under the button, kept on screen) where the Popover API
 *   is there, else a list positioned under the button. Arrow keys, Home and End move between the
 *   languages; Tab, a click outside or choosing closes it.
 * No flags: a flag is a country, not a language.
 *
 * @summary Choose your language.
 * @attr variant - `select` (default), `list` (all languages as buttons) or `compact` (a small button that opens the list).
 * @attr locales - Space-separated language tags to offer without a feed (`locales="de en ar"`); overrides the feed's `locales`.
 * @attr sync-document - Also set `lang` and `dir` on the page's `<html>` when the language changes.
 * @fires civic-locale-change - On `document`, when a language is chosen; `detail: { locale, reason }`.
 * @csspart select - The native language list (`select` variant).
 * @csspart list - The list of language buttons (`list` and `compact` variants).
 * @csspart option - Each language button.
 * @csspart toggle - The button that opens the list (`compact` variant).
 */
export class CivicLanguagePicker extends CivicElement {
  static override styles = [...CivicElement.styles, languagePickerStyles];
  /**
   * Attributes, and internal state (`state: true`), that re-render. A table rather than decorators: no
   * decorator code in the embed. `attribute: false` on state only keeps the manifest analyzer from listing it.
   */
  static override properties: PropertyDeclarations = {
    variant: { reflect: true },
    locales: {},
    syncDocument: { type: Boolean, attribute: 'sync-document' },
    open: { state: true, attribute: false },
  };

  variant: LanguagePickerVariant = 'select';

  locales?: string;

  syncDocument = false;

  private open = false;

  /** The language shown as chosen at the last render. */
  private current: string | undefined;

  /** Languages named by the `locales` attribute, if any. */
  private get ownLocales(): string[] {
    return parseLocaleList(this.locales);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const own = this.ownLocales;
    this.localeController.offerLocales(own.length > 0 ? own : undefined);
    // With its own list the picker never waits for a feed.
    if (own.length > 0) this.removeAttribute('aria-busy');
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // `open` is private state: not among the keys PropertyValues<this> types.
    if ((changed as Map<PropertyKey, unknown>).has('open')) {
      if (this.open) this.showList();
      else this.hideList();
    }
    // Once a visitor has used the list, `selected` attributes no longer move the selection.
    const select = this.shadowRoot?.querySelector('select');
    if (select && this.current && select.value !== this.current) select.value = this.current;
    // The page's language, not the picker's own (which a `lang` attribute may pin).
    const page = this.current ?? this.locale;
    if (this.syncDocument) syncDocumentLanguage(this.ownerDocument.documentElement, page, textDirection(page));
  }

  /** Without a feed but with `locales`, there is nothing to load and no "no source" error. */
  protected override render(): unknown {
    const own = this.ownLocales;
    return own.length > 0 ? this.renderPicker(own) : super.render();
  }

  protected override renderContent(feed: Feed): unknown {
    return this.renderPicker(this.localeController.locales ?? [feed.defaultLocale]);
  }

  private renderPicker(tags: readonly string[]): unknown {
    const options = languageOptions(tags, this.locale);
    // The chosen language is the page's, even when the picker's own `lang` is pinned (then only
    // the names are given in the pinned language).
    const current = (this.current = matchLocale(getSharedLocale(), tags) ?? this.locale);
    if (this.variant === 'list') {
      return html`<div role="group" aria-labelledby="label">
        <span class="label" id="label" lang=${ifDefined(this.ownWordsLang)}>${msg('Language')}</span>
        ${this.renderList(options, current)}
      </div>`;
    }
    if (this.variant === 'compact') return this.renderCompact(options, current);
    return html`
      <label for="language" lang=${ifDefined(this.ownWordsLang)}>${msg('Language')}</label>
      <select id="language" part="select" @change=${(e: Event) => this.choose((e.target as HTMLSelectElement).value)}>
        ${options.map((o) => html`<option value=${o.tag} lang=${o.endonymLang} dir=${o.dir} ?selected=${o.tag === current}>${o.endonym}${o.name ? ` (${o.name})` : ''}</option>`)}
      </select>
    `;
  }

  private renderList(options: LanguageOption[], current: string): unknown {
    return html`<ul part="list" id="languages">
      ${options.map(
        (o) => html`<li>
        <button type="button" part="option" lang=${o.endonymLang} dir=${o.dir} aria-pressed=${o.tag === current ? 'true' : 'false'} @click=${() => this.choose(o.tag)}>
          ${o.endonym} ${o.tag === current ? checkMark : nothing} ${o.name ? html`<span class="name" lang=${o.nameLang ?? this.locale} dir=${textDirection(o.nameLang ?? this.locale)}>${o.name}</span>` : nothing}
        </button>
      </li>`,
      )}
    </ul>`;
  }

  private renderCompact(options: LanguageOption[], current: string): unknown {
    const chosen = options.find((o) => o.tag === current);
    return html`<div class="compact" @keydown=${this.onCompactKeydown} @focusout=${this.onCompactFocusout}>
      <button type="button" class="toggle" part="toggle" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="languages" @click=${() => (this.open = !this.open)}>
        ${globeIcon}<span class="visually-hidden"><span lang=${ifDefined(this.ownWordsLang)}>${msg('Language')}:</span> <span lang=${chosen?.endonymLang ?? current}>${chosen?.endonym ?? current}</span></span>
        <span>${baseLanguage(current).toUpperCase()}</span>
      </button>
      ${this.open ? this.renderList(options, current) : nothing}
    </div>`;
  }

  /** The open list over the page: a popover where the browser has them (else CSS places it under the button). */
  private showList(): void {
    const list = this.shadowRoot?.querySelector<HTMLElement>('#languages');
    if (!list) return;
    if (typeof list.showPopover === 'function') {
      list.setAttribute('popover', 'manual');
      if (!list.matches(':popover-open')) list.showPopover();
      this.placeList();
    }
    this.ownerDocument.addEventListener('pointerdown', this.onOutside, true);
    addEventListener('scroll', this.placeList, { capture: true, passive: true });
    addEventListener('resize', this.placeList, { passive: true });
  }

  private hideList(): void {
    this.ownerDocument.removeEventListener('pointerdown', this.onOutside, true);
    removeEventListener('scroll', this.placeList, { capture: true });
    removeEventListener('resize', this.placeList);
  }

  /** Under the button, its end edge at the button's end (right in LTR, left in RTL), inside the viewport. */
  private placeList = (): void => {
    const list = this.shadowRoot?.querySelector<HTMLElement>('#languages:popover-open');
    const toggle = this.toggleButton();
    if (!list || !toggle) return;
    const button = toggle.getBoundingClientRect();
    const width = list.offsetWidth;
    const start = this.getAttribute('dir') === 'rtl' ? button.left : button.right - width;
    const room = document.documentElement.clientWidth - width - 8;
    list.style.left = `${Math.max(8, Math.min(start, room))}px`;
    list.style.top = `${button.bottom + 4}px`;
  };

  /** A press outside the picker closes the list (focus may not move: the page's text takes none). */
  private onOutside = (event: Event): void => {
    if (!event.composedPath().includes(this)) this.open = false;
  };

  private choose(tag: string): void {
    if (this.open) {
      this.open = false;
      void this.updateComplete.then(() => this.toggleButton()?.focus());
    }
    chooseLocale(tag);
  }

  private toggleButton(): HTMLButtonElement | null | undefined {
    return this.shadowRoot?.querySelector<HTMLButtonElement>('.toggle');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.hideList();
  }

  /** Escape closes the list and returns focus to its button; arrows, Home and End move between the languages (opening the list from the button). */
  private onCompactKeydown = (event: KeyboardEvent): void => {
    const { key } = event;
    if (key === 'Escape') {
      if (!this.open) return;
      event.preventDefault();
      this.open = false;
      this.toggleButton()?.focus();
      return;
    }
    if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(key)) return;
    event.preventDefault();
    const move = (): void => {
      const items = [...(this.shadowRoot?.querySelectorAll<HTMLButtonElement>('#languages button') ?? [])];
      const at = items.indexOf(this.shadowRoot!.activeElement as HTMLButtonElement);
      const pressed = items.findIndex((b) => b.getAttribute('aria-pressed') === 'true');
      const next =
        key === 'Home'
          ? 0
          : key === 'End'
            ? items.length - 1
            : at < 0
              ? Math.max(pressed, 0)
              : (at + (key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
      items[next]?.focus();
    };
    if (this.open) move();
    else {
      this.open = true;
      void this.updateComplete.then(move);
    }
  };

  /** Closes the open list when focus leaves the picker (Tab past the last language). */
  private onCompactFocusout = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (this.open && next && !this.shadowRoot?.contains(next)) this.open = false;
  };
}

/**
 * "Chosen" is shown by more than colour; screen readers hear aria-pressed instead. Spaces around
 * it are in the list's template: the build's minifier trims them at the edges of a template.
 */
const checkMark = html`<span aria-hidden="true">✓</span>`;

/**
 * A globe, not a flag: a flag is a country, not a language. Hidden from screen readers. One path
 * (the outline drawn as two arcs): the build's template minifier drops the `/` of self-closing SVG
 * tags, which would nest a second shape inside the first and hide it.
 */
const globeIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2"><path d="M3 12a9 9 0 0 0 18 0A9 9 0 0 0 3 12h18M12 3c3 3.5 3 14.5 0 18M12 3c-3 3.5-3 14.5 0 18"/></svg>`;

/** Puts the page's `<html lang dir>` in step (only when the page asked with `sync-document`). */
export function syncDocumentLanguage(root: HTMLElement, locale: string, dir: 'ltr' | 'rtl'): void {
  if (root.lang !== locale) root.lang = locale;
  if (root.dir !== dir) root.dir = dir;
}

defineElement('civic-language-picker', CivicLanguagePicker);

declare global {
  interface HTMLElementTagNameMap {
    'civic-language-picker': CivicLanguagePicker;
  }
}
