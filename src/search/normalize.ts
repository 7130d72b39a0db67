/**
 * Text folding and tokenizing for search. Pure, DOM-free, no dependencies.
 *
 * `fold()` makes text case- and accent-insensitive in the scripts the feeds use:
 * - NFKD, then lower case (NFKD splits é → e + ◌́, ş → s + ◌̧, أ → ا + ◌ٔ, ё → е + ◌̈,
 *   folds ligatures, full-width forms and Arabic presentation forms);
 * - combining marks dropped: Latin/Greek/Cyrillic diacritics, Hebrew points, Arabic
 *   tashkeel (U+064B–U+065F, U+0670), Quranic marks, and the tatweel U+0640;
 * - letters with no decomposition folded by a small table: ß → ss, ı → i,
 *   ٱ → ا, ى/ی → ي, ة/ە → ه, ک → ك, ґ → г, ς → σ, æ/ø/œ/ł/đ, Arabic-Indic and
 *   Persian digits → 0–9.
 * Because ؤ/ئ/أ/إ/آ decompose to a base letter + hamza/madda mark, dropping the mark
 * gives و/ي/ا; ї → і and ё → е the same way (і stays distinct from и).
 * Marks of other scripts (Devanagari vowel signs, …) are kept, so words there stay
 * intact.
 */

// Combining marks to drop (after NFKD) and the tatweel. Ranges of combining marks are
// the point here, hence the lint exception.
const MARKS =
  // eslint-disable-next-line no-misleading-character-class
  /[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u0640\u064b-\u065f\u0670\u06d6-\u06ed\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;

const FOLD: Record<string, string> = {
  ß: 'ss',
  ı: 'i',
  ٱ: 'ا',
  ى: 'ي',
  ی: 'ي',
  ة: 'ه',
  ە: 'ه',
  ک: 'ك',
  ґ: 'г',
  ς: 'σ',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
};
const FOLDABLE = /[ßıٱىیةەکґςæœøłđ\u0660-\u0669\u06f0-\u06f9]/g;

const foldChar = (c: string): string => {
  const code = c.charCodeAt(0);
  if (code >= 0x06f0) return String(code - 0x06f0); // Persian digits ۰–۹
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660); // Arabic-Indic digits
  return FOLD[c]!;
};

// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;

/** Case- and accent-folds text for matching (see the module comment). */
export function fold(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').toLowerCase().replace(MARKS, '').replace(FOLDABLE, foldChar);
}

// Word characters: letters, digits and the marks fold() keeps (Devanagari vowel
// signs, …). Apostrophes inside a word ("children's", "м'ясо", "İstanbul'da",
// "l'hôpital") join it; anything else separates words.
const WORD = /^[\p{L}\p{N}\p{M}]+$/u;
const APOSTROPHES = "'’ʼ";

// Per UTF-16 code unit: 0 not yet known, > 0 the folded code unit, or one of:
const SEP = -1;
const DROP = -2;
const APOS = -3;
const MULTI = -4; // folds to several code units (ß → ss, ﬁ → fi): see `multi`
const PAIR = -5; // high surrogate: the code point is looked up in `astral`
let table: Int32Array | undefined;
const multi = new Map<number, string>();
const astral = new Map<number, string>();

function classify(code: number): number {
  if (code >= 0xd800 && code <= 0xdbff) return PAIR;
  const ch = String.fromCharCode(code);
  const f = fold(ch);
  if (APOSTROPHES.includes(ch)) return APOS;
  if (!f) return DROP;
  if (!WORD.test(f)) return f.length > 1 && /[\p{L}\p{N}]/u.test(f) ? (multi.set(code, f), MULTI) : SEP;
  if (f.length === 1) return f.charCodeAt(0);
  multi.set(code, f);
  return MULTI;
}

/**
 * The words of the last scan(): word k is `chars[starts[k] … ends[k])`, and
 * `hashes[k]` is its 32-bit FNV-1a hash (of the UTF-16 code units).
 */
export interface Scanned {
  chars: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  hashes: Int32Array;
  count: number;
}
const scanned: Scanned = {
  chars: new Uint16Array(256),
  starts: new Int32Array(64),
  ends: new Int32Array(64),
  hashes: new Int32Array(64),
  count: 0,
};
const FNV_START = -2128831035; // 0x811c9dc5 as int32
const FNV_PRIME = 0x01000193;
let cuts = new Int32Array(16); // apostrophe positions in the current word
let cutCount = 0;

function piece(from: number, to: number): void {
  const s = scanned;
  let h = FNV_START;
  for (let j = from; j < to; j++) h = Math.imul(h ^ s.chars[j]!, FNV_PRIME);
  s.starts[s.count] = from;
  s.ends[s.count] = to;
  s.hashes[s.count++] = h;
}

function endWord(start: number, end: number, hash: number, parts: boolean): void {
  const s = scanned;
  if (s.count + cutCount + 3 > s.starts.length) {
    const size = s.starts.length * 2 + cutCount;
    const grow = (a: Int32Array): Int32Array => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    s.starts = grow(s.starts);
    s.ends = grow(s.ends);
    s.hashes = grow(s.hashes);
  }
  s.starts[s.count] = start;
  s.ends[s.count] = end;
  s.hashes[s.count++] = hash;
  if (parts && cutCount) {
    let from = start;
    for (let k = 0; k <= cutCount; k++) {
      const cut = k < cutCount ? cuts[k]! : end;
      if (cut > from && (from > start || cut < end)) piece(from, cut);
      from = cut;
    }
  }
  // Arabic definite article: "المستشفى" is also found as "مستشفى".
  if (parts && end - start > 4 && s.chars[start] === 0x627 && s.chars[start + 1] === 0x644) piece(start + 2, end);
  cutCount = 0;
}

function room(need: number): Uint16Array {
  if (need > scanned.chars.length) {
    const chars = new Uint16Array(need * 2);
    chars.set(scanned.chars);
    scanned.chars = chars;
  }
  return scanned.chars;
}

/**
 * The words of `text` as search sees them: folded as by fold(), split at anything
 * that is not a letter, digit or kept mark. A word with an apostrophe gives the word
 * without it ("мясо", "istanbulda") and, when `parts` is set, also each piece ("l",
 * "hopital") so that either spelling is found.
 *
 * Built for indexing megabytes of text: one pass over the code units with a folding
 * table filled on first sight of each character, no string per word. The result is a
 * shared object, valid until the next call.
 */
export function scan(text: string, parts = false): Scanned {
  const t = (table ??= new Int32Array(0x10000));
  const n = text.length;
  let chars = room(n + 8);
  let len = 0;
  let word = 0;
  let h = FNV_START;
  scanned.count = 0;
  cutCount = 0;
  for (let i = 0; i <= n; i++) {
    const code = i < n ? text.charCodeAt(i) : 32;
    let v = t[code]!;
    if (v === 0) v = t[code] = classify(code);
    if (v > 0) {
      chars[len++] = v;
      h = Math.imul(h ^ v, FNV_PRIME);
    } else if (v === SEP) {
      if (len > word) endWord(word, len, h, parts);
      word = len;
      h = FNV_START;
      cutCount = 0;
    } else if (v === APOS) {
      if (len > word && (!cutCount || cuts[cutCount - 1] !== len)) {
        if (cutCount === cuts.length) {
          const more = new Int32Array(cutCount * 2);
          more.set(cuts);
          cuts = more;
        }
        cuts[cutCount++] = len;
      }
    } else if (v === MULTI) {
      const f = multi.get(code)!;
      chars = room(len + f.length + n - i + 8);
      for (let j = 0; j < f.length; j++) {
        const c = f.charCodeAt(j);
        const w = t[c] || (t[c] = classify(c));
        if (w > 0) {
          chars[len++] = w;
          h = Math.imul(h ^ w, FNV_PRIME);
        } else if (w === SEP) {
          if (len > word) endWord(word, len, h, parts);
          word = len;
          h = FNV_START;
        }
      }
    } else if (v === PAIR) {
      const cp = text.codePointAt(i)!;
      let f = astral.get(cp);
      if (f === undefined) {
        f = cp > 0xffff ? fold(String.fromCodePoint(cp)) : '';
        if (!WORD.test(f)) f = '';
        astral.set(cp, f);
      }
      if (f) {
        chars = room(len + f.length + n - i + 8);
        for (let j = 0; j < f.length; j++) {
          chars[len] = f.charCodeAt(j);
          h = Math.imul(h ^ chars[len++]!, FNV_PRIME);
        }
        i++;
      } else {
        if (len > word) endWord(word, len, h, parts);
        word = len;
        h = FNV_START;
        cutCount = 0;
        if (cp > 0xffff) i++;
      }
    }
  }
  return scanned;
}

/** The words of `text` as strings (see scan()). */
export function tokenize(text: string, parts = false): string[] {
  const { chars, starts, ends, count } = scan(text, parts);
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    out.push(String.fromCharCode.apply(null, chars.subarray(starts[k], ends[k]) as unknown as number[]));
  }
  return out;
}
