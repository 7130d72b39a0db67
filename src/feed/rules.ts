/**
 * Checks a value against a compact description of the feed format (`feed-rules.generated.ts`),
 * generated from the valibot schema in `schema.ts` — still the one definition of the format — by
 * `scripts/build-schema.ts`. Why not run valibot itself in the browser: its runtime is ~2.7 KB
 * min+gzip of the 30 KB embed budget, and its parse copies every object, too slow for a
 * 10,000-service feed. This checker allocates nothing for a valid item, and reports each problem
 * with its path. test/feed/rules.test.ts checks it agrees with valibot.
 */

export type Key = string | number;

export interface Issue {
  path: Key[];
  message: string;
}

/** A validation step: [kind, requirement, message]. */
export type Rule = readonly [kind: string, requirement: unknown, message?: string];

/** One node of the format: a valibot schema reduced to what validation needs. */
export interface RuleNode {
  /** valibot schema type: string, number, boolean, literal, picklist, object, array, record, union. */
  t: string;
  /** Message when the type is wrong. */
  m: string;
  /** Optional: `undefined` is fine. */
  o?: 1;
  r?: readonly Rule[];
  /** object entries */
  e?: Readonly<Record<string, RuleNode>>;
  /** array item, record key and value, union options */
  i?: RuleNode;
  k?: RuleNode;
  v?: RuleNode;
  u?: readonly RuleNode[];
  /** picklist options, literal value */
  p?: readonly unknown[];
  l?: unknown;
}

/**
 * True when `value` fits `node`; otherwise false, with every problem appended to `issues`.
 * `path` is the location of `value` (used as a stack; copied into issues).
 */
export function check(node: RuleNode, value: unknown, path: Key[] = [], issues: Issue[] = []): boolean {
  if (value === undefined && node.o) return true;
  if (!hasType(node, value)) {
    issues.push({ path: [...path], message: value === undefined ? 'missing' : node.m });
    return false;
  }
  let ok = true;
  const object = value as Record<string, unknown>;
  switch (node.t) {
    case 'object':
      for (const key in node.e) {
        path.push(key);
        ok = check(node.e[key]!, object[key], path, issues) && ok;
        path.pop();
      }
      break;
    case 'array':
      for (let index = 0; index < (value as unknown[]).length; index++) {
        path.push(index);
        ok = check(node.i!, (value as unknown[])[index], path, issues) && ok;
        path.pop();
      }
      break;
    case 'record':
      for (const key of Object.keys(object)) {
        // Like valibot: keys that could pollute prototypes are ignored, not copied.
        if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
        path.push(key);
        ok = check(node.k!, key, path, issues) && check(node.v!, object[key], path, issues) && ok;
        path.pop();
      }
      break;
    case 'union': {
      // An option of the right type says what is wrong (text: a string, or an object of texts).
      let first: RuleNode | undefined;
      let count = 0;
      for (const option of node.u!) if (hasType(option, value) && count++ === 0) first = option;
      if (count === 1) return check(first!, value, path, issues);
      for (const option of node.u!) if (hasType(option, value) && check(option, value, path, [])) return true;
      if (first) check(first, value, path, issues);
      else issues.push({ path: [...path], message: node.m });
      return false;
    }
  }
  const rules = node.r;
  if (rules) {
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i]!;
      if (!passes(rule[0], rule[1], value)) {
        issues.push({ path: [...path], message: rule[2] ?? 'invalid value' });
        ok = false;
      }
    }
  }
  return ok;
}

function hasType(node: RuleNode, value: unknown): boolean {
  switch (node.t) {
    case 'string':
    case 'boolean':
      return typeof value === node.t;
    case 'number':
      return typeof value === 'number' && !Number.isNaN(value);
    case 'literal':
      return value === node.l;
    case 'picklist':
      return node.p!.includes(value);
    case 'array':
      return Array.isArray(value);
    case 'object':
    case 'record':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'union':
      return node.u!.some((option) => hasType(option, value));
    default:
      // Unknown to this checker: refuse rather than let something unchecked through.
      return false;
  }
}

function passes(kind: string, requirement: unknown, value: unknown): boolean {
  const n = requirement as number;
  switch (kind) {
    case 'regex':
      return (requirement as RegExp).test(value as string);
    case 'min_length':
      return (value as string).length >= n;
    case 'max_length':
      return (value as string).length <= n;
    case 'min_value':
      return (value as number) >= n;
    case 'max_value':
      return (value as number) <= n;
    case 'integer':
      return Number.isInteger(value);
    case 'min_entries':
      return Object.keys(value as object).length >= n;
    default:
      return false;
  }
}
