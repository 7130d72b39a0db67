/**
 * Fields the format does not define (the widgets ignore them): usually a typo such as
 * `descripton`, which would silently hide that text. `$schema` and `$comment` are fine. Keys that
 * are names of built-in properties (`toString`, `constructor`, `__proto__`) are fields like any
 * other: only the format's own entries (`Object.hasOwn`) are known.
 */
import { FEED_RULES } from '../feed/feed-rules.generated.js';
import type { RuleNode } from '../feed/rules.js';
import type { Key } from './json-text.js';

export interface UnknownField {
  at: Key[];
  key: string;
}

export function unknownFields(data: unknown): UnknownField[] {
  const found: UnknownField[] = [];
  // The walk follows the format's rules, so it is never deeper than the format (a few levels).
  const walk = (node: RuleNode | undefined, value: unknown, at: Key[]): void => {
    if (!node || value === null || typeof value !== 'object') return;
    if (node.t === 'union') return node.u?.forEach((option) => (option.t === 'record' ? undefined : walk(option, value, at)));
    if (node.t === 'array' && Array.isArray(value)) return value.forEach((item, i) => walk(node.i, item, [...at, i]));
    if (node.t !== 'object' || Array.isArray(value)) return;
    for (const [key, child] of Object.entries(value)) {
      if (node.e && Object.hasOwn(node.e, key)) walk(node.e[key], child, [...at, key]);
      else if (!key.startsWith('$')) found.push({ at: [...at, key], key });
    }
  };
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    const lists = {
      categories: list(FEED_RULES.categories),
      services: list(FEED_RULES.services),
      events: list(FEED_RULES.events),
      calls: list(FEED_RULES.calls),
    };
    walk({ ...FEED_RULES.head, e: { ...FEED_RULES.head.e, ...lists } }, data, []);
  }
  return found;
}

function list(item: RuleNode): RuleNode {
  return { t: 'array', m: '', i: item };
}
