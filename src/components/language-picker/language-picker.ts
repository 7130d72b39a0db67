import { html } from 'lit';
import { msg } from '@lit/localize';
import { CivicElement } from '../../base/civic-element.js';
import { defineElement } from '../../base/define.js';
import { chooseLocale } from '../../i18n/shared-locale.js';
import type { Feed } from '../../feed/types.js';

/** A language's name in that language (its endonym): العربية, Українська, Türkçe. */
export function endonym(tag: string): string {
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
    return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    return tag;
  }
}

/**
 * The feed's languages by their own names; choosing one switches every widget on the page.
 *
 * @summary Choose your language.
 * @fires civic-locale-change - On `document`, when a language is chosen; `detail.locale`.
 * @csspart select - The language list.
 */
export class CivicLanguagePicker extends CivicElement {
  protected override renderContent(feed: Feed): unknown {
    return html`
      <label for="language">${msg('Language')}</label>
      <select id="language" part="select" @change=${(e: Event) => chooseLocale((e.target as HTMLSelectElement).value)}>
        ${feed.locales.map((tag) => html`<option value=${tag} lang=${tag} ?selected=${tag === this.locale}>${endonym(tag)}</option>`)}
      </select>
    `;
  }
}

defineElement('civic-language-picker', CivicLanguagePicker);

declare global {
  interface HTMLElementTagNameMap {
    'civic-language-picker': CivicLanguagePicker;
  }
}
