#!/usr/bin/env node
// Benchmarks the service finder's search index (src/search/service-index.ts).
//
//   node scripts/bench-search.mjs               10,000 services, this module, in Node
//   node scripts/bench-search.mjs --compare     also candidate (a): minisearch 7, tuned
//   node scripts/bench-search.mjs --chromium    also in headless Chromium (CHROME_PATH or
//                                               /usr/bin/chromium, via puppeteer-core if present)
//   node scripts/bench-search.mjs --n=50000     another feed size
//   node scripts/bench-search.mjs --json        one JSON object instead of the table
//
// Data: deterministic synthetic multilingual services (test/search/synthetic-services.ts,
// seeded PRNG), 200 queries typed letter by letter plus one-typo words. Prints build ms
// (first, cold — wall and, in Node, CPU time — and median of 5 more), query p50/p95/max ms,
// memory held by the index (Node: JS heap + typed arrays; Chromium: JS heap only), and the
// module's min+gzip size. Wall times are only meaningful on an otherwise idle machine: the
// load average is printed with the results. Reports numbers only; it never fails on a slow result
// (budgets: build < 150 ms, p95 < 16 ms: docs/budgets.md; the decision it informed: docs/decisions/search-index.md).
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import os from 'node:os';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const N = Number(args.find((a) => a.startsWith('--n='))?.slice(4)) || 10_000;

// The bench harness, bundled for Node and for the browser. It times candidates on the same data.
const HARNESS = `
import MiniSearch from 'minisearch';
import { createServiceIndex } from './src/search/service-index.ts';
import { tokenize } from './src/search/normalize.ts';
import { syntheticFeed, benchQueries } from './test/search/synthetic-services.ts';

const texts = (v, out = []) => {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) texts(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) texts(x, out);
  return out;
};

// Candidate (a): minisearch with the options that made it fastest: one string per
// field, our folding tokenizer (so matching is the same), identity processTerm, no
// stored fields.
function createMiniSearchIndex(services, categories) {
  const cats = new Map(categories.map((c) => [c.id, texts(c.name).join(' ')]));
  const ms = new MiniSearch({
    idField: 'i',
    fields: ['n', 'k', 'c', 'o', 'd'],
    storeFields: [],
    tokenize: (text) => tokenize(text, true),
    processTerm: (t) => t,
    searchOptions: {
      prefix: true,
      fuzzy: (term) => (term.length >= 5 ? 1 : false),
      boost: { n: 4, k: 3, c: 2.5, o: 2, d: 1 },
      combineWith: 'AND',
      tokenize: (text) => tokenize(text),
    },
  });
  ms.addAll(services.map((s, i) => ({
    i,
    n: texts(s.name).join(' '),
    k: texts(s.keywords).join(' '),
    c: (s.categories ?? []).map((c) => cats.get(c) ?? '').join(' '),
    o: texts(s.organization?.name).join(' '),
    d: texts(s.description).join(' '),
  })));
  return {
    size: services.length,
    search(q) {
      if (!tokenize(q).length) return services.map((s) => ({ id: s.id, score: 0 }));
      let r = ms.search(q);
      if (!r.length) r = ms.search(q, { combineWith: 'OR' });
      return r.map((h) => ({ id: services[h.id].id, score: h.score }));
    },
  };
}

const CANDIDATES = { 'own index (b)': createServiceIndex, 'minisearch (a)': createMiniSearchIndex };

export function run({ n, compare, gc, heap, cpu }) {
  // Through JSON, as a feed arrives: flat strings, like the browser's JSON.parse gives.
  const { services, categories } = JSON.parse(JSON.stringify(syntheticFeed(n, 1)));
  const queries = benchQueries(2);
  let chars = 0;
  let words = 0;
  JSON.stringify(services, (key, value) => {
    if (typeof value === 'string' && key !== 'id') {
      chars += value.length;
      words += tokenize(value).length;
    }
    return value;
  });
  const rows = [];
  for (const [name, create] of Object.entries(CANDIDATES)) {
    if (!compare && name !== 'own index (b)') continue;
    gc?.();
    gc?.();
    const heap0 = heap?.();
    const cpu0 = cpu?.();
    let t = performance.now();
    let index = create(services, categories);
    const buildFirst = performance.now() - t;
    const buildFirstCpu = cpu ? cpu() - cpu0 : NaN;
    gc?.();
    gc?.();
    const heapMB = heap ? (heap() - heap0) / 1048576 : NaN;
    const builds = [];
    for (let i = 0; i < 5; i++) {
      t = performance.now();
      index = create(services, categories);
      builds.push(performance.now() - t);
    }
    builds.sort((a, b) => a - b);
    const times = [];
    let hits = 0;
    for (const q of queries) {
      t = performance.now();
      hits += index.search(q).length;
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const at = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
    rows.push({
      candidate: name, services: index.size, textMB: chars / 1e6, words, buildFirstMs: buildFirst,
      buildFirstCpuMs: buildFirstCpu, buildMedianMs: builds[2],
      queries: queries.length, p50Ms: at(0.5), p95Ms: at(0.95), maxMs: times[times.length - 1],
      avgHits: hits / queries.length, heapMB,
    });
  }
  return rows;
}
`;

const bundle = async (options) =>
  (
    await build({
      stdin: { contents: HARNESS, resolveDir: root, sourcefile: 'bench-harness.mjs', loader: 'js' },
      bundle: true,
      format: 'esm',
      write: false,
      logLevel: 'silent',
      ...options,
    })
  ).outputFiles[0].text;

async function moduleSize(contents) {
  const out = await build({
    stdin: { contents, resolveDir: root, sourcefile: 'size-entry.mjs', loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const code = out.outputFiles[0].contents;
  return gzipSync(code, { level: 9 }).length;
}

function nodeProbes() {
  // JS heap plus typed-array memory; CPU time of this process (less skewed than wall time
  // when other work shares the machine).
  const heap = () => {
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const cpu = () => {
    const c = process.cpuUsage();
    return (c.user + c.system) / 1000;
  };
  try {
    v8.setFlagsFromString('--expose-gc');
    return { gc: vm.runInNewContext('gc'), heap, cpu };
  } catch {
    return { heap, cpu };
  }
}

async function inChromium(code) {
  let puppeteer;
  try {
    puppeteer = (await import('puppeteer-core')).default;
  } catch {
    return { error: 'puppeteer-core is not installed; skipped' };
  }
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
  try {
    const page = await browser.newPage();
    await page.goto('about:blank');
    const rows = await page.evaluate(
      async (src, opts) => {
        const url = URL.createObjectURL(new Blob([src], { type: 'text/javascript' }));
        const mod = await import(url);
        const gc = globalThis.gc;
        const heap = performance.memory ? () => performance.memory.usedJSHeapSize : undefined;
        return mod.run({ ...opts, gc, heap });
      },
      code,
      { n: N, compare: flag('compare') },
    );
    return { rows };
  } finally {
    await browser.close();
  }
}

const code = await bundle({ platform: 'neutral', mainFields: ['module', 'main'] });
const mod = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
const results = { node: mod.run({ n: N, compare: flag('compare'), ...nodeProbes() }) };
if (flag('chromium')) {
  const r = await inChromium(code);
  results.chromium = r.rows ?? r.error;
}
const sizes = {
  'own index (b)': await moduleSize(`export * from './src/search/service-index.ts';`),
};
if (flag('compare')) {
  // What (a) would ship: minisearch plus the folding it needs.
  sizes['minisearch (a)'] = await moduleSize(
    `export { default as MiniSearch } from 'minisearch'; export { tokenize } from './src/search/normalize.ts';`,
  );
}

if (flag('json')) {
  console.log(JSON.stringify({ services: N, results, gzipBytes: sizes }, null, 2));
} else {
  const f = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');
  const header = [
    'runtime',
    'candidate',
    'build ms cold',
    '(cpu)',
    'build ms median',
    'p50 ms',
    'p95 ms',
    'max ms',
    'avg hits',
    'heap MB',
    'min+gz B',
  ];
  const lines = [header];
  for (const [runtime, rows] of Object.entries(results)) {
    if (!Array.isArray(rows)) {
      lines.push([runtime, rows, ...header.slice(2).map(() => '')]);
      continue;
    }
    for (const r of rows) {
      lines.push([
        runtime,
        r.candidate,
        f(r.buildFirstMs),
        f(r.buildFirstCpuMs),
        f(r.buildMedianMs),
        f(r.p50Ms, 2),
        f(r.p95Ms, 2),
        f(r.maxMs, 2),
        f(r.avgHits, 0),
        f(r.heapMB),
        String(sizes[r.candidate] ?? ''),
      ]);
    }
  }
  const widths = header.map((_, i) => Math.max(...lines.map((l) => String(l[i]).length)));
  const r0 = results.node[0];
  console.log(
    `search benchmark: ${N} services (${f(r0.textMB)} M characters of text, ${r0.words} words), ` +
      `${r0.queries} queries (typed prefixes + one-typo words); load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs`,
  );
  for (const [i, l] of lines.entries()) {
    console.log(l.map((c, j) => String(c).padEnd(widths[j])).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
  console.log('budgets: build < 150 ms, query p95 < 16 ms (10,000 services); embed ≤ 30 KB min+gzip in total');
}
