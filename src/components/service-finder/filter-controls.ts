/**
 * The finder's filter controls, each option with the number of results it would give: category,
 * publisher (a network's feed), "speaks my language", free, open now, near me or a postal code; and
 * the active filters as chips that one click removes.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '../../i18n/messages.js';
import { foreignLang } from '../../base/feed-text.js';
import { renderPublisherSelect } from '../../base/publisher-parts.js';
import { publisherName } from '../../feed/publishers.js';
import { textDirection } from '../../i18n/direction.js';
import type { FinderContext } from './finder-context.js';
import type { FilterResult } from './service-filters.js';

import type { GeoState } from './near-me.js';

/** "Near me": where the visitor is, and what they can do about it. */
export interface NearMe {
  geo: GeoState;
  /** The postal code or district typed instead. */
  area: string;
  locate(): void;
  stop(): void;
}

const value = (e: Event): string => (e.target as HTMLInputElement | HTMLSelectElement).value;

export function renderFilters(ctx: FinderContext, view: FilterResult, lockCategory: boolean, near: NearMe): TemplateResult {
  const { filters: f, facets } = ctx;
  const c = view.counts;
  const toggle = (facet: 'lang' | 'free' | 'open'): TemplateResult => html`<label part="filter" class="toggle">
    <input type="checkbox" .checked=${f[facet]} @change=${(e: Event) => ctx.setFilter(facet, (e.target as HTMLInputElement).checked)} />
    ${ctx.filterLabel(facet)} ${c[facet] < 0 ? '' : `(${ctx.number(c[facet])})`}
  </label>`;
  return html`<div class="filters" part="filters" role="group" aria-label=${msg('Filters')}>
    ${
      lockCategory
        ? nothing
        : html`<div class="category">
          <label for="cat">${msg('Category')}</label>
          <select id="cat" @change=${(e: Event) => ctx.setFilter('category', value(e))}>
            <option value="" .selected=${!f.category}>${msg('All categories')} (${ctx.number(c.all)})</option>
            ${ctx.feed.categories.map((cat, k) => {
              const name = ctx.pick(cat.name);
              const lang = foreignLang(name, ctx.locale);
              // An option holds text only: its lang is the name's (the count beside it is digits).
              return html`<option value=${cat.id} lang=${ifDefined(lang)} dir=${ifDefined(lang ? textDirection(lang) : undefined)} .selected=${f.category === cat.id}>
                ${name?.text ?? cat.id} (${ctx.number(c.category[k] ?? 0)})
              </option>`;
            })}
          </select>
        </div>`
    }
    ${
      facets.publishers.network
        ? html`<div class="category">
          ${renderPublisherSelect({
            id: 'pub',
            table: facets.publishers,
            counts: c.publisher,
            all: c.anyPublisher,
            chosen: f.publisher,
            name: (p) => ctx.pick(publisherName(p)),
            locale: ctx.locale,
            number: ctx.number,
            change: (e: Event) => ctx.setFilter('publisher', value(e)),
          })}
        </div>`
        : nothing
    }
    ${facets.speaks.includes(1) || f.lang ? toggle('lang') : nothing} ${toggle('free')} ${toggle('open')} ${renderNear(ctx, near)}
  </div>`;
}

function renderNear(ctx: FinderContext, { geo, area, locate, stop }: NearMe): TemplateResult {
  if (geo === 'on') {
    return html`<div part="near"><p>${msg('Sorted by distance from your location.')}</p>
      <button type="button" class="secondary" @click=${stop}>${msg('Stop using my location')}</button></div>`;
  }
  return html`<div part="near">
      <button type="button" class="secondary" ?disabled=${geo === 'asking'} @click=${locate}>
        ${geo === 'asking' ? msg('Finding your location…') : msg('Near me')}
      </button>
    </div>
    ${
      geo === 'denied' || area
        ? html`<div class="area" part="area">
          ${geo === 'denied' ? html`<p>${msg('Your location is not available. You can enter a postal code or district instead.')}</p>` : nothing}
          <label for="area">${msg('Postal code or district')}</label>
          <input id="area" type="text" autocomplete="postal-code" .value=${area} @input=${(e: Event) => ctx.setFilter('area', value(e))} />
        </div>`
        : nothing
    }`;
}

/** Active filters as one-click removable chips ("Speaks العربية ✕"), for the filter bar's row. */
export function renderActive(ctx: FinderContext): TemplateResult | typeof nothing {
  const active = ctx.removable;
  if (!active.length) return nothing;
  return html`<ul class="chips" part="active-filters">
    ${active.map(
      // Words in the button, not an aria-label: a category name in another language keeps its lang.
      (k) => html`<li>
        <button type="button" part="chip" class="chip" @click=${() => ctx.drop(k)}>
          <span class="visually-hidden">${msg('Remove filter:')}</span> ${ctx.filterLabel(k)} <span aria-hidden="true">✕</span>
        </button>
      </li>`,
    )}
    ${active.length > 1 ? html`<li><button type="button" class="link" @click=${ctx.clearFilters}>${msg('Clear all filters')}</button></li>` : nothing}
  </ul>`;
}
