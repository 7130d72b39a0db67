import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '../../i18n/messages.js';
import { intlText, joinedList } from '../../base/intl-text.js';
import { CivicElement, isolated } from '../../base/civic-element.js';
import { defineElement } from '../../base/define.js';
import { langOf } from '../../base/lang-of.js';
import { renderHeading, subheadingLevel, type HeadingLevel } from '../../base/heading.js';
import type { Feed, LocalizedText, Service } from '../../feed/types.js';
import { publisherName, publishersOf } from '../../feed/publishers.js';
import { renderPublisher, renderPublisherSelect } from '../../base/publisher-parts.js';
import type { PickedText } from '../../i18n/localized-text.js';
import { buildServiceIndex, drain, sliced, type ServiceIndex } from '../../search/service-index.js';
import { finderStyles } from './service-finder.styles.js';
import { activeFilters, buildFacetTable, filterServices, isFree, listedFeed, NO_FILTERS, type FacetTable, type Facet, type FilterResult, type FinderFilters } from './service-filters.js';
import { nearestKm, type LatLon } from './geo-distance.js';
import { readUrlState, serviceLink, writeUrlState } from './url-state.js';
import { mailtoHref, mapLinks, telHref, webHref } from '../../links/links.js';
import { formatDays, openStatusText, renderAddress, renderRange, weekdayName } from './service-details.js';
import { openingRanges, upcomingClosures, weeklySchedule, type OpeningRange } from '../../time/opening-hours.js';
import { weekdayOfDateKey, zonedDateKey } from '../../time/zoned-time.js';
import { fallbackLanguage, intl, languageNameIn } from '../../i18n/intl.js';
import { textDirection } from '../../i18n/direction.js';
import { openFlags, openTableSteps, type OpenTable } from './open-now.js';

/** `detail` of `civic-search`. Never the visitor's location. */
export interface ServiceSearchDetail {
  query: string;
  filters: { category: string; language: boolean; free: boolean; openNow: boolean; publisher: string };
  resultCount: number;
}

/** Quiet time after the last keystroke before the result count is announced and `civic-search` fires. */
const SETTLE_MS = 600;

type GeoState = 'off' | 'asking' | 'on' | 'denied';

/**
 * Search box, combinable filters and result list over the feed's services, with a service's
 * details shown inline. Search runs on every keystroke over an index built once per feed; only
 * the visible page of results is rendered.
 *
 * @summary Find a local service in your own language.
 * @attr src - URL of the feed.
 * @attr category - A category id that is preselected (and fixed with `lock-category`).
 * @attr lock-category - Keeps the `category` filter on and hides the category choice.
 * @attr page-size - Results shown at first and added by "Show more" (default 10).
 * @attr heading-level - Level (2–6) of the widget's heading; results and details use the next level.
 * @attr service - Opens this service's details (by id) when the feed is there, e.g. on a page about one office.
 * @attr url-state - Keeps the query, filters and the open service in the page URL (`cw-q`,
 *   `cw-cat`, `cw-lang`, `cw-free`, `cw-open`, `cw-area`, `cw-pub`, `cw-service`), so links can be
 *   shared and the back button works.
 * @fires civic-search - After typing or filtering settles: `detail: { query, filters: { category,
 *   language, free, openNow, publisher }, resultCount }`. Never includes the visitor's location.
 * @csspart search - The search field and its label.
 * @csspart filters - The filter controls.
 * @csspart filter - One filter control (checkbox with its label).
 * @csspart active-filters - The list of active filters, each removable.
 * @csspart chip - One active filter's remove button.
 * @csspart near - The "near me" controls.
 * @csspart area - The postal code or district field.
 * @csspart count - The visible number of results.
 * @csspart results - The result list.
 * @csspart result - One result.
 * @csspart result-name - The button that opens a result's details.
 * @csspart publisher - "Published by …" on a result and in the details (a feed with several publishers).
 * @csspart more - The "Show more" button.
 * @csspart empty - The message when nothing matches.
 * @csspart details - A service's details.
 * @csspart back - The button back to the results.
 * @csspart hours - The opening hours table; also the table of holidays and other hours (`closures`).
 * @csspart open-status - "Open now, closes at …".
 * @csspart location - An address with its map links.
 * @csspart map-link - OpenStreetMap and `geo:` links.
 * @csspart contact - Phone, e-mail and website links.
 * @csspart copy - The "Copy link" button.
 * @csspart result-heading - A result's heading (it holds the result-name button).
 * @csspart details-title - The heading of a service's details.
 * @csspart details-heading - A heading inside the details ("Who can use it", "How to apply", …).
 * @csspart description - A service's description in its details.
 * @csspart closures - The table of holidays and other hours (also `hours`).
 */
export class CivicServiceFinder extends CivicElement {
  static override styles = [...CivicElement.styles, finderStyles];
  /**
   * Attributes, and internal state (`state: true`), that re-render. A table rather than decorators: no
   * decorator code in the embed. `attribute: false` on state only keeps the manifest analyzer from listing it.
   */
  static override properties: PropertyDeclarations = {
    category: {},
    lockCategory: { type: Boolean, attribute: 'lock-category' },
    pageSize: { type: Number, attribute: 'page-size' },
    urlState: { type: Boolean, attribute: 'url-state' },
    service: {},
    query: { state: true, attribute: false },
    chosen: { state: true, attribute: false },
    geo: { state: true, attribute: false },
    pages: { state: true, attribute: false },
    openId: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  category = '';
  lockCategory = false;
  pageSize = 10;
  urlState = false;
  service = '';

  private query = '';
  /** A person's own filter choices; a missing one takes its default (the `category` attribute; "speaks my language" on when some service matches). */
  private chosen: Partial<FinderFilters> = {};
  private geo: GeoState = 'off';
  private pages = 1;
  private openId: string | undefined;
  /** The only live region's text: set when typing pauses, not on every keystroke. */
  private announcement = '';
  /** Set with `geo` (which re-renders). */
  private position: LatLon | undefined;
  /** Set with `announcement` or `openId` (which re-render). */
  private copy: '' | 'copied' | 'manual' = '';

  /** The feed's search index, built in slices after the first page is shown (unset until then). */
  private indexed: { services: readonly Service[]; index: ServiceIndex | undefined } | undefined;
  private table: FacetTable | undefined;
  private tableLocale = '';
  private openMemo: { services: readonly Service[]; table?: OpenTable | undefined; minute?: number; open?: Uint8Array } | undefined;
  private hitsKey: string | undefined;
  private hits: number[] = [];
  private viewKey = '';
  private view: (FilterResult & { distance: Map<number, number> }) | undefined;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  private pushedDetails = false;
  private minuteTimer: ReturnType<typeof setInterval> | undefined;
  private readonly onPopState = (): void => this.applyUrl(location.search, true);

  override connectedCallback(): void {
    super.connectedCallback();
    // "Open now" and "closes at" follow the clock while the page stays open.
    this.minuteTimer = setInterval(() => this.requestUpdate(), 60_000);
    if (this.urlState) {
      this.applyUrl(location.search, false);
      addEventListener('popstate', this.onPopState);
    } else {
      // A copied service link works even where the page did not turn on url-state.
      this.openId = readUrlState(location.search).service ?? this.openId;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('popstate', this.onPopState);
    clearTimeout(this.settleTimer);
    clearInterval(this.minuteTimer);
  }

  /** Inactive services are not listed: the feed as the finder sees it. */
  override get feed(): Feed | undefined {
    const feed = super.feed;
    return feed && listedFeed(feed);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('pageSize') && !(this.pageSize >= 1)) this.pageSize = 10;
    if (changed.has('service') && this.service) this.openId = this.service;
  }

  // ---- derived state (memoized: typing must stay well under a frame) ----

  private get filters(): FinderFilters {
    const c = this.chosen;
    return {
      category: (this.lockCategory ? undefined : c.category) ?? this.category ?? '',
      lang: c.lang ?? this.someSpeak(),
      free: !!c.free,
      open: !!c.open,
      area: this.geo === 'on' ? '' : (c.area ?? '').trim(),
      publisher: c.publisher ?? '',
    };
  }

  /** Whether any service speaks the widget's language (decides the filter's default). */
  private someSpeak(): boolean {
    return !!this.feed && this.facetTable(this.feed).speaks.includes(1);
  }

  /** What the filters read, laid out once per feed and language. */
  private facetTable(feed: Feed): FacetTable {
    if (this.table?.services !== feed.services || this.tableLocale !== this.locale) {
      this.tableLocale = this.locale;
      this.table = buildFacetTable(feed.services, feed.categories.map((c) => c.id), this.locale, publishersOf(feed.services, feed));
    }
    return this.table;
  }

  /**
   * Feed positions of the services matching the query, best first; the hits once per query. The index
   * is built once per feed, in slices (a large feed's build would be a long task): until it is ready,
   * every service is listed in feed order (the unfiltered first page), then it re-renders.
   */
  private searchHits(feed: Feed): number[] {
    if (this.indexed?.services !== feed.services) {
      // Slices of 5 ms; the first (in this render) of 2 ms, enough for a small feed (~50 services): with the
      // first page of a large one it made the feed's arrival a long task (1,000 services: ~10 ms of both builds).
      const built: NonNullable<CivicServiceFinder['indexed']> = (this.indexed = {
        services: feed.services,
        index: buildServiceIndex(feed.services, feed.categories, (index) => ((built.index = index), this.requestUpdate()), 5, 2),
      });
      this.hitsKey = undefined;
      this.viewKey = '';
    }
    const index = this.indexed.index;
    if (this.hitsKey !== this.query) this.hits = index ? index.rank((this.hitsKey = this.query)) : feed.services.map((_, i) => i);
    return this.hits;
  }

  /**
   * 1 for each service open now in its own zone; the wall clocks read once a minute. The weeks are laid
   * out once per feed in slices, as the search index is (1,000 services took ~17 ms of the first
   * render): until they are, undefined, and the list says nothing about open or closed. In this render
   * only the first step (100 services: a small feed's whole table).
   */
  private openFlags(feed: Feed): Uint8Array | undefined {
    const now = Date.now();
    const minute = Math.floor(now / 60_000);
    let memo = this.openMemo;
    if (memo?.services !== feed.services) {
      const m: NonNullable<CivicServiceFinder['openMemo']> = (memo = this.openMemo = { services: feed.services });
      m.table = sliced(openTableSteps(feed.services, feed.timeZone), (table) => ((m.table = table), (this.viewKey = ''), this.requestUpdate()), 5, 0);
    }
    // The open-now filter (from a shared link) before the slices are done: it needs the table now.
    if (this.chosen.open) memo.table ??= drain(openTableSteps(feed.services, feed.timeZone));
    if (memo.table && memo.minute !== minute) {
      memo.open = openFlags(memo.table, now);
      memo.minute = minute;
    }
    return memo.open;
  }

  /** Filtered, counted and (near me) sorted results; memoized per query, filters, language, minute and place. */
  private results(feed: Feed): NonNullable<CivicServiceFinder['view']> {
    const hits = this.searchHits(feed);
    const filters = this.filters;
    const pos = this.geo === 'on' ? this.position : undefined;
    // (hitsKey, not query: it is unset while the index is being built)
    const key = JSON.stringify([this.hitsKey, filters, this.locale, Math.floor(Date.now() / 60_000), pos]);
    if (this.view && this.viewKey === key) return this.view;
    const result = filterServices(hits, filters, this.facetTable(feed), this.openFlags(feed));
    const distance = new Map<number, number>();
    if (pos) {
      for (const i of result.results) {
        const d = nearestKm(feed.services[i]!.locations, pos);
        if (d !== undefined) distance.set(i, d);
      }
      // Nearest first; services without coordinates keep their rank order after them.
      result.results.sort((a, b) => (distance.get(a) ?? Infinity) - (distance.get(b) ?? Infinity));
    }
    this.viewKey = key;
    return (this.view = { ...result, distance });
  }

  // ---- words ----

  /** Names, as the language lists them ("A, B und C"), each isolated and marked; undefined for none. */
  private list(names: readonly (PickedText | undefined)[]): unknown[] | undefined {
    const shown = names.filter((n): n is PickedText => !!n).map((n) => isolated(n, this.locale));
    return shown.length ? joinedList(shown, this.locale, 'unit') : undefined;
  }

  private number(n: number): string {
    return intl(Intl.NumberFormat, this.locale, {}).format(n);
  }

  private categoryName(feed: Feed, id: string): PickedText | undefined {
    return this.pick(feed.categories.find((c) => c.id === id)?.name);
  }

  private categoryNames(feed: Feed, service: Service): unknown[] | undefined {
    return this.list((service.categories ?? []).map((id) => this.categoryName(feed, id)));
  }

  /** The languages a service speaks, named in the widget's language (Intl), each marked when the browser named it in another. */
  private spokenLanguages(service: Service): unknown[] | undefined {
    return this.list((service.languages ?? []).map((l) => (typeof l === 'string' ? languageNameIn(l, this.locale) : undefined)));
  }

  private distanceText(km: number): string {
    const near = km < 1;
    const formatted = intl(Intl.NumberFormat, this.locale, { style: 'unit', unit: near ? 'meter' : 'kilometer', maximumFractionDigits: 1 }).format(
      near ? Math.max(10, Math.round(km * 100) * 10) : km,
    );
    return msg(str`${formatted} away`);
  }

  /** A filter's words; a category's name as feed text (isolated, marked when in another language). */
  private filterLabel(facet: Facet, feed: Feed): unknown {
    const f = this.filters;
    const category = facet === 'category' && this.categoryName(feed, f.category);
    return facet === 'category'
      ? category
        ? isolated(category, this.locale)
        : f.category
      : facet === 'lang'
        ? msg(str`Speaks ${languageNameIn(this.locale, this.locale).text}`)
        : facet === 'free'
          ? msg('Free of charge')
          : facet === 'open'
            ? msg('Open now')
            : facet === 'area'
              ? msg(str`In ${f.area}`)
              : this.publisherLabel(feed, f.publisher);
  }

  /** A publisher's name by its key, isolated and marked (the key itself for one the feed does not have). */
  private publisherLabel(feed: Feed, key: string): unknown {
    const { list, keys } = this.facetTable(feed).publishers;
    const name = this.pick(publisherName(list[keys.indexOf(key)]));
    return name ? isolated(name, this.locale) : key;
  }

  // ---- actions ----

  private setFilter(facet: Facet, value: string | boolean): void {
    this.chosen = { ...this.chosen, [facet]: value };
    this.pages = 1;
    this.settle(50);
  }

  /** Switches one filter off. */
  private drop(facet: Facet): void {
    this.setFilter(facet, NO_FILTERS[facet]);
  }

  /** The active filters a person can remove (a locked category is not theirs to remove). */
  private removable(): Facet[] {
    return activeFilters(this.filters).filter((k) => !(k === 'category' && this.lockCategory));
  }

  private clearFilters(): void {
    for (const facet of this.removable()) this.drop(facet);
  }

  private clearSearch(): void {
    this.query = '';
    this.pages = 1;
    this.settle(50);
    void this.focusLater('#q');
  }

  private onInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    this.pages = 1;
    this.settle(SETTLE_MS);
  }

  /** After a pause: announce the count once, keep the URL current, tell the page (nothing personal). */
  private settle(delay: number): void {
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => {
      const feed = this.feed;
      if (!feed) return;
      // Typed while the index was being built: count the results once it is there.
      if (!this.indexed?.index) return this.settle(50);
      const count = this.results(feed).results.length;
      this.announcement = this.inOwnWords(() => (count ? msg(str`Services found: ${this.number(count)}`) : msg('No services found.')));
      this.writeUrl(false);
      const { category, lang, free, open, publisher } = this.filters;
      this.dispatchEvent(
        new CustomEvent<ServiceSearchDetail>('civic-search', {
          bubbles: true,
          composed: true,
          detail: { query: this.query.trim(), filters: { category, language: lang, free, openNow: open, publisher }, resultCount: count },
        }),
      );
    }, delay);
  }

  private locate(): void {
    const failed = (): void => {
      this.geo = 'denied';
      this.position = undefined;
      this.announcement = this.inOwnWords(() => msg('Your location is not available. You can enter a postal code or district instead.'));
      void this.focusLater('#area');
    };
    if (!navigator.geolocation) return failed();
    this.geo = 'asking';
    navigator.geolocation.getCurrentPosition(
      (p) => {
        this.position = { lat: p.coords.latitude, lon: p.coords.longitude };
        this.geo = 'on';
        this.pages = 1;
        this.announcement = this.inOwnWords(() => msg('Sorted by distance from your location.'));
      },
      failed,
      { timeout: 15_000, maximumAge: 600_000 },
    );
  }

  private stopLocating(): void {
    this.geo = 'off';
    this.position = undefined;
    this.settle(50);
  }

  /** Focus moves to `selector` once the update is rendered. */
  private async focusLater(selector: string): Promise<HTMLInputElement | null | undefined> {
    await this.updateComplete;
    const target = this.shadowRoot?.querySelector<HTMLInputElement>(selector);
    if (target?.id === 'details-heading') target.tabIndex = -1;
    target?.focus();
    return target;
  }

  private openDetails(id: string): void {
    this.openId = id;
    this.copy = '';
    if (this.urlState) {
      this.pushedDetails = true;
      this.writeUrl(true);
    }
    void this.focusLater('#details-heading');
  }

  private closeDetails(): void {
    const id = this.openId;
    this.openId = undefined;
    if (this.urlState) {
      // Step back only over the entry this widget pushed, never off the page.
      const ours = (history.state as { civicServiceFinder?: string } | null)?.civicServiceFinder === id;
      if (this.pushedDetails && ours) history.back();
      else this.writeUrl(false);
    }
    this.pushedDetails = false;
    this.restoreFocus(id);
  }

  /** Back in the results, focus goes to the service's own button (its page is shown if needed). */
  private restoreFocus(id: string | undefined): void {
    const feed = this.feed;
    if (!feed || !id) return;
    const at = this.results(feed).results.findIndex((i) => feed.services[i]!.id === id);
    if (at >= 0) this.pages = Math.max(this.pages, Math.ceil((at + 1) / this.pageSize));
    void this.focusLater(`[data-id="${CSS.escape(id)}"]`);
  }

  private showMore(): void {
    void this.focusLater(`[part~="results"] > :nth-child(${this.pages++ * this.pageSize + 1}) [data-id]`);
  }

  private async copyLink(link: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(link);
      this.copy = 'copied';
      this.announcement = this.inOwnWords(() => msg('Link copied.'));
    } catch {
      this.copy = 'manual';
      this.announcement = this.inOwnWords(() => msg('Copying is not possible here. The link is shown below.'));
      (await this.focusLater('#copy-link'))?.select();
    }
  }

  // ---- URL state ----

  private writeUrl(push: boolean): void {
    if (!this.urlState) return;
    const c = this.chosen;
    const href = writeUrlState(location.href, {
      q: this.query,
      category: this.lockCategory ? '' : (c.category ?? ''),
      lang: c.lang,
      free: !!c.free,
      open: !!c.open,
      area: c.area ?? '',
      publisher: c.publisher,
      service: this.openId,
    });
    if (href === location.href) return;
    if (push) history.pushState({ civicServiceFinder: this.openId }, '', href);
    else history.replaceState(history.state, '', href);
  }

  private applyUrl(search: string, fromHistory: boolean): void {
    const { q, service, ...chosen } = readUrlState(search);
    const closing = this.openId && !service ? this.openId : undefined;
    const opening = service && service !== this.openId;
    this.query = q;
    this.chosen = { ...chosen, category: chosen.category || undefined };
    this.openId = service;
    if (!fromHistory) return;
    this.pushedDetails = false;
    this.restoreFocus(closing);
    if (opening) void this.focusLater('#details-heading');
  }

  // ---- rendering ----

  protected override renderContent(feed: Feed): unknown {
    const service = this.openId ? feed.services.find((s) => s.id === this.openId) : undefined;
    return html`
      ${renderHeading(this.headingLevel, msg('Find a service'))}
      <div role="status" class="visually-hidden">${this.announcement}</div>
      ${service ? this.renderDetails(feed, service) : this.renderFinder(feed)}
    `;
  }

  private renderFinder(feed: Feed): TemplateResult {
    if (!feed.services.length) {
      return html`<p class="status" part="status empty">${msg('No services are listed yet.')}</p>`;
    }
    const view = this.results(feed);
    const shown = view.results.slice(0, this.pages * this.pageSize);
    return html`
      <div class="search" part="search">
        <label for="q">${msg('Search for a service')}</label>
        <input id="q" type="search" autocomplete="off" enterkeyhint="search" .value=${this.query} @input=${this.onInput} />
      </div>
      ${this.renderFilters(feed, view)} ${this.renderActive(feed)}
      <p class="count" part="count">
        ${view.results.length
          ? msg(str`Services shown: ${this.number(shown.length)} of ${this.number(view.results.length)}`)
          : msg('No services found.')}
      </p>
      ${shown.length
        ? html`<ul part="results">
            ${shown.map((i) => this.renderResult(feed, i, view.distance.get(i)))}
          </ul>`
        : this.renderEmpty(feed, view)}
      ${shown.length < view.results.length
        ? html`<button type="button" part="more" class="more secondary" @click=${this.showMore}>${msg('Show more')}</button>`
        : nothing}
    `;
  }

  private renderFilters(feed: Feed, view: FilterResult): TemplateResult {
    const f = this.filters;
    const c = view.counts;
    const toggle = (facet: 'lang' | 'free' | 'open') => html`<label part="filter" class="toggle">
      <input type="checkbox" .checked=${f[facet]} @change=${(e: Event) => this.setFilter(facet, (e.target as HTMLInputElement).checked)} />
      ${this.filterLabel(facet, feed)} ${c[facet] < 0 ? '' : `(${this.number(c[facet])})`}
    </label>`;
    return html`<div class="filters" part="filters" role="group" aria-label=${msg('Filters')}>
      ${this.lockCategory
        ? nothing
        : html`<div class="category">
            <label for="cat">${msg('Category')}</label>
            <select id="cat" @change=${(e: Event) => this.setFilter('category', (e.target as HTMLSelectElement).value)}>
              <option value="" .selected=${!f.category}>${msg('All categories')} (${this.number(c.all)})</option>
              ${feed.categories.map((cat, k) => {
                const name = this.pick(cat.name);
                const lang = this.foreignLang(name);
                // An option holds text only: its lang is the name's (the count beside it is digits).
                return html`<option value=${cat.id} lang=${ifDefined(lang)} dir=${ifDefined(lang ? textDirection(lang) : undefined)} .selected=${f.category === cat.id}>
                  ${name?.text ?? cat.id} (${this.number(c.category[k] ?? 0)})
                </option>`;
              })}
            </select>
          </div>`}
      ${this.renderPublisherFilter(feed, view)} ${this.someSpeak() || f.lang ? toggle('lang') : nothing} ${toggle('free')} ${toggle('open')} ${this.renderNear()}
    </div>`;
  }

  /** In a network's feed: whose services to list, each publisher with its count. */
  private renderPublisherFilter(feed: Feed, view: FilterResult): TemplateResult | typeof nothing {
    const table = this.facetTable(feed).publishers;
    return table.network
      ? html`<div class="category">
          ${renderPublisherSelect({
            id: 'pub',
            table,
            counts: view.counts.publisher,
            all: view.counts.anyPublisher,
            chosen: this.filters.publisher,
            name: (p) => this.pick(publisherName(p)),
            locale: this.locale,
            number: (n) => this.number(n),
            change: (e: Event) => this.setFilter('publisher', (e.target as HTMLSelectElement).value),
          })}
        </div>`
      : nothing;
  }

  private renderNear(): TemplateResult {
    const geo = this.geo;
    if (geo === 'on') {
      return html`<div part="near"><p>${msg('Sorted by distance from your location.')}</p>
        <button type="button" class="secondary" @click=${this.stopLocating}>${msg('Stop using my location')}</button></div>`;
    }
    const area = this.chosen.area ?? '';
    return html`<div part="near">
        <button type="button" class="secondary" ?disabled=${geo === 'asking'} @click=${this.locate}>
          ${geo === 'asking' ? msg('Finding your location…') : msg('Near me')}
        </button>
      </div>
      ${geo === 'denied' || area
        ? html`<div class="area" part="area">
            ${geo === 'denied' ? html`<p>${msg('Your location is not available. You can enter a postal code or district instead.')}</p>` : nothing}
            <label for="area">${msg('Postal code or district')}</label>
            <input id="area" type="text" autocomplete="postal-code" .value=${area}
              @input=${(e: Event) => this.setFilter('area', (e.target as HTMLInputElement).value)} />
          </div>`
        : nothing}`;
  }

  /** Active filters as one-click removable chips ("Speaks العربية ✕"). */
  private renderActive(feed: Feed): TemplateResult | typeof nothing {
    const active = this.removable();
    if (!active.length) return nothing;
    return html`<div class="active" part="active-filters">
      <span>${msg('Active filters:')}</span>
      <ul class="actions">
        ${active.map((k) => {
          // Words in the button, not an aria-label: a category name in another language keeps its lang.
          return html`<li>
            <button type="button" part="chip" class="chip" @click=${() => this.drop(k)}>
              <span class="visually-hidden">${msg('Remove filter:')}</span> ${this.filterLabel(k, feed)} <span aria-hidden="true">✕</span>
            </button>
          </li>`;
        })}
      </ul>
      ${active.length > 1 ? html`<button type="button" class="secondary" @click=${this.clearFilters}>${msg('Clear all filters')}</button>` : nothing}
    </div>`;
  }

  /** The button that opens a service's details. */
  private renderOpener(s: Service): TemplateResult {
    return html`<button type="button" part="result-name" class="link" data-id=${s.id} @click=${() => this.openDetails(s.id)}>${this.text(s.name)}</button>`;
  }

  private renderResult(feed: Feed, i: number, km: number | undefined): TemplateResult {
    const s = feed.services[i]!;
    const description = this.pick(s.description);
    const firstLine = description?.text.split(/\r?\n/).find((l) => l.trim());
    const org = s.organization?.name;
    const cats = this.categoryNames(feed, s);
    const langs = this.spokenLanguages(s);
    const shut = s.status === 'temporarily closed';
    const flags = s.hours?.length && this.openFlags(feed);
    const open = flags && flags[i];
    const table = this.facetTable(feed).publishers;
    return html`<li part="result" class="result">
      ${renderHeading(Math.min(this.headingLevel + 1, 6) as HeadingLevel, this.renderOpener(s), 'result-heading')}
      ${org ? html`<p>${this.text(org)}</p>` : nothing} ${renderPublisher(table, table.of[i]!, (v) => this.text(v))}
      ${cats ? html`<p class="meta">${cats}</p>` : nothing}
      ${firstLine ? html`<p class="desc" ${langOf(description, this.locale)}>${firstLine}</p>` : nothing}
      ${langs ? html`<p class="meta">${msg(html`Languages: ${langs}`)}</p>` : nothing}
      ${shut || flags
        ? html`<p class="open-state ${open ? 'is-open' : ''}">${shut ? msg('Temporarily closed') : open ? msg('Open now') : msg('Closed now')}</p>`
        : nothing}
      ${km !== undefined ? html`<p class="meta">${this.distanceText(km)}</p>` : nothing}
    </li>`;
  }

  /** Nothing matches: say so, offer to drop filters one by one (with counts), and show close matches. */
  private renderEmpty(feed: Feed, view: FilterResult): TemplateResult {
    const active = this.removable();
    const close = this.searchHits(feed).slice(0, 3).map((i) => feed.services[i]!);
    const item = (label: unknown, click: () => void, secondary?: boolean) =>
      html`<li><button type="button" class=${ifDefined(secondary ? 'secondary' : undefined)} @click=${click}>${label}</button></li>`;
    return html`<div class="empty" part="empty">
      <p>${msg('No services match your search and filters.')}</p>
      <ul class="actions">
        ${active
          .filter((k) => view.without[k])
          .map((k) => item(msg(html`Results without “${this.filterLabel(k, feed)}”: ${this.number(view.without[k]!)}`), () => this.drop(k), true))}
        ${active.length ? item(msg('Clear all filters'), this.clearFilters) : nothing}
        ${this.query.trim() && !close.length ? item(msg('Clear the search'), this.clearSearch) : nothing}
      </ul>
      ${active.length && close.length
        ? html`<p>${msg('Close matches:')}</p>
            <ul>
              ${close.map((s) => html`<li>${this.renderOpener(s)}</li>`)}
            </ul>`
        : nothing}
    </div>`;
  }

  /** One service's details in place of the results (a view, not a modal); its heading takes the focus. */
  private renderDetails(feed: Feed, s: Service): TemplateResult {
    const locale = this.locale;
    const now = new Date();
    const level = this.headingLevel;
    const section = (title: string, body: unknown) =>
      html`<section>${renderHeading(Math.min(level + 2, 6) as HeadingLevel, title, 'details-heading')} ${body}</section>`;
    const link = serviceLink(location.href, s.id);
    const org = s.organization;
    const orgUrl = webHref(org?.url);
    const eligibility = this.pick(s.eligibility);
    const howToApply = this.pick(s.howToApply);
    // [term, value, the feed text it is when a paragraph of its own: lang and dir go on the <dd>]
    const facts: Array<[string, unknown, PickedText?]> = [
      [msg('Offered by'), org?.name && (orgUrl ? html`<a href=${orgUrl} rel="noopener">${this.text(org.name)}</a>` : this.text(org.name))],
      [msg('Categories'), this.categoryNames(feed, s)],
      [msg('Languages spoken'), this.spokenLanguages(s)],
      [msg('Cost'), isFree(s) ? msg('Free of charge') : s.cost && this.text(s.cost)],
      [msg('Who can use it'), eligibility?.text, eligibility],
      [msg('How to apply'), howToApply?.text, howToApply],
    ];
    const locations = (s.locations ?? []).filter((l) => l && (l.address || l.geo));
    const week = weeklySchedule(s.hours);
    // Hours are the office's wall clock: its own zone, else the feed's; so are its holidays.
    const zone = s.timeZone ?? feed.timeZone;
    const todayKey = zonedDateKey(now, zone);
    const today = weekdayOfDateKey(todayKey);
    const shut = s.status === 'temporarily closed';
    const closures = shut ? [] : upcomingClosures(s.closures, todayKey);
    // Soonest first and not over: the first one, when it has begun, is today's.
    const todayClosure = closures[0] && closures[0].from <= todayKey ? closures[0] : undefined;
    const status = openStatusText(s, now, zone, locale);
    const pubs = this.facetTable(feed).publishers;
    // Times Intl wrote in a fallback language (a Tigrinya widget in Chromium: British English) say so.
    const timesLang = fallbackLanguage(Intl.DateTimeFormat, locale);
    const ranges = (list: OpeningRange[]): unknown =>
      list.length
        ? html`<span lang=${ifDefined(timesLang)}>${list.map((r, j) => html`${j ? html`<br />` : nothing}${renderRange(r.opens, r.closes, locale)}`)}</span>`
        : msg('Closed');
    const c = s.contacts ?? {};
    const description = this.pick(s.description);
    const contacts: Array<[string, string | undefined, string | undefined]> = [
      [msg('Phone:'), telHref(c.phone), c.phone],
      [msg('E-mail:'), mailtoHref(c.email), c.email],
      [msg('Website:'), webHref(c.url), webHref(c.url)],
    ];
    return html`<article part="details" class="details" aria-labelledby="details-heading">
      <button type="button" part="back" class="secondary" @click=${this.closeDetails}>${msg('Back to the results')}</button>
      ${renderHeading(subheadingLevel(level), this.text(s.name), 'details-title', 'details-heading')}
      ${renderPublisher(pubs, pubs.of[feed.services.indexOf(s)]!, (v) => this.text(v))}
      ${description ? html`<p class="full-desc" part="description" ${langOf(description, this.locale)}>${description.text}</p>` : nothing}
      <dl>
        ${facts.filter(([, v]) => v).map(([term, value, text]) => html`<dt>${term}</dt><dd ${langOf(text, this.locale)}>${value}</dd>`)}
      </dl>
      ${locations.length
        ? section(
            msg('Address'),
            html`<ul>
              ${locations.map((loc) => {
                const map = mapLinks(loc.geo);
                return html`<li part="location">
                  ${loc.name ? html`<p>${this.text(loc.name)}</p>` : nothing} ${renderAddress(loc.address, locale)}
                  ${map
                    ? html`<ul class="actions">
                        <li><a part="map-link" href=${map.osm} rel="noopener">${msg('Show on OpenStreetMap')}</a></li>
                        <li><a part="map-link" href=${map.geo}>${msg('Open in a map app')}</a></li>
                      </ul>`
                    : nothing}
                </li>`;
              })}
            </ul>`,
          )
        : nothing}
      ${status || closures.length
        ? section(
            msg('Opening hours'),
            html`${status ? html`<p part="open-status"><strong>${status}</strong></p>` : nothing}
              ${week.some((d) => d.ranges.length)
                ? html`<table part="hours">
                    <tbody>
                      ${week.map((day, i) => {
                        const isToday = day.weekday === today;
                        return html`<tr class=${isToday ? 'today' : ''}>
                          <th scope="row">${intlText(weekdayName(i, locale), Intl.DateTimeFormat, locale)}${isToday ? html` <span>(${msg('today')})</span>` : nothing}</th>
                          <td>${ranges(isToday && todayClosure ? openingRanges(todayClosure.ranges) : day.ranges)}</td>
                        </tr>`;
                      })}
                    </tbody>
                  </table>`
                : nothing}
              ${closures.length
                ? html`<table part="hours closures">
                    <caption>${msg('Holidays and other hours')}</caption>
                    <tbody>
                      ${closures.map(
                        (c) => html`<tr>
                          <th scope="row">${intlText(formatDays(c.from, c.to, locale), Intl.DateTimeFormat, locale)}${c.entry.reason ? html`<br />${this.text(c.entry.reason as LocalizedText)}` : nothing}</th>
                          <td>${ranges(openingRanges(c.ranges))}</td>
                        </tr>`,
                      )}
                    </tbody>
                  </table>`
                : nothing}`,
          )
        : nothing}
      ${contacts.some(([, href]) => href)
        ? section(
            msg('Contact'),
            html`<ul part="contact">
              ${contacts.map(([label, href, shown]) =>
                href ? html`<li>${label} <a href=${href} rel=${ifDefined(href.startsWith('http') ? 'noopener' : undefined)}><span dir="ltr">${shown}</span></a></li>` : nothing,
              )}
            </ul>`,
          )
        : nothing}
      <div class="actions">
        <button type="button" part="copy" class="secondary" @click=${() => this.copyLink(link)}>${msg('Copy link to this service')}</button>
      </div>
      ${this.copy === 'copied' ? html`<p>${msg('Link copied.')}</p>` : nothing}
      ${this.copy === 'manual'
        ? html`<label for="copy-link">${msg('Copy this link:')}</label><input id="copy-link" type="text" readonly .value=${link} />`
        : nothing}
    </article>`;
  }
}

defineElement('civic-service-finder', CivicServiceFinder);

declare global {
  interface HTMLElementTagNameMap {
    'civic-service-finder': CivicServiceFinder;
  }
  interface HTMLElementEventMap {
    'civic-search': CustomEvent<ServiceSearchDetail>;
  }
}
