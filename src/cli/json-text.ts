/**
 * JSON as a person wrote it: where a value is (line and column, for messages), and what is wrong
 * with text that is not JSON, in words ("trailing comma", "missing comma", "comments are not
 * allowed"). Both walk jsonc-parser's scanner with an explicit stack, never recursion, so a file
 * nested a million levels deep is read like any other.
 */
import { createScanner } from 'jsonc-parser';

export type Key = string | number;

export interface Position {
  line: number;
  column: number;
}

// jsonc-parser's SyntaxKind and ScanError (const enums, which isolated modules cannot import).
const OPEN_BRACE = 1;
const CLOSE_BRACE = 2;
const OPEN_BRACKET = 3;
const CLOSE_BRACKET = 4;
const COMMA = 5;
const COLON = 6;
const NULL = 7;
const TRUE = 8;
const FALSE = 9;
const STRING = 10;
const NUMBER = 11;
const LINE_COMMENT = 12;
const BLOCK_COMMENT = 13;
const LINE_BREAK = 14;
const WHITESPACE = 15;
const UNKNOWN = 16;
const EOF = 17;
const SCAN_ERRORS: Record<number, string> = {
  1: 'a /* comment */ is not closed',
  2: 'a string is not closed: a " is missing at its end',
  3: 'a number is cut off',
  4: 'a \\u escape needs four hex digits',
  5: 'a backslash escape that JSON does not know (write \\\\ for a backslash)',
  6: 'a control character (a tab or line break) inside a string: write it as \\t or \\n',
};

/** Maps offsets to 1-based line and column, with one pass over the text. */
function positions(text: string): (offset: number) => Position {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}

export interface SyntaxProblem extends Position {
  message: string;
}

interface Frame {
  kind: 'object' | 'array';
  /** What comes next: a key (or the end), a colon, a value (or the end), a comma (or the end). */
  expect: 'key' | 'colon' | 'value' | 'comma';
  /** The offset of the comma just read, for "trailing comma". */
  comma?: number;
  open: number;
}

/**
 * The first reason `text` is not JSON, with its position, in words; undefined for valid JSON.
 * Only run after `JSON.parse` failed, so it need not be fast.
 */
export function syntaxProblem(text: string): SyntaxProblem | undefined {
  const at = positions(text);
  const problem = (offset: number, message: string): SyntaxProblem => ({ message, ...at(offset) });
  const scanner = createScanner(text, false); // comments kept, to be named
  const stack: Frame[] = [];
  let done = false; // the top-level value is complete
  for (;;) {
    const token = scanner.scan();
    if (token === LINE_BREAK || token === WHITESPACE) continue;
    const offset = scanner.getTokenOffset();
    const error = scanner.getTokenError();
    if (error && SCAN_ERRORS[error]) return problem(offset, SCAN_ERRORS[error]!);
    if (token === LINE_COMMENT || token === BLOCK_COMMENT) return problem(offset, 'comments are not allowed in JSON');
    const top = stack.at(-1);
    if (token === EOF) {
      if (top)
        return problem(
          offset,
          `the file ends too early: the ${top.kind === 'object' ? '{' : '['} at ${describe(at(top.open))} is never closed`,
        );
      return done ? undefined : problem(offset, 'the file has no JSON value');
    }
    if (done) return problem(offset, 'more text after the end of the JSON (one file holds one value)');
    if (token === UNKNOWN) return problem(offset, unknownToken(scanner.getTokenValue(), top?.kind === 'object' && top.expect === 'key'));
    if (token === CLOSE_BRACE || token === CLOSE_BRACKET) {
      const kind = token === CLOSE_BRACE ? 'object' : 'array';
      if (!top || top.kind !== kind)
        return problem(
          offset,
          `unexpected ${token === CLOSE_BRACE ? '}' : ']'}${top ? `: the ${top.kind === 'object' ? '{' : '['} at ${describe(at(top.open))} is closed with the wrong bracket` : ''}`,
        );
      if (top.comma !== undefined && (top.expect === 'key' || top.expect === 'value'))
        return problem(top.comma, `trailing comma: remove the comma after the last ${kind === 'object' ? 'field' : 'item'}`);
      if (top.expect === 'colon' || (kind === 'object' && top.expect === 'value'))
        return problem(offset, 'a field has no value: write "name": value');
      stack.pop();
      done = afterValue(stack);
      continue;
    }
    if (token === COMMA) {
      if (!top || top.expect !== 'comma')
        return problem(offset, top?.comma !== undefined ? 'two commas in a row' : 'a comma with nothing before it');
      top.expect = top.kind === 'object' ? 'key' : 'value';
      top.comma = offset;
      continue;
    }
    if (token === COLON) {
      if (!top || top.expect !== 'colon') return problem(offset, 'unexpected colon');
      top.expect = 'value';
      continue;
    }
    // A value (or, in an object, a key).
    if (top?.expect === 'comma') return problem(offset, `missing comma before this ${top.kind === 'object' ? 'field' : 'item'}`);
    if (top?.expect === 'colon') return problem(offset, 'missing colon after the field name');
    if (top?.expect === 'key') {
      if (token !== STRING) return problem(offset, 'a field name must be in double quotes: "name"');
      top.expect = 'colon';
      top.comma = undefined;
      continue;
    }
    if (top) top.comma = undefined;
    if (token === OPEN_BRACE || token === OPEN_BRACKET) {
      stack.push({ kind: token === OPEN_BRACE ? 'object' : 'array', expect: token === OPEN_BRACE ? 'key' : 'value', open: offset });
      continue;
    }
    if (token === STRING || token === NUMBER || token === TRUE || token === FALSE || token === NULL) {
      done = afterValue(stack);
      continue;
    }
    return problem(offset, 'unexpected text');
  }
}

/** After a complete value: its container now expects a comma; true when it was the top level. */
function afterValue(stack: Frame[]): boolean {
  const top = stack.at(-1);
  if (!top) return true;
  top.expect = 'comma';
  return false;
}

function describe(p: Position): string {
  return `line ${p.line}, column ${p.column}`;
}

function unknownToken(value: string, keyExpected: boolean): string {
  if (value.startsWith("'"))
    return keyExpected
      ? 'a field name must be in double quotes: "name", not \'name\''
      : 'text must be in double quotes ("), not single quotes (\')';
  if (/^(true|false|null)$/i.test(value)) return `"${value}" must be written in lower case: ${value.toLowerCase()}`;
  if (/^(undefined|NaN|-?Infinity)$/.test(value)) return `${value} is not JSON: leave the field out, or write null`;
  if (keyExpected) return `a field name must be in double quotes: "${value.slice(0, 40)}"`;
  return `"${value.slice(0, 40)}" is not a JSON value: text needs double quotes`;
}

/**
 * A function from a path (keys and indexes) to where it is written: an object field at its name,
 * an array item at its value; a path that is not there gives the place of its longest present start.
 * One pass over the text finds every asked-for path (and skips everything else).
 */
export function locator(text: string, wanted: readonly (readonly Key[])[]): (at: readonly Key[]) => Position | undefined {
  const prefixes = new Set<string>(['[]']);
  for (const path of wanted) for (let n = 1; n <= path.length; n++) prefixes.add(JSON.stringify(path.slice(0, n)));
  const found = new Map<string, number>();
  const scanner = createScanner(text, true);
  // Per open container: its path, whether it leads to a wanted path, the next key or index.
  const stack: { path: Key[]; wanted: boolean; kind: 'object' | 'array'; index: number; key?: string; keyOffset?: number }[] = [];
  let skipDepth = 0;
  for (let token = scanner.scan(); token !== EOF; token = scanner.scan()) {
    if (token === UNKNOWN) break; // not JSON: what was found so far is all there is
    if (skipDepth) {
      if (token === OPEN_BRACE || token === OPEN_BRACKET) skipDepth++;
      else if (token === CLOSE_BRACE || token === CLOSE_BRACKET) skipDepth--;
      if (!skipDepth) afterItem(stack);
      continue;
    }
    const top = stack.at(-1);
    if (token === CLOSE_BRACE || token === CLOSE_BRACKET) {
      stack.pop();
      afterItem(stack);
      continue;
    }
    if (token === COMMA || token === COLON || token === LINE_COMMENT || token === BLOCK_COMMENT) continue;
    if (top?.kind === 'object' && top.key === undefined) {
      top.key = scanner.getTokenValue();
      top.keyOffset = scanner.getTokenOffset();
      continue;
    }
    // A value: where is it, and does any wanted path go through it?
    const path = top ? [...top.path, top.kind === 'object' ? top.key! : top.index] : [];
    const id = JSON.stringify(path);
    const isWanted = top === undefined || (top.wanted && prefixes.has(id));
    if (isWanted && top) found.set(id, top.kind === 'object' ? top.keyOffset! : scanner.getTokenOffset());
    if (token === OPEN_BRACE || token === OPEN_BRACKET) {
      if (isWanted) stack.push({ path, wanted: true, kind: token === OPEN_BRACE ? 'object' : 'array', index: 0 });
      else skipDepth = 1;
      continue;
    }
    afterItem(stack);
  }
  const at = positions(text);
  return (path) => {
    for (let n = path.length; n > 0; n--) {
      const offset = found.get(JSON.stringify(path.slice(0, n)));
      if (offset !== undefined) return at(offset);
    }
    return undefined;
  };
}

function afterItem(stack: { kind: 'object' | 'array'; index: number; key?: string }[]): void {
  const top = stack.at(-1);
  if (!top) return;
  if (top.kind === 'object') top.key = undefined;
  else top.index++;
}

/** How deeply `text` nests, without parsing it (strings skipped). */
export function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92) i++;
    } else if (c === 123 || c === 91) max = Math.max(max, ++depth);
    else if (c === 125 || c === 93) depth--;
  }
  return max;
}
