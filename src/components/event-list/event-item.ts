/**
 * One event in the list: what, when, where, in which languages, for how much, and how to take
 * part. Cancelled and postponed events say so in words and with a mark that is not colour.
 *
 * Speed: a filter change renders up to a page of events that were not on the page before, so an
 * event is one template with few nested ones (each nested template is cloned and walked anew).
 *
 * Spaces between words go between bindings, never at the start or end of a nested template: the
 * build's template minifier trims those, and "Choir rehearsalCancelled" would reach the visitor.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '../../i18n/messages.js';
import type { LocalizedText } from '../../feed/types.js';
import type { PickedText } from '../../i18n/localized-text.js';
import { renderHeading, type HeadingLevel } from '../../base/heading.js';
import { mapHref, webHref } from '../../links/links.js';
import { addressParts } from '../../links/address.js';
import { deadlineStatus, relativeTimeParts } from '../../time/deadline.js';
import type { ListedEvent } from './event-filters.js';
import { eventWhen, isoDateTime } from './event-time.js';
import { langOf } from '../../base/lang-of.js';
import { commaSeparated } from '../../base/comma-separated.js';
import { endonymIn, fallbackLanguage, relativeFormat } from '../../i18n/intl.js';
import { isolated } from '../../base/civic-element.js';
import { joinedList } from '../../base/intl-text.js';

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
  pick(value: LocalizedText | undefined): PickedText | undefined;
  plain(value: LocalizedText | undefined): string;
  categoryName(id: string): unknown;
  /** "Published by …" for publisher k, in a network's feed (nothing otherwise). */
  publisher(k: number): unknown;
  onCalendar(item: ListedEvent): void;
}


const link = (href: string, part: string, label: unknown): TemplateResult =>
  html`<a href=${href} part="link ${part}" target="_blank" rel="noopener noreferrer">${label}</a>`;

const fact = (label: string, value: unknown): TemplateResult => html`<div><dt>${label}</dt><dd>${value}</dd></div>`;

/** Languages by their own names, joined in the widget's language; each name isolated, with its `lang`. */
function renderLanguages(codes: readonly string[], locale: string): unknown[] {
  return joinedList(codes.map((code) => isolated(endonymIn(code), locale)), locale);
}

/** How people take part, in words (schema.org's attendance modes). */
const MODES: Record<string, () => string> = {
  offline: () => msg('In person'),
  online: () => msg('Online'),
  mixed: () => msg('In person and online'),
};

/** Words of the status marks: the feed's status (other than "scheduled"), else under way or ended. */
const MARKS: Record<string, () => string> = {
  cancelled: () => msg('Cancelled'),
  postponed: () => msg('Postponed'),
  rescheduled: () => msg('Rescheduled'),
  now: () => msg('Now'),
  ended: () => msg('Ended'),
};

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

function renderRegistration(item: ListedEvent, ctx: ItemContext): unknown {
  const reg = item.p.event.registration;
  const url = webHref(reg?.url);
  const words = reg?.deadline ? deadlineWords(reg.deadline, ctx) : '';
  if (reg?.deadline && !words) return html`<p class="registration closed" part="registration">${msg('Registration closed')}</p>`;
  return words || url
    ? html`<p class="registration" part="registration">
        ${words ? html`<span>${msg(str`Registration closes ${words}`)}</span>` : nothing}
        ${url ? link(url, 'register', html`${msg('Register')}<span class="visually-hidden">: ${ctx.text(item.p.event.title)}</span>`) : nothing}
      </p>`
    : nothing;
}

/** An event as a list item; its title is a heading one level below the day heading. */
export function renderEventItem(item: ListedEvent, ctx: ItemContext): TemplateResult {
  const { event, timing, zone, free, categories, languages } = item.p;
  const { location, organizer, online, attendanceMode } = event;
  const status = event.status ?? 'scheduled';
  const id = `event-${encodeURIComponent(event.id)}`;
  const mark = MARKS[status] ? status : item.underWay ? 'now' : item.ended ? 'ended' : '';
  const when = eventWhen(timing, zone, ctx.visitorZone, ctx.locale);
  const time = when.time || msg('All day');
  const parts = addressParts(location?.address, ctx.locale);
  const address = parts.map((p) => p.text).join(', ');
  const description = ctx.pick(event.description);
  const map = location && mapHref(location.geo, address || ctx.plain(location.name));
  const join = webHref(online?.url);
  const page = webHref(event.url);
  // How people take part: as the feed says, else "Online" for an event with a join link.
  const mode = MODES[attendanceMode ?? (online ? 'online' : '')];
  // Ended and cancelled events offer no way to take part.
  const open = !item.ended && status !== 'cancelled';
  const access = event.accessibility ?? location?.accessibility;
  const orgUrl = webHref(organizer?.url);
  return html`<li class="event ${status} ${item.underWay ? 'now' : ''}" part="event ${status}" data-id=${event.id}>
    ${renderHeading(
      ctx.titleLevel,
      html`<span class="title" tabindex="-1">${ctx.text(event.title)}</span> ${mark
          ? html`<span class="badge ${mark}" part="badge ${mark}">${MARKS[mark]!()}</span>`
          : nothing}`,
      'title',
      id,
    )}
    <p class="when" part="when">
      <time datetime=${isoDateTime(timing)} lang=${ifDefined(fallbackLanguage(Intl.DateTimeFormat, ctx.locale))}>${when.zone ? msg(str`${time} ${when.zone}`) : time}</time>
      ${when.visitorTime ? html`<span class="yours">${msg(str`(${when.visitorTime} your time)`)}</span>` : nothing}
    </p>
    ${location && (address || location.name || map)
      ? html`<p class="place" part="place">
          ${ctx.text(location.name)}${location.name && address ? html`<br />` : nothing}${commaSeparated(parts.map((part) => (part.lang ? isolated(part as PickedText, ctx.locale) : html`<bdi>${part.text}</bdi>`)))}
          ${map ? link(map, 'map', msg('Show on map')) : nothing}
        </p>`
      : nothing}
    ${mode
      ? html`<p class="online" part="online">
          ${mode()}
          ${join && open
            ? timing.startMs - ctx.now <= JOIN_LINK_LEAD_MS
              ? link(join, 'join', msg('Join online'))
              : html`<span class="hint">${msg('The link to join appears here 24 hours before the start.')}</span>`
            : nothing}
        </p>`
      : nothing}
    <dl class="facts" part="facts">
      ${languages.length ? fact(msg('Languages'), renderLanguages(languages, ctx.locale)) : nothing}
      ${free || event.cost ? fact(msg('Cost'), free ? msg('Free') : ctx.text(event.cost)) : nothing}
      ${categories.length ? fact(msg('Categories'), commaSeparated(categories.map(ctx.categoryName))) : nothing}
      ${access ? fact(msg('Accessibility'), ctx.text(access)) : nothing}
    </dl>
    ${ctx.publisher(item.p.publisher)} ${open ? renderRegistration(item, ctx) : nothing}
    ${event.description || organizer?.name || page
      ? html`<details
          part="details"
          @toggle=${(e: Event) => {
            const details = e.currentTarget as HTMLDetailsElement;
            if (details.open) details.dispatchEvent(new CustomEvent('civic-event-open', { bubbles: true, composed: true, detail: { id: event.id } }));
          }}
        >
          <summary part="summary">${msg('More about this event')}</summary>
          ${description ? html`<p class="description" ${langOf(description, ctx.locale)}>${description.text}</p>` : nothing}
          ${organizer?.name
            ? html`<p>${msg('Organizer:')} ${orgUrl ? link(orgUrl, 'organizer', ctx.text(organizer.name)) : ctx.text(organizer.name)}</p>`
            : nothing}
          ${page ? html`<p>${link(page, 'page', html`${msg('Event website')}<span class="visually-hidden">: ${ctx.plain(event.title)}</span>`)}</p>` : nothing}
        </details>`
      : nothing}
    <button type="button" part="button calendar" aria-describedby=${id} @click=${() => ctx.onCalendar(item)}>${msg('Add to calendar')}</button>
  </li>`;
}
