import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { msg, str } from '../../i18n/messages.js';
import type { Said } from '../../base/civic-element.js';
import { CivicListElement } from '../../base/list-element.js';
import { defineElement } from '../../base/define.js';
import { subheadingLevel } from '../../base/heading-level.js';
import type { Feed, LocalizedText } from '../../feed/types.js';
import { homePublisher, publishersOf } from '../../feed/publishers.js';
import { renderPublisher } from '../../base/publisher-parts.js';
import {
  activeFilters,
  hasActiveFilters,
  NO_FILTERS,
  withoutFilter,
  type EventFilters,
  type FilterKey,
  type ListedEvent,
  type PreparedEvent,
} from './event-filters.js';
import { firstEvents, listView, type ListView } from './event-selection.js';
import { downloadedWords } from '../../calendar/calendar-words.js';
import { ColdPart, ColdPartWarmer, partNotLoadedWords } from '../../base/cold-part.js';
import { withDeps } from '../../embed/chunk-deps.js';
import type { ItemContext } from './event-item.js';
import { prepareFirstRows, renderDays } from './event-days.js';
import { renderChips, renderPanelFields, renderQuickFields, type FilterContext } from './event-filter-form.js';
import { FilterBar, filterBarStyles } from '../../base/filter-bar.js';
import { intl } from '../../i18n/intl.js';
import { visitorTimeZone } from '../../i18n/intl-words.js';
import { eventListStyles } from './event-list.styles.js';

/** A whole number above 0 from an attribute; undefined for a missing, empty or other value (`Number('')` is 0). */
const positive = (value: string | null): number | undefined => {
  const n = Math.floor(Number(value));
  return n > 0 ? n : undefined;
};

/** The calendar file (the .ics writer and the download): chunks loaded on first use, together. */
const calendarFile = new ColdPart((attempt) =>
  withDeps('components/event-list/event-calendar', () => import('./event-calendar.js'), attempt),
);

/**
 * Upcoming events from the feed, soonest first, grouped by day ("Today", "Tomorrow", "Saturday, April 17"), as
 * compact rows that open in place; with filters, paging and "Add to calendar".
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
 * @attr home - The page's own publisher (its `id`, in a network's feed): its events come first, the other places'
 *   after a divider. Without it, the feed's own publisher's events come first when the events are of several.
 * @fires civic-event-open - A person opened an event's row. `detail: { id }` (bubbles, composed).
 * @csspart filters - The filters above the bar's row: when, and where (events in several towns).
 * @csspart field - One filter (label and control).
 * @csspart filter-bar - The bar: when and where, then the row with "Filters (2)", the active filters and the count.
 * @csspart filters-toggle - "Filters (2)": opens the panel with the other filters (a narrow widget).
 * @csspart filter-panel - The other filters (category, language, online or in person, publisher, free); a side column on a wide widget.
 * @csspart show-results - "Show results (12)", closing the panel.
 * @csspart active-filters - The active filters, each removable.
 * @csspart chip - One active filter's remove button.
 * @csspart count - The number of events found (a polite live region).
 * @csspart day - One day: heading and its events.
 * @csspart day-heading - "Today", "Tomorrow" or the date; it stays in view while its day's events scroll by.
 * @csspart list - The list of one day's events.
 * @csspart event - One event's row; also `cancelled`, `postponed`, `rescheduled` or `scheduled`.
 * @csspart scheduled - An event that takes place as planned (also `event`).
 * @csspart cancelled - A cancelled event (also `event`); it stays in the list and says so.
 * @csspart postponed - A postponed event (also `event`).
 * @csspart rescheduled - A rescheduled event (also `event`).
 * @csspart title - An event's title heading.
 * @csspart toggle - The button (the event's title) that opens and closes its row; also `summary`.
 * @csspart summary - The same button as `toggle`: the name pages styled when a row opened with "More about this event".
 * @csspart badge - A status mark ("Now", "Cancelled", "Postponed"); also the status name.
 * @csspart line - The row's line: when and where.
 * @csspart when - The event's time.
 * @csspart tags - The row's tags: cost, languages, registration.
 * @csspart details - What an open row adds: description, place, registration, the rest, "Add to calendar".
 * @csspart place - Place name, address and map link.
 * @csspart online - How people take part ("In person", "Online", "In person and online") and, near the start, the join link.
 * @csspart publisher - "Published by …" (a feed with several publishers).
 * @csspart facts - Languages, cost, categories, accessibility.
 * @csspart registration - Registration link and deadline.
 * @csspart action-status - "Calendar file downloaded — open it to add" (a polite live region).
 * @csspart divider - "Events in other places", before the events of other places than the page's.
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
 * @cssprop --civic-color-surface - Background of the day headings while they stay in view (default: the page's `Canvas`).
 * @cssprop --civic-sticky-top - Where day headings stay while scrolling: below the host page's own sticky header (default 0).
 */
export class CivicEventList extends CivicListElement {
  static override styles = [...CivicListElement.styles, filterBarStyles, eventListStyles];
  /**
   * Attributes, and internal state (`state: true`), that re-render. A table rather than decorators: no
   * decorator code in the embed. `attribute: false` on state only keeps the manifest analyzer from listing it.
   */
  static override properties: PropertyDeclarations = {
    category: {},
    limit: { type: Number, converter: (v) => positive(v) ?? 10 },
    days: { type: Number, converter: positive },
    showPast: { type: Boolean, attribute: 'show-past' },
    home: {},
    filters: { state: true, attribute: false },
    shown: { state: true, attribute: false },
    opened: { state: true, attribute: false },
    notice: { state: true, attribute: false },
  };

  constructor() {
    super();
    // The calendar file's writer, imported as a person heads for a calendar button.
    new ColdPartWarmer(this, '[part~="calendar"], [part~="calendar-all"]', calendarFile);
  }

  category?: string;
  limit = 10;
  days?: number;
  showPast = false;
  home?: string;

  private filters: EventFilters = NO_FILTERS;
  private shown = 0;
  /** Ids of the events whose rows are open. */
  private opened: ReadonlySet<string> = new Set();
  /** The polite message after a download, and what it is about (an event id, or '' for "Add all"). */
  private notice: { about: string; words: Said } | undefined;
  /** The filters' bar: its panel opens on a narrow widget, a side column on a wide one. */
  private readonly bar = new FilterBar(this);
  /** Index of the first event a "Show more" added, to move focus there. */
  private focusIndex = -1;
  /** Index of the chip just removed, to move focus to the chip now there (else the bar's button or count). */
  private chipIndex = -1;
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
    if ((['category', 'limit', 'days', 'showPast', 'home'] as const).some((k) => changed.has(k))) this.shown = this.limit;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.chipIndex >= 0) {
      const chips = [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="chip"]')];
      const toggle = this.renderRoot.querySelector<HTMLElement>('.bar-toggle');
      // The button is not shown on a wide widget (its filters are a side column): then the count.
      const next =
        chips[Math.min(this.chipIndex, chips.length - 1)] ??
        (toggle?.getClientRects().length ? toggle : this.renderRoot.querySelector<HTMLElement>('.bar-count'));
      this.chipIndex = -1;
      next?.focus();
    }
    if (this.focusIndex < 0) return;
    const toggle = this.renderRoot.querySelectorAll<HTMLElement>('li.event .toggle')[this.focusIndex];
    this.focusIndex = -1;
    toggle?.focus();
  }

  private plain = (value: LocalizedText | undefined): string => this.pick(value)?.text ?? '';

  private setFilters(next: Partial<EventFilters>): void {
    this.filters = { ...this.filters, ...next };
    this.shown = this.limit;
    this.notice = undefined;
  }

  private onFilterChange(e: Event): void {
    const input = e.target as HTMLInputElement | HTMLSelectElement;
    const name = input.name as keyof EventFilters;
    if (!(name in NO_FILTERS)) return;
    // A select's type is never 'checkbox' (it is 'select-one').
    this.setFilters({ [name]: input.type === 'checkbox' ? (input as HTMLInputElement).checked : input.value });
  }

  private showMore(): void {
    this.focusIndex = this.shown;
    this.shown += this.limit;
  }

  private toggle(item: ListedEvent): void {
    const id = item.p.event.id;
    const opened = new Set(this.opened);
    if (opened.delete(id)) {
      if (this.notice?.about === id) this.notice = undefined;
    } else {
      opened.add(id);
      this.dispatchEvent(new CustomEvent('civic-event-open', { bubbles: true, composed: true, detail: { id } }));
    }
    this.opened = opened;
  }

  /**
   * Downloads a calendar file, and says so where it was asked for (`about`: the event's id, '' for all).
   * The writer is loaded on first use (warmed as the pointer or focus reaches a calendar button).
   */
  private async download(events: readonly PreparedEvent[], title: string, about: string): Promise<void> {
    let calendar: typeof import('./event-calendar.js');
    try {
      calendar = await calendarFile.load();
    } catch {
      this.notice = { about, words: this.say(partNotLoadedWords) };
      return;
    }
    const feed = this.feed;
    if (!feed) return;
    calendar.downloadIcs(calendar.eventsIcs(events, feed, this.plain, this.locale, Date.now()), title, 'events');
    this.notice = { about, words: this.say(downloadedWords) };
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

  /** The list's view, then its first rows' words, each in a task before the first render (see CivicElement). */
  protected override *prepareFirstRender(feed: Feed): Generator<void, void> {
    const view = this.#listView(feed, Date.now());
    yield;
    prepareFirstRows(view, this.locale, visitorTimeZone(), 3);
  }

  /** The list now, worked out again only when what it depends on changes (a render in stages asks for it in each stage). */
  #listView(feed: Feed, now: number): ListView {
    const request = {
      filters: this.filters,
      showPast: this.showPast,
      days: this.days,
      shown: Math.max(this.shown, this.limit),
      locale: this.locale,
    };
    const key = [feed, request.filters, request.showPast, request.days, request.shown, request.locale, this.home, Math.floor(now / 60_000)];
    if (this.#lastView && key.every((k, i) => k === this.#lastView!.key[i])) return this.#lastView.view;
    const view = listView(feed, request, now, homePublisher(publishersOf(feed.events, feed), feed, this.home));
    this.#lastView = { key, view };
    return view;
  }

  #lastView: { key: unknown[]; view: ListView } | undefined;

  private renderEvents(feed: Feed): unknown {
    const now = Date.now();
    const fullView = this.#listView(feed, now);
    // The first render with the feed shows its events a few per task (RenderStages); "Show more" waits for the last.
    const rendered = this.stages.take(fullView.shown, (i) => fullView.matched[i]?.event);
    const view = rendered < fullView.shown ? { ...fullView, sections: firstEvents(fullView.sections, rendered), staging: true } : fullView;
    if (view.upcoming === 0) {
      return html`<p class="status" part="status empty">${msg('There are no upcoming events.')}</p>`;
    }
    const total = view.matched.length;
    const n = this.number(total);
    const names = new Map(feed.categories.map((c) => [c.id, c.name]));
    const notice = this.notice;
    const item: ItemContext = {
      locale: this.locale,
      now,
      visitorZone: visitorTimeZone(),
      titleLevel: subheadingLevel(this.headingLevel),
      text: (v, note) => this.text(v, note),
      pick: (v) => this.pick(v),
      plain: this.plain,
      categoryName: (id) => (names.has(id) ? this.text(names.get(id)) : id),
      publisher: (k) => renderPublisher(view.publishers, k, (v) => this.text(v)),
      isOpen: (id) => this.opened.has(id),
      toggle: (listed) => this.toggle(listed),
      onCalendar: (listed) => void this.download([listed.p], this.plain(listed.p.event.title), listed.p.event.id),
      status: (id) => (notice?.about === id ? this.stillSaid(notice.words) : ''),
    };
    const filters: FilterContext = {
      filters: this.filters,
      counts: view.counts,
      categories: feed.categories,
      towns: view.towns,
      publishers: view.publishers,
      locale: this.locale,
      pick: (v) => this.pick(v),
      number: (k) => this.number(k),
      remove: (key: FilterKey) => {
        this.chipIndex = activeFilters(this.filters).indexOf(key);
        this.setFilters(withoutFilter(this.filters, key));
      },
    };
    const results =
      total === 0
        ? html`<p class="status" part="status empty">${msg('No events match these filters.')}</p>`
        : renderDays(view, {
            item,
            headingLevel: this.headingLevel,
            number: (k) => this.number(k),
            allStatus: notice?.about === '' ? this.stillSaid(notice.words) : '',
            onCalendarAll: () =>
              void this.download(
                view.matched,
                this.inOwnWords(() => msg('Events')),
                '',
              ),
            onMore: () => this.showMore(),
          });
    return html`<div @change=${this.onFilterChange}>
      ${this.bar.render({
        search: renderQuickFields(filters),
        active: activeFilters(this.filters).length,
        number: (k) => this.number(k),
        chips: renderChips(filters),
        count: view.shown < total ? msg(str`Events shown: ${this.number(view.shown)} of ${n}`) : msg(str`Events: ${n}`),
        live: true,
        total,
        panel: html`${renderPanelFields(filters)}
          ${
            hasActiveFilters(this.filters)
              ? html`<button type="button" class="secondary clear" part="button clear" @click=${() => this.setFilters({ ...NO_FILTERS })}>${msg('Clear filters')}</button>`
              : nothing
          }`,
        results,
      })}
    </div>`;
  }

  private number(n: number): string {
    return intl(Intl.NumberFormat, this.locale, {}).format(n);
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
