/**
 * Checks a value against a compact description of the feed format (`feed-rules.generated.ts`, generated
 * from the valibot schema in `schema.ts` by `scripts/build-schema.ts`) and names every problem with its
 * path. readFeed first checks each item with the generated FEED_CHECKS (feed-checks.generated.ts); only
 * an item that fails comes here (in the embed, this module and the rules are a file loaded then). Each node becomes a closure once (no `eval`: strict CSP). Why valibot does not run in the
 * browser, and the measurements: docs/decisions/generated-feed-checks.md. test/feed/rules.test.ts
 * holds these rules and FEED_CHECKS to valibot's verdict.
 *
 * Every walk here (check, copyAlong) follows the nodes of the format, never the data: it goes as deep
 * as the format does, whatever a feed nests, and never into a field the format does not define.
 */

import { isRecord } from './check-helpers.js';

// The fast checks' memo of passing strings (test/feed/rules.test.ts holds it to valibot's verdict too).
export { rememberPasses } from './check-helpers.js';

export type Key = string | number;

export interface Issue {
  path: Key[];
  message: string;
  /** For a text that is too long: the length to shorten it to (instead of removing it). */
  cut?: number;
}

/** A validation step of a value of the right type: [test, message when the test fails]. */
export type Rule = readonly [test: (value: never) => boolean, message: string];

/** One node of the format: a valibot schema reduced to what validation needs. */
export interface RuleNode {
  /** valibot schema type: string, number, boolean, literal, picklist, object, array, record, union. */
  t: string;
  /** Message when the type is wrong; by default `expected <type>` (Object, Array as valibot says). */
  m?: string;
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
  /** A string's maximum length, when a longer one is shortened (feed text) rather than removed. */
  x?: number;
}

/**
 * A copy of `value` as deep as `node` describes it, for repairs to change: fields the format does
 * not define are kept as they are, never walked (whatever their depth), so the copy is at most as
 * deep as the format. Every key, `__proto__` too, becomes an own data property of the copy.
 */
export function copyAlong(node: RuleNode | undefined, value: unknown): unknown {
  if (node?.t === 'union') node = node.u!.find((option) => typeTest(option)(value));
  if (!node) return value;
  if (node.t === 'array' && Array.isArray(value)) return value.map((item) => copyAlong(node.i, item));
  if ((node.t === 'object' || node.t === 'record') && isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const child = node.t === 'record' ? node.v : node.e && Object.hasOwn(node.e, key) ? node.e[key] : undefined;
      Object.defineProperty(out, key, { value: copyAlong(child, value[key]), writable: true, enumerable: true, configurable: true });
    }
    return out;
  }
  return value;
}

/** Checks a value; with `issues`, also appends every problem, `at` being where the value is. */
type Check = (value: unknown, at: Key[], issues?: Issue[]) => boolean;
type Parts = (value: never, at: Key[], issues?: Issue[]) => boolean;

const compiled = new WeakMap<RuleNode, Check>();

/**
 * True when `value` fits `node`. With `issues`, every problem is appended (its `path` starting
 * with `path`); without, the check stops at the first problem.
 */
export function check(node: RuleNode, value: unknown, path: Key[] = [], issues?: Issue[]): boolean {
  return compile(node)(value, path, issues);
}

/** What a value of the node's type is (also how a union picks the option that says what is wrong). */
function typeTest(node: RuleNode): (value: unknown) => boolean {
  switch (node.t) {
    case 'string':
      return (value) => typeof value === 'string';
    case 'object':
    case 'record':
      return isRecord;
    case 'array':
      return Array.isArray;
    case 'number':
      return (value) => typeof value === 'number' && !Number.isNaN(value);
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'literal':
      return (value) => value === node.l;
    case 'picklist':
      return (value) => node.p!.includes(value);
    case 'union':
      return (value) => node.u!.some((option) => typeTest(option)(value));
    default:
      // Unknown to this checker: refuse rather than let something unchecked through.
      return () => false;
  }
}

function wrongType(node: RuleNode, value: unknown, at: Key[], issues?: Issue[]): false {
  return fail(
    issues,
    at,
    value === undefined
      ? 'missing'
      : (node.m ?? `expected ${node.t === 'array' ? 'Array' : node.t === 'object' || node.t === 'record' ? 'Object' : node.t}`),
  );
}

function fail(issues: Issue[] | undefined, path: Key[], message: string): false {
  issues?.push({ path: [...path], message });
  return false;
}

/**
 * One closure per node, made once: what runs ten thousand times is the check without `issues`
 * of a valid value.
 */
function compile(node: RuleNode): Check {
  let done = compiled.get(node);
  if (done) return done;
  const rules = node.r ?? [];
  let parts: Parts | undefined;
  // A union's options check the type themselves.
  const is = node.t === 'union' ? () => true : typeTest(node);
  switch (node.t) {
    case 'array': {
      const item = compile(node.i!);
      parts = (list: unknown[], at, issues) => {
        let ok = true;
        for (let index = 0; index < list.length; index++) {
          if (!item(list[index], issues ? [...at, index] : at, issues)) {
            if (!issues) return false;
            ok = false;
          }
        }
        return ok;
      };
      break;
    }
    case 'object': {
      const keys = Object.keys(node.e!);
      const checks = keys.map((key) => compile(node.e![key]!));
      parts = (object: Record<string, unknown>, at, issues) => {
        let ok = true;
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i]!;
          if (!checks[i]!(object[key], issues ? [...at, key] : at, issues)) {
            if (!issues) return false;
            ok = false;
          }
        }
        return ok;
      };
      break;
    }
    case 'record': {
      const checkKey = compile(node.k!);
      const checkValue = compile(node.v!);
      parts = (object: Record<string, unknown>, at, issues) => {
        let ok = true;
        for (const key of Object.keys(object)) {
          const where = issues ? [...at, key] : at;
          if (!(checkKey(key, where, issues) && checkValue(object[key], where, issues))) {
            if (!issues) return false;
            ok = false;
          }
        }
        return ok;
      };
      break;
    }
    case 'union': {
      // An option of the right type says what is wrong (text: a string, or an object of texts).
      const options = node.u!.map(compile);
      parts = (value, at, issues) => {
        for (const option of options) if (option(value, at)) return true;
        if (!issues) return false;
        const typed = node.u!.findIndex((option) => typeTest(option)(value));
        return typed < 0 ? wrongType(node, value, at, issues) : options[typed]!(value, at, issues);
      };
    }
  }
  const max = node.x;
  done = (value, at, issues) => {
    if (value === undefined && node.o) return true;
    if (!is(value)) return wrongType(node, value, at, issues);
    // Too long: said first, and nothing else is tested on it (a pattern on 10 MB takes its time).
    if (max !== undefined && (value as string).length > max) {
      issues?.push({ path: [...at], message: `longer than ${max} characters`, cut: max });
      return false;
    }
    let ok = !parts || parts(value as never, at, issues);
    if (!ok && !issues) return false;
    for (let i = 0; i < rules.length; i++) {
      if (!rules[i]![0](value as never)) {
        if (!issues) return false;
        ok = fail(issues, at, rules[i]![1]);
      }
    }
    return ok;
  };
  compiled.set(node, done);
  return done;
}
