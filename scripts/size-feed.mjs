/**
 * Size of the feed validation in the embed (schema + validate + valibot), min and min+gzip,
 * with and without the JSON-Schema docs (the embed build strips them: strip-feed-docs.mjs), and
 * a check that the bundle has no eval/new Function (strict CSP). src/time/zoned-time.ts is
 * shared with the event list and counted separately. Usage: node scripts/size-feed.mjs
 */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { stripFeedDocsEsbuild } from './strip-feed-docs.mjs';

const entry = new URL('../src/feed/validate.ts', import.meta.url).pathname;
const shared = { name: 'shared-time', setup: (b) => b.onResolve({ filter: /zoned-time\.js$/ }, (a) => ({ path: a.path, external: true })) };
for (const [label, plugins] of [
  ['with docs', []],
  ['docs stripped (embed)', [stripFeedDocsEsbuild()]],
  ['docs stripped, without shared src/time', [stripFeedDocsEsbuild(), shared]],
]) {
  const result = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', write: false, plugins });
  const code = result.outputFiles[0].contents;
  const text = Buffer.from(code).toString();
  const unsafe = /new Function|\beval\(/.test(text);
  console.log(`${label.padEnd(40)} ${String(code.length).padStart(6)} B min  ${String(gzipSync(code, { level: 9 }).length).padStart(5)} B min+gzip  ${unsafe ? 'CONTAINS eval/new Function' : 'no eval/new Function'}`);
  if (unsafe) process.exitCode = 1;
}
