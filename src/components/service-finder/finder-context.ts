/**
 * What the finder's render functions (filters, result list, details) get from the element: the feed,
 * the language, the results and the words every part writes the same way (numbers, names joined as
 * the language joins them, categories, languages spoken, distances, a filter's name).
 *
 * @module
 */
import type { TemplateResult } from 'lit';
import { msg, str } from '../../i18n/messages.js';
import { isolated } from '../../base/feed-text.js';
import { joinedList, languageList } from '../../base/intl-text.js';
import type { HeadingLevel } from '../../base/heading-level.js';
import type { Feed, LocalizedText, Service } from '../../feed/types.js';
import { publisherName } from '../../feed/publishers.js';
import type { PickedText } from '../../i18n/localized-text.js';
import { intl } from '../../i18n/intl.js';
import { languageInSentence } from '../../i18n/intl-words.js';
import type { Facet, FacetTable, FinderFilters } from './service-filters.js';

/** Feed text and the words every part of the finder writes alike. */
export interface FinderWords {
  feed: Feed;
  locale: string;
  /** The widget's heading level (`heading-level`). */
  level: HeadingLevel;
  /** Inline feed text, isolated and marked (CivicElement's `text`). */
  text(value: LocalizedText | undefined): unknown;
  pick(value: LocalizedText | undefined): PickedText | undefined;
  number(n: number): string;
  categoryName(id: string): PickedText | undefined;
  /** A service's categories, joined; undefined for none. */
  categoryNames(service: Service): unknown[] | undefined;
  /** The languages a service speaks, named in the widget's language, each marked when the browser named it in another. */
  spokenLanguages(service: Service): unknown[] | undefined;
  distanceText(km: number): string;
}

/** What the filters and the result list need besides the words: the state and the actions. */
export interface FinderContext extends FinderWords {
  facets: FacetTable;
  filters: FinderFilters;
  /** The filters a person has on and may remove (a locked category is not theirs). */
  removable: Facet[];
  query: string;
  /** Cards say "Speaks …" (when the list is sorted by it: some services do not). */
  tagSpeakers: boolean;
  filterLabel(facet: Facet): unknown;
  setFilter(facet: Facet, value: string | boolean): void;
  drop(facet: Facet): void;
  clearFilters(): void;
  clearSearch(): void;
  /** Opens a service's details. */
  open(id: string): void;
}

/** The words of a finder speaking `locale` over `feed`. */
export function finderWords(
  feed: Feed,
  locale: string,
  level: HeadingLevel,
  pick: FinderWords['pick'],
  text: FinderWords['text'],
): FinderWords {
  /** Names, as the language lists them ("A, B und C"), each isolated and marked; undefined for none. */
  const list = (names: readonly (PickedText | undefined)[]): unknown[] | undefined => {
    const shown = names.filter((n): n is PickedText => !!n).map((n) => isolated(n, locale));
    return shown.length ? joinedList(shown, locale, 'unit') : undefined;
  };
  const categoryName = (id: string): PickedText | undefined => pick(feed.categories.find((c) => c.id === id)?.name);
  return {
    feed,
    locale,
    level,
    pick,
    text,
    number: (n) => intl(Intl.NumberFormat, locale, {}).format(n),
    categoryName,
    categoryNames: (service) => list((service.categories ?? []).map(categoryName)),
    spokenLanguages: (service) =>
      languageList(
        (service.languages ?? []).filter((l): l is string => typeof l === 'string'),
        locale,
      ),
    distanceText: (km) => {
      const near = km < 1;
      const formatted = intl(Intl.NumberFormat, locale, {
        style: 'unit',
        unit: near ? 'meter' : 'kilometer',
        maximumFractionDigits: 1,
      }).format(near ? Math.max(10, Math.round(km * 100) * 10) : km);
      return msg(str`${formatted} away`);
    },
  };
}

/** A filter's words; a category's or publisher's name as feed text (isolated, marked when in another language). */
export function filterLabel(words: FinderWords, facets: FacetTable, filters: FinderFilters, facet: Facet): TemplateResult | string {
  const { locale } = words;
  switch (facet) {
    case 'category': {
      const name = words.categoryName(filters.category);
      return name ? isolated(name, locale) : filters.category;
    }
    case 'lang':
      return msg(str`Speaks ${languageInSentence(locale, locale).text}`);
    case 'free':
      return msg('Free of charge');
    case 'open':
      return msg('Open now');
    case 'area':
      return msg(str`In ${filters.area}`);
    default: {
      const { list, keys } = facets.publishers;
      const name = words.pick(publisherName(list[keys.indexOf(filters.publisher)]));
      return name ? isolated(name, locale) : filters.publisher;
    }
  }
}
