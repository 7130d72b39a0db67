import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { CivicElement } from '../../base/civic-element.js';
import { defineElement } from '../../base/define.js';
import { renderHeading } from '../../base/heading.js';
import type { Feed } from '../../feed/types.js';

/**
 * A card for one call for project partners, or one for each open call.
 *
 * @summary Calls for project partners.
 * @attr call-id - Show only the call with this id.
 * @csspart card - One call's card.
 */
export class CivicPartnerCall extends CivicElement {
  @property({ attribute: 'call-id' }) callId?: string;

  protected override renderContent(feed: Feed): unknown {
    const calls = this.callId ? feed.calls.filter((c) => c.id === this.callId) : feed.calls;
    if (calls.length === 0) return html`<p class="status" part="status empty">${msg('There are no open calls for partners.')}</p>`;
    return calls.map((c) => html`<article part="card">${renderHeading(this.headingLevel, this.text(c.title))}</article>`);
  }
}

defineElement('civic-partner-call', CivicPartnerCall);

declare global {
  interface HTMLElementTagNameMap {
    'civic-partner-call': CivicPartnerCall;
  }
}
