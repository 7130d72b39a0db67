/**
 * What the `civic-feed` CLI needs from the source tree, bundled by scripts/build-feed-cli.mjs into
 * the self-contained `bin/feed-validate.js` (committed, so `npx civic-feed` works from the
 * package and from a fresh clone without a build, and without devDependencies at run time).
 * The validation is the browser's own `readFeed`: the same rules in both places.
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';

export { readFeed, readFeedText, formatPath } from '../src/feed/validate.js';

export interface Position {
  line: number;
  column: number;
}

/** 1-based line and column of `offset` in `text`. */
export function position(text: string, offset: number): Position {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/** Returns a locator from a path (keys and indexes) to where it is written (its property or value). */
export function locator(text: string): (at: readonly (string | number)[]) => Position | undefined {
  const root = parseTree(text, [], { disallowComments: true });
  return (at) => {
    if (!root) return undefined;
    const path = [...at];
    for (;;) {
      const node = findNodeAtLocation(root, path);
      if (node) return position(text, node.parent?.type === 'property' ? node.parent.offset : node.offset);
      if (!path.length) return undefined;
      path.pop();
    }
  };
}

/** The first JSON syntax error, with its position, or undefined for valid JSON. */
export function syntaxError(text: string): (Position & { message: string }) | undefined {
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  return first && { message: printParseErrorCode(first.error), ...position(text, first.offset) };
}

import { FEED_RULES } from '../src/feed/feed-rules.generated.js';
import type { RuleNode } from '../src/feed/rules.js';

export interface UnknownField {
  at: (string | number)[];
  key: string;
}

/**
 * Fields the format does not define (the widgets ignore them): usually a typo such as
 * `descripton`, which would silently hide that text. `$schema` and `$comment` are fine.
 */
export function unknownFields(data: unknown): UnknownField[] {
  const found: UnknownField[] = [];
  const walk = (node: RuleNode | undefined, value: unknown, at: (string | number)[]): void => {
    if (!node || value === null || typeof value !== 'object') return;
    if (node.t === 'union') return node.u?.forEach((option) => (option.t === 'record' ? undefined : walk(option, value, at)));
    if (node.t === 'array' && Array.isArray(value)) return value.forEach((item, i) => walk(node.i, item, [...at, i]));
    if (node.t !== 'object' || Array.isArray(value)) return;
    for (const [key, child] of Object.entries(value)) {
      if (node.e?.[key]) walk(node.e[key], child, [...at, key]);
      else if (!key.startsWith('$')) found.push({ at: [...at, key], key });
    }
  };
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    const root = data as Record<string, unknown>;
    walk({ ...FEED_RULES.head, e: { ...FEED_RULES.head.e, categories: list(FEED_RULES.categories), services: list(FEED_RULES.services), events: list(FEED_RULES.events), calls: list(FEED_RULES.calls) } }, root, []);
  }
  return found;
}

function list(item: RuleNode): RuleNode {
  return { t: 'array', m: '', i: item };
}
