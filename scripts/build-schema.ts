/**
 * Generates, from the one definition of the format (src/feed/schema.ts, valibot):
 * - schema/feed.schema.json — JSON Schema draft 2020-12 with descriptions and examples, for
 *   city teams and editors;
 * - src/feed/feed-checks.generated.ts — the same rules as plain functions (FEED_CHECKS) that pass or
 *   fail an item fast, the browser's first check of every item;
 * - src/feed/feed-rules.generated.ts — the compact rules that say what is wrong and where (read by
 *   src/feed/rules.ts), only for items that fail the fast checks: in the embed a file loaded when one
 *   does. Neither carries a valibot runtime.
 * Never edit them by hand.
 *   npx tsx scripts/build-schema.ts          write them
 *   npx tsx scripts/build-schema.ts --check  exit 1 when a committed file is stale
 */
import { readFile, writeFile } from 'node:fs/promises';
import { toJsonSchema } from '@valibot/to-json-schema';
import type * as v from 'valibot';
import {
  CallSchema,
  CategorySchema,
  EventSchema,
  feedHeadEntries,
  ServiceSchema,
  FeedSchema,
  MAX_TEXT_LENGTH,
  Text,
} from '../src/feed/schema.js';
import * as linkRules from '../src/links/link-rules.js';

const root = new URL('..', import.meta.url);
const SCHEMA_FILE = 'schema/feed.schema.json';
const RULES_FILE = 'src/feed/feed-rules.generated.ts';
const CHECKS_FILE = 'src/feed/feed-checks.generated.ts';

export function feedJsonSchema(): string {
  const schema = toJsonSchema(FeedSchema, { target: 'draft-2020-12', errorMode: 'throw' });
  const withId = { $schema: schema.$schema, $id: 'https://unpkg.com/civic-widgets/schema/feed.schema.json', ...schema };
  return `${JSON.stringify(withId, null, 2)}\n`;
}

type Action = { kind: string; type: string; requirement?: unknown; message?: unknown };
type Schema = v.GenericSchema & Record<string, unknown> & { pipe?: (Schema | Action)[] };
type Out = Record<string, unknown>;

/** valibot's names of types in its messages, where they are not the type itself (as in src/feed/rules.ts). */
const DEFAULT_TYPE_NAMES: Record<string, string> = { object: 'Object', record: 'Object', array: 'Array' };

/** A valibot schema as a rules node (see RuleNode in src/feed/rules.ts). */
function describe(schema: Schema): Out {
  // Feed text: a string that the reader shortens to its maximum length rather than remove.
  if (schema === (Text as unknown)) return { t: 'string', x: MAX_TEXT_LENGTH };
  if (schema.type === 'optional') {
    const node = describe(schema.wrapped as Schema);
    return { ...node, o: 1 };
  }
  if (schema.pipe) {
    const node = describe(schema.pipe[0] as Schema);
    const actions = schema.pipe.slice(1) as Action[];
    const rules = actions
      .filter((a) => a.kind === 'validation')
      .map((a) => [ruleTest(a), typeof a.message === 'string' ? a.message : 'invalid value']);
    if (actions.some((a) => a.kind === 'transformation' || a.kind === 'schema'))
      throw new Error('transformations are not supported in the feed schema');
    if (rules.length && node.t === 'union') throw new Error('validations on a union are not supported by src/feed/rules.ts');
    return rules.length ? { ...node, r: [...((node.r as unknown[]) ?? []), ...rules] } : node;
  }
  const node: Out = { t: schema.type };
  // The message for a wrong type, unless it is the one src/feed/rules.ts says by default.
  const message = typeof schema.message === 'string' ? schema.message : `expected ${schema.expects}`;
  if (message !== `expected ${DEFAULT_TYPE_NAMES[schema.type] ?? schema.type}`) node.m = message;
  switch (schema.type) {
    case 'string':
    case 'number':
    case 'boolean':
      break;
    case 'literal':
      node.l = schema.literal;
      break;
    case 'picklist':
      node.p = schema.options;
      break;
    case 'object':
      node.e = Object.fromEntries(Object.entries(schema.entries as Record<string, Schema>).map(([k, s]) => [k, describe(s)]));
      break;
    case 'array':
      node.i = describe(schema.item as Schema);
      break;
    case 'record':
      node.k = describe(schema.key as Schema);
      node.v = describe(schema.value as Schema);
      break;
    case 'union':
      node.u = (schema.options as Schema[]).map(describe);
      break;
    default:
      throw new Error(`schema type ${schema.type} is not supported by src/feed/rules.ts`);
  }
  return node;
}

/** Source code to emit as it is (a rule's test). */
class Code {
  constructor(readonly text: string) {}
}

/**
 * Rules the schema shares with the widgets' link builder (src/links/link-rules.ts: the e-mail and link
 * rules): the generated module imports them instead of carrying a second copy of each pattern.
 */
const SHARED_PATTERNS = new Map(
  Object.entries(linkRules)
    .filter((entry): entry is [string, RegExp] => entry[1] instanceof RegExp)
    .map(([name, regex]) => [regex, name]),
);

/** A validation action as the test function of a rule (see Rule in src/feed/rules.ts). */
function ruleTest({ type, requirement }: Action): Code {
  const n = requirement as number;
  switch (type) {
    case 'regex':
      return new Code(`(v: string) => ${SHARED_PATTERNS.get(requirement as RegExp) ?? String(requirement)}.test(v)`);
    case 'min_length':
      return new Code(`(v: string | unknown[]) => v.length >= ${n}`);
    case 'max_length':
      return new Code(`(v: string | unknown[]) => v.length <= ${n}`);
    case 'min_value':
      return new Code(`(v: number) => v >= ${n}`);
    case 'max_value':
      return new Code(`(v: number) => v <= ${n}`);
    case 'integer':
      return new Code('Number.isInteger');
    case 'min_entries':
      return new Code(`(v: object) => hasEntries(v, ${n})`);
    default:
      throw new Error(`validation ${type} is not supported by src/feed/rules.ts`);
  }
}

/** Canonical text of a node (code as its text), to find repeated subtrees. */
function canonical(value: unknown, replace: (key: string, x: unknown) => unknown = (_k, x) => x): string {
  return JSON.stringify(value, (key, x: unknown) => {
    const replaced = replace(key, x);
    return replaced instanceof Code ? `Code(${replaced.text})` : replaced;
  });
}

const identifier = (key: string): boolean => /^[A-Za-z_$][\w$]*$/.test(key);

/**
 * TypeScript source for the rules: tests are code (regular expressions stay literals), each test
 * one constant, and a subtree used more than once (localized text, links, language tags…) one
 * shared node. Then the same rules once more as plain functions (`FEED_CHECKS`), see checkFunctions.
 */
function emitModule(rules: Record<string, Out>): { rulesModule: string; checksModule: string } {
  const counts = new Map<string, number>();
  const countAll = (value: unknown): void => {
    if (!value || typeof value !== 'object' || value instanceof Code) return;
    const key = canonical(value);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    for (const x of Object.values(value)) countAll(x);
  };
  countAll(rules);
  const tests = new Map<string, string>();
  const testName = (code: Code): string => {
    if (code.text === 'Number.isInteger') return code.text;
    if (!tests.has(code.text)) tests.set(code.text, `t${tests.size}`);
    return tests.get(code.text)!;
  };
  const names = new Map<string, string>();
  const constants: string[] = [];
  const emit = (value: unknown, top = false): string => {
    if (value instanceof Code) return testName(value);
    if (!value || typeof value !== 'object') return JSON.stringify(value);
    const key = canonical(value);
    const named = names.get(key);
    if (named) return named;
    const body = Array.isArray(value)
      ? `[${value.map((x) => emit(x)).join(', ')}]`
      : `{ ${Object.entries(value)
          .map(([k, x]) => `${identifier(k) ? k : JSON.stringify(k)}: ${emit(x)}`)
          .join(', ')} }`;
    if (!top && 't' in value && (counts.get(key) ?? 0) > 1) {
      const name = `n${names.size}`;
      names.set(key, name);
      constants.push(`const ${name}: RuleNode = ${body};`);
      return name;
    }
    return body;
  };
  const lists = Object.entries(rules).map(([k, x]) => `  ${k}: ${emit(x, true)},`);
  const checks = checkFunctions(rules, (code) => testName(code));
  const shared = [...SHARED_PATTERNS.values()].filter((name) => [...tests.keys()].some((text) => text.includes(`${name}.test(`)));
  const rulesModule = `// Generated by scripts/build-schema.ts from src/feed/schema.ts — do not edit.
import type { RuleNode } from './rules.js';
import { ${[...tests.values()].join(', ')}, type FeedPart } from './feed-checks.generated.js';

${constants.join('\n')}

/** What each part of a feed may hold, with the message for each problem (src/feed/rules.ts reads it). */
export const FEED_RULES: Record<FeedPart, RuleNode> = {
${lists.join('\n')}
};
`;
  const checksModule = `// Generated by scripts/build-schema.ts from src/feed/schema.ts — do not edit.
/* eslint-disable */
import { everyEntry, everyItem, hasEntries, isRecord, rememberPasses } from './check-helpers.js';
${shared.length ? `import { ${shared.join(', ')} } from '../links/link-rules.js';\n` : ''}
${[...tests].map(([text, name]) => `export const ${name} = ${text};`).join('\n')}

export type FeedPart = 'head' | 'categories' | 'services' | 'events' | 'calls';

/** The fields of a feed's top level (the lists are read item by item; anything else is not read). */
export const HEAD_FIELDS: readonly string[] = ${JSON.stringify(Object.keys((rules.head as Out).e as Out))};

/*
 * The feed's rules as straight-line code: true exactly when check(FEED_RULES[part], value) is
 * (test/feed/rules.test.ts), about three times faster on a valid item, because each field is read
 * by its name. readFeed checks every item with these first; only an item that fails goes through
 * src/feed/rules.ts and FEED_RULES (feed-rules.generated.ts), which say what is wrong and where.
 */
${checks.functions.join('\n')}

export const FEED_CHECKS: Record<FeedPart, (value: unknown) => boolean> = {
${Object.entries(checks.tops)
  .map(([k, name]) => `  ${k}: ${name},`)
  .join('\n')}
};
`;
  return { rulesModule, checksModule };
}

/**
 * One function per distinct node, `(v) => boolean`, with the semantics of src/feed/rules.ts:
 * optional → undefined is fine; then the type; then the parts (object fields by name, list items,
 * record keys and values, union options in order); then the node's own rules.
 */
function checkFunctions(
  rules: Record<string, Out>,
  testName: (code: Code) => string,
): { functions: string[]; tops: Record<string, string> } {
  const names = new Map<string, string>();
  const functions: string[] = [];
  // Messages do not change what passes: nodes that differ only in them share a function.
  const withoutMessages = (node: unknown): unknown =>
    canonical(node, (key, x) => (key === 'm' ? undefined : Array.isArray(x) && x.length === 2 && x[0] instanceof Code ? x[0] : x));
  // A record's keys are a small vocabulary repeated in every item (language tags): their check
  // remembers what passed (rememberPasses in src/feed/rules.ts).
  const keyNodes = new Set<string>();
  const findKeys = (value: unknown): void => {
    if (!value || typeof value !== 'object' || value instanceof Code) return;
    const node = value as Out;
    if (node.t === 'record') keyNodes.add(withoutMessages(node.k) as string);
    for (const x of Object.values(value)) findKeys(x);
  };
  findKeys(rules);
  const fn = (node: Out): string => {
    const key = withoutMessages(node) as string;
    const known = names.get(key);
    if (known) return known;
    const name = `c${names.size}`;
    names.set(key, name);
    const terms: string[] = [];
    switch (node.t) {
      case 'string':
      case 'boolean':
        terms.push(`typeof v === "${node.t}"`);
        if (node.x !== undefined) terms.push(`v.length <= ${node.x as number}`);
        break;
      case 'number':
        terms.push('typeof v === "number"', 'v === v');
        break;
      case 'literal':
        terms.push(`v === ${JSON.stringify(node.l)}`);
        break;
      case 'picklist':
        terms.push(`(${(node.p as unknown[]).map((x) => `v === ${JSON.stringify(x)}`).join(' || ')})`);
        break;
      case 'object':
        terms.push(
          'isRecord(v)',
          ...Object.entries(node.e as Record<string, Out>).map(
            ([k, x]) => `${fn(x)}(v${identifier(k) ? `.${k}` : `[${JSON.stringify(k)}]`})`,
          ),
        );
        break;
      case 'record':
        terms.push('isRecord(v)', `everyEntry(v, ${fn(node.k as Out)}, ${fn(node.v as Out)})`);
        break;
      case 'array':
        terms.push('Array.isArray(v)', `everyItem(v, ${fn(node.i as Out)})`);
        break;
      case 'union':
        terms.push((node.u as Out[]).map((x) => `${fn(x)}(v)`).join(' || '));
        break;
      default:
        throw new Error(`schema type ${String(node.t)} has no check function`);
    }
    for (const [test] of (node.r as [Code, string][] | undefined) ?? []) terms.push(`${testName(test)}(v)`);
    const body = terms.length > 1 ? terms.map((term) => (term.includes(' || ') ? `(${term})` : term)).join(' && ') : terms[0]!;
    const returned = node.o ? `v === undefined || ${body.includes(' || ') && terms.length === 1 ? body : `(${body})`}` : body;
    functions.push(
      keyNodes.has(key)
        ? `const ${name} = rememberPasses((v: any): boolean => ${returned});`
        : `function ${name}(v: any): boolean {\n  return ${returned};\n}`,
    );
    return name;
  };
  const tops = Object.fromEntries(Object.entries(rules).map(([k, node]) => [k, fn(node)]));
  return { functions, tops };
}

export function feedRules(): { rulesModule: string; checksModule: string } {
  const head = {
    t: 'object',
    m: 'expected an object',
    e: Object.fromEntries(Object.entries(feedHeadEntries).map(([k, s]) => [k, describe(s as unknown as Schema)])),
  };
  const lists = { categories: CategorySchema, services: ServiceSchema, events: EventSchema, calls: CallSchema };
  return emitModule({ head, ...Object.fromEntries(Object.entries(lists).map(([k, s]) => [k, describe(s as unknown as Schema)])) });
}

async function main(): Promise<void> {
  const { rulesModule, checksModule } = feedRules();
  const outputs = [
    [SCHEMA_FILE, feedJsonSchema()],
    [RULES_FILE, rulesModule],
    [CHECKS_FILE, checksModule],
  ] as const;
  let stale = false;
  for (const [file, text] of outputs) {
    const url = new URL(file, root);
    if (process.argv.includes('--check')) {
      if ((await readFile(url, 'utf8').catch(() => '')) !== text) {
        console.error(`${file} is stale: run npx tsx scripts/build-schema.ts`);
        stale = true;
      }
    } else {
      await writeFile(url, text);
      console.log(`wrote ${file} (${text.length} bytes)`);
    }
  }
  if (stale) process.exitCode = 1;
}

await main();
