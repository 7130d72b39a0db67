/**
 * Search-as-you-type over the feed's services: a small hand-written inverted index (folded words
 * with their postings; prefixes by binary search over the sorted words; one typo allowed from five
 * letters; fields weighted name > keywords > category > organisation > description).
 * Why not a search library, how it builds and ranks, and what was measured: docs/decisions/search-index.md.
 */
import { runInSlices, runToEnd } from '../scheduling/build-steps.js';
import { scan, tokenize } from './normalize.js';

/** A string (in the feed's default locale) or text keyed by BCP 47 tag. */
export type LocalizedText = string | { readonly [locale: string]: string | undefined };

/** Keywords: a plain list, or lists (or single strings) keyed by BCP 47 tag. */
export type Keywords = readonly string[] | { readonly [locale: string]: readonly string[] | string | undefined };

/** The part of a feed service that search reads. */
export interface SearchableService {
  readonly id: string;
  readonly name: LocalizedText;
  readonly description?: LocalizedText | undefined;
  readonly organization?: { readonly name?: LocalizedText | undefined } | undefined;
  /** Category ids, resolved through the feed's `categories`. */
  readonly categories?: readonly string[] | undefined;
  readonly keywords?: Keywords | undefined;
}

export interface SearchableCategory {
  readonly id: string;
  readonly name: LocalizedText;
}

export interface SearchHit {
  readonly id: string;
  /** Higher is better; results come sorted by it. 0 for the unfiltered list. */
  readonly score: number;
}

export interface ServiceIndex {
  /** Number of services indexed. */
  readonly size: number;
  /** Services matching `query`, best first; all services in feed order when it is empty. */
  search(query: string): SearchHit[];
  /** The same as positions in the list given to createServiceIndex (no object per hit). */
  rank(query: string): number[];
}

// Field bits, lowest weight first.
const DESCRIPTION = 1;
const ORGANIZATION = 2;
const CATEGORY = 4;
const KEYWORDS = 8;
const NAME = 16;
const FIELD_WEIGHTS = [1, 2, 2.5, 3, 4];

/** Score of a field bitmask: the best field plus 0.1 for each other one. */
const MASK_WEIGHT = Array.from({ length: 32 }, (_, mask) => {
  let best = 0;
  let others = 0;
  FIELD_WEIGHTS.forEach((w, bit) => {
    if (mask & (1 << bit)) {
      others += best ? 0.1 : 0;
      best = w;
    }
  });
  return best + others;
});

const MIN_FUZZY = 5;
const MAX_TERMS = 12;

/**
 * Compares `t` from `ti` with `k` from `ki`: 1 when the rests are equal, 2 when
 * the rest of `t` is a proper prefix of the rest of `k`, else 0.
 */
function rest(t: string, ti: number, k: string, ki: number): number {
  const n = t.length - ti;
  if (k.length - ki < n) return 0;
  for (let j = 0; j < n; j++) if (t.charCodeAt(ti + j) !== k.charCodeAt(ki + j)) return 0;
  return k.length - ki === n ? 1 : 2;
}

/**
 * One typo apart? 1 when `k` is one edit from `t`, 2 when a prefix of `k` is one
 * edit from `t` and the edit leaves `t`'s last character in place; 0 otherwise,
 * also when `t` is already a prefix of `k` (matched without a typo).
 */
export function oneEditApart(t: string, k: string): number {
  const n = t.length;
  const m = k.length;
  if (m < n - 1) return 0;
  let i = 0;
  while (i < n && i < m && t.charCodeAt(i) === k.charCodeAt(i)) i++;
  if (i === n) return 0;
  if (i === m) return n === m + 1 ? 1 : 0;
  const last = i === n - 1;
  let r = rest(t, i + 1, k, i + 1); // substitution
  if (r === 1 || (r && !last)) return r;
  r = rest(t, i, k, i + 1); // a letter missing from t
  if (r) return r;
  r = rest(t, i + 1, k, i); // an extra letter in t
  if (r === 1 || (r && !last)) return r;
  if (!last && t[i] === k[i + 1] && t[i + 1] === k[i]) return rest(t, i + 2, k, i + 2); // swap
  return 0;
}

/** Builds the search index in one go; services keep their feed order. */
export const createServiceIndex = (services: readonly SearchableService[], categories: readonly SearchableCategory[] = []): ServiceIndex =>
  runToEnd(indexSteps(services, categories));

/** The same index, built in slices (`runInSlices`): returned at once when the first slice finishes it, else passed to `done`. */
export const buildServiceIndex = (
  services: readonly SearchableService[],
  categories: readonly SearchableCategory[],
  done: (index: ServiceIndex) => void,
  ms = 8,
  first = ms,
): ServiceIndex | undefined => runInSlices(indexSteps(services, categories), done, ms, first);

/** The build, pausing (`yield`) after each service and between its last phases. */
function* indexSteps(services: readonly SearchableService[], categories: readonly SearchableCategory[]): Generator<void, ServiceIndex> {
  const n = services.length;
  // Words seen so far, in an open-addressing hash table keyed by the scanner's
  // buffer, so that a word costs a string only the first time it is seen.
  const seen: string[] = [];
  let hashes = new Int32Array(1 << 11);
  let slots = new Int32Array(1 << 12); // word number + 1, 0 when free
  // (word, service << 5 | field bit) for each word of each text, in service order.
  let stream = new Int32Array(Math.max(1 << 12, n * 128)); // ~60 words a service
  let streamLength = 0;
  let doc = 0;
  let field = 0;

  const wordOf = (chars: Uint16Array, start: number, end: number, h: number): number => {
    let mask = slots.length - 1;
    let slot = h & mask;
    for (let id = slots[slot]! - 1; id >= 0; id = slots[slot]! - 1) {
      if (hashes[id] === h) {
        const word = seen[id]!;
        if (word.length === end - start) {
          let j = 0;
          while (j < word.length && word.charCodeAt(j) === chars[start + j]) j++;
          if (j === word.length) return id;
        }
      }
      slot = (slot + 1) & mask;
    }
    const id = seen.length;
    seen.push(String.fromCharCode.apply(null, chars.subarray(start, end) as unknown as number[]));
    if (id === hashes.length) {
      // Grow: twice the words, four times the slots (load ≤ 1/2).
      const more = new Int32Array(id * 2);
      more.set(hashes);
      hashes = more;
      slots = new Int32Array(id * 4);
      mask = slots.length - 1;
      for (let w = 0; w < id; w++) {
        let at = hashes[w]! & mask;
        while (slots[at]) at = (at + 1) & mask;
        slots[at] = w + 1;
      }
      slot = h & mask;
      while (slots[slot]) slot = (slot + 1) & mask;
    }
    hashes[id] = h;
    slots[slot] = id + 1;
    return id;
  };
  const add = (id: number): void => {
    if (streamLength === stream.length) {
      const more = new Int32Array(streamLength * 2);
      more.set(stream);
      stream = more;
    }
    stream[streamLength++] = id;
    stream[streamLength++] = (doc << 5) | field;
  };
  let into: number[] | undefined; // collects word numbers instead of adding them
  // Feed text is a string, a list of strings, or either by language: two levels at most. Deeper
  // values (which the feed reader never lets through) are not walked.
  const addText = (value: unknown, depth = 0): void => {
    if (typeof value === 'string') {
      const { chars, starts, ends, hashes: h, count } = scan(value, true);
      for (let k = 0; k < count; k++) {
        const id = wordOf(chars, starts[k]!, ends[k]!, h[k]!);
        if (into) into.push(id);
        else add(id);
      }
    } else if (depth < 2 && value && typeof value === 'object') {
      if (Array.isArray(value)) for (const v of value) addText(v, depth + 1);
      else for (const key of Object.keys(value)) addText((value as Record<string, unknown>)[key], depth + 1);
    }
  };

  const categoryWords = new Map<string, number[]>();
  for (const c of categories) {
    if (c && typeof c.id === 'string') {
      categoryWords.set(c.id, (into = []));
      addText(c.name);
    }
  }
  into = undefined;

  const ids: string[] = [];
  for (doc = 0; doc < n; doc++) {
    const s = services[doc] ?? ({ id: '', name: '' } as SearchableService); // (the loader drops such items)
    ids.push(s.id);
    field = NAME;
    addText(s.name);
    field = KEYWORDS;
    addText(s.keywords);
    if (Array.isArray(s.categories)) {
      field = CATEGORY;
      // (Array.isArray types a readonly string[] as any[].)
      for (const c of s.categories as readonly string[]) for (const id of categoryWords.get(c) ?? []) add(id);
    }
    field = ORGANIZATION;
    addText(s.organization?.name);
    field = DESCRIPTION;
    addText(s.description);
    yield;
  }

  // Postings of word w: postings[from[w] … to[w]), one entry per service (fields OR-ed).
  const words = seen.length;
  const from = new Int32Array(words + 1);
  for (let i = 0; i < streamLength; i += 2) from[stream[i]! + 1]!++;
  for (let w = 0; w < words; w++) from[w + 1]! += from[w]!;
  const to = from.slice(0, words);
  const postings = new Int32Array(streamLength / 2);
  for (let i = 0; i < streamLength; i += 2) {
    const w = stream[i]!;
    const code = stream[i + 1]!;
    const at = to[w]!;
    if (at > from[w]! && postings[at - 1]! >>> 5 === code >>> 5) postings[at - 1]! |= code;
    else postings[to[w]!++] = code;
  }
  stream = new Int32Array(0);
  yield;

  // The vocabulary sorted (UTF-16 order, as `<` compares) for prefix search.
  // (Sorting the strings natively and finding their numbers again is faster than
  // sorting numbers with a comparator.)
  const vocabulary = seen.slice().sort();
  const order = vocabulary.map((word) => {
    let h = -2128831035;
    for (let j = 0; j < word.length; j++) h = Math.imul(h ^ word.charCodeAt(j), 0x01000193);
    const mask = slots.length - 1;
    let slot = h & mask;
    while (seen[slots[slot]! - 1] !== word) slot = (slot + 1) & mask;
    return slots[slot]! - 1;
  });

  return searcher(ids, vocabulary, Int32Array.from(order), from, to, postings);
}

/** Search over a built index. Apart from createServiceIndex so that nothing only the build needs stays reachable. */
function searcher(
  ids: readonly string[],
  vocabulary: readonly string[],
  order: Int32Array,
  from: Int32Array,
  to: Int32Array,
  postings: Int32Array,
): ServiceIndex {
  const n = ids.length;
  // Scratch space reused by every search (search is synchronous).
  const best = new Float64Array(n); // this query word's best score per service
  const total = new Float64Array(n); // sum over query words
  const count = new Uint8Array(n); // query words matched
  let scores: number[] = [];

  /** Positions of the matching services, best first; `scores` holds their scores in the same order. */
  const rank = (query: string): number[] => {
    const terms = [...new Set(tokenize(String(query ?? '')))].slice(0, MAX_TERMS);
    if (!terms.length) {
      scores = ids.map(() => 0);
      return ids.map((_, i) => i);
    }

    const found: number[] = [];
    for (const term of terms) {
      const touched: number[] = [];
      const hit = (i: number, factor: number): void => {
        const w = order[i]!;
        for (let p = from[w]!, end = to[w]!; p < end; p++) {
          const code = postings[p]!;
          const doc = code >>> 5;
          const score = MASK_WEIGHT[code & 31]! * factor;
          if (!best[doc]) touched.push(doc);
          if (score > best[doc]!) best[doc] = score;
        }
      };
      // Exact and prefix: binary search for the first word ≥ term, then scan on.
      let lo = 0;
      let hi = vocabulary.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (vocabulary[mid]! < term) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < vocabulary.length && vocabulary[i]!.startsWith(term); i++) {
        const length = vocabulary[i]!.length;
        hit(i, length === term.length ? 1 : 0.4 + (0.4 * term.length) / length);
      }
      if (term.length >= MIN_FUZZY) {
        vocabulary.forEach((word, i) => {
          const near = oneEditApart(term, word);
          if (near) hit(i, near === 1 ? 0.3 : 0.2);
        });
      }
      for (const doc of touched) {
        if (!count[doc]) found.push(doc);
        total[doc]! += best[doc]!;
        count[doc]!++;
        best[doc] = 0;
      }
    }

    const all = found.filter((doc) => count[doc] === terms.length);
    const docs = all.length ? all : found;
    const score = docs.map((doc) => (total[doc]! * count[doc]!) / terms.length);
    for (const doc of found) {
      total[doc] = 0;
      count[doc] = 0;
    }
    const byScore = docs.map((_, i) => i);
    byScore.sort((a, b) => score[b]! - score[a]! || docs[a]! - docs[b]!);
    scores = byScore.map((i) => score[i]!);
    return byScore.map((i) => docs[i]!);
  };

  return {
    size: n,
    rank,
    search: (query) => rank(query).map((i, k) => ({ id: ids[i]!, score: scores[k]! })),
  };
}
