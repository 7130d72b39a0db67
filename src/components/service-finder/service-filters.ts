/**
 * The finder's filters as pure logic: which services pass, and for every option how
 * many results there would be if a person chose it (the other active filters kept),
 * computed in one pass over the search hits.
 */
import type { Service } from '../../feed/types.js';
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
}

export const NO_FILTERS: FinderFilters = { category: '', lang: false, free: false, open: false, area: '' };

export type Facet = keyof FinderFilters;
const FACETS: readonly Facet[] = ['category', 'lang', 'free', 'open', 'area'];

export interface FilterContext {
  /** The widget's language (a feed locale). */
  locale: string;
  /** Open now, in the feed's time zone (memoized by the caller). */
  isOpen(service: Service): boolean;
}

export interface FilterResult {
  results: Service[];
  /** Results per option when chosen: `category['']` is "all categories". */
  counts: { category: Record<string, number>; lang: number; free: number; open: number };
  /** Results there would be with one active filter dropped (for the empty state). */
  without: Partial<Record<Facet, number>>;
}

/** What the filters read from a service, worked out once per service (typing re-filters thousands). */
interface Facts {
  langs: string[];
  free: boolean;
  cats: string[];
}
const factsCache = new WeakMap<Service, Facts>();

function facts(service: Service): Facts {
  let f = factsCache.get(service);
  if (!f) {
    const langs = Array.isArray(service.languages) ? service.languages.filter((l) => typeof l === 'string') : [];
    const cost = service.cost;
    f = {
      langs: [...new Set(langs.map(baseLanguage))],
      free: typeof cost === 'string' && cost.trim().toLowerCase() === 'free',
      cats: Array.isArray(service.categories) ? [...new Set(service.categories)] : [],
    };
    factsCache.set(service, f);
  }
  return f;
}

export function speaksLanguage(service: Service, locale: string): boolean {
  return facts(service).langs.includes(baseLanguage(locale));
}

export function isFree(service: Service): boolean {
  return facts(service).free;
}

const compact = (s: string): string => fold(s).replace(/\s+/g, '');

/** Whether one of the service's addresses has the postal code (or its start) or the district. */
export function inArea(service: Service, area: string): boolean {
  const wanted = compact(area);
  if (!wanted) return true;
  return (service.locations ?? []).some((loc) => {
    const a = loc?.address;
    return (
      (typeof a?.postalCode === 'string' && compact(a.postalCode).startsWith(wanted)) ||
      (typeof a?.district === 'string' && compact(a.district).includes(wanted))
    );
  });
}

/** Number of filters a person has switched on (for "clear filters"). */
export function activeFilters(f: FinderFilters): Facet[] {
  return FACETS.filter((k) => Boolean(f[k]));
}

/** Applies `filters` to `services` (search hits, in rank order) and counts every option. */
export function filterServices(services: readonly Service[], filters: FinderFilters, ctx: FilterContext): FilterResult {
  const results: Service[] = [];
  const category: Record<string, number> = { '': 0 };
  const counts = { category, lang: 0, free: 0, open: 0 };
  const active = activeFilters(filters);
  const without: Partial<Record<Facet, number>> = {};
  for (const k of active) without[k] = 0;
  const activeBits = active.map((k) => 1 << FACETS.indexOf(k));
  const base = baseLanguage(ctx.locale);

  for (const s of services) {
    const { cats, langs, free: fr } = facts(s);
    const sp = langs.includes(base);
    const op = ctx.isOpen(s);
    // Bit per facet the service fails: category 1, lang 2, free 4, open 8, area 16.
    let fails = 0;
    if (filters.category && !cats.includes(filters.category)) fails |= 1;
    if (filters.lang && !sp) fails |= 2;
    if (filters.free && !fr) fails |= 4;
    if (filters.open && !op) fails |= 8;
    if (filters.area && !inArea(s, filters.area)) fails |= 16;

    if (!fails) results.push(s);
    if (!(fails & ~1)) {
      category['']!++;
      for (const c of cats) category[c] = (category[c] ?? 0) + 1;
    }
    if (sp && !(fails & ~2)) counts.lang++;
    if (fr && !(fails & ~4)) counts.free++;
    if (op && !(fails & ~8)) counts.open++;
    for (let i = 0; i < active.length; i++) if (!(fails & ~activeBits[i]!)) without[active[i]!]!++;
  }
  return { results, counts, without };
}
