/**
 * Hostile and careless feeds through all four widgets of the built embed, in Chromium (see
 * scripts/bench.mjs; `npm run build` first). Measures, never asserts: the longest main-thread task
 * (`longtask` entries: tasks over 50 ms, the budget) from the feed's answer until every widget has
 * rendered and the warnings are out, for
 * - 10,000 services that each need a repair (a link with another scheme): 10,000 warnings;
 * - a 10 MB description in a service, an event and a call (shortened when read);
 * - whole hostile feeds of up to 1,000 items from the property tests' generator
 *   (test/feed/hostile-feed.mjs): control and bidi characters, prototype keys, deep nesting, huge
 *   strings and numbers, junk items.
 */
import fc from 'fast-check';
import { median, runBench, type BenchResult } from './bench-page.js';
import { hostileFeed } from '../test/feed/hostile-feed.mjs';

const EMBED = '/dist/civic-widgets.js';
// `?tags=civic-partner-call`: only those widgets (to see which one a long task belongs to).
const TAGS = new URLSearchParams(location.search).get('tags')?.split(',') ?? [
  'civic-language-picker',
  'civic-service-finder',
  'civic-event-list',
  'civic-partner-call',
];
const gc = (globalThis as { gc?: () => void }).gc;
const nextTask = (ms = 0): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

let feeds = 0;

/** The rendering update (style, layout, paint) at the end of a long animation frame, in ms. */
const renderTime = (e: PerformanceEntry): number => {
  const { renderStart = 0 } = e as PerformanceEntry & { renderStart?: number };
  return renderStart > 0 ? e.startTime + e.duration - renderStart : 0;
};

/** Longest task over 50 ms (0: none) from answering `text` until all four widgets show it and 500 ms more; and the time until they do. */
async function measure(text: string): Promise<{ longest: number; rendered: number; warnings: number; render: number }> {
  const url = `bench-hostile-${feeds++}.json`;
  performance.mark(url); // names the feed in a trace of the benchmark
  gc?.();
  await nextTask(50);
  let answer: ((r: Response) => void) | undefined;
  const realFetch = window.fetch;
  window.fetch = (input, init) => (String(input).endsWith(url) ? new Promise<Response>((r) => (answer = r)) : realFetch(input, init));
  const stage = document.getElementById('stage')!;
  const els = TAGS.map((tag) => Object.assign(document.createElement(tag), { src: url }));
  stage.replaceChildren(...els);
  while (!answer) await nextTask(5);
  let warnings = 0;
  const count = (): void => void warnings++;
  document.addEventListener('civic-feed-warning', count);
  // Made before the measuring begins: turning megabytes of text into a body is the benchmark's own long task.
  const response = new Response(text);
  await nextTask(20);
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration)));
  observer.observe({ type: 'longtask' });
  // Chromium's longtask entries leave out most rendering updates (style, layout, paint): an animation frame's says them.
  const renders: number[] = [];
  const frames = new PerformanceObserver((list) => list.getEntries().forEach((e) => renders.push(renderTime(e))));
  if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) frames.observe({ type: 'long-animation-frame' });
  await nextTask();
  const start = performance.now();
  answer(response);
  const shown = (): boolean => els.every((el) => el.shadowRoot?.childElementCount && el.getAttribute('aria-busy') !== 'true');
  while (!shown() && performance.now() - start < 30_000) await nextTask(5);
  const rendered = performance.now() - start;
  await nextTask(500);
  observer.takeRecords().forEach((e) => tasks.push(e.duration));
  observer.disconnect();
  frames.takeRecords().forEach((e) => renders.push(renderTime(e)));
  frames.disconnect();
  document.removeEventListener('civic-feed-warning', count);
  window.fetch = realFetch;
  stage.replaceChildren();
  return { longest: Math.max(0, ...tasks), rendered, warnings, render: Math.max(0, ...renders) };
}

const head = { version: 1, defaultLocale: 'en', locales: ['en', 'de'], timeZone: 'Europe/Berlin' };

async function run(): Promise<BenchResult[]> {
  try {
    await import(/* @vite-ignore */ EMBED);
  } catch {
    throw new Error(`${EMBED} could not be loaded: run npm run build first`);
  }
  console.warn = () => {}; // as a page with the developer tools closed (the group is one call anyway)
  const results: BenchResult[] = [];
  // `?seeds=23,30`: only those generated feeds (to trace one that had a long task).
  const onlySeeds = new URLSearchParams(location.search).get('seeds')?.split(',').map(Number);
  if (!onlySeeds) await measureCraftedFeeds(results);

  // One feed at a time, generated before its measurement: twenty held at once (up to 8 MB each) made
  // the garbage collector the longest task.
  const longest: number[] = [];
  const renders: number[] = [];
  const sizes: number[] = [];
  // Each feed shown a second time (read and rendered again from its text): the browser has its characters' fonts by
  // then, so what the first showing took more is finding fonts for them (font fallback), not the widgets' work.
  const longestAgain: number[] = [];
  const rendersAgain: number[] = [];
  const seeds = onlySeeds ?? Array.from({ length: 20 }, (_, i) => 18 + i);
  for (const seed of seeds) {
    const { text } = fc.sample(hostileFeed({ maxItems: 1000 }), { numRuns: 1, seed })[0]!;
    sizes.push(text.length / 1e6);
    const r = await measure(text);
    longest.push(r.longest);
    renders.push(r.render);
    const again = await measure(text);
    longestAgain.push(again.longest);
    rendersAgain.push(again.render);
  }
  results.push(
    {
      name: `${longest.length} hostile feeds of up to 1,000 items (${Math.min(...sizes).toFixed(1)}–${Math.max(...sizes).toFixed(1)} MB): feeds with a task over 50 ms`,
      value: longest.filter((t) => t > 50).length,
      unit: '',
      budget: 0,
    },
    { name: '  longest task over all of them (0: none over 50 ms)', value: Math.max(...longest), unit: 'ms', budget: 50 },
    { name: "  median of each feed's longest", value: median(longest), unit: 'ms' },
    ...longest.flatMap((t, i) =>
      t > 50 ? [{ name: `  over 50 ms: the feed of ${sizes[i]!.toFixed(1)} MB (?seeds=${seeds[i]})`, value: t, unit: 'ms' }] : [],
    ),
    {
      name: '  rendering updates (style, layout, paint) over 50 ms: feeds with one (not longtask entries; mostly font fallback)',
      value: renders.filter((t) => t > 50).length,
      unit: '',
    },
    { name: "  median of each feed's longest rendering update", value: median(renders), unit: 'ms' },
    {
      name: "  the same feeds shown again (their characters' fonts found): feeds with a task over 50 ms",
      value: longestAgain.filter((t) => t > 50).length,
      unit: '',
      budget: 0,
    },
    { name: '    longest task', value: Math.max(...longestAgain), unit: 'ms', budget: 50 },
    { name: '    feeds with a rendering update over 50 ms', value: rendersAgain.filter((t) => t > 50).length, unit: '' },
    { name: "    median of each feed's longest rendering update", value: median(rendersAgain), unit: 'ms' },
  );
  return results;
}

/** 10,000 items that each need a repair, and a 10 MB text in each widget's items. */
async function measureCraftedFeeds(results: BenchResult[]): Promise<void> {
  const repairs = JSON.stringify({
    ...head,
    services: Array.from({ length: 10_000 }, (_, i) => ({
      id: `s${i}`,
      name: { en: `Service ${i}` },
      contacts: { url: `javascript:alert(${i})` },
    })),
  });
  const r1 = await measure(repairs);
  results.push(
    {
      name: `10,000 services that each need a repair: longest task (0: none over 50 ms); ${r1.warnings} warning events`,
      value: r1.longest,
      unit: 'ms',
      budget: 50,
    },
    { name: '  answer → all four widgets rendered', value: r1.rendered, unit: 'ms' },
  );

  const big = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(180_000); // 10.3 MB
  const services = Array.from({ length: 100 }, (_, i) => ({ id: `s${i}`, name: `Service ${i}` }));
  for (const [where, feed] of [
    ['service description', { ...head, services: [{ id: 'big', name: 'Big', description: big }, ...services] }],
    ['event description', { ...head, services, events: [{ id: 'e', title: 'Event', description: big, start: '2030-01-01T10:00:00Z' }] }],
    ['call summary', { ...head, services, calls: [{ id: 'c', title: 'Call', summary: big, deadline: '2030-01-01T10:00:00Z' }] }],
  ] as const) {
    const r = await measure(JSON.stringify(feed));
    results.push({ name: `a 10 MB ${where}: longest task (0: none over 50 ms)`, value: r.longest, unit: 'ms', budget: 50 });
  }
}

runBench(run);
