import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '../../i18n/messages.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { CivicElement } from '../../base/civic-element.js';
import { defineElement } from '../../base/define.js';
import { renderHeading, subheadingLevel } from '../../base/heading.js';
import type { Feed, LocalizedText } from '../../feed/types.js';
import { publisherName, publishersOf, type Publishers } from '../../feed/publishers.js';
import { renderPublisher, renderPublisherSelect } from '../../base/publisher-parts.js';
import {
  applyFilters,
  groupByDay,
  hasActiveFilters,
  NO_FILTERS,
  prepareEvents,
  windowEvents,
  type EventFilters,
  type FilterCounts,
  type PreparedEvent,
} from './event-filters.js';
import { eventsIcs } from './event-calendar.js';
import { downloadIcs } from '../../calendar/download.js';
import { renderEventItem, type ItemContext } from './event-item.js';
import { dayHeading } from './event-time.js';
import { intlText } from '../../base/intl-text.js';
import { endonym, endonymIn, intl, visitorTimeZone } from '../../i18n/intl.js';
import { textDirection } from '../../i18n/direction.js';
import { todayByZone } from '../../time/zoned-time.js';
import { eventListStyles } from './event-list.styles.js';

/** A whole number above 0 from an attribute; undefined for a missing, empty or other value (`Number('')` is 0). */
const positive = (value: string | null): number | undefined => {
  const n = Math.floor(Number(value));
  return n > 0 ? n : undefined;
};

/**
 * Upcoming events from the feed, soonest first, grouped by day ("Today", "Tomorrow",
 * "Saturday, April 17"), with filters, paging and "Add to calendar".
 *
 * Times are shown at the event's place; a visitor in another time zone also sees their own
 * time. Cancelled and postponed events stay listed and say so. Ended events are hidden.
 *
 * @tagname civic-event-list
 * @summary What is on, when, where and in which language — and into my calendar.
 * @attr category - Preselects a category filter (a feed category id).
 * @attr limit - How many events a page shows before "Show more" (default 10).
 * @attr days - Horizon: only events starting within this many days (1 = today). No horizon by default.
 * @attr show-past - Also list events that have ended.
 * @fires civic-event-open - A person opened an event's details. `detail: { id }` (bubbles, composed).
 * @csspart filters - The filter form.
 * @csspart field - One filter (label and control).
 * @csspart count - The number of events found (a polite live region).
 * @csspart day - One day: heading and its events.
 * @csspart day-heading - "Today", "Tomorrow" or the date.
 * @csspart list - The list of one day's events.
 * @csspart event - One event; also `cancelled`, `postponed`, `rescheduled` or `scheduled`.
 * @csspart scheduled - An event that takes place as planned (also `event`).
 * @csspart cancelled - A cancelled event (also `event`); it stays in the list and says so.
 * @csspart postponed - A postponed event (also `event`).
 * @csspart rescheduled - A rescheduled event (also `event`).
 * @csspart title - An event's title heading.
 * @csspart badge - A status mark ("Now", "Cancelled", "Postponed"); also the status name.
 * @csspart when - The event's time line.
 * @csspart place - Place name, address and map link.
 * @csspart online - How people take part ("In person", "Online", "In person and online") and, near the start, the join link.
 * @csspart publisher - "Published by …" (a feed with several publishers).
 * @csspart facts - Languages, cost, categories, accessibility.
 * @csspart registration - Registration link and deadline.
 * @csspart details - The disclosure with description and organizer.
 * @csspart summary - The disclosure's toggle.
 * @csspart link - Every link; also `map`, `join`, `register`, `organizer`, `page` (the event's own website).
 * @csspart map - An event place's map link (also `link`).
 * @csspart join - The link to join online (also `link`).
 * @csspart register - The registration link (also `link`).
 * @csspart organizer - The organizer's link (also `link`).
 * @csspart page - The event's own website (also `link`).
 * @csspart calendar - "Add to calendar" for one event (also `button`).
 * @csspart calendar-all - "Add all to calendar" (also `button`).
 * @csspart more - "Show more events" (also `button`).
 * @csspart clear - "Clear all filters" (also `button`).
 * @cssprop --civic-color-now - Background of the "Now" mark.
 */
export class CivicEventList extends CivicElement {
  static override styles = [...CivicElement.styles, eventListStyles];
  /**
   * Attributes, and internal state (`state: true`), that re-render. A table rather than decorators: no
   * decorator code in the embed. `attribute: false` on state only keeps the manifest analyzer from listing it.
   */
  static override properties: PropertyDeclarations = {
    category: {},
    limit: { type: Number, converter: (v) => positive(v) ?? 10 },
    days: { type: Number, converter: positive },
    showPast: { type: Boolean, attribute: 'show-past' },
    filters: { state: true, attribute: false },
    shown: { state: true, attribute: false },
  };

  category?: string;
  limit = 10;
  days?: number;
  showPast = false;

  private filters: EventFilters = NO_FILTERS;
  private shown = 0;
  /** Index of the first event a "Show more" added, to move focus there. */
  private focusIndex = -1;
  private timer: ReturnType<typeof setInterval> | undefined;
  /** The language during a render (see `renderContent`). */
  private renderLocale: string | undefined;

  override get locale(): string {
    return this.renderLocale ?? super.locale;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // "Now", "closes in 2 hours" and ended events change with the clock.
    this.timer = setInterval(() => this.requestUpdate(), 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.timer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('category')) this.filters = { ...this.filters, category: this.category ?? '' };
    if ((['category', 'limit', 'days', 'showPast'] as const).some((k) => changed.has(k))) this.shown = this.limit;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusIndex < 0) return;
    const title = this.renderRoot.querySelectorAll<HTMLElement>('li.event .title')[this.focusIndex];
    this.focusIndex = -1;
    title?.focus();
  }

  private plain = (value: LocalizedText | undefined): string => this.pick(value)?.text ?? '';

  private setFilters(next: Partial<EventFilters>): void {
    this.filters = { ...this.filters, ...next };
    this.shown = this.limit;
  }

  private onFilterChange(e: Event): void {
    const input = e.target as HTMLInputElement | HTMLSelectElement;
    const name = input.name as keyof EventFilters;
    // A select's type is never 'checkbox' (it is 'select-one').
    this.setFilters({ [name]: input.type === 'checkbox' ? (input as HTMLInputElement).checked : input.value });
  }

  private showMore(): void {
    this.focusIndex = this.shown;
    this.shown += this.limit;
  }

  private download(events: readonly PreparedEvent[], title: string): void {
    const feed = this.feed;
    if (feed) downloadIcs(eventsIcs(events, feed, this.plain, this.locale, Date.now()), title, 'events');
  }

  protected renderContent(feed: Feed): unknown {
    // The base's getter matches locales on every call: the language is worked out once per render.
    this.renderLocale = super.locale;
    try {
      return this.renderEvents(feed);
    } finally {
      this.renderLocale = undefined;
    }
  }

  private renderEvents(feed: Feed): unknown {
    const now = Date.now();
    // "Today" where each event takes place, each zone worked out once for this render.
    const todayAt = todayByZone(now);
    const windowed = windowEvents(prepareEvents(feed), now, { showPast: this.showPast, days: this.days }, todayAt);
    if (windowed.length === 0) {
      return html`<p class="status" part="status empty">${msg('There are no upcoming events.')}</p>`;
    }
    const todayKey = todayAt(feed.timeZone || 'UTC');
    const publishers = publishersOf(feed.events, feed);
    const { matched, counts } = applyFilters(windowed, this.filters, todayAt, this.locale, publishers);
    const shown = Math.max(this.shown, this.limit);
    const total = matched.length;
    const n = this.number(total);
    const names = new Map(feed.categories.map((c) => [c.id, c.name]));
    const ctx: ItemContext = {
      locale: this.locale,
      now,
      visitorZone: visitorTimeZone(),
      titleLevel: subheadingLevel(this.headingLevel),
      text: (v) => this.text(v),
      pick: (v) => this.pick(v),
      plain: this.plain,
      categoryName: (id) => (names.has(id) ? this.text(names.get(id)) : id),
      publisher: (k) => renderPublisher(publishers, k, (v) => this.text(v)),
      onCalendar: (item) => this.download([item.p], this.plain(item.p.event.title)),
    };
    return html`
      ${this.renderFilters(feed, counts, publishers)}
      <p class="count" part="count" role="status">
        ${shown < total ? msg(str`Events shown: ${this.number(shown)} of ${n}`) : msg(str`Events: ${n}`)}
      </p>
      ${total === 0
        ? html`<p class="status" part="status empty">${msg('No events match these filters.')}</p>`
        : repeat(
            groupByDay(matched.slice(0, shown), now, todayAt),
            (day) => day.key,
            (day) => html`<section class="day" part="day">
              ${renderHeading(
                this.headingLevel,
                // "Today" and "Tomorrow" come from RelativeTimeFormat, dates from DateTimeFormat: each may be a fallback.
                intlText(dayHeading(day.key, day.relation, this.locale, day.key.slice(0, 4) !== todayKey.slice(0, 4)), day.relation === 'other' ? Intl.DateTimeFormat : Intl.RelativeTimeFormat, this.locale),
                'day-heading',
              )}
              <ul class="events" part="list">
                ${repeat(day.items, (item) => item.p.event.id, (item) => renderEventItem(item, ctx))}
              </ul>
            </section>`,
          )}
      <div class="actions">
        ${total > shown ? html`<button type="button" part="button more" @click=${this.showMore}>${msg('Show more events')}</button>` : nothing}
        ${total > 1
          ? html`<button type="button" class="secondary" part="button calendar-all" @click=${() => this.download(matched, this.inOwnWords(() => msg('Events')))}>
              ${msg(str`Add all to calendar (${n})`)}
            </button>`
          : nothing}
      </div>
    `;
  }

  private number(n: number): string {
    return intl(Intl.NumberFormat, this.locale, {}).format(n);
  }

  private renderFilters(feed: Feed, counts: FilterCounts, publishers: Publishers): TemplateResult {
    const f = this.filters;
    const categories = feed.categories.filter((c) => counts.category.has(c.id) || c.id === f.category);
    const languages = [...counts.language.keys()];
    if (f.language && !counts.language.has(f.language)) languages.push(f.language);
    const collator = intl(Intl.Collator, this.locale, {});
    languages.sort((a, b) => collator.compare(endonym(a), endonym(b)));
    /** A labelled select; each option with the number of events it would list, and the `lang` of a name in another language. */
    const select = (name: 'category' | 'language' | 'mode' | 'date', label: string, options: Array<[string, unknown, number?, string?]>): TemplateResult =>
      html`<div class="field" part="field">
        <label for="f-${name}">${label}</label>
        <select id="f-${name}" name=${name}>
          ${options.map(
            ([value, text, count, lang]) =>
              html`<option value=${value} lang=${ifDefined(lang)} dir=${ifDefined(lang ? textDirection(lang) : undefined)} .selected=${value === f[name]}>${text}${count === undefined ? '' : ` (${this.number(count)})`}</option>`,
          )}
        </select>
      </div>`;
    const day = (name: 'from' | 'to', label: string): TemplateResult =>
      html`<div class="field" part="field">
        <label for="f-${name}">${label}</label>
        <input id="f-${name}" name=${name} type="date" .value=${f[name]} min=${ifDefined((name === 'to' && f.from) || undefined)} max=${ifDefined((name === 'from' && f.to) || undefined)} />
      </div>`;
    return html`<form class="filters" part="filters" aria-label=${msg('Filter events')} @change=${this.onFilterChange} @submit=${(e: Event) => e.preventDefault()}>
      ${select('category', msg('Category'), [
        ['', msg('All categories'), counts.anyCategory],
        ...categories.map((c): [string, unknown, number, string?] => {
          const name = this.pick(c.name);
          return [c.id, name?.text ?? '', counts.category.get(c.id) ?? 0, this.foreignLang(name)];
        }),
      ])}
      ${select('language', msg('Language'), [
        ['', msg('All languages'), counts.anyLanguage],
        ...languages.map((code): [string, unknown, number, string?] => {
          const own = endonymIn(code);
          return [code, own.text, counts.language.get(code) ?? 0, this.foreignLang(own)];
        }),
      ])}
      ${select('mode', msg('Online or in person'), [
        ['', msg('Online and in person'), counts.anyMode],
        ['online', msg('Online'), counts.online],
        ['in-person', msg('In person'), counts.inPerson],
      ])}
      ${select('date', msg('When'), [
        ['', msg('Any date'), counts.anyDate],
        ['week', msg('This week'), counts.week],
        ['month', msg('This month'), counts.month],
        ['span', msg('Choose dates')],
      ])}
      ${f.date === 'span' ? [day('from', msg('From')), day('to', msg('To'))] : nothing}
      ${publishers.network
        ? html`<div class="field" part="field">
            ${renderPublisherSelect({
              id: 'f-publisher',
              table: publishers,
              counts: counts.publisher,
              all: counts.anyPublisher,
              chosen: f.publisher,
              name: (p) => this.pick(publisherName(p)),
              locale: this.locale,
              number: (n) => this.number(n),
            })}
          </div>`
        : nothing}
      <div class="field check" part="field">
        <input id="f-free" name="free" type="checkbox" .checked=${f.free} />
        <label for="f-free">${msg('Free only')} (${this.number(counts.free)})</label>
      </div>
      ${hasActiveFilters(f)
        ? html`<button type="button" class="secondary" part="button clear" @click=${() => this.setFilters({ ...NO_FILTERS })}>
            ${msg('Clear filters')}
          </button>`
        : nothing}
    </form>`;
  }
}

defineElement('civic-event-list', CivicEventList);

/** `detail` of `civic-event-open`. */
export interface EventOpenDetail {
  id: string;
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-event-list': CivicEventList;
  }
  interface HTMLElementEventMap {
    'civic-event-open': CustomEvent<EventOpenDetail>;
  }
}
