import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '../../i18n/messages.js';
import type { Said } from '../../base/civic-element.js';
import { CivicListElement } from '../../base/list-element.js';
import { FilterBar, filterBarStyles } from '../../base/filter-bar.js';
import { defineElement } from '../../base/define.js';
import { renderHeading } from '../../base/heading.js';
import type { Feed } from '../../feed/types.js';
import { finderStyles } from './service-finder.styles.js';
import { activeFilters, chosenFilters, listedFeed, NO_FILTERS, type Facet, type FinderFilters } from './service-filters.js';
import { NearMe, type GeoState } from './near-me.js';
import { ShareLink, type CopyState } from './share-link.js';
import { FinderUrl, serviceLink, urlStateOf, type FinderUrlState } from './url-state.js';
import { FinderResults, type ResultsView } from './finder-results.js';
import { filterLabel, finderWords, type FinderContext, type FinderWords } from './finder-context.js';
import { renderActive, renderFilters } from './filter-controls.js';
import { countWords, renderResultList } from './result-list.js';
import { ColdPart, ColdPartWarmer, partNotLoadedWords } from '../../base/cold-part.js';
import { withDeps } from '../../embed/chunk-deps.js';
import { intl } from '../../i18n/intl.js';

/** `detail` of `civic-search`. Never the visitor's location. */
export interface ServiceSearchDetail {
  query: string;
  filters: { category: string; language: boolean; free: boolean; openNow: boolean; publisher: string };
  resultCount: number;
}

/** A service's details: a chunk loaded when a person heads for a Details button, or a service is opened by its link. */
const detailsView = new ColdPart((attempt) =>
  withDeps('components/service-finder/service-details', () => import('./service-details.js'), attempt),
);

/** Quiet time after the last keystroke before the result count is announced and `civic-search` fires. */
const SETTLE_MS = 600;

/**
 * Search box, combinable filters and result list over the feed's services, with a service's
 * details shown inline. Nothing is hidden by default: the services that speak the visitor's
 * language come first, then a divider saying the rest may need an interpreter; in a network's feed
 * the page's own place comes first. Each result is a card that acts (status with the next opening,
 * Call, Route, Details). On a narrow widget the filters wait behind one bar. Search runs on every
 * keystroke over an index built once per feed; only the visible page of results is rendered.
 *
 * @summary Find a local service in your own language.
 * @attr src - URL of the feed.
 * @attr category - A category id that is preselected (and fixed with `lock-category`).
 * @attr lock-category - Keeps the `category` filter on and hides the category choice.
 * @attr page-size - Results shown at first and added by "Show more" (default 10).
 * @attr heading-level - Level (2–6) of the widget's heading; results and details use the next level.
 * @attr service - Opens this service's details (by id) when the feed is there, e.g. on a page about one office.
 * @attr home - In a network's feed (items of several publishers), the publisher (its `id`, else its name) whose
 *   services come first, the others after a divider. Without it, the feed's own publisher's come first.
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
 * @csspart filter-bar - The search field and the row under it (the filters button, active filters, count).
 * @csspart filters-toggle - The "Filters" button that opens the filters on a narrow widget.
 * @csspart filter-panel - The filters' panel (a side column on a wide widget).
 * @csspart show-results - The "Show results" button that closes the panel.
 * @csspart count - The visible number of results.
 * @csspart results - A list of results (one for each group between dividers).
 * @csspart divider - Between groups of results: other languages (an interpreter may be needed), other places.
 * @csspart result - One result (a card).
 * @csspart result-name - A result's name.
 * @csspart action - A result's or the details' Call, Route, Details, Share or Copy link.
 * @csspart call - The Call link (`tel:`) of a result and of the details (also `action`).
 * @csspart route - The Route link (the way there on OpenStreetMap) of a result and of the details (also `action`).
 * @csspart open-details - A result's Details button (also `action`).
 * @csspart share - The Share button of the details, where the browser can share (also `action`).
 * @csspart publisher - "Published by …" on a result and in the details (a feed with several publishers).
 * @csspart more - The "Show more" button.
 * @csspart empty - The message when nothing matches.
 * @csspart details - A service's details.
 * @csspart back - The button back to the results.
 * @csspart hours - The opening hours table; also the table of holidays and other hours (`closures`).
 * @csspart open-status - "Open · closes …" on a result, "Open now, closes at …" in the details.
 * @csspart location - An address with its map link.
 * @csspart map-link - A place's `geo:` link (the phone's map app); the way there on OpenStreetMap is the Route action.
 * @csspart contact - Phone, e-mail and website links.
 * @csspart copy - The "Copy link" button (also `action`).
 * @csspart result-heading - A result's heading (it holds its name, `result-name`).
 * @csspart details-title - The heading of a service's details.
 * @csspart details-heading - A heading inside the details ("Address", "How to apply", "Opening hours", …).
 * @csspart description - A service's description in its details.
 * @csspart closures - The table of holidays and other hours (also `hours`).
 */
export class CivicServiceFinder extends CivicListElement {
  static override styles = [...CivicListElement.styles, filterBarStyles, finderStyles];
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
    home: {},
    query: { state: true, attribute: false },
    chosen: { state: true, attribute: false },
    pages: { state: true, attribute: false },
    openId: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  category = '';
  lockCategory = false;
  pageSize = 10;
  urlState = false;
  service = '';
  home = '';

  private query = '';
  /** A person's own filter choices; a missing one takes its default (the `category` attribute; every other filter off). */
  private chosen: Partial<FinderFilters> = {};
  private pages = 1;
  private openId: string | undefined;
  /** The only live region's text: set when typing pauses, not on every keystroke. */
  private announcement: Said | undefined;
  readonly #near = new NearMe((state) => this.#nearChanged(state));
  readonly #link = new ShareLink((state) => void this.#copied(state));

  private readonly results = new FinderResults(() => this.requestUpdate());
  readonly #bar = new FilterBar(this);
  readonly #url = new FinderUrl(
    this,
    () => this.urlState,
    (state, fromHistory) => this.#applyUrl(state, fromHistory),
  );
  #settleTimer: ReturnType<typeof setTimeout> | undefined;
  #minuteTimer: ReturnType<typeof setInterval> | undefined;
  /** The details' code while it loads for an open service (the update is complete once it has come and rendered). */
  #detailsLoading: Promise<void> | undefined;
  /** Its load failed: the results stay, with a message, until the person opens a service again. */
  #detailsFailed = false;

  constructor() {
    super();
    new ColdPartWarmer(this, '[part~="open-details"]', detailsView);
  }

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
    return chosenFilters(this.chosen, this.lockCategory ? this.category : undefined, this.category, this.#near.state === 'on');
  }

  /** The results now (computed again only when what they depend on changed). */
  #view(feed: Feed, filters = this.#filters): ResultsView {
    return this.results.view({ feed, query: this.query, filters, locale: this.locale, position: this.#near.position, home: this.home });
  }

  /** The active filters a person can remove (a locked category is not theirs to remove). */
  #removable(filters = this.#filters): Facet[] {
    return activeFilters(filters).filter((k) => !(k === 'category' && this.lockCategory));
  }

  /** What a URL keeps: the query, the person's own choices and the open service. */
  #urlSnapshot(): FinderUrlState {
    return urlStateOf(this.query, this.lockCategory ? { ...this.chosen, category: '' } : this.chosen, this.openId);
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

  /** Says `words` once in the live region, in the widget's language now. */
  #announce(words: () => string): void {
    this.announcement = this.say(words);
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
      this.#announce(() =>
        count ? msg(str`Services found: ${intl(Intl.NumberFormat, this.locale, {}).format(count)}`) : msg('No services found.'),
      );
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

  /** After "near me" changed: say so, or offer the postal code field; the list follows. */
  #nearChanged(state: GeoState): void {
    if (state === 'denied') {
      this.#announce(() => msg('Your location is not available. You can enter a postal code or district instead.'));
      void this.#focusLater('#area');
    } else if (state === 'on') {
      this.pages = 1;
      this.#announce(() => msg('Sorted by distance from your location.'));
    } else if (state === 'off') this.#settle(50);
    this.requestUpdate();
  }

  /** Focus moves to `selector` (the nth match) once the update is rendered. */
  async #focusLater(selector: string, nth = 0): Promise<HTMLInputElement | null | undefined> {
    await this.updateComplete;
    const target = this.shadowRoot?.querySelectorAll<HTMLInputElement>(selector)[nth];
    if (target?.id === 'details-heading') target.tabIndex = -1;
    target?.focus();
    return target;
  }

  #openDetails(id: string): void {
    // After a failed load, the same service again: render again, which loads the details again.
    if (this.#detailsFailed) this.requestUpdate();
    this.#detailsFailed = false;
    this.openId = id;
    this.#link.state = '';
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
    // The first new result's Details (the lists are split by dividers: counted across them).
    void this.#focusLater('[part~="results"] [data-id]', this.pages++ * this.pageSize);
  }

  /** After copying a link: say so; where copying was refused, select the link shown to copy by hand. */
  async #copied(state: CopyState): Promise<void> {
    this.#announce(() => (state === 'copied' ? msg('Link copied.') : msg('Copying is not possible here. The link is shown below.')));
    if (state === 'manual') (await this.#focusLater('#copy-link'))?.select();
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

  /** The filters' table, then the results, each in a task before the first render (see CivicElement). */
  protected override *prepareFirstRender(feed: Feed): Generator<void, void> {
    if (!feed.services.length || this.openId) return;
    this.results.facets(feed, this.locale);
    yield;
    this.#view(feed);
  }

  protected override renderContent(feed: Feed): unknown {
    const service = this.openId ? feed.services.find((s) => s.id === this.openId) : undefined;
    const words = finderWords(
      feed,
      this.locale,
      this.headingLevel,
      (v) => this.pick(v),
      (v) => this.text(v),
    );
    const details = service && this.#details();
    return html`
      ${renderHeading(this.headingLevel, msg('Find a service'))}
      <div role="status" class="visually-hidden">${this.stillSaid(this.announcement)}</div>
      ${service && this.#detailsFailed ? html`<p class="status" part="status error" role="alert">${partNotLoadedWords()}</p>` : ''}
      ${
        service && details
          ? details.renderDetails(
              {
                ...words,
                publishers: this.results.facets(feed, this.locale).publishers,
                link: serviceLink(location.href, service.id),
                copy: this.#link.state,
                canShare: this.#link.canShare,
                close: () => this.#closeDetails(),
                copyLink: (link) => void this.#link.copy(link),
                share: (link) => void this.#link.share(this.pick(service.name)?.text ?? '', link),
              },
              service,
            )
          : this.#renderFinder(feed, words)
      }
    `;
  }

  /**
   * The details' code, if it has loaded; else starts loading it (the results stay meanwhile, and
   * `updateComplete` waits for it) and renders again when it comes.
   */
  #details(): typeof import('./service-details.js') | undefined {
    const loaded = detailsView.loaded;
    if (loaded || this.#detailsFailed) return loaded;
    this.#detailsLoading ??= detailsView.load().then(
      () => this.#detailsDone(false),
      () => this.#detailsDone(true),
    );
    return undefined;
  }

  #detailsDone(failed: boolean): void {
    this.#detailsLoading = undefined;
    this.#detailsFailed = failed;
    this.requestUpdate();
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.#detailsLoading) {
      await this.#detailsLoading;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  #renderFinder(feed: Feed, words: FinderWords): TemplateResult {
    if (!feed.services.length) {
      return html`<p class="status" part="status empty">${msg('No services are listed yet.')}</p>`;
    }
    const filters = this.#filters;
    const facets = this.results.facets(feed, this.locale);
    const view = this.#view(feed, filters);
    const removable = this.#removable(filters);
    const ctx: FinderContext = {
      ...words,
      facets,
      filters,
      removable,
      query: this.query,
      tagSpeakers: view.dividers.some((d) => d.kind === 'language') || facets.speaks.includes(0),
      filterLabel: (facet) => filterLabel(words, facets, filters, facet),
      setFilter: (facet, value) => this.#setFilter(facet, value),
      drop: (facet) => this.#drop(facet),
      clearFilters: () => this.#clearFilters(),
      clearSearch: () => this.#clearSearch(),
      open: (id) => this.#openDetails(id),
    };
    const near = { geo: this.#near.state, area: this.chosen.area ?? '', locate: () => this.#near.locate(), stop: () => this.#near.stop() };
    const shown = this.pages * this.pageSize;
    return this.#bar.render({
      search: html`<div class="search" part="search">
        <label for="q">${msg('Search for a service')}</label>
        <input id="q" type="search" autocomplete="off" enterkeyhint="search" .value=${this.query} @input=${this.#onInput} />
      </div>`,
      active: removable.length,
      number: words.number,
      chips: renderActive(ctx),
      count: countWords(ctx, view, shown),
      total: view.results.length,
      panel: renderFilters(ctx, view, this.lockCategory, near),
      results: renderResultList(
        ctx,
        view,
        shown,
        () => this.#showMore(),
        this.stages.take(Math.min(shown, view.results.length), (i) => feed.services[view.results[i]!]),
      ),
    });
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
