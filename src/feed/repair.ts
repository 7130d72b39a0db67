/**
 * Repairs what the fast checks refused: names each problem with its path (the rules interpreter,
 * src/feed/rules.ts, over the compact rules, feed-rules.generated.ts), removes what is wrong, shortens
 * text that is too long, and says when an item cannot be kept. Only an item (or a feed's top level) that
 * fails FEED_CHECKS comes here, so in the embed this is a file loaded when one first does
 * (src/feed/read-feed.ts); the CLI and the synchronous readFeed (validate.ts) import it directly.
 */
import { FEED_RULES } from './feed-rules.generated.js';
import { check, copyAlong, type Issue, type Key, type RuleNode } from './rules.js';
import type { FeedPart } from './feed-checks.generated.js';

type Obj = Record<Key, unknown>;
type Warn = (at: Key[], message: string, id?: string) => void;

/** What read-feed.ts asks of this module. */
export interface Repairer {
  /**
   * The feed's top level (`head`: its known fields), repaired; `fatal` when what a feed cannot lack is
   * wrong (`version`, `defaultLocale`, `locales`).
   */
  head(head: Obj, warn: Warn): { parsed?: Obj; fatal?: string };
  /** An item of `list` at `base` (`[list, index]`), repaired, or undefined (after a warning) when it cannot be kept. */
  item(list: Exclude<FeedPart, 'head'>, rawItem: unknown, base: Key[], warn: Warn): Obj | undefined;
}

/** What an object cannot lack (the top level: `version`, `defaultLocale`, `locales`; an item: its `id`, a service's `name`…). */
const essential = (node: RuleNode, key: Key | undefined): boolean => !node.e![key!]?.o;

export const repairer: Repairer = {
  head(head, warn) {
    let fatal: string | undefined;
    const parsed = repair(
      FEED_RULES.head,
      head,
      [],
      (at, message) => {
        if (message.endsWith(SKIPPED)) fatal ??= `${formatAt(at)}: ${message.slice(0, -SKIPPED.length)}`;
        else warn(at, message);
      },
      (at) => essential(FEED_RULES.head, at[0]) && (at.length === 1 || at[0] === 'defaultLocale'),
    );
    return { parsed, fatal };
  },
  item(list, rawItem, base, warn) {
    const node = FEED_RULES[list];
    return repair(node, rawItem, base, warn, (path) => path.length <= 3 && essential(node, path[2]));
  },
};

/** `['services', 3, 'name']` → `services[3].name` (as read-feed.ts's formatPath, which this file does not import). */
const formatAt = (at: readonly Key[]): string => at.map((k, i) => (typeof k === 'number' ? `[${k}]` : i ? `.${k}` : k)).join('');

const REMOVED = Symbol('removed');
const SKIPPED = '; item skipped';

/**
 * Checks `input`; while it fails, removes the bad values (deepest useful path) and checks again.
 * Returns undefined (after a warning) when a problem touches something `isEssential`.
 * A valid input is returned as it is; otherwise a copy is repaired: the caller's data is never changed.
 */
function repair(node: RuleNode, input: unknown, base: Key[], warn: Warn, isEssential: (at: Key[]) => boolean): Obj | undefined {
  let value = input;
  for (let round = 0; round < 6; round++) {
    const issues: Issue[] = [];
    if (check(node, value, [], issues)) return value as Obj;
    if (round === 0) value = copyAlong(node, value);
    const touched = new Set<Obj>();
    for (const issue of issues) {
      const named = issue.path;
      const at = presentPath(value, named);
      const missing = at.length < named.length;
      if (issue.cut !== undefined && !missing && at.length) {
        // Text too long to show: what can be read is kept, also of a name.
        const parent = valueAt(value, at.slice(0, -1)) as Obj;
        warn([...base, ...named], `${issue.message}; shortened`);
        parent[at.at(-1)!] = shorten(parent[at.at(-1)!] as string, issue.cut);
        continue;
      }
      if (at.length === 0 || isEssential([...base, ...named])) {
        warn([...base, ...named], issue.message + SKIPPED);
        return undefined;
      }
      const parent = valueAt(value, at.slice(0, -1)) as Obj;
      if (parent[at.at(-1)!] === REMOVED) continue;
      warn([...base, ...named], missing ? `missing; ${formatAt([...base, ...at])} removed` : `${issue.message}; removed`);
      parent[at.at(-1)!] = REMOVED;
      touched.add(parent);
    }
    for (const parent of touched) compact(parent);
  }
  warn(base, 'too many problems; item skipped');
  return undefined;
}

/** `text` cut to `max` characters, ending in an ellipsis, never between the two halves of a surrogate pair. */
function shorten(text: string, max: number): string {
  let end = max - 1;
  if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end--;
  return `${text.slice(0, end)}…`;
}

/** The longest start of `named` that leads to a value present in `root` (what to remove). */
function presentPath(root: unknown, named: readonly Key[]): Key[] {
  const at = [...named];
  while (at.length && valueAt(root, at) === undefined) at.pop();
  return at;
}

function valueAt(root: unknown, at: readonly Key[]): unknown {
  let node = root;
  // Own values only: a key such as `constructor` must not find what every object inherits.
  for (const key of at) node = (isObject(node) || Array.isArray(node)) && Object.hasOwn(node, key) ? (node as Obj)[key] : undefined;
  return node;
}

function compact(parent: Obj): void {
  if (Array.isArray(parent)) {
    const list: unknown[] = parent;
    const kept = list.filter((x) => x !== REMOVED);
    list.length = 0;
    list.push(...kept);
  } else for (const key of Object.keys(parent)) if (parent[key] === REMOVED) delete parent[key];
}

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
