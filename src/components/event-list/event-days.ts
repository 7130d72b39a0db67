/**
 * The list itself: "Add all to calendar" above it, the days (each under a heading that stays in view while its
 * events scroll by), the page's own place first and the other places after a divider, and "Show more events".
 * A render function over a context, as the rows are (`event-item.ts`).
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '../../i18n/messages.js';
import { renderHeading } from '../../base/heading.js';
import type { HeadingLevel } from '../../base/heading-level.js';
import { intlText } from '../../base/intl-text.js';
import { dateBlock, dayHeading, eventWhen } from './event-time.js';
import { renderEventItem, type ItemContext } from './event-item.js';
import type { EventDay } from './event-filters.js';
import type { ListView } from './event-selection.js';

/** What the list needs from the element, besides what a row needs. */
export interface DaysContext {
  item: ItemContext;
  headingLevel: HeadingLevel;
  number(n: number): string;
  /** "Add all to calendar": every event the filters match. */
  onCalendarAll(): void;
  /** The polite message after "Add all to calendar"; '' for none. */
  allStatus: string;
  onMore(): void;
}

function renderDay(day: EventDay, view: ListView, ctx: DaysContext): TemplateResult {
  const { locale } = ctx.item;
  // "Today" and "Tomorrow" come from RelativeTimeFormat, dates from DateTimeFormat: each may be a fallback.
  const words = dayHeading(day.key, day.relation, locale, day.key.slice(0, 4) !== view.todayKey.slice(0, 4));
  return html`<section class="day" part="day">
    ${renderHeading(ctx.headingLevel, intlText(words, day.relation === 'other' ? Intl.DateTimeFormat : Intl.RelativeTimeFormat, locale), 'day-heading')}
    <ul class="events" part="list">
      ${repeat(
        day.items,
        (item) => item.p.event.id,
        (item) => renderEventItem(item, day.key, ctx.item),
      )}
    </ul>
  </section>`;
}

/** The days of the page; "Add all" above them when there is more than one event, "Show more" below when there are more. */
export function renderDays(view: ListView, ctx: DaysContext): TemplateResult {
  const total = view.matched.length;
  return html`<div class="results">
    ${
      total > 1
        ? html`<div class="all">
          <button type="button" class="link" part="button calendar-all" @click=${ctx.onCalendarAll}>${msg(str`Add all to calendar (${ctx.number(total)})`)}</button>
          <span role="status">${ctx.allStatus}</span>
        </div>`
        : nothing
    }
    ${view.sections.map(
      (section, i) => html`${i > 0 ? html`<p class="divider" part="divider">${msg('Events in other places')}</p>` : nothing}
        ${repeat(
          section.days,
          (day) => `${section.home}${day.key}`,
          (day) => renderDay(day, view, ctx),
        )}`,
    )}
    ${total > view.shown && !view.staging ? html`<button type="button" part="button more" @click=${ctx.onMore}>${msg('Show more events')}</button>` : nothing}
  </div>`;
}

/**
 * The words of the list's first `rows` rows and of their days' headings, made ahead of the render that shows them
 * (in the task before it: see CivicElement) and kept where each is remembered (event-time.ts): most of their cost
 * is making the Intl formatters, once per language, zone and form.
 */
export function prepareFirstRows(view: ListView, locale: string, visitorZone: string, rows: number): void {
  for (const day of view.sections.flatMap((s) => s.days)) {
    if (rows <= 0) return;
    dayHeading(day.key, day.relation, locale, day.key.slice(0, 4) !== view.todayKey.slice(0, 4));
    dateBlock(day.key, locale);
    for (const item of day.items.slice(0, rows)) eventWhen(item.p.timing, item.p.zone, visitorZone, locale);
    rows -= day.items.length;
  }
}
