/**
 * JSON text parsed in steps (a generator that pauses with `yield`, run by src/scheduling/), so that a
 * feed of megabytes makes no long task: `JSON.parse` cannot be split, and 6 MB of it took 50–90 ms
 * in one task. The top-level object is scanned here, and each value in it is given to `JSON.parse` on
 * its own — each item of the named lists one at a time — so no parse handles more than one item (or
 * one other top-level value). `JSON.parse` still checks every value; this scanner checks only the
 * punctuation between them. The result is what `JSON.parse` gives (same values, same key order, the
 * last of two equal keys, `__proto__` as an ordinary key), or an error wherever `JSON.parse` fails.
 * Pure; no DOM.
 *
 * @module
 */

/** Characters scanned and parsed between two steps (about 0.3 ms of `JSON.parse`). */
const CHARS_PER_STEP = 32 * 1024;

export type ParsedJson = { value: unknown; error?: undefined } | { error: string; value?: undefined };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

/**
 * Parses `text` as `JSON.parse` would, in steps (a text whose top level is no object in one).
 * `lists`: the top-level keys whose arrays are parsed item by item. Loaded by read-feed.ts for
 * large texts only (a small one is one quick `JSON.parse`).
 */
export function* parseJsonSteps(text: string, lists: readonly string[]): Generator<void, ParsedJson> {
  try {
    const scan: Scan = { text, at: skipSpace(text, 0), stepFrom: 0 };
    if (text.charCodeAt(scan.at) !== OPEN_BRACE) return { value: JSON.parse(text) };
    const out: Record<string, unknown> = {};
    yield* eachMember(scan, CLOSE_BRACE, () => {
      if (text.charCodeAt(scan.at) !== QUOTE) fail(scan.at, 'a key');
      const keyEnd = stringEnd(text, scan.at);
      const key = JSON.parse(text.slice(scan.at, keyEnd)) as string;
      scan.at = skipSpace(text, keyEnd);
      if (text.charCodeAt(scan.at) !== COLON) fail(scan.at, '":"');
      scan.at = skipSpace(text, scan.at + 1);
      // As JSON.parse defines it: an own property even for "__proto__"; a repeated key keeps its place, the last value.
      const put = (value: unknown): void =>
        void Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
      if (text.charCodeAt(scan.at) !== OPEN_BRACKET || !lists.includes(key)) return put(nextValue(scan));
      const items: unknown[] = [];
      put(items);
      return eachMember(scan, CLOSE_BRACKET, () => void items.push(nextValue(scan)));
    });
    if (skipSpace(text, scan.at) < text.length) fail(skipSpace(text, scan.at), 'the end of the text');
    return { value: out };
  } catch (error) {
    return { error: String(error) };
  }
}

/** Where a scan of `text` is, and where its current step began. */
interface Scan {
  readonly text: string;
  at: number;
  stepFrom: number;
}

/**
 * The members of the object or array whose opening bracket is at `scan.at`, up to its `close`: `member()` reads
 * one from `scan.at` (or returns the steps that do), the commas between them are checked here, and a step ends
 * after every `CHARS_PER_STEP` characters.
 */
function* eachMember(scan: Scan, close: number, member: () => Generator<void, void> | void): Generator<void, void> {
  const { text } = scan;
  scan.at = skipSpace(text, scan.at + 1);
  if (text.charCodeAt(scan.at) === close) return void scan.at++;
  for (;;) {
    const steps = member();
    if (steps) yield* steps;
    scan.at = skipSpace(text, scan.at);
    if (scan.at - scan.stepFrom > CHARS_PER_STEP) {
      scan.stepFrom = scan.at;
      yield;
    }
    const next = text.charCodeAt(scan.at++);
    if (next === close) return;
    if (next !== COMMA) fail(scan.at - 1, `"," or "${String.fromCharCode(close)}"`);
    scan.at = skipSpace(text, scan.at);
  }
}

/** The JSON value at `scan.at`, parsed by `JSON.parse`; the scan goes on after it. */
function nextValue(scan: Scan): unknown {
  const end = valueEnd(scan.text, scan.at);
  const value: unknown = JSON.parse(scan.text.slice(scan.at, end));
  scan.at = end;
  return value;
}

function fail(at: number, expected: string): never {
  throw new SyntaxError(`expected ${expected} at position ${at} of the JSON`);
}

/** The index of the first character at or after `at` that is not JSON white space. */
function skipSpace(text: string, at: number): number {
  for (let c = text.charCodeAt(at); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09; c = text.charCodeAt(++at));
  return at;
}

/** The index just after the string that starts (with its quote) at `at`; the text's length when it never ends. */
function stringEnd(text: string, at: number): number {
  for (let from = at + 1; ;) {
    const quote = text.indexOf('"', from);
    if (quote < 0) return text.length;
    let backslash = quote - 1;
    while (text.charCodeAt(backslash) === BACKSLASH) backslash--;
    // An even number of backslashes before it: the quote ends the string.
    if ((quote - 1 - backslash) % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}

/**
 * The index just after the JSON value that starts at `at`, found by its brackets and strings only
 * (JSON.parse of the slice then checks it): a bracket that does not match or anything malformed
 * gives a slice JSON.parse refuses.
 */
function valueEnd(text: string, at: number): number {
  const first = text.charCodeAt(at);
  if (first === QUOTE) return stringEnd(text, at);
  if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
    // A number, true, false or null: up to the next punctuation or white space.
    let end = at;
    for (
      let c = first;
      end < text.length && c !== COMMA && c !== CLOSE_BRACKET && c !== CLOSE_BRACE && c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09;
      c = text.charCodeAt(++end)
    );
    return end;
  }
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) i = stringEnd(text, i) - 1;
    else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
    else if ((c === CLOSE_BRACE || c === CLOSE_BRACKET) && --depth === 0) return i + 1;
  }
  return text.length;
}
