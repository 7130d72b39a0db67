/**
 * Checks a value against a compact description of the feed format (`feed-rules.generated.ts`),
 * generated from the valibot schema in `schema.ts` — still the one definition of the format — by
 * `scripts/build-schema.ts`. Why not run valibot itself in the browser: its runtime is ~2.7 KB
 * min+gzip of the 30 KB embed budget, and its parse copies every object, too slow for a
 * 10,000-service feed. test/feed/rules.test.ts checks this checker agrees with valibot.
 *
 * Speed (a 10,000-service feed is checked on the visitor's main thread): each node is turned once
 * into a small function (closures, no `eval`: strict CSP), and a check without an `issues` list
 * stops at the first problem and allocates nothing. Only an item that fails is checked again with
 * a list, which then gets every problem with its path.
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
  /** Message when the type is wrong (default: `expected <valibot's name of the type>`). */
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
}

/** Checks a value; with `issues`, also appends every problem, `at` being where the value is. */
type Check = (value: unknown, at: Key[], issues?: Issue[]) => boolean;
type Test = (value: never) => boolean;

interface Compiled {
  /** The value has the node's type (what a union picks an option by). */
  is: Test;
  check: Check;
}

const compiled = new WeakMap<RuleNode, Compiled>();

/**
 * True when `value` fits `node`. With `issues`, every problem is appended (its `path` starting
 * with `path`); without, the check stops at the first problem.
 */
export function check(node: RuleNode, value: unknown, path: Key[] = [], issues?: Issue[]): boolean {
  return compile(node).check(value, path, issues);
}

/** The message for a value of the wrong type. */
export function typeMessage(node: RuleNode): string {
  return node.m ?? `expected ${node.t === 'array' ? 'Array' : node.t === 'object' || node.t === 'record' ? 'Object' : node.t}`;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function fail(issues: Issue[] | undefined, path: Key[], message: string): false {
  issues?.push({ path: [...path], message });
  return false;
}

const yes = (): boolean => true;

/**
 * One closure per node, and as few calls per value as can be: what runs ten thousand times is
 * the check without `issues` of a valid value.
 */
function compile(node: RuleNode): Compiled {
  let done = compiled.get(node);
  if (done) return done;
  const { t, o } = node;
  /** A value that is not of the node's type: fine when optional and absent. */
  const wrongType = (value: unknown, at: Key[], issues?: Issue[]) => (value === undefined && !!o) || fail(issues, at, value === undefined ? 'missing' : typeMessage(node));
  const rules = node.r?.map(([kind, requirement, message = 'invalid value']) => [test(kind, requirement), message] as const);
  /** The node's own rules, for a value of the right type. */
  let checkRules: Check = yes;
  if (rules?.length === 1) {
    const [passes, message] = rules[0]!;
    checkRules = (value, at, issues) => passes(value as never) || fail(issues, at, message);
  } else if (rules) {
    checkRules = (value, at, issues) => {
      let ok = true;
      for (const [passes, message] of rules) {
        if (!passes(value as never)) {
          if (!issues) return false;
          ok = fail(issues, at, message);
        }
      }
      return ok;
    };
  }
  let is: Test;
  let check: Check | undefined;
  switch (t) {
    case 'string':
      is = (value) => typeof value === 'string';
      check = (value, at, issues) => (typeof value === 'string' ? checkRules(value, at, issues) : wrongType(value, at, issues));
      break;
    case 'boolean':
      is = (value) => typeof value === 'boolean';
      break;
    case 'number':
      is = (value) => typeof value === 'number' && !Number.isNaN(value);
      break;
    case 'literal':
      is = (value) => value === node.l;
      break;
    case 'picklist':
      is = (value) => node.p!.includes(value);
      break;
    case 'array': {
      is = Array.isArray as Test;
      const item = compile(node.i!).check;
      check = (value, at, issues) => {
        if (!Array.isArray(value)) return wrongType(value, at, issues);
        let ok = true;
        for (let index = 0; index < value.length; index++) {
          if (!item(value[index], issues ? [...at, index] : at, issues)) {
            if (!issues) return false;
            ok = false;
          }
        }
        return checkRules(value, at, issues) && ok;
      };
      break;
    }
    case 'object': {
      is = isObject;
      const keys = Object.keys(node.e!);
      const checks = keys.map((key) => compile(node.e![key]!).check);
      check = (value, at, issues) => {
        if (!isObject(value)) return wrongType(value, at, issues);
        let ok = true;
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i]!;
          if (!checks[i]!(value[key], issues ? [...at, key] : at, issues)) {
            if (!issues) return false;
            ok = false;
          }
        }
        return checkRules(value, at, issues) && ok;
      };
      break;
    }
    case 'record': {
      is = isObject;
      const checkKey = compile(node.k!).check;
      const checkValue = compile(node.v!).check;
      check = (value, at, issues) => {
        if (!isObject(value)) return wrongType(value, at, issues);
        let ok = true;
        for (const key of Object.keys(value)) {
          // Like valibot: keys that could pollute prototypes are ignored, not copied.
          if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
          const where = issues ? [...at, key] : at;
          if (!(checkKey(key, where, issues) && checkValue(value[key], where, issues))) {
            if (!issues) return false;
            ok = false;
          }
        }
        return checkRules(value, at, issues) && ok;
      };
      break;
    }
    case 'union': {
      // An option of the right type says what is wrong (text: a string, or an object of texts).
      const options = node.u!.map(compile);
      is = (value) => options.some((option) => option.is(value));
      check = (value, at, issues) => {
        for (const option of options) if (option.check(value, at)) return checkRules(value, at, issues);
        if (!issues) return value === undefined && !!o;
        const first = options.find((option) => option.is(value as never));
        return first ? first.check(value, at, issues) : wrongType(value, at, issues);
      };
      break;
    }
    default:
      // Unknown to this checker: refuse rather than let something unchecked through.
      is = () => false;
  }
  done = { is, check: check ?? ((value, at, issues) => (is(value as never) ? checkRules(value, at, issues) : wrongType(value, at, issues))) };
  compiled.set(node, done);
  return done;
}

function test(kind: string, requirement: unknown): Test {
  const n = requirement as number;
  switch (kind) {
    case 'regex':
      return (value: string) => (requirement as RegExp).test(value);
    case 'min_length':
      return (value: string) => value.length >= n;
    case 'max_length':
      return (value: string) => value.length <= n;
    case 'min_value':
      return (value: number) => value >= n;
    case 'max_value':
      return (value: number) => value <= n;
    case 'integer':
      return Number.isInteger as Test;
    case 'min_entries':
      return (value: object) => Object.keys(value).length >= n;
    default:
      return () => false;
  }
}
