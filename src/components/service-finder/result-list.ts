/**
 * The finder's result list: the count, a page of results, "Show more", and what to do when nothing
 * matches. Render functions over the element's context (`FinderContext`).
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '../../i18n/messages.js';
import { langOf } from '../../base/lang-of.js';
import { renderHeading, type HeadingLevel } from '../../base/heading.js';
import { renderPublisher } from '../../base/publisher-parts.js';
import type { Service } from '../../feed/types.js';
import type { FinderContext } from './finder-context.js';
import type { ResultsView } from './finder-results.js';

/** The list of results as far as `shown`, with the count and "Show more". */
export function renderResultList(ctx: FinderContext, view: ResultsView, shown: number, more: () => void): TemplateResult {
  const page = view.results.slice(0, shown);
  const total = view.results.length;
  return html`<p class="count" part="count">
      ${total ? msg(str`Services shown: ${ctx.number(page.length)} of ${ctx.number(total)}`) : msg('No services found.')}
    </p>
    ${page.length
      ? html`<ul part="results">
          ${page.map((i) => renderResult(ctx, view, i))}
        </ul>`
      : renderEmpty(ctx, view)}
    ${page.length < total ? html`<button type="button" part="more" class="more secondary" @click=${more}>${msg('Show more')}</button>` : nothing}`;
}

/** The button that opens a service's details. */
function renderOpener(ctx: FinderContext, s: Service): TemplateResult {
  return html`<button type="button" part="result-name" class="link" data-id=${s.id} @click=${() => ctx.open(s.id)}>${ctx.text(s.name)}</button>`;
}

function renderResult(ctx: FinderContext, view: ResultsView, i: number): TemplateResult {
  const s = ctx.feed.services[i]!;
  const description = ctx.pick(s.description);
  const firstLine = description?.text.split(/\r?\n/).find((l) => l.trim());
  const org = s.organization?.name;
  const cats = ctx.categoryNames(s);
  const langs = ctx.spokenLanguages(s);
  const shut = s.status === 'temporarily closed';
  const flags = s.hours?.length && view.open;
  const open = flags && flags[i];
  const km = view.distance.get(i);
  const pubs = ctx.facets.publishers;
  return html`<li part="result" class="result">
    ${renderHeading(Math.min(ctx.level + 1, 6) as HeadingLevel, renderOpener(ctx, s), 'result-heading')}
    ${org ? html`<p>${ctx.text(org)}</p>` : nothing} ${renderPublisher(pubs, pubs.of[i]!, ctx.text)}
    ${cats ? html`<p class="meta">${cats}</p>` : nothing}
    ${firstLine ? html`<p class="desc" ${langOf(description, ctx.locale)}>${firstLine}</p>` : nothing}
    ${langs ? html`<p class="meta">${msg(html`Languages: ${langs}`)}</p>` : nothing}
    ${shut || flags
      ? html`<p class="open-state ${open ? 'is-open' : ''}">${shut ? msg('Temporarily closed') : open ? msg('Open now') : msg('Closed now')}</p>`
      : nothing}
    ${km !== undefined ? html`<p class="meta">${ctx.distanceText(km)}</p>` : nothing}
  </li>`;
}

/** Nothing matches: say so, offer to drop filters one by one (with counts), and show close matches. */
function renderEmpty(ctx: FinderContext, view: ResultsView): TemplateResult {
  const active = ctx.removable;
  const close = view.hits.slice(0, 3).map((i) => ctx.feed.services[i]!);
  const item = (label: unknown, click: () => void, secondary?: boolean): TemplateResult =>
    html`<li><button type="button" class=${ifDefined(secondary ? 'secondary' : undefined)} @click=${click}>${label}</button></li>`;
  return html`<div class="empty" part="empty">
    <p>${msg('No services match your search and filters.')}</p>
    <ul class="actions">
      ${active
        .filter((k) => view.without[k])
        .map((k) => item(msg(html`Results without “${ctx.filterLabel(k)}”: ${ctx.number(view.without[k]!)}`), () => ctx.drop(k), true))}
      ${active.length ? item(msg('Clear all filters'), ctx.clearFilters) : nothing}
      ${ctx.query.trim() && !close.length ? item(msg('Clear the search'), ctx.clearSearch) : nothing}
    </ul>
    ${active.length && close.length
      ? html`<p>${msg('Close matches:')}</p>
          <ul>
            ${close.map((s) => html`<li>${renderOpener(ctx, s)}</li>`)}
          </ul>`
      : nothing}
  </div>`;
}
