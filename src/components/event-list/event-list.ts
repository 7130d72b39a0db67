import { html } from 'lit';
import { msg } from '@lit/localize';
import { CivicElement } from '../../base/civic-element.js';
import { defineElement } from '../../base/define.js';
import { renderHeading } from '../../base/heading.js';
import type { Feed } from '../../feed/types.js';

/**
 * Upcoming events from the feed, soonest first.
 *
 * @summary What is on, when and where.
 * @csspart list - The list of events.
 */
export class CivicEventList extends CivicElement {
  protected override renderContent(feed: Feed): unknown {
    const events = [...feed.events].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
    return html`
      ${renderHeading(this.headingLevel, msg('Events'))}
      ${events.length === 0
        ? html`<p class="status" part="status empty">${msg('There are no upcoming events.')}</p>`
        : html`<ul part="list">${events.map((e) => html`<li>${this.text(e.title)}</li>`)}</ul>`}
    `;
  }
}

defineElement('civic-event-list', CivicEventList);

declare global {
  interface HTMLElementTagNameMap {
    'civic-event-list': CivicEventList;
  }
}
