/**
 * The order of the finder's results, where nothing is hidden: in a network's feed the page's own
 * publisher's services first and the other places' after a divider; within each, the services that
 * speak the visitor's language first and the others after a divider that says an interpreter may be
 * needed, naming the languages they do speak. Pure; the order within each group (relevance, or
 * distance near me) is kept.
 *
 * @module
 */
import { homeFirst } from '../../feed/publishers.js';
import type { FacetTable } from './service-filters.js';

/** A line between two groups of results. */
export interface Divider {
  /** Where in the order the group it heads begins. */
  at: number;
  kind: 'language' | 'place';
  /** Services in that group. */
  size: number;
  /**
   * A language group: the languages (base codes) that the most of its services speak, at most three, enough
   * for each of them; `more` when three are not (or a service lists none). A place group: its publishers
   * (indexes into `publishers.list`), in order, at most three; `more` when there are others.
   */
  names: Array<string | number>;
  more: boolean;
}

/** At most this many languages or places are named in a divider. */
const NAMED = 3;

/**
 * The languages that cover the most of `group` (feed positions), one after another, at most three; `more`
 * when some service is left (one that speaks none of them, or lists no language). Integer counts over the
 * facet table's language lists: a group can be a whole 10,000-service feed, on every keystroke.
 */
export function coveringLanguages(group: readonly number[], table: FacetTable): { names: string[]; more: boolean } {
  const { languageCodes, langStart, langList } = table;
  const counts = new Int32Array(languageCodes.length);
  // Where a language was first seen in the group (services in order, each one's languages as it lists them): ties go to the first.
  const seen = new Int32Array(languageCodes.length);
  const covered = new Uint8Array(group.length);
  const names: string[] = [];
  let left = group.length;
  while (left && names.length < NAMED) {
    counts.fill(0);
    let order = 0;
    for (let g = 0; g < group.length; g++) {
      if (covered[g]) continue;
      for (let k = langStart[group[g]!]!; k < langStart[group[g]! + 1]!; k++) if (!counts[langList[k]!]!++) seen[langList[k]!] = order++;
    }
    let best = 0;
    for (let l = 1; l < counts.length; l++)
      if (counts[l]! > counts[best]! || (counts[l] === counts[best] && seen[l]! < seen[best]!)) best = l;
    if (!counts[best]) break;
    names.push(languageCodes[best]!);
    for (let g = 0; g < group.length; g++) {
      if (covered[g]) continue;
      for (let k = langStart[group[g]!]!; k < langStart[group[g]! + 1]!; k++) {
        if (langList[k] === best && !covered[g]) {
          covered[g] = 1;
          left--;
        }
      }
    }
  }
  return { names, more: left > 0 };
}

/**
 * `results` (feed positions, in order) grouped: by publisher when `home` (a publisher index) is one, and by
 * language when `byLanguage` (the "speaks my language" filter is off and the feed says which languages its
 * services speak). A language divider heads the home group's other-language services even when none speaks
 * the visitor's language (they may all need an interpreter); in the other places' group, only when some do.
 */
export function orderResults(
  results: readonly number[],
  table: FacetTable,
  home: number,
  byLanguage: boolean,
): { order: number[]; dividers: Divider[] } {
  const { speaks, publishers } = table;
  const { order: placed, others } = homeFirst(results, publishers, home);
  const order: number[] = [];
  const dividers: Divider[] = [];
  const groups = home < 0 ? [placed] : [placed.slice(0, others), placed.slice(others)];
  groups.forEach((group, g) => {
    if (g && group.length) {
      const keys = [...new Set(group.map((i) => publishers.of[i]!).filter((k) => k >= 0))];
      dividers.push({ at: order.length, kind: 'place', size: group.length, names: keys.slice(0, NAMED), more: keys.length > NAMED });
    }
    const own = byLanguage ? group.filter((i) => speaks[i]) : group;
    const rest = byLanguage ? group.filter((i) => !speaks[i]) : [];
    order.push(...own);
    if (rest.length && (!g || own.length))
      dividers.push({ at: order.length, kind: 'language', size: rest.length, ...coveringLanguages(rest, table) });
    order.push(...rest);
  });
  return { order, dividers };
}
