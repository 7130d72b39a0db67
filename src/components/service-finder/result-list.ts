/**
 * The finder's result list: a card for each result that acts (status with the next opening, Call,
 * Route, Details), the dividers between the page's own place and others and between the services
 * that speak the visitor's language and the rest, "Show more", and what to do when nothing matches.
 * Render functions over the element's context (`FinderContext`).
 *
 * Spaces between words go between bindings, never at the start or end of a nested template: the build's
 * template minifier trims those.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '../../i18n/messages.js';
import { isolated } from '../../base/feed-text.js';
import { lineOf, lineText } from '../../base/line-text.js';
import { joinedList } from '../../base/intl-text.js';
import { langOf } from '../../base/lang-of.js';
import { renderHeading } from '../../base/heading.js';
import type { HeadingLevel } from '../../base/heading-level.js';
import { renderPublisher } from '../../base/publisher-parts.js';
import { publisherName } from '../../feed/publishers.js';
import type { Service } from '../../feed/types.js';
import { languageInSentence } from '../../i18n/intl-words.js';
import { addressLine } from '../../links/address.js';
import { routeHref, telHref } from '../../links/links.js';
import type { FinderContext } from './finder-context.js';
import type { ResultsView } from './finder-results.js';
import type { Divider } from './result-order.js';
import { statusWords } from './opening-words.js';

/** "Services shown: 10 of 40", or that there are none. */
export function countWords(ctx: FinderContext, view: ResultsView, shown: number): string {
  const total = view.results.length;
  return total ? msg(str`Services shown: ${ctx.number(Math.min(shown, total))} of ${ctx.number(total)}`) : msg('No services found.');
}

/**
 * The results as far as `shown`, in lists split by their dividers, then "Show more". While the first
 * render is staged (`rendered` < `shown`), only the first `rendered`, and "Show more" once they are all there.
 */
export function renderResultList(ctx: FinderContext, view: ResultsView, shown: number, more: () => void, rendered = shown): TemplateResult {
  const page = view.results.slice(0, Math.min(shown, rendered));
  if (!page.length) return renderEmpty(ctx, view);
  // The lists between the dividers shown on this page.
  const dividers = view.dividers.filter((d) => d.at < page.length);
  const starts = [0, ...dividers.map((d) => d.at)];
  return html`${starts.map(
    (from, k) =>
      html`${k ? renderDivider(ctx, dividers[k - 1]!) : nothing}${
        from < (starts[k + 1] ?? page.length)
          ? html`<ul part="results" class="results">
          ${page.slice(from, starts[k + 1]).map((i) => renderCard(ctx, view, i))}
        </ul>`
          : nothing
      }`,
  )}
  ${rendered >= shown && page.length < view.results.length ? html`<button type="button" part="more" class="more secondary" @click=${more}>${msg('Show more')}</button>` : nothing}`;
}

/** "Services in German or English (13) — you may need an interpreter"; "Other places (5): City of Poznań". */
function renderDivider(ctx: FinderContext, d: Divider): TemplateResult {
  const { locale } = ctx;
  const n = ctx.number(d.size);
  let words: unknown;
  if (d.kind === 'language') {
    const names: unknown[] = d.names.map((code) => isolated(languageInSentence(code as string, locale), locale));
    if (d.more) names.push(msg('other languages'));
    words = msg(html`Services in ${joinedList(names, locale, 'disjunction')} (${n}) — you may need an interpreter`);
  } else {
    const { list } = ctx.facets.publishers;
    const names: unknown[] = d.names.map((k) => ctx.text(publisherName(list[k as number])));
    if (d.more) names.push('…');
    words = msg(html`Other places (${n}): ${joinedList(names, locale, 'unit')}`);
  }
  return html`<p class="divider ${d.kind}" part="divider">${words}</p>`;
}

/**
 * A result: its name (the card's heading, two lines at most), its status with the next opening, distance
 * and "Speaks …", one line of description, and what a person can do: Call, Route, Details (each only when
 * the data allows; the whole card opens the details). Each action is described by the name.
 */
function renderCard(ctx: FinderContext, view: ResultsView, i: number): TemplateResult {
  const s = ctx.feed.services[i]!;
  const { locale } = ctx;
  const id = `r${i}`;
  const description = ctx.pick(s.description);
  const firstLine = description?.text.split(/\r?\n/).find((l) => l.trim());
  // The card shows two lines of the name and one of the description: only their start is laid out (line-text.ts).
  const name = ctx.pick(s.name);
  // Status once the week table says (a large feed's first render does not wait for it).
  const status = view.open && statusWords(s, new Date(), s.timeZone ?? ctx.feed.timeZone, locale);
  const km = view.distance.get(i);
  const speaks = ctx.tagSpeakers && ctx.facets.speaks[i];
  const tel = telHref(s.contacts?.phone);
  const place = (s.locations ?? []).find((l) => l && (l.geo || l.address));
  const route = place && routeHref(place.geo, addressLine(place.address, locale));
  const pubs = ctx.facets.publishers;
  const action = (href: string | undefined, part: string, label: string): TemplateResult | typeof nothing =>
    href
      ? html`<li><a class="button secondary" part="action ${part}" href=${href} target=${ifDefined(part === 'route' ? '_blank' : undefined)} rel="noopener noreferrer" aria-describedby=${id}>${label}</a></li>`
      : nothing;
  return html`<li part="result" class="result">
    ${renderHeading(Math.min(ctx.level + 1, 6) as HeadingLevel, html`<span part="result-name">${name ? isolated(lineOf(name), locale) : nothing}</span>`, 'result-heading', id)}
    ${
      status || km !== undefined || speaks
        ? html`<p class="tags">
          ${status ? html`<span part="open-status" class="open-state ${status.open ? 'is-open' : ''}">${status.text}</span>` : nothing}
          ${km !== undefined ? html`<span class="tag">${ctx.distanceText(km)}</span>` : nothing}
          ${speaks ? html`<span class="tag speaks">${ctx.filterLabel('lang')}</span>` : nothing}
        </p>`
        : nothing
    }
    ${renderPublisher(pubs, pubs.of[i]!, ctx.text)}
    ${firstLine ? html`<p class="desc" ${langOf(description, locale)}>${lineText(firstLine)}</p>` : nothing}
    <ul class="card-actions">
      ${action(tel, 'call', msg('Call'))} ${action(route, 'route', msg('Route'))}
      <li>
        <button type="button" class="details-button" part="action open-details" data-id=${s.id} aria-describedby=${id} @click=${() => ctx.open(s.id)}>
          ${msg('Details')}
        </button>
      </li>
    </ul>
  </li>`;
}

/** A close match's name, opening its details. */
function renderOpener(ctx: FinderContext, s: Service): TemplateResult {
  return html`<button type="button" class="link" data-id=${s.id} @click=${() => ctx.open(s.id)}>${ctx.text(s.name)}</button>`;
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
    ${
      active.length && close.length
        ? html`<p>${msg('Close matches:')}</p>
          <ul>
            ${close.map((s) => html`<li>${renderOpener(ctx, s)}</li>`)}
          </ul>`
        : nothing
    }
  </div>`;
}
