/**
 * One event in the list: what, when, where, in which languages, for how much, and how to take
 * part. Cancelled and postponed events say so in words and with a mark that is not colour.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Address, LocalizedText } from '../../feed/types.js';
import { renderHeading, type HeadingLevel } from '../../base/heading.js';
import { textDirection } from '../../i18n/direction.js';
import { deadlineStatus, relativeTimeParts } from '../../time/deadline.js';
import type { ListedEvent } from './event-filters.js';
import { endonym, eventWhen, isoDateTime, memo, relativeFormat } from './event-time.js';

/** The join link of an online event is shown this long before it starts (and while it runs). */
export const JOIN_LINK_LEAD_MS = 24 * 3_600_000;

/** What rendering an event needs from the element. */
export interface ItemContext {
  locale: string;
  now: number;
  visitorZone: string;
  /** Level of event titles: one below the day headings. */
  titleLevel: HeadingLevel;
  text(value: LocalizedText | undefined): unknown;
  plain(value: LocalizedText | undefined): string;
  categoryName(id: string): unknown;
  onOpen(id: string, details: HTMLDetailsElement): void;
  onCalendar(item: ListedEvent): void;
}

/** An href only for web links (http/https); anything else is shown as text or not at all. */
export const webHref = (value: unknown): string | undefined => (typeof value === 'string' ? safeHref(value) || undefined : undefined);

const safeHref = memo((value) => {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : '';
  } catch {
    return '';
  }
});

/** A country code by name in the visitor's language ("BE" → "Belgium"); the code when unknown. */
function countryName(code: string | undefined, locale: string): string | undefined {
  try {
    return code && regionNames(locale).of(code);
  } catch {
    return code;
  }
}

/** One line for an address, in the order people write it in most of Europe. */
export function addressLine(address: Address | undefined, locale: string): string {
  if (!address) return '';
  const town = [address.postalCode, address.city].filter(Boolean).join(' ');
  return [address.street, town, address.district && !town ? address.district : '', countryName(address.country, locale)].filter(Boolean).join(', ');
}

/** An OpenStreetMap link: by coordinates when known, else a search for the address. */
export function mapHref(geo: { lat: number; lon: number } | undefined, address: string): string | undefined {
  if (geo && Number.isFinite(geo.lat) && Number.isFinite(geo.lon)) {
    return `https://www.openstreetmap.org/?mlat=${geo.lat}&mlon=${geo.lon}#map=17/${geo.lat}/${geo.lon}`;
  }
  return address ? `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}` : undefined;
}

const listFormat = memo((locale) => new Intl.ListFormat(locale, { type: 'conjunction' }));
const regionNames = memo((locale) => new Intl.DisplayNames(locale, { type: 'region' }));

/** Languages by their own names, joined in the UI language; each name carries its `lang`. */
function renderLanguages(codes: readonly string[], locale: string): unknown {
  const list = listFormat(locale);
  const names = codes.map(endonym);
  let i = 0;
  return list.formatToParts(names).map((part) => {
    if (part.type !== 'element') return part.value;
    const code = codes[i++]!;
    return html`<span lang=${code} dir=${textDirection(code)}>${part.value}</span>`;
  });
}

function statusBadge(item: ListedEvent): TemplateResult | typeof nothing {
  const status = item.p.event.status;
  if (status === 'cancelled') return html` <span class="badge cancelled" part="badge cancelled">${msg('Cancelled')}</span>`;
  if (status === 'postponed') return html` <span class="badge postponed" part="badge postponed">${msg('Postponed')}</span>`;
  if (status === 'rescheduled') return html` <span class="badge" part="badge rescheduled">${msg('Rescheduled')}</span>`;
  if (item.underWay) return html` <span class="badge now" part="badge now">${msg('Now')}</span>`;
  if (item.ended) return html` <span class="badge" part="badge ended">${msg('Ended')}</span>`;
  return nothing;
}

function renderWhen(item: ListedEvent, ctx: ItemContext): TemplateResult {
  const { timing, zone } = item.p;
  const when = eventWhen(timing, zone, ctx.visitorZone, ctx.locale);
  const time = when.time || msg('All day');
  return html`<p class="when" part="when">
    <time datetime=${isoDateTime(timing)}>${when.zone ? msg(str`${time} ${when.zone}`) : time}</time>${when.visitorTime
      ? html` <span class="yours">${msg(str`(${when.visitorTime} your time)`)}</span>`
      : nothing}
  </p>`;
}

function renderPlace(item: ListedEvent, ctx: ItemContext): unknown {
  const { event, timing } = item.p;
  const location = event.location;
  const address = addressLine(location?.address, ctx.locale);
  const map = location ? mapHref(location.geo, address || ctx.plain(location.name)) : undefined;
  const join = webHref(event.online?.url);
  const near = !item.ended && timing.startMs - ctx.now <= JOIN_LINK_LEAD_MS && event.status !== 'cancelled';
  return html`
    ${location && (address || location.name || map)
      ? html`<p class="place" part="place">
          ${ctx.text(location.name)}${location.name && address ? html`<br />` : nothing}${address}
          ${map ? html`<a href=${map} part="link map" target="_blank" rel="noopener noreferrer">${msg('Show on map')}</a>` : nothing}
        </p>`
      : nothing}
    ${event.online
      ? html`<p class="online" part="online">
          ${msg('Online')}
          ${join && near
            ? html`<a href=${join} part="link join" target="_blank" rel="noopener noreferrer">${msg('Join online')}</a>`
            : join && !item.ended && event.status !== 'cancelled'
              ? html`<span class="hint">${msg('The link to join appears here 24 hours before the start.')}</span>`
              : nothing}
        </p>`
      : nothing}
  `;
}

function fact(label: string, value: unknown): TemplateResult {
  return html`<div><dt>${label}</dt><dd>${value}</dd></div>`;
}

function renderFacts(item: ListedEvent, ctx: ItemContext): TemplateResult {
  const { event, free, categories, languages } = item.p;
  const access = event.accessibility ?? event.location?.accessibility;
  return html`<dl class="facts" part="facts">
    ${languages.length ? fact(msg('Languages'), renderLanguages(languages, ctx.locale)) : nothing}
    ${free ? fact(msg('Cost'), msg('Free')) : event.cost ? fact(msg('Cost'), ctx.text(event.cost)) : nothing}
    ${categories.length
      ? fact(msg('Categories'), categories.map((id, i) => html`${i ? ', ' : ''}${ctx.categoryName(id)}`))
      : nothing}
    ${access ? fact(msg('Accessibility'), ctx.text(access)) : nothing}
  </dl>`;
}

let wordsMinute = -1;
const wordsCache = new Map<string, string>();

/**
 * "in 3 days" until a registration deadline, or '' once it has passed. Counted in calendar days
 * of the visitor's zone (the days they live in). Remembered for the current minute.
 */
export function deadlineWords(deadline: string, ctx: Pick<ItemContext, 'now' | 'visitorZone' | 'locale'>): string {
  const minute = Math.floor(ctx.now / 60_000);
  if (minute !== wordsMinute) {
    wordsCache.clear();
    wordsMinute = minute;
  }
  const key = `${deadline}|${ctx.visitorZone}|${ctx.locale}`;
  let words = wordsCache.get(key);
  if (words === undefined) {
    words = '';
    if (deadlineStatus(deadline, ctx.now, ctx.visitorZone).state !== 'closed') {
      const rel = relativeTimeParts(deadline, ctx.now, ctx.visitorZone);
      words = relativeFormat(ctx.locale).format(rel.value, rel.unit);
    }
    wordsCache.set(key, words);
  }
  return words;
}

function renderRegistration(item: ListedEvent, ctx: ItemContext, title: string): unknown {
  const reg = item.p.event.registration;
  if (!reg || item.ended || item.p.event.status === 'cancelled') return nothing;
  const url = webHref(reg.url);
  let deadline: unknown = nothing;
  if (reg.deadline) {
    const words = deadlineWords(reg.deadline, ctx);
    if (!words) return html`<p class="registration closed" part="registration">${msg('Registration closed')}</p>`;
    deadline = html`<span>${msg(str`Registration closes ${words}`)}</span>`;
  }
  if (!url && deadline === nothing) return nothing;
  return html`<p class="registration" part="registration">
    ${deadline}
    ${url
      ? html`<a href=${url} part="link register" target="_blank" rel="noopener noreferrer"
          >${msg('Register')}<span class="visually-hidden">: ${title}</span></a
        >`
      : nothing}
  </p>`;
}

function renderDetails(item: ListedEvent, ctx: ItemContext): unknown {
  const { event } = item.p;
  const organizer = event.organizer;
  if (!event.description && !organizer?.name) return nothing;
  const orgUrl = webHref(organizer?.url);
  return html`<details
    part="details"
    @toggle=${(e: Event) => {
      const details = e.currentTarget as HTMLDetailsElement;
      if (details.open) ctx.onOpen(event.id, details);
    }}
  >
    <summary part="summary">${msg('More about this event')}</summary>
    ${event.description ? html`<p class="description">${ctx.text(event.description)}</p>` : nothing}
    ${organizer?.name
      ? html`<p>
          ${msg('Organizer:')}
          ${orgUrl
            ? html`<a href=${orgUrl} part="link organizer" target="_blank" rel="noopener noreferrer">${ctx.text(organizer.name)}</a>`
            : ctx.text(organizer.name)}
        </p>`
      : nothing}
  </details>`;
}

/** An event as a list item; its title is a heading one level below the day heading. */
export function renderEventItem(item: ListedEvent, ctx: ItemContext): TemplateResult {
  const { event } = item.p;
  const status = event.status ?? 'scheduled';
  const title = ctx.plain(event.title);
  const id = `event-${encodeURIComponent(event.id)}`;
  return html`<li class="event ${status} ${item.underWay ? 'now' : ''}" part="event ${status}" data-id=${event.id}>
    ${renderHeading(ctx.titleLevel, html`<span class="title" tabindex="-1">${ctx.text(event.title)}</span>${statusBadge(item)}`, 'title', id)}
    ${renderWhen(item, ctx)} ${renderPlace(item, ctx)} ${renderFacts(item, ctx)}
    ${renderRegistration(item, ctx, title)} ${renderDetails(item, ctx)}
    <button type="button" part="button calendar" aria-describedby=${ifDefined(id)} @click=${() => ctx.onCalendar(item)}>
      ${msg('Add to calendar')}
    </button>
  </li>`;
}
