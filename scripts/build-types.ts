/**
 * The package's type declarations (dist/types/), as an app's TypeScript reads them:
 * - `tsc -p tsconfig.build.json` declares the sources;
 * - the feed types, which the sources infer from the valibot schema (src/feed/types.ts), are
 *   written out as plain interfaces from that same schema, with its descriptions as JSDoc, so that
 *   an app type-checks them without valibot installed (it is not a dependency: nothing at run time
 *   needs it); the build fails unless they are the same types as the inferred ones;
 * - only the declarations an entry point reaches are kept (not the schema's 200 KB, nor the
 *   translations').
 *
 *   npx tsx scripts/build-types.ts   (npm run build:types)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type * as v from 'valibot';
import * as schemas from '../src/feed/schema.js';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'dist/types');
const entries = [
  'index.d.ts',
  ...['service-finder', 'language-picker', 'event-list', 'partner-call'].map((w) => `components/${w}/${w}.d.ts`),
];

type Node = v.GenericSchema & Record<string, unknown> & { pipe?: (Node | { kind: string; type: string; description?: string })[] };

/** The schema a type alias of src/feed/types.ts names: `v.InferOutput<typeof ServiceSchema>` → ServiceSchema; `FeedOutput` → FeedSchema. */
function inferredAliases(dts: string): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const [, name, schema] of dts.matchAll(/export type (\w+) = v\.InferOutput<typeof (\w+)>;/g)) aliases.set(name!, schema!);
  for (const [, name, other] of dts.matchAll(/export type (\w+) = (\w+);/g)) if (other === 'FeedOutput') aliases.set(name!, 'FeedSchema');
  return aliases;
}

const jsdoc = (text: string | undefined, indent: string): string =>
  text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\n/g, `\n${indent} * `)} */\n` : '';

/** The TypeScript type of what valibot outputs for `schema`; a named schema by its name (except at the top of its own declaration). */
function typeOf(schema: Node, names: Map<unknown, string>, indent: string, top = false): string {
  const named = names.get(schema);
  if (named && !top) return named;
  if (schema.pipe) return typeOf(schema.pipe[0] as Node, names, indent, top);
  switch (schema.type) {
    case 'string':
    case 'number':
    case 'boolean':
      return schema.type;
    case 'literal':
      return JSON.stringify(schema.literal);
    case 'picklist':
      return (schema.options as unknown[]).map((o) => JSON.stringify(o)).join(' | ');
    case 'array': {
      const item = typeOf(schema.item as Node, names, indent);
      return /[|&]/.test(item) && !item.startsWith('{') ? `(${item})[]` : `${item}[]`;
    }
    case 'record':
      return `{ [${(schema.key as Node).type === 'string' ? 'language' : 'key'}: string]: ${typeOf(schema.value as Node, names, indent)} }`;
    case 'union':
      return (schema.options as Node[]).map((o) => typeOf(o, names, indent)).join(' | ');
    case 'object': {
      const inner = `${indent}  `;
      const fields = Object.entries(schema.entries as Record<string, Node>).map(([key, entry]) => {
        // An optional field with a default is always there in the output.
        const optional = entry.type === 'optional' && entry.default === undefined;
        const value = entry.type === 'optional' ? (entry.wrapped as Node) : entry;
        const name = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
        return `${jsdoc(describe(entry), inner)}${inner}${name}${optional ? '?' : ''}: ${typeOf(value, names, inner)};`;
      });
      return `{\n${fields.join('\n')}\n${indent}}`;
    }
    default:
      throw new Error(`scripts/build-types.ts: valibot type ${schema.type} is not written out yet`);
  }
}

/** The description a schema carries (in its pipe, or the pipe of what an optional wraps). */
function describe(schema: Node): string | undefined {
  if (schema.type === 'optional') return describe(schema.wrapped as Node);
  const action = schema.pipe?.find((a) => a.kind === 'metadata' && a.type === 'description') as { description?: string } | undefined;
  return action?.description;
}

/** dist/types/feed/types.d.ts without valibot: each inferred alias becomes the type it infers. */
export function plainFeedTypes(dts: string): string {
  const aliases = inferredAliases(dts);
  const names = new Map<unknown, string>();
  for (const [name, schema] of aliases)
    if (!names.has((schemas as Record<string, unknown>)[schema])) names.set((schemas as Record<string, unknown>)[schema], name);
  const withoutImports = dts
    .replace(/^import (type )?[^;]*from '(valibot|\.\/schema\.js)';\n/gm, '')
    .replace(
      /^\/\*\*[^]*?\*\/\n/,
      "/**\n * The feed's types (format version 1), written out from its one definition, as schema/feed.schema.json is.\n */\n",
    );
  return withoutImports.replace(/export type (\w+) = (?:v\.InferOutput<typeof \w+>|FeedOutput);/g, (line, name: string) => {
    const schema = (schemas as Record<string, unknown>)[aliases.get(name)!] as Node | undefined;
    if (!schema) return line;
    const type = typeOf(schema, names, '', true);
    const own = names.get(schema) === name;
    const doc = /\*\/\n$/.test(withoutImports.slice(0, withoutImports.indexOf(line))) ? '' : jsdoc(describe(schema), '');
    if (!own) return `${doc}export type ${name} = ${names.get(schema)};`;
    return type.startsWith('{') ? `${doc}export interface ${name} ${type}` : `${doc}export type ${name} = ${type};`;
  });
}

/** The declaration files the entries reach through relative imports and exports. */
function reachable(): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(join(out, file), 'utf8');
    for (const [, spec] of text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
      const target = relative(out, resolve(out, dirname(file), spec!.replace(/\.js$/, '.d.ts')));
      if (existsSync(join(out, target))) visit(target);
    }
  };
  entries.forEach(visit);
  return seen;
}

function allFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? allFiles(dir, join(prefix, e.name)) : [join(prefix, e.name)],
  );
}

function removeEmptyFolders(dir: string): boolean {
  const empty = readdirSync(dir, { withFileTypes: true })
    .map((e) => e.isDirectory() && removeEmptyFolders(join(dir, e.name)))
    .every(Boolean);
  if (empty) rmSync(dir, { recursive: true });
  return empty;
}

/** The build stops unless the written-out feed types are exactly the inferred ones, both ways. */
function checkSameTypes(dts: string): void {
  const dir = mkdtempSync(join(root, 'node_modules/.cache-feed-types-'));
  try {
    writeFileSync(join(dir, 'plain.d.ts'), plainFeedTypes(dts));
    const names = [...inferredAliases(dts).keys()];
    const sourceTypes = relative(dir, join(root, 'src/feed/types.js'));
    writeFileSync(
      join(dir, 'same.ts'),
      `import type * as Plain from './plain.js';
import type * as Inferred from '${sourceTypes.startsWith('.') ? sourceTypes : `./${sourceTypes}`}';
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
${names.map((n) => `export const ${n}: Same<Plain.${n}, Inferred.${n}> = true;`).join('\n')}
`,
    );
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        extends: join(root, 'tsconfig.json'),
        compilerOptions: { noEmit: true, types: [], noUnusedLocals: false },
        include: ['same.ts'],
      }),
    );
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', dir], { stdio: 'inherit' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  rmSync(out, { recursive: true, force: true });
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json')], {
    stdio: 'inherit',
  });
  const typesFile = join(out, 'feed/types.d.ts');
  const inferred = readFileSync(typesFile, 'utf8');
  checkSameTypes(inferred);
  writeFileSync(typesFile, plainFeedTypes(inferred));
  const keep = reachable();
  let removed = 0;
  for (const file of allFiles(out)) {
    if (!keep.has(file)) {
      rmSync(join(out, file));
      removed++;
    } else if (/from '(valibot|minisearch)'/.test(readFileSync(join(out, file), 'utf8')))
      throw new Error(`${file} imports a package that is not a dependency`);
  }
  removeEmptyFolders(out);
  console.log(
    `build-types: ${keep.size} declaration files (${removed} not reached from an entry left out); feed types written out without valibot`,
  );
}
