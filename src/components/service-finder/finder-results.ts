/**
 * The finder's results: what the filters, the search and "open now" make of a feed, for the element
 * to render. Typing must stay well under a frame with 10,000 services, so:
 * - what is laid out once per feed (the search index and the week table, both in slices after the
 *   first page is shown; the facet table, per language) lives in one `FeedBuild`, replaced when the
 *   feed changes;
 * - the results are computed once per key: feed, query, filters, language, minute and position
 *   (compared value by value, never serialised), and kept until one of them changes.
 *
 * @module
 */
import type { Feed, Service } from '../../feed/types.js';
import { homePublisher, publishersOf } from '../../feed/publishers.js';
import { runInSlices, runToEnd } from '../../scheduling/build-steps.js';
import { buildServiceIndex, type ServiceIndex } from '../../search/service-index.js';
import { buildFacetTable, filterServices, type FacetTable, type FilterResult, type FinderFilters } from './service-filters.js';
import { openFlags, openTableSteps, type OpenTable } from './open-now.js';
import { nearestKm, type LatLon } from './geo-distance.js';
import { orderResults, type Divider } from './result-order.js';

/**
 * The results as shown: services that pass (feed positions, in order: the page's own place first, then by
 * language; see result-order.ts), the dividers between those groups, every option's count, distances (near me).
 */
export interface ResultsView extends FilterResult {
  dividers: Divider[];
  /** Feed positions matching the query, best first, before the filters (for close matches). */
  hits: number[];
  /** 1 for each service open now; undefined until the week table is laid out. */
  open: Uint8Array | undefined;
  /** Kilometres to each result that has coordinates, when a position is given. */
  distance: Map<number, number>;
}

/** What the results depend on. */
export interface ResultsInput {
  feed: Feed;
  query: string;
  filters: FinderFilters;
  locale: string;
  /** The visitor's position (near me), or undefined. */
  position?: LatLon | undefined;
  /** The key of the publisher whose services come first in a network's feed (else the feed's own publisher). */
  home: string;
}

/** What is laid out once per feed. */
interface FeedBuild {
  services: readonly Service[];
  /** Unset while it is built in slices. */
  index?: ServiceIndex | undefined;
  /** The hits of the last query (ranking is the costly part of a keystroke; filters re-use it). */
  hitsQuery?: string;
  hits?: number[];
  /** The week table; unset while it is laid out. */
  table?: OpenTable | undefined;
  /** The open-now flags of `minute`. */
  minute?: number;
  open?: Uint8Array | undefined;
  /** The facet table of `facetsLocale`. */
  facets?: FacetTable;
  facetsLocale?: string;
}

const minuteNow = (): number => Math.floor(Date.now() / 60_000);

/** Element by element with `Object.is`: the key of the results. */
const sameKey = (a: readonly unknown[], b: readonly unknown[]): boolean => a.length === b.length && a.every((v, i) => Object.is(v, b[i]));

export class FinderResults {
  #build: FeedBuild | undefined;
  #cached: { key: unknown[]; view: ResultsView } | undefined;

  /** `changed` is called when a build finished in a later task: the results may differ, render again. */
  readonly #changed: () => void;

  constructor(changed: () => void) {
    this.#changed = changed;
  }

  /** Whether the search index of the current feed is complete (until then every service is listed in feed order). */
  get searchReady(): boolean {
    return !!this.#build?.index;
  }

  /** Whether the week table of the current feed is laid out (until then nothing is known about open or closed). */
  get openReady(): boolean {
    return !!this.#build?.table;
  }

  /** The feed's build, begun on its first use: the index and the week table in slices of 5 ms. */
  #of(feed: Feed): FeedBuild {
    if (this.#build?.services === feed.services) return this.#build;
    const build: FeedBuild = { services: feed.services };
    this.#build = build;
    this.#cached = undefined;
    // The first slice (in this render) of 2 ms, enough for a small feed (~50 services): with the first page of a
    // large one it made the feed's arrival a long task (1,000 services: ~10 ms of both builds). The week table's
    // first step waits for a later task (1,000 services took ~17 ms of the first render).
    build.index = buildServiceIndex(feed.services, feed.categories, (index) => this.#done(build, () => (build.index = index)), 5, 2);
    build.table = runInSlices(
      openTableSteps(feed.services, feed.timeZone),
      (table) => this.#done(build, () => (build.table = table)),
      5,
      0,
    );
    return build;
  }

  /** A slice finished a build: kept if the feed is still this one, and shown. */
  #done(build: FeedBuild, keep: () => void): void {
    if (this.#build !== build) return;
    keep();
    this.#changed();
  }

  /** What the filters read, laid out once per feed and language. */
  facets(feed: Feed, locale: string): FacetTable {
    const build = this.#of(feed);
    if (!build.facets || build.facetsLocale !== locale) {
      build.facetsLocale = locale;
      build.facets = buildFacetTable(
        feed.services,
        feed.categories.map((c) => c.id),
        locale,
        publishersOf(feed.services, feed),
      );
    }
    return build.facets;
  }

  /** Feed positions of the services matching the query, best first; every service in feed order while the index is built. */
  #hits(build: FeedBuild, query: string): number[] {
    if (!build.index) return build.services.map((_, i) => i);
    if (build.hitsQuery !== query || !build.hits) {
      build.hitsQuery = query;
      build.hits = build.index.rank(query);
    }
    return build.hits;
  }

  /**
   * 1 for each service open now in its own zone, the wall clocks read once a minute; undefined until the
   * week table is laid out, unless `now` asks for it at once (the open-now filter, from a shared link).
   */
  #openNow(feed: Feed, build: FeedBuild, minute: number, now: boolean): Uint8Array | undefined {
    if (now) build.table ??= runToEnd(openTableSteps(feed.services, feed.timeZone));
    if (build.table && build.minute !== minute) {
      build.open = openFlags(build.table, Date.now());
      build.minute = minute;
    }
    return build.open;
  }

  /** Filtered, counted and (near me) sorted results; computed again only when what they depend on changes. */
  view({ feed, query, filters, locale, position, home }: ResultsInput): ResultsView {
    const build = this.#of(feed);
    const minute = minuteNow();
    // Filters opened with a link may ask for open now before the table is laid out: run its build to the end first, so the key sees it.
    if (filters.open) this.#openNow(feed, build, minute, true);
    const f = filters;
    const key = [
      build.services,
      build.index,
      build.table,
      query,
      f.category,
      f.lang,
      f.free,
      f.open,
      f.area,
      f.publisher,
      locale,
      minute,
      position?.lat,
      position?.lon,
      home,
    ];
    if (this.#cached && sameKey(this.#cached.key, key)) return this.#cached.view;
    const hits = this.#hits(build, query);
    const open = this.#openNow(feed, build, minute, false);
    const facets = this.facets(feed, locale);
    const result = filterServices(hits, filters, facets, open);
    const distance = new Map<number, number>();
    if (position) {
      for (const i of result.results) {
        const d = nearestKm(feed.services[i]!.locations, position);
        if (d !== undefined) distance.set(i, d);
      }
      // Nearest first; services without coordinates keep their rank order after them.
      result.results.sort((a, b) => (distance.get(a) ?? Infinity) - (distance.get(b) ?? Infinity));
    }
    // A chosen publisher lists one place: nothing to put first.
    const first = filters.publisher ? -1 : homePublisher(facets.publishers, feed, home);
    const { order, dividers } = orderResults(result.results, facets, first, facets.listsLanguages && !filters.lang);
    const view: ResultsView = { ...result, results: order, dividers, hits, open, distance };
    this.#cached = { key, view };
    return view;
  }
}
