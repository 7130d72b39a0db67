/**
 * One event in the list: a compact row (the day, what, when and where, and tags: cost, languages, registration)
 * that opens, in place, to the description, the place with its map link, how to take part, registration, the
 * rest, and "Add to calendar". Cancelled and postponed events say so in words and with a mark that is not colour.
 *
 * The row's title is a heading holding the button that opens it (an accordion's shape: headings stay in the
 * page's outline, the button says `aria-expanded`); the whole row is the button's target (`::after`, see the
 * styles). What an open row adds is rendered only while it is open.
 *
 * Speed: a filter change renders up to a page of events that were not on the page before, so a row is one
 * template with few nested ones (each nested template is cloned and walked anew).
 *
 * Spaces between words go between bindings, never at the start or end of a nested template: the build's
 * template minifier trims those, and "Choir rehearsalCancelled" would reach the visitor.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '../../i18n/messages.js';
import type { LocalizedText } from '../../feed/types.js';
import type { PickedText } from '../../i18n/localized-text.js';
import { renderHeading } from '../../base/heading.js';
import type { HeadingLevel } from '../../base/heading-level.js';
import { mapHref, webHref } from '../../links/links.js';
import { addressParts } from '../../links/address.js';
import { deadlineStatus, relativeTimeParts } from '../../time/deadline.js';
import type { ListedEvent } from './event-filters.js';
import { dateBlock, eventWhen, isoDateTime } from './event-time.js';
import { langOf } from '../../base/lang-of.js';
import { commaSeparated } from '../../base/comma-separated.js';
import { fallbackLanguage } from '../../i18n/intl.js';
import { relativeFormat } from '../../i18n/intl-words.js';
import { textDirection } from '../../i18n/direction.js';
import { isolated } from '../../base/feed-text.js';
import { lineOf } from '../../base/line-text.js';
import { languageList } from '../../base/intl-text.js';

/** The join link of an online event is shown this long before it starts (and while it runs). */
export const JOIN_LINK_LEAD_MS = 24 * 3_600_000;

/** What rendering an event needs from the element. */
export interface ItemContext {
  locale: string;
  now: number;
  visitorZone: string;
  /** Level of event titles: one below the day headings. */
  titleLevel: HeadingLevel;
  /** Feed text, isolated and marked; `note`: say visibly when it is in another language (sentences, not names). */
  text(value: LocalizedText | undefined, note?: boolean): unknown;
  pick(value: LocalizedText | undefined): PickedText | undefined;
  plain(value: LocalizedText | undefined): string;
  categoryName(id: string): unknown;
  /** "Published by …" for publisher k, in a network's feed (nothing otherwise). */
  publisher(k: number): unknown;
  /** Whether the event's row is open. */
  isOpen(id: string): boolean;
  toggle(item: ListedEvent): void;
  onCalendar(item: ListedEvent): void;
  /** The polite message after an action on this event ("Calendar file downloaded…"); '' for none. */
  status(id: string): string;
}

const link = (href: string, part: string, label: unknown): TemplateResult =>
  html`<a href=${href} part="link ${part}" target="_blank" rel="noopener noreferrer">${label}</a>`;

const fact = (label: string, value: unknown): TemplateResult => html`<div><dt>${label}</dt><dd>${value}</dd></div>`;

/** Between the parts of a row's lines: seen, not read. */
const DOT = html`<span class="dot" aria-hidden="true"> · </span>`;

/** Parts that are there, with a dot between them. */
const dotted = (parts: unknown[]): unknown[] => parts.filter((p) => p && p !== nothing).map((p, i) => (i ? [DOT, p] : p));

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

/** The row's tags: cost, languages, registration. Ended and cancelled events offer no registration. */
function renderTags(item: ListedEvent, ctx: ItemContext, open: boolean): unknown {
  const { event, free, languages } = item.p;
  const reg = event.registration;
  const registration =
    open && reg && (reg.url || reg.deadline)
      ? reg.deadline && !deadlineWords(reg.deadline, ctx)
        ? msg('Registration closed')
        : msg('Registration needed')
      : undefined;
  const tags = dotted([free ? msg('Free') : ctx.text(event.cost), languageList(languages, ctx.locale), registration]);
  return tags.length ? html`<p class="tags" part="tags">${tags}</p>` : nothing;
}

/** The direction of text in no known language (an address): its first letter's. */
const ownDirection = (text: string): 'ltr' | 'rtl' => (/^[^\p{L}]*[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u.test(text) ? 'rtl' : 'ltr');

/**
 * Where, in a few words: "City library, Leipzig" (the place's name and town), and "Online" when people can join
 * online; with the direction they run in (the place's: cut with an ellipsis at its own end).
 */
function shortPlace(item: ListedEvent, ctx: ItemContext): { parts: unknown[]; dir: 'ltr' | 'rtl' } {
  const { inPerson, online, town: ownTown, event } = item.p;
  const name = inPerson ? ctx.pick(event.location?.name) : undefined;
  const town = inPerson && ownTown && !name?.text.includes(ownTown) ? ownTown : '';
  const place = commaSeparated(
    // One line, cut with an ellipsis: only the name's start is laid out (line-text.ts).
    [name ? isolated(lineOf(name), ctx.locale) : nothing, town ? html`<bdi>${town}</bdi>` : nothing].filter((p) => p !== nothing),
  );
  const dir = name ? textDirection(name.lang) : town ? ownDirection(town) : textDirection(ctx.locale);
  return { parts: [place.length ? place : nothing, online ? msg('Online') : nothing], dir };
}

/** What an open row adds: the description first, then place, taking part, registration, the rest, and the calendar. */
function renderMore(item: ListedEvent, ctx: ItemContext, id: string, open: boolean): TemplateResult {
  const { event, free, categories, languages } = item.p;
  const { location, organizer, online, attendanceMode } = event;
  const parts = addressParts(location?.address, ctx.locale);
  const address = parts.map((p) => p.text).join(', ');
  const description = ctx.pick(event.description);
  const map = location && mapHref(location.geo, address || ctx.plain(location.name));
  const join = webHref(online?.url);
  const page = webHref(event.url);
  // How people take part: as the feed says, else "Online" for an event with a join link.
  const mode = MODES[attendanceMode ?? (online ? 'online' : '')];
  const access = event.accessibility ?? location?.accessibility;
  const orgUrl = webHref(organizer?.url);
  return html`<div class="more" part="details" id="more-${id}">
    ${description ? html`<p class="description" ${langOf(description, ctx.locale)}>${description.text}</p>` : nothing}
    ${
      location && (address || location.name || map)
        ? html`<p class="place" part="place">
          ${ctx.text(location.name)}${location.name && address ? html`<br />` : nothing}${commaSeparated(parts.map((part) => (part.lang ? isolated(part as PickedText, ctx.locale) : html`<bdi>${part.text}</bdi>`)))}
          ${map ? link(map, 'map', msg('Show on map')) : nothing}
        </p>`
        : nothing
    }
    ${
      mode
        ? html`<p class="online" part="online">
          ${mode()}
          ${
            join && open
              ? item.p.timing.startMs - ctx.now <= JOIN_LINK_LEAD_MS
                ? link(join, 'join', msg('Join online'))
                : html`<span class="hint">${msg('The link to join appears here 24 hours before the start.')}</span>`
              : nothing
          }
        </p>`
        : nothing
    }
    ${open ? renderRegistration(item, ctx) : nothing}
    <dl class="facts" part="facts">
      ${languages.length ? fact(msg('Languages'), languageList(languages, ctx.locale)) : nothing}
      ${free || event.cost ? fact(msg('Cost'), free ? msg('Free') : ctx.text(event.cost, true)) : nothing}
      ${categories.length ? fact(msg('Categories'), commaSeparated(categories.map(ctx.categoryName))) : nothing}
      ${access ? fact(msg('Accessibility'), ctx.text(access, true)) : nothing}
    </dl>
    ${organizer?.name ? html`<p>${msg('Organizer:')} ${orgUrl ? link(orgUrl, 'organizer', ctx.text(organizer.name)) : ctx.text(organizer.name)}</p>` : nothing}
    ${page ? html`<p>${link(page, 'page', html`${msg('Event website')}<span class="visually-hidden">: ${ctx.plain(event.title)}</span>`)}</p>` : nothing}
    ${ctx.publisher(item.p.publisher)}
    <button type="button" class="secondary" part="button calendar" aria-describedby="event-${id}" @click=${() => ctx.onCalendar(item)}>${msg('Add to calendar')}</button>
    <p class="action-status" part="action-status" role="status">${ctx.status(event.id)}</p>
  </div>`;
}

/** An event as a list item (`day`: the date key of the day it is listed under); its title is a heading one level below the day heading. */
export function renderEventItem(item: ListedEvent, day: string, ctx: ItemContext): TemplateResult {
  const { event, timing, zone } = item.p;
  const status = event.status ?? 'scheduled';
  const id = encodeURIComponent(event.id);
  const mark = MARKS[status] ? status : item.underWay ? 'now' : item.ended ? 'ended' : '';
  const when = eventWhen(timing, zone, ctx.visitorZone, ctx.locale);
  const time = when.time || msg('All day');
  const date = dateBlock(day, ctx.locale);
  const dateLang = fallbackLanguage(Intl.DateTimeFormat, ctx.locale);
  // Ended and cancelled events offer no way to take part.
  const open = !item.ended && status !== 'cancelled';
  const expanded = ctx.isOpen(event.id);
  const place = shortPlace(item, ctx);
  const where = dotted(place.parts);
  return html`<li class="event ${status} ${item.underWay ? 'now' : ''} ${expanded ? 'open' : ''}" part="event ${status}" data-id=${event.id}>
    <p class="date" aria-hidden="true" lang=${ifDefined(dateLang)}><span>${date.weekday}</span> <span class="day-number">${date.day}</span> <span>${date.month}</span></p>
    <div class="main">
      ${renderHeading(
        ctx.titleLevel,
        html`<button type="button" class="toggle" part="toggle summary" aria-expanded=${expanded ? 'true' : 'false'} aria-controls=${ifDefined(expanded ? `more-${id}` : undefined)} aria-describedby="line-${id}" @click=${() => ctx.toggle(item)}><span class="title">${ctx.text(event.title)}</span> ${
          mark ? html`<span class="badge ${mark}" part="badge ${mark}">${MARKS[mark]!()}</span>` : nothing
        }</button>`,
        'title',
        `event-${id}`,
      )}
      <p class="line" part="line" id="line-${id}">
        <span class="when" part="when"><time datetime=${isoDateTime(timing)} lang=${ifDefined(dateLang)}>${when.zone ? msg(str`${time} ${when.zone}`) : time}</time> ${
          when.visitorTime ? html`<span class="yours">${msg(str`(${when.visitorTime} your time)`)}</span>` : nothing
        }</span>${where.length ? html`${DOT}<span class="where" dir=${place.dir}>${where}</span>` : nothing}
      </p>
      ${renderTags(item, ctx, open)} ${expanded ? renderMore(item, ctx, id, open) : nothing}
    </div>
  </li>`;
}
