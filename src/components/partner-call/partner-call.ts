import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { msg, str } from '../../i18n/messages.js';
import type { Said } from '../../base/civic-element.js';
import { CivicListElement } from '../../base/list-element.js';
import { defineElement } from '../../base/define.js';
import type { Feed, PartnerCall } from '../../feed/types.js';
import { countByPublisher, isListedFor, publisherIndex, publisherName, publishersOf, type Publishers } from '../../feed/publishers.js';
import { downloadedWords } from '../../calendar/calendar-words.js';
import { ColdPart, ColdPartWarmer, partNotLoadedWords } from '../../base/cold-part.js';
import { withDeps } from '../../embed/chunk-deps.js';
import { intl } from '../../i18n/intl.js';
import { visitorTimeZone } from '../../i18n/intl-words.js';
import { deadlineWords, msUntilNextMinute } from './call-deadline.js';
import { renderCallCard, type CardContext, type InterestVia } from './call-card.js';
import { webHref } from '../../links/links.js';
import { programmesOf, selectCalls } from './call-selection.js';
import { partnerCallStyles } from './partner-call.styles.js';

/** `detail` of `civic-call-interest`. */
export interface CallInterestDetail {
  id: string;
  via: InterestVia;
}

/** Call cards added per task (about 15 ms of rendering and layout each time). */

/** The calendar file (the .ics writer and the download): chunks loaded on first use, together. */
const calendarFile = new ColdPart((attempt) =>
  withDeps('calendar/calendar-file', () => import('../../calendar/calendar-file.js'), attempt),
);

/**
 * A card for one call for project partners (`call-id`), or a card for each open call, soonest
 * deadline first. Each card says when the call closes, in words, and keeps that up to date
 * while the page stays open.
 *
 * @tagname civic-partner-call
 * @summary Calls for project partners that a city or NGO can answer in a minute.
 * @attr call-id - Show only the call with this id; it is shown even when closed, and then says so.
 * @attr programme - Only calls of these programmes (comma-separated, e.g. `AMIF, Erasmus+`).
 * @attr topic - Only calls with one of these topics (comma-separated).
 * @attr show-closed - List closed calls too (after the open ones).
 * @attr layout - `full` (default) or `compact`: title, programme, deadline and "Express interest" only.
 * @fires civic-call-interest - "Express interest" was activated; `detail: { id, via: 'url' | 'email' }`.
 * @csspart card - One call's card (an `article`).
 * @csspart title - The call's title (a heading at `heading-level`).
 * @csspart labels - The list of programme and topic labels.
 * @csspart publisher - "Published by …" (a feed with several publishers).
 * @csspart label - One label; also `programme` or `topic`.
 * @csspart programme - A programme label (also `label`), or the programme fact (also `fact`).
 * @csspart topic - A topic label (also `label`).
 * @csspart deadline - The deadline date and its status words.
 * @csspart deadline-status - "Closes in 5 days", "Closes today at 23:59", "Applications closed".
 * @csspart summary - The call's summary.
 * @csspart objectives - The objectives section.
 * @csspart subheading - The "Objectives" heading.
 * @csspart facts - Partners sought, coordinator, duration, budget, contact.
 * @csspart fact - One of those; also `partners`, `coordinator`, `duration`, `budget` or `contact`.
 * @csspart partners - Who is sought (also `fact`).
 * @csspart coordinator - The coordinating organisation (also `fact`).
 * @csspart duration - The project's duration (also `fact`).
 * @csspart budget - The budget (also `fact`).
 * @csspart contact - Whom to contact (also `fact`).
 * @csspart actions - The row of actions.
 * @csspart button - Each action; also `interest`, `calendar`, `share` or `filter`.
 * @csspart interest - "Express interest" (also `button`).
 * @csspart calendar - Add the deadline to a calendar (also `button`).
 * @csspart share - Share or copy the call's link (also `button`).
 * @csspart filter - A programme or publisher filter button (also `button`).
 * @csspart action-status - The polite message after copying a link or downloading the deadline's calendar file.
 * @csspart filters - Programme filter buttons (shown when calls of several programmes are listed), and
 *   publisher filter buttons with counts (calls of several publishers, in a network's feed).
 * @cssprop --civic-color-surface - Card background.
 */
export class CivicPartnerCall extends CivicListElement {
  static override styles = [...CivicListElement.styles, partnerCallStyles];
  /**
   * Attributes, and internal state (`state: true`), that re-render. A table rather than decorators: no
   * decorator code in the embed. `attribute: false` on state only keeps the manifest analyzer from listing it.
   */
  static override properties: PropertyDeclarations = {
    callId: { attribute: 'call-id' },
    programme: {},
    topic: {},
    showClosed: { type: Boolean, attribute: 'show-closed' },
    layout: {},
    chosenProgramme: { state: true, attribute: false },
    chosenPublisher: { state: true, attribute: false },
    statuses: { state: true, attribute: false },
  };

  constructor() {
    super();
    // The calendar file's writer, imported as a person heads for "Add the deadline to my calendar".
    new ColdPartWarmer(this, '[part~="calendar"]', calendarFile);
  }

  callId?: string;
  programme?: string;
  topic?: string;
  showClosed = false;
  layout: 'full' | 'compact' = 'full';

  /** Programme and publisher (its key) chosen with the filter buttons. */
  private chosenProgramme: string | undefined;
  private chosenPublisher: string | undefined;
  /** By call id (a Map: an id such as `__proto__` or `constructor` is a key like any other). */
  private statuses = new Map<string, Said>();

  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Whether a shown call is still open, so its words can change with time. */
  private live = false;
  /** The feed and selection the listed cards belong to: a new one is rendered in stages again (RenderStages). */
  private listedFor: { feed?: Feed; key?: string } = {};

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page after a move: the words may be stale and the timer was cleared.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    clearTimeout(this.timer);
    if (this.live && this.isConnected) this.timer = setTimeout(() => this.requestUpdate(), msUntilNextMinute(Date.now()));
  }

  /**
   * In the task before the first render (see CivicElement): the formatters of the first cards' deadlines
   * (making an Intl formatter costs far more than using it; the cache in src/i18n/intl.ts keeps them).
   */
  // eslint-disable-next-line require-yield -- one step
  protected override *prepareFirstRender(feed: Feed): Generator<void, void> {
    const now = Date.now();
    for (const { call, zone } of selectCalls(feed, this, now).slice(0, 3))
      deadlineWords(call.deadline, zone, now, this.locale, visitorTimeZone());
  }

  protected override renderContent(feed: Feed): unknown {
    const now = Date.now();
    // The element's attributes are the selection (call-id, programme, topic, show-closed).
    const listed = selectCalls(feed, this, now);
    const programmes = this.callId || this.programme ? [] : programmesOf(listed.map((s) => s.call));
    const chosen = programmes.includes(this.chosenProgramme ?? '') ? this.chosenProgramme : undefined;
    const ofProgramme = chosen ? listed.filter((s) => s.call.programme === chosen) : listed;
    // In a network's feed, the publishers of the calls listed: a filter when there are several.
    const publishers = publishersOf(feed.calls, feed);
    const counts = countByPublisher(
      publishers,
      ofProgramme.map((s) => s.publisher),
    );
    const several = !this.callId && counts.filter(Boolean).length > 1;
    const wanted = several ? publisherIndex(publishers, this.chosenPublisher) : -1;
    const shown = ofProgramme.filter((s) => isListedFor(wanted, s.publisher));
    this.live = shown.some((s) => !s.closed);
    const selection = `${this.callId}|${this.programme}|${this.topic}|${this.showClosed}|${this.layout}|${chosen}|${wanted}`;
    // 200 open calls in one render were one 140 ms task (≈ 50 ms to render, ≈ 90 ms to lay out): a new list comes in stages.
    if (this.listedFor.feed !== feed || this.listedFor.key !== selection) {
      if (this.listedFor.feed) this.stages.restart();
      this.listedFor = { feed, key: selection };
    }
    if (shown.length === 0) {
      const empty = this.callId
        ? msg('This call for partners was not found. It may have been removed.')
        : msg('There are no open calls for partners at the moment.');
      return html`<p class="status" part="status empty" role="status">${empty}</p>`;
    }
    const ctx = this.cardContext(feed, publishers, now);
    if (this.callId) return renderCallCard(ctx, shown[0]!, 0);
    const number = (n: number): string => intl(Intl.NumberFormat, this.locale, {}).format(n);
    const rendered = this.stages.take(shown.length, (i) => shown[i]);
    return html`${
      programmes.length > 1
        ? this.renderChips(
            msg('Programme'),
            msg('All programmes'),
            programmes.map((p) => [p, p]),
            chosen,
            (p) => (this.chosenProgramme = p),
          )
        : nothing
    }
      ${
        several
          ? this.renderChips(
              msg('Publisher'),
              `${msg('All publishers')} (${number(ofProgramme.length)})`,
              publishers.list.map((p, k) => [publishers.keys[k]!, html`${this.text(publisherName(p))} (${number(counts[k]!)})`]),
              wanted < 0 ? undefined : publishers.keys[wanted],
              (key) => (this.chosenPublisher = key),
            )
          : nothing
      }
      <ul class="calls" role="list">
        ${shown.slice(0, rendered).map((s, i) => html`<li>${renderCallCard(ctx, s, i)}</li>`)}
      </ul>`;
  }

  /** A group of toggle buttons: "all", then each option (value, label); the chosen one pressed. */
  private renderChips(
    label: string,
    all: string,
    options: Array<[string, unknown]>,
    chosen: string | undefined,
    choose: (value: string | undefined) => void,
  ): unknown {
    const chip = (value: string | undefined, text: unknown) =>
      html`<button type="button" part="button filter" aria-pressed=${chosen === value ? 'true' : 'false'} @click=${() => choose(value)}>${text}</button>`;
    return html`<div class="filters" part="filters" role="group" aria-label=${label}>
      ${chip(undefined, all)}${options.map(([value, text]) => chip(value, text))}
    </div>`;
  }

  private cardContext(feed: Feed, publishers: Publishers, now: number): CardContext {
    return {
      feed,
      publishers,
      now,
      locale: this.locale,
      level: this.headingLevel,
      compact: this.layout === 'compact',
      visitorZone: visitorTimeZone(),
      canShare: typeof navigator.share === 'function',
      pick: (value) => this.pick(value),
      text: (value) => this.text(value),
      status: (id) => this.stillSaid(this.statuses.get(id)),
      interest: (call, via) => {
        const detail: CallInterestDetail = { id: call.id, via };
        this.dispatchEvent(new CustomEvent('civic-call-interest', { bubbles: true, composed: true, detail }));
      },
      calendar: (call) => void this.downloadDeadline(call),
      share: (call) => void this.share(call),
    };
  }

  /**
   * Downloads an .ics with the deadline (shared writer with the event list), loaded on first use (warmed
   * as the pointer or focus reaches the button).
   */
  private async downloadDeadline(call: PartnerCall): Promise<void> {
    let calendar: typeof import('../../calendar/calendar-file.js');
    try {
      calendar = await calendarFile.load();
    } catch {
      this.statuses = new Map(this.statuses).set(call.id, this.say(partNotLoadedWords));
      return;
    }
    const title = this.pick(call.title)?.text ?? call.id;
    const ics = calendar.buildDeadlineIcs(
      {
        id: call.id,
        title: this.inOwnWords(() => msg(str`Deadline: ${title}`)),
        deadline: call.deadline,
        description: this.pick(call.summary)?.text,
        url: webHref(call.url),
      },
      { prodId: '-//civic-widgets//partner-call//EN', now: Date.now(), uidDomain: location.hostname || 'civic-widgets.invalid' },
    );
    if (!ics) return;
    calendar.downloadIcs(ics, title, 'deadline');
    // Said where the button is: a downloaded file does nothing until it is opened.
    this.statuses = new Map(this.statuses).set(call.id, this.say(downloadedWords));
  }

  /** Shares the call's page (Web Share API), or copies it and says so politely. */
  private async share(call: PartnerCall): Promise<void> {
    const url = webHref(call.url) ?? location.href;
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title: this.pick(call.title)?.text ?? '', url });
      } catch {
        // The visitor closed the share sheet: nothing to say.
      }
      return;
    }
    let message: Said;
    try {
      await navigator.clipboard.writeText(url);
      message = this.say(() => msg('Link copied.'));
    } catch {
      message = this.say(() => msg(str`The link could not be copied. You can copy it here: ${url}`));
    }
    this.statuses = new Map(this.statuses).set(call.id, message);
  }
}

defineElement('civic-partner-call', CivicPartnerCall);

declare global {
  interface HTMLElementTagNameMap {
    'civic-partner-call': CivicPartnerCall;
  }
  interface HTMLElementEventMap {
    'civic-call-interest': CustomEvent<CallInterestDetail>;
  }
}
