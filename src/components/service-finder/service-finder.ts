import { html, css } from 'lit';
import { state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { CivicElement } from '../../base/civic-element.js';
import { defineElement } from '../../base/define.js';
import { renderHeading } from '../../base/heading.js';
import type { Feed } from '../../feed/types.js';

/**
 * Search box and list of the feed's services.
 *
 * @summary Find a local service in your own language.
 * @csspart search - The search field's wrapper.
 * @csspart results - The list of services.
 */
export class CivicServiceFinder extends CivicElement {
  static override styles = [
    ...CivicElement.styles,
    css`
      input[type='search'] {
        inline-size: 100%;
        min-block-size: var(--_target);
        padding-inline: 0.75em;
        border: 2px solid var(--_border);
        border-radius: var(--_radius);
      }
      ul {
        padding: 0;
        list-style: none;
      }
    `,
  ];

  @state() private query = '';

  protected override renderContent(feed: Feed): unknown {
    const q = this.query.trim().toLowerCase();
    const services = feed.services.filter((s) => !q || (this.pick(s.name)?.text ?? '').toLowerCase().includes(q));
    return html`
      ${renderHeading(this.headingLevel, msg('Find a service'))}
      <div part="search">
        <label for="q">${msg('Search for a service')}</label>
        <input id="q" type="search" .value=${this.query} @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)} />
      </div>
      <p role="status">${msg(str`${services.length} services found`)}</p>
      <ul part="results">
        ${services.map((s) => html`<li>${this.text(s.name)}</li>`)}
      </ul>
    `;
  }
}

defineElement('civic-service-finder', CivicServiceFinder);

declare global {
  interface HTMLElementTagNameMap {
    'civic-service-finder': CivicServiceFinder;
  }
}
