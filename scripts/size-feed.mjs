/**
 * What feed validation costs in the embed: src/feed/validate.ts with the generated rules and the
 * checker (no valibot at run time), min and min+gzip, and a check that the bundle has no
 * eval/new Function (strict CSP). src/time/zoned-time.ts is shared with the event list and the
 * partner call, so it is shown both ways. Usage: node scripts/size-feed.mjs
 */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

const entry = new URL('../src/feed/validate.ts', import.meta.url).pathname;
const sharedTime = {
  name: 'shared-time',
  setup: (b) => b.onResolve({ filter: /zoned-time\.js$/ }, (a) => ({ path: a.path, external: true })),
};
for (const [label, plugins] of [
  ['validate + rules + checker + src/time', []],
  ['validate + rules + checker (time shared)', [sharedTime]],
]) {
  const result = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', write: false, plugins, metafile: true });
  const code = result.outputFiles[0].contents;
  const text = Buffer.from(code).toString();
  const unsafe = /new Function|\beval\(/.test(text);
  const valibot = Object.keys(result.metafile.inputs).some((file) => file.includes('valibot'));
  console.log(
    `${label.padEnd(42)} ${String(code.length).padStart(6)} B min  ${String(gzipSync(code, { level: 9 }).length).padStart(5)} B min+gzip  ${unsafe ? 'CONTAINS eval/new Function' : 'no eval/new Function'}${valibot ? '  (valibot bundled!)' : ''}`,
  );
  if (unsafe || valibot) process.exitCode = 1;
}
