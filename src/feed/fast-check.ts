/**
 * A fast yes/no check derived from the valibot schema (still the one definition of the format).
 * valibot's parse copies every object and builds issue objects for each failed union branch:
 * ~50 µs per fully translated service, too slow for a 10,000-service feed (DESIGN.md budget:
 * 150 ms). Most items are valid, so `readFeed` first asks this check, which allocates nothing;
 * only items it rejects go through valibot to find out what is wrong.
 *
 * It must never accept what valibot rejects: it understands the schema and action kinds the feed
 * schema uses, and any other kind makes it answer "unsure" (undefined), which sends every item
 * of that schema to valibot. Equivalence is tested (test/feed/fast-check.test.ts).
 */
import type * as v from 'valibot';

type Check = (value: unknown) => boolean;
type Node = v.GenericSchema & {
  pipe?: readonly (Node | (v.GenericValidation & { requirement?: unknown }))[];
  entries?: Record<string, Node>;
  item?: Node;
  key?: Node;
  value?: Node;
  wrapped?: Node;
  default?: unknown;
  options?: readonly unknown[];
  literal?: unknown;
};

const DOCS = new Set(['description', 'examples', 'title', 'metadata']);

/** A check for `schema`, or undefined when it uses something this module does not understand. */
export function fastCheck(schema: v.GenericSchema): Check | undefined {
  try {
    return build(schema as Node);
  } catch {
    return undefined;
  }
}

function build(node: Node): Check {
  if (node.pipe) return piped(node);
  switch (node.type) {
    case 'string':
      return (x) => typeof x === 'string';
    case 'number':
      return (x) => typeof x === 'number' && !Number.isNaN(x);
    case 'boolean':
      return (x) => typeof x === 'boolean';
    case 'literal':
      return (x) => x === node.literal;
    case 'picklist': {
      const options = node.options!;
      return (x) => options.includes(x);
    }
    case 'optional': {
      // A default changes the output: leave those to valibot.
      if (node.default !== undefined) throw new Error('default');
      const inner = build(node.wrapped!);
      return (x) => x === undefined || inner(x);
    }
    case 'object':
      return object(node.entries!);
    case 'array': {
      const item = build(node.item!);
      return (x) => Array.isArray(x) && all(x, item);
    }
    case 'record': {
      const key = build(node.key!);
      const value = build(node.value!);
      return (x) => {
        if (!isPlainObject(x)) return false;
        const record = x as Record<string, unknown>;
        for (const k in record) if (!Object.hasOwn(record, k) || !key(k) || !value(record[k])) return false;
        return true;
      };
    }
    case 'union': {
      const options = (node.options as Node[]).map(build);
      return (x) => {
        for (const check of options) if (check(x)) return true;
        return false;
      };
    }
    default:
      throw new Error(node.type);
  }
}

function object(entries: Record<string, Node>): Check {
  const keys = Object.keys(entries);
  const checks = keys.map((key) => build(entries[key]!));
  return (x) => {
    if (!isPlainObject(x)) return false;
    for (let i = 0; i < keys.length; i++) if (!checks[i]!((x as Record<string, unknown>)[keys[i]!])) return false;
    return true;
  };
}

function piped(node: Node): Check {
  const [first, ...actions] = node.pipe!;
  const base = build(first as Node);
  const rules = actions.filter((a) => !DOCS.has(a.type)).map((a) => rule(a as v.GenericValidation & { requirement?: unknown }));
  if (rules.length === 0) return base;
  return (x) => {
    if (!base(x)) return false;
    for (let i = 0; i < rules.length; i++) if (!rules[i]!(x)) return false;
    return true;
  };
}

function rule(action: v.GenericValidation & { requirement?: unknown }): Check {
  const req = action.requirement as never;
  switch (action.type) {
    case 'regex':
      return (x) => (req as RegExp).test(x as string);
    case 'min_length':
      return (x) => (x as string).length >= req;
    case 'max_length':
      return (x) => (x as string).length <= req;
    case 'min_value':
      return (x) => (x as number) >= req;
    case 'max_value':
      return (x) => (x as number) <= req;
    case 'integer':
      return (x) => Number.isInteger(x);
    case 'min_entries':
      return (x) => Object.keys(x as object).length >= req;
    default:
      throw new Error(action.type);
  }
}

/** `list.every(check)` without the callback overhead (hot path: every field of every item). */
function all<T>(list: readonly T[], check: (item: T) => boolean): boolean {
  for (let i = 0; i < list.length; i++) if (!check(list[i]!)) return false;
  return true;
}

function isPlainObject(x: unknown): boolean {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
