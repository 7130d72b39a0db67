import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '../../i18n/messages.js';
import { CivicElement } from '../../base/civic-element.js';
import { defineElement } from '../../base/define.js';
import { renderHeading } from '../../base/heading.js';
import type { Feed } from '../../feed/types.js';
import { finderStyles } from './service-finder.styles.js';
import { activeFilters, listedFeed, NO_FILTERS, type Facet, type FinderFilters } from './service-filters.js';
import type { LatLon } from './geo-distance.js';
import { FinderUrl, serviceLink, type FinderUrlState } from './url-state.js';
import { FinderResults, type ResultsView } from './finder-results.js';
import { filterLabel, finderWords, type FinderContext, type FinderWords } from './finder-context.js';
import { renderActive, renderFilters, type GeoState } from './filter-controls.js';
import { renderResultList } from './result-list.js';
import { renderDetails } from './service-details.js';
import { intl } from '../../i18n/intl.js';

/** `detail` of `civic-search`. Never the visitor's location. */
export interface ServiceSearchDetail {
  query: string;
  filters: { category: string; language: boolean; free: boolean; openNow: boolean; publisher: string };
  resultCount: number;
}

/** Quiet time after the last keystroke before the result count is announced and `civic-search` fires. */
const SETTLE_MS = 600;

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
  #position: LatLon | undefined;
  /** Set with `announcement` or `openId` (which re-render). */
  #copy: '' | 'copied' | 'manual' = '';

  private readonly results = new FinderResults(() => this.requestUpdate());
  readonly #url = new FinderUrl(this, () => this.urlState, (state, fromHistory) => this.#applyUrl(state, fromHistory));
  #settleTimer: ReturnType<typeof setTimeout> | undefined;
  #minuteTimer: ReturnType<typeof setInterval> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // "Open now" and "closes at" follow the clock while the page stays open.
    this.#minuteTimer = setInterval(() => this.requestUpdate(), 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#settleTimer);
    clearInterval(this.#minuteTimer);
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

  // ---- state ----

  get #filters(): FinderFilters {
    const c = this.chosen;
    return {
      category: (this.lockCategory ? undefined : c.category) ?? this.category ?? '',
      lang: c.lang ?? (!!this.feed && this.results.facets(this.feed, this.locale).speaks.includes(1)),
      free: !!c.free,
      open: !!c.open,
      area: this.geo === 'on' ? '' : (c.area ?? '').trim(),
      publisher: c.publisher ?? '',
    };
  }

  /** The results now (computed again only when what they depend on changed). */
  #view(feed: Feed, filters = this.#filters): ResultsView {
    return this.results.view({ feed, query: this.query, filters, locale: this.locale, position: this.geo === 'on' ? this.#position : undefined });
  }

  /** The active filters a person can remove (a locked category is not theirs to remove). */
  #removable(filters = this.#filters): Facet[] {
    return activeFilters(filters).filter((k) => !(k === 'category' && this.lockCategory));
  }

  /** What a URL keeps: the query, the person's own choices and the open service. */
  #urlSnapshot(): FinderUrlState {
    const c = this.chosen;
    return {
      q: this.query,
      category: this.lockCategory ? '' : (c.category ?? ''),
      lang: c.lang,
      free: !!c.free,
      open: !!c.open,
      area: c.area ?? '',
      publisher: c.publisher,
      service: this.openId,
    };
  }

  // ---- actions ----

  #setFilter(facet: Facet, value: string | boolean): void {
    this.chosen = { ...this.chosen, [facet]: value };
    this.pages = 1;
    this.#settle(50);
  }

  /** Switches one filter off. */
  #drop(facet: Facet): void {
    this.#setFilter(facet, NO_FILTERS[facet]);
  }

  #clearFilters(): void {
    for (const facet of this.#removable()) this.#drop(facet);
  }

  #clearSearch(): void {
    this.query = '';
    this.pages = 1;
    this.#settle(50);
    void this.#focusLater('#q');
  }

  #onInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    this.pages = 1;
    this.#settle(SETTLE_MS);
  }

  /** After a pause: announce the count once, keep the URL current, tell the page (nothing personal). */
  #settle(delay: number): void {
    clearTimeout(this.#settleTimer);
    this.#settleTimer = setTimeout(() => {
      const feed = this.feed;
      if (!feed) return;
      // Typed while the index was being built: count the results once it is there.
      if (!this.results.searchReady) return this.#settle(50);
      const filters = this.#filters;
      const count = this.#view(feed, filters).results.length;
      this.announcement = this.inOwnWords(() => (count ? msg(str`Services found: ${intl(Intl.NumberFormat, this.locale, {}).format(count)}`) : msg('No services found.')));
      this.#url.write(this.#urlSnapshot());
      const { category, lang, free, open, publisher } = filters;
      this.dispatchEvent(
        new CustomEvent<ServiceSearchDetail>('civic-search', {
          bubbles: true,
          composed: true,
          detail: { query: this.query.trim(), filters: { category, language: lang, free, openNow: open, publisher }, resultCount: count },
        }),
      );
    }, delay);
  }

  #locate(): void {
    const failed = (): void => {
      this.geo = 'denied';
      this.#position = undefined;
      this.announcement = this.inOwnWords(() => msg('Your location is not available. You can enter a postal code or district instead.'));
      void this.#focusLater('#area');
    };
    if (!navigator.geolocation) return failed();
    this.geo = 'asking';
    navigator.geolocation.getCurrentPosition(
      (p) => {
        this.#position = { lat: p.coords.latitude, lon: p.coords.longitude };
        this.geo = 'on';
        this.pages = 1;
        this.announcement = this.inOwnWords(() => msg('Sorted by distance from your location.'));
      },
      failed,
      { timeout: 15_000, maximumAge: 600_000 },
    );
  }

  #stopLocating(): void {
    this.geo = 'off';
    this.#position = undefined;
    this.#settle(50);
  }

  /** Focus moves to `selector` once the update is rendered. */
  async #focusLater(selector: string): Promise<HTMLInputElement | null | undefined> {
    await this.updateComplete;
    const target = this.shadowRoot?.querySelector<HTMLInputElement>(selector);
    if (target?.id === 'details-heading') target.tabIndex = -1;
    target?.focus();
    return target;
  }

  #openDetails(id: string): void {
    this.openId = id;
    this.#copy = '';
    this.#url.write(this.#urlSnapshot(), true);
    void this.#focusLater('#details-heading');
  }

  #closeDetails(): void {
    const id = this.openId;
    this.openId = undefined;
    this.#url.close(id, this.#urlSnapshot());
    this.#restoreFocus(id);
  }

  /** Back in the results, focus goes to the service's own button (its page is shown if needed). */
  #restoreFocus(id: string | undefined): void {
    const feed = this.feed;
    if (!feed || !id) return;
    const at = this.#view(feed).results.findIndex((i) => feed.services[i]!.id === id);
    if (at >= 0) this.pages = Math.max(this.pages, Math.ceil((at + 1) / this.pageSize));
    void this.#focusLater(`[data-id="${CSS.escape(id)}"]`);
  }

  #showMore(): void {
    void this.#focusLater(`[part~="results"] > :nth-child(${this.pages++ * this.pageSize + 1}) [data-id]`);
  }

  async #copyLink(link: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(link);
      this.#copy = 'copied';
      this.announcement = this.inOwnWords(() => msg('Link copied.'));
    } catch {
      this.#copy = 'manual';
      this.announcement = this.inOwnWords(() => msg('Copying is not possible here. The link is shown below.'));
      (await this.#focusLater('#copy-link'))?.select();
    }
  }

  /** What the URL says (with url-state; else only a shared service link), on connecting and after back or forward. */
  #applyUrl({ q, service, ...chosen }: Partial<FinderUrlState>, fromHistory: boolean): void {
    const closing = this.openId && !service ? this.openId : undefined;
    const opening = service && service !== this.openId;
    if (q !== undefined) {
      this.query = q;
      this.chosen = { ...chosen, category: chosen.category || undefined };
    }
    this.openId = service;
    if (!fromHistory) return;
    this.#restoreFocus(closing);
    if (opening) void this.#focusLater('#details-heading');
  }

  // ---- rendering ----

  protected override renderContent(feed: Feed): unknown {
    const service = this.openId ? feed.services.find((s) => s.id === this.openId) : undefined;
    const words = finderWords(feed, this.locale, this.headingLevel, (v) => this.pick(v), (v) => this.text(v));
    return html`
      ${renderHeading(this.headingLevel, msg('Find a service'))}
      <div role="status" class="visually-hidden">${this.announcement}</div>
      ${service
        ? renderDetails(
            {
              ...words,
              publishers: this.results.facets(feed, this.locale).publishers,
              link: serviceLink(location.href, service.id),
              copy: this.#copy,
              close: () => this.#closeDetails(),
              copyLink: (link) => void this.#copyLink(link),
            },
            service,
          )
        : this.#renderFinder(feed, words)}
    `;
  }

  #renderFinder(feed: Feed, words: FinderWords): TemplateResult {
    if (!feed.services.length) {
      return html`<p class="status" part="status empty">${msg('No services are listed yet.')}</p>`;
    }
    const filters = this.#filters;
    const facets = this.results.facets(feed, this.locale);
    const view = this.#view(feed, filters);
    const ctx: FinderContext = {
      ...words,
      facets,
      filters,
      removable: this.#removable(filters),
      query: this.query,
      filterLabel: (facet) => filterLabel(words, facets, filters, facet),
      setFilter: (facet, value) => this.#setFilter(facet, value),
      drop: (facet) => this.#drop(facet),
      clearFilters: () => this.#clearFilters(),
      clearSearch: () => this.#clearSearch(),
      open: (id) => this.#openDetails(id),
    };
    const near = { geo: this.geo, area: this.chosen.area ?? '', locate: () => this.#locate(), stop: () => this.#stopLocating() };
    return html`
      <div class="search" part="search">
        <label for="q">${msg('Search for a service')}</label>
        <input id="q" type="search" autocomplete="off" enterkeyhint="search" .value=${this.query} @input=${this.#onInput} />
      </div>
      ${renderFilters(ctx, view, this.lockCategory, near)} ${renderActive(ctx)}
      ${renderResultList(ctx, view, this.pages * this.pageSize, () => this.#showMore())}
    `;
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
