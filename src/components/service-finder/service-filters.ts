/**
 * The finder's filters as pure logic: which services pass, and for every option how
 * many results there would be if a person chose it (the other active filters kept),
 * computed in one pass over the search hits.
 *
 * Typing re-filters up to every service of the feed on each keystroke, so what the filters
 * read is laid out once per feed and language in flat typed arrays indexed by the service's
 * position in the feed (`FacetTable`); a pass is then integer work only.
 */
import type { Feed, Service } from '../../feed/types.js';
import { isListedFor, publisherIndex, type Publishers } from '../../feed/publishers.js';
import { baseLanguage } from '../../i18n/localized-text.js';
import { fold } from '../../search/normalize.js';

export interface FinderFilters {
  /** A category id; '' for all. */
  category: string;
  /** Only services that speak the visitor's language. */
  lang: boolean;
  free: boolean;
  open: boolean;
  /** A postal code or district (the alternative to the browser's location); '' for none. */
  area: string;
  /** A publisher's key (a network's feed); '' for all. */
  publisher: string;
}

export const NO_FILTERS: FinderFilters = { category: '', lang: false, free: false, open: false, area: '', publisher: '' };

export type Facet = keyof FinderFilters;
const FACETS: readonly Facet[] = ['category', 'lang', 'free', 'open', 'area', 'publisher'];

const listed = new WeakMap<Feed, Feed>();

/** The feed as the finder lists it: inactive services left out (the same feed when there are none). */
export function listedFeed(feed: Feed): Feed {
  let view = listed.get(feed);
  if (!view) {
    const services = feed.services.filter((s) => s.status !== 'inactive');
    listed.set(feed, (view = services.length < feed.services.length ? { ...feed, services } : feed));
  }
  return view;
}

/** What the filters read, by feed position. Built once per feed and language. */
export interface FacetTable {
  services: readonly Service[];
  /** Category ids; `counts.category[k]` counts `categoryIds[k]`. */
  categoryIds: readonly string[];
  /** Categories of service i: `catList[catStart[i]] … catList[catStart[i + 1] - 1]` (indices into categoryIds). */
  catStart: Int32Array;
  catList: Uint16Array;
  /** 1 when the service speaks the table's language. */
  speaks: Uint8Array;
  /** The languages services speak (base codes); service i's are `langList[langStart[i]] … langList[langStart[i + 1] - 1]` (indices into languageCodes). */
  languageCodes: readonly string[];
  langStart: Int32Array;
  langList: Uint16Array;
  /** Whether any service says which languages it speaks (else nothing is sorted by language). */
  listsLanguages: boolean;
  /** 1 when the service is free of charge. */
  free: Uint8Array;
  /** Whose each service is (`publishers.of`). */
  publishers: Publishers;
}

export interface FilterResult {
  /** Feed positions of the services that pass, in the order of the hits. */
  results: number[];
  /**
   * Results per option when chosen, the other active filters kept; `all` is "all categories", `anyPublisher`
   * "all publishers"; `open` -1 while not known.
   */
  counts: { all: number; category: Int32Array; lang: number; free: number; open: number; publisher: Int32Array; anyPublisher: number };
  /** Results there would be with one active filter dropped (for the empty state). */
  without: Partial<Record<Facet, number>>;
}

export function speaksLanguage(service: Service, locale: string): boolean {
  const base = baseLanguage(locale);
  return Array.isArray(service.languages) && service.languages.some((l) => typeof l === 'string' && baseLanguage(l) === base);
}

export function isFree(service: Service): boolean {
  return typeof service.cost === 'string' && service.cost.trim().toLowerCase() === 'free';
}

const compact = (s: string): string => fold(s).replace(/\s+/g, '');

/** Whether one of the service's addresses has the postal code (or its start) or the district. */
export function inArea(service: Service, area: string): boolean {
  return inCompactArea(service, compact(area));
}

function inCompactArea(service: Service, wanted: string): boolean {
  if (!wanted) return true;
  return (service.locations ?? []).some((loc) => {
    const a = loc?.address;
    return (
      (typeof a?.postalCode === 'string' && compact(a.postalCode).startsWith(wanted)) ||
      (typeof a?.district === 'string' && compact(a.district).includes(wanted))
    );
  });
}

/**
 * The filters in force: a person's own choices (`chosen`), a category fixed by the page (`locked`, the
 * `lock-category` attribute) or preselected (`preset`), every other filter off until chosen; no area
 * while the visitor's own position is used.
 */
export function chosenFilters(chosen: Partial<FinderFilters>, locked: string | undefined, preset: string, located: boolean): FinderFilters {
  return {
    category: locked ?? chosen.category ?? preset ?? '',
    lang: !!chosen.lang,
    free: !!chosen.free,
    open: !!chosen.open,
    area: located ? '' : (chosen.area ?? '').trim(),
    publisher: chosen.publisher ?? '',
  };
}

/** The filters a person has switched on. */
export function activeFilters(f: FinderFilters): Facet[] {
  return FACETS.filter((k) => Boolean(f[k]));
}

export function buildFacetTable(
  services: readonly Service[],
  categoryIds: readonly string[],
  locale: string,
  publishers: Publishers,
): FacetTable {
  const n = services.length;
  const catIndex = new Map(categoryIds.map((id, k) => [id, k]));
  const catStart = new Int32Array(n + 1);
  const list: number[] = [];
  const speaks = new Uint8Array(n);
  const free = new Uint8Array(n);
  const languageCodes: string[] = [];
  const langIndex = new Map<string, number>();
  const langStart = new Int32Array(n + 1);
  const langs: number[] = [];
  for (let i = 0; i < n; i++) {
    const s = services[i]!;
    for (const c of Array.isArray(s.categories) ? s.categories : []) {
      const k = catIndex.get(c);
      // Each category once: this service's categories start at catStart[i].
      if (k !== undefined && list.indexOf(k, catStart[i]) < 0) list.push(k);
    }
    catStart[i + 1] = list.length;
    speaks[i] = speaksLanguage(s, locale) ? 1 : 0;
    for (const l of Array.isArray(s.languages) ? s.languages : []) {
      if (typeof l !== 'string') continue;
      const base = baseLanguage(l);
      let k = langIndex.get(base);
      if (k === undefined) langIndex.set(base, (k = languageCodes.push(base) - 1));
      if (langs.indexOf(k, langStart[i]) < 0) langs.push(k);
    }
    langStart[i + 1] = langs.length;
    free[i] = isFree(s) ? 1 : 0;
  }
  const langList = Uint16Array.from(langs);
  return {
    services,
    categoryIds,
    catStart,
    catList: Uint16Array.from(list),
    speaks,
    languageCodes,
    langStart,
    langList,
    listsLanguages: langs.length > 0,
    free,
    publishers,
  };
}

/**
 * Applies `filters` to the hits (feed positions, in rank order) and counts every option.
 * `open[i]` is 1 when service i is open now (worked out by the caller once a minute); without
 * `open` (not known yet) `counts.open` is -1, and the open-now filter must be off.
 */
export function filterServices(
  hits: ArrayLike<number>,
  filters: FinderFilters,
  table: FacetTable,
  open: Uint8Array | undefined,
): FilterResult {
  const { catStart, catList, speaks, free, services, publishers } = table;
  const results: number[] = [];
  const category = new Int32Array(table.categoryIds.length);
  const publisher = new Int32Array(publishers.list.length);
  const counts = { all: 0, category, lang: 0, free: 0, open: open ? 0 : -1, publisher, anyPublisher: 0 };
  const active = activeFilters(filters);
  const bits = active.map((k) => 1 << FACETS.indexOf(k));
  const without: number[] = active.map(() => 0);
  const wanted = filters.category ? table.categoryIds.indexOf(filters.category) : -2;
  const area = filters.area && compact(filters.area);
  const wantedPublisher = publisherIndex(publishers, filters.publisher);

  for (let h = 0; h < hits.length; h++) {
    const i = hits[h]!;
    const sp = speaks[i]!;
    const fr = free[i]!;
    const op = open?.[i];
    const c0 = catStart[i]!;
    const c1 = catStart[i + 1]!;
    const pub = publishers.of[i]!;
    // Bit per facet the service fails: category 1, lang 2, free 4, open 8, area 16, publisher 32.
    let fails = 0;
    if (wanted !== -2) {
      let has = false;
      for (let c = c0; c < c1; c++) if (catList[c] === wanted) has = true;
      if (!has) fails |= 1;
    }
    if (filters.lang && !sp) fails |= 2;
    if (filters.free && !fr) fails |= 4;
    if (filters.open && !op) fails |= 8;
    if (area && !inCompactArea(services[i]!, area)) fails |= 16;
    if (!isListedFor(wantedPublisher, pub)) fails |= 32;

    if (!fails) results.push(i);
    if (!(fails & ~1)) {
      counts.all++;
      for (let c = c0; c < c1; c++) category[catList[c]!]!++;
    }
    if (sp && !(fails & ~2)) counts.lang++;
    if (fr && !(fails & ~4)) counts.free++;
    if (op && !(fails & ~8)) counts.open++;
    if (!(fails & ~32)) {
      counts.anyPublisher++;
      if (pub >= 0) publisher[pub]!++;
    }
    for (let k = 0; k < bits.length; k++) if (!(fails & ~bits[k]!)) without[k]!++;
  }
  return { results, counts, without: Object.fromEntries(active.map((k, j) => [k, without[j]!])) };
}
