#!/usr/bin/env node
/**
 * Feed read + validation speed: a generated feed of 10,000 services, 2,000 events and 200 calls
 * (items cloned from the demo feed) is read with JSON.parse + readFeed — the browser's own code,
 * bundled in dist/cli/civic-feed.js — several times; prints, for typical items and for fully
 * translated ones, the median and the minimum of JSON.parse (the browser's own, not ours to
 * speed up), of readFeed (our validation) and of both. Budget (docs/budgets.md): ≤ 150 ms for both.
 * On a loaded machine the minimum is the better estimate of the cost. Rebuild the bundle after
 * changing src/feed (npm run build:cli; npm run bench does it) before measuring.
 *   node scripts/bench-feed.mjs [--runs 9] [--json]
 * Also writes the typical feed to bench-results/feed-typical.json for bench/feed-read.html, which
 * measures the same in Chromium, where the widgets read it.
 * Not a test: it never fails on a slow machine.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { makeDemoFeed } from './make-demo-feed.mjs';
import { readFeed } from '../dist/cli/civic-feed.js';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 9;
const BUDGET_MS = 150;

/**
 * `typical`: each item as a large directory usually has it — name in three languages, a
 * description in one, contacts, one location, hours (≈ 0.8 KB a service).
 * `translated`: the demo's items whole — every text in six languages, eligibility, how to apply,
 * keywords (≈ 2.5 KB a service).
 */
export function bigFeed(profile = 'typical', counts = { services: 10_000, events: 2_000, calls: 200 }) {
  const demo = makeDemoFeed('2027-04-12');
  const lean = profile === 'typical';
  const pick = (value, langs) =>
    value && typeof value === 'object' ? Object.fromEntries(langs.filter((l) => value[l]).map((l) => [l, value[l]])) : value;
  const without = (item, keys) => Object.fromEntries(Object.entries(item).filter(([k]) => !keys.includes(k)));
  const service = (s) => ({
    ...without(s, ['eligibility', 'howToApply', 'keywords', 'updated']),
    name: pick(s.name, ['en', 'de', 'ar']),
    description: pick(s.description, ['en']),
  });
  const event = (e) => ({ ...e, title: pick(e.title, ['en', 'de', 'ar']), description: pick(e.description, ['en']) });
  const call = (c) => ({ ...without(c, ['objectives']), title: pick(c.title, ['en', 'de']), summary: pick(c.summary, ['en']) });
  const scale = (list, n, trim) =>
    Array.from({ length: n }, (_, i) => ({
      ...(lean ? trim(list[i % list.length]) : list[i % list.length]),
      id: `${list[i % list.length].id}-${i}`,
    }));
  return {
    ...demo,
    services: scale(demo.services, counts.services, service),
    events: scale(demo.events, counts.events, event),
    calls: scale(demo.calls, counts.calls, call),
  };
}

function median(list) {
  return [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
}

function stats(list) {
  return { median: median(list), min: Math.min(...list) };
}

function measure(profile) {
  const text = JSON.stringify(bigFeed(profile));
  const total = [];
  const parse = [];
  const validate = [];
  let result;
  for (let i = 0; i <= runs; i++) {
    const t0 = performance.now();
    const data = JSON.parse(text);
    const t1 = performance.now();
    result = readFeed(data, { src: 'bench' });
    const t2 = performance.now();
    if (i === 0) continue; // the first run warms up the JIT
    parse.push(t1 - t0);
    validate.push(t2 - t1);
    total.push(t2 - t0);
  }
  return { profile, bytes: Buffer.byteLength(text), total: stats(total), parse: stats(parse), validate: stats(validate), result };
}

/** The typical feed, as text, for bench/feed-read.html (the same measurement in Chromium). */
export const BROWSER_FEED = 'bench-results/feed-typical.json';

function main() {
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(BROWSER_FEED, JSON.stringify(bigFeed('typical')));
  const results = [measure('typical'), measure('translated')];
  const round = (x) => Math.round(x * 10) / 10;
  const mbps = (r) => Math.round(r.bytes / 1e6 / (r.parse.min / 1000));
  if (process.argv.includes('--json')) {
    console.log(
      JSON.stringify(
        results.flatMap((r) => [
          {
            name: `feed read + validated, 10k/2k/200, ${r.profile} (${(r.bytes / 1e6).toFixed(1)} MB)`,
            value: round(r.total.median),
            unit: 'ms',
            budget: r.profile === 'typical' ? BUDGET_MS : undefined,
          },
          { name: `  of which JSON.parse (${r.profile})`, value: round(r.parse.median), unit: 'ms' },
          { name: `  of which readFeed (${r.profile})`, value: round(r.validate.median), unit: 'ms' },
        ]),
      ),
    );
  } else {
    const ms = ({ median: m, min }) => `median ${m.toFixed(1).padStart(6)} ms, min ${min.toFixed(1).padStart(6)} ms`;
    for (const r of results) {
      const { feed, warnings } = r.result;
      console.log(
        `${r.profile}: ${feed.services.length} services, ${feed.events.length} events, ${feed.calls.length} calls, ${(r.bytes / 1e6).toFixed(1)} MB, ${warnings.length} warnings (${runs} runs)`,
      );
      console.log(`  JSON.parse          ${ms(r.parse)}  (≈ ${mbps(r)} MB/s at its best)`);
      console.log(`  readFeed (validate) ${ms(r.validate)}`);
      console.log(`  total               ${ms(r.total)}${r.profile === 'typical' ? `  budget ${BUDGET_MS} ms` : ''}`);
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
