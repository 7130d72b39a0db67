/**
 * Build plugin: removes the JSON-Schema-only documentation (`v.description(…)`, `v.examples(…)`,
 * `v.title(…)`) from src/feed/schema.ts when bundling for the browser. The schema stays the one
 * definition of the format (types, validation, JSON Schema); the visitor doesn't download the
 * prose. Works as an esbuild plugin (`stripFeedDocsEsbuild()`) and as a Vite/Rollup plugin
 * (`stripFeedDocs()`). Validation behaviour is identical with or without the docs (tested in
 * test/feed/strip-docs.test.mjs).
 */
const CALL = /,\s*v\.(?:description|examples|title)\(/g;
const FILE = /src[\\/]feed[\\/]schema\.ts$/;

/** Removes `, v.description(…)`-style arguments; string- and bracket-aware. */
export function stripSchemaDocs(code) {
  let out = '';
  let last = 0;
  CALL.lastIndex = 0;
  for (let m = CALL.exec(code); m; m = CALL.exec(code)) {
    const end = closingParen(code, m.index + m[0].length);
    if (end < 0) break;
    out += code.slice(last, m.index);
    last = end + 1;
    CALL.lastIndex = last;
  }
  return out + code.slice(last);
}

/** Index of the `)` closing the call whose arguments start at `from`, or -1. */
function closingParen(code, from) {
  let depth = 1;
  for (let i = from; i < code.length; i++) {
    const c = code[i];
    if (c === "'" || c === '"' || c === '`') {
      for (i++; i < code.length && code[i] !== c; i++) if (code[i] === '\\') i++;
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (--depth === 0) return c === ')' ? i : -1;
    }
  }
  return -1;
}

/** Vite / Rollup plugin. */
export function stripFeedDocs() {
  return {
    name: 'strip-feed-docs',
    enforce: 'pre',
    transform(code, id) {
      return FILE.test(id.split('?')[0]) ? { code: stripSchemaDocs(code), map: null } : null;
    },
  };
}

/** esbuild plugin. */
export function stripFeedDocsEsbuild() {
  return {
    name: 'strip-feed-docs',
    setup(build) {
      build.onLoad({ filter: FILE }, async (args) => {
        const { readFile } = await import('node:fs/promises');
        return { contents: stripSchemaDocs(await readFile(args.path, 'utf8')), loader: 'ts' };
      });
    },
  };
}
