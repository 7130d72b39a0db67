#!/usr/bin/env node
/**
 * Where a page's kilobytes go, and what they buy: for each page the budgets name (one widget, all four), the
 * min+gzip bytes of the built embed that each purpose costs (Lit, reading the feed, the UI language, search…).
 *
 * A purpose's cost is its marginal cost: the page's gzip bytes minus the same files' gzip bytes with that
 * purpose's code cut out (found through the source maps the build writes). Unlike the gzip of a part alone
 * (scripts/size-by-source.mjs), this counts what gzip finds again across parts, so the costs add up to about
 * the page's weight; what is left ("gzip's shared context") is what no one purpose owns: repeated names and
 * syntax that stay compressible whichever part is cut.
 *
 *   npm run build && node scripts/page-weight-by-purpose.mjs [--markdown]
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import { pages } from './embed-pages.mjs';

/**
 * Each purpose: the sources (paths under node_modules/ or src/, as the source maps name them) it is made of,
 * first match wins. The order matters where a widget's folder holds a part that has a purpose of its own.
 */
export const PURPOSES = [
  ['Lit (templates, reactive properties, styles)', /^node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//],
  [
    'the UI language (choosing one of 37, names of languages, loading a translation, direction, messages)',
    /^(node_modules\/@lit\/localize\/|src\/i18n\/|src\/base\/locale-controller|src\/generated\/locale-codes)/,
  ],
  [
    'reading and checking an untrusted feed (the fast checks, the reader, reading in slices)',
    /^src\/feed\/(read-feed|feed-checks|check-helpers|body-text|json-steps)/,
  ],
  [
    'fetching the feed once for all widgets, its saved copy for offline',
    /^src\/(feed\/(store|saved-copy|early-request|feed-source)|base\/feed-controller)/,
  ],
  [
    'the shared element (loading, error and saved-copy states, themes, base styles, room kept before the feed)',
    /^src\/base\/(civic-element|base-styles|reserved-|lit-policy-guard|define|heading|document-events)/,
  ],
  ['lists shown in stages, long work in slices (no long task on a slow phone)', /^src\/(scheduling\/|base\/(render-stages|list-element))/],
  [
    'finding the tags, loading widgets and cold parts (the entry, the chunk table, the imports between files)',
    /^(src\/embed|src\/base\/cold-part|\(no source\))/,
  ],
  ['time zones and dates (feed times, date keys, weekdays, deadlines, days)', /^src\/time\/(zoned-time|date-keys|deadline|day-groups)/],
  [
    'safe links and feed text in its own language, publishers of a network feed',
    /^src\/(links\/|feed\/publishers|base\/(feed-text|lang-of|intl-text|publisher-parts|line-text|comma-separated))/,
  ],
  // The purposes above are the ground every widget stands on; those below, what some widgets show.
  ['the filter bar (shared by finder and event list)', /^src\/base\/filter-bar/],
  ['finder: search (index, normalising words in every script)', /^src\/search\//],
  ['finder: opening hours, "open now" with holidays', /^src\/(time\/opening-hours|components\/service-finder\/(open-now|opening-words))/],
  ['finder: filters and their chips', /^src\/components\/service-finder\/(service-filters|filter-controls)/],
  ['finder: results, order, URL state, near me, the element', /^src\/components\/service-finder\//],
  [
    'event list: filters (when, where, the panel, chips)',
    /^src\/components\/event-list\/(event-filters|event-filter-form|event-selection)/,
  ],
  ['event list: rows that open in place, days, times for a visitor elsewhere, the element', /^src\/components\/event-list\//],
  ['partner call: cards, deadlines, filters, the element', /^src\/components\/partner-call\//],
  ['language picker: the picker and its popover', /^src\/components\/language-picker\//],
  ['the words of "Add to calendar" (the calendar file itself loads on first use)', /^src\/calendar\/calendar-words/],
];
const OTHER = 'other sources';
/** How many of PURPOSES, from the first, are the ground every widget stands on (the subtotal row). */
const GROUND = PURPOSES.findIndex(([purpose]) => purpose.startsWith('the filter bar'));

const KB = 1024;
const gz = (text) => gzipSync(text, { level: 9 }).length;
const normalise = (source) => (source ?? '(no source)').replace(/.*node_modules\//, 'node_modules/').replace(/.*?\/src\//, 'src/');
export const purposeOf = (source) => PURPOSES.find(([, re]) => re.test(source))?.[0] ?? OTHER;

/** A file of dist/ as pieces in order, each with the purpose of the source it came from. */
function piecesOf(file) {
  const code = readFileSync(file, 'utf8');
  if (!existsSync(`${file}.map`)) return [{ purpose: OTHER, text: code }];
  const consumer = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
  const lines = code.split('\n');
  const mappings = [];
  consumer.eachMapping((m) => mappings.push(m), null, SourceMapConsumer.GENERATED_ORDER);
  const pieces = [];
  // Text before a line's first mapping (and lines with none: the chunk table) belongs to no source.
  let line = 1;
  let column = 0;
  const take = (toLine, toColumn, purpose) => {
    let text = '';
    while (line < toLine) {
      text += `${lines[line - 1].slice(column)}\n`;
      line++;
      column = 0;
    }
    text += lines[line - 1]?.slice(column, toColumn) ?? '';
    column = toColumn;
    if (text) pieces.push({ purpose, text });
  };
  let purpose = purposeOf('(no source)');
  for (const m of mappings) {
    take(m.generatedLine, m.generatedColumn, purpose);
    purpose = purposeOf(normalise(m.source));
  }
  take(lines.length, lines[lines.length - 1].length, purpose);
  return pieces;
}

/** For a page's files: the page's bytes and each purpose's marginal bytes. */
export function weighPage(files) {
  const byFile = files.map(piecesOf);
  const total = byFile.reduce((n, pieces) => n + gz(pieces.map((p) => p.text).join('')), 0);
  const purposes = new Set(byFile.flat().map((p) => p.purpose));
  const cost = new Map();
  for (const purpose of purposes) {
    const without = byFile.reduce(
      (n, pieces) =>
        n +
        gz(
          pieces
            .filter((p) => p.purpose !== purpose)
            .map((p) => p.text)
            .join(''),
        ),
      0,
    );
    cost.set(purpose, total - without);
  }
  return { total, cost };
}

/** Every page the budgets name (scripts/embed-pages.mjs), weighed. */
export const weighPages = (dist = 'dist') => pages(dist).map((page) => ({ page, ...weighPage(page.files.map((f) => join(dist, f))) }));

if (import.meta.url === `file://${process.argv[1]}`) {
  const markdown = process.argv.includes('--markdown');
  const measured = weighPages();
  const order = [...PURPOSES.map(([p]) => p), OTHER];
  const kb = (bytes) => (bytes === undefined ? '' : (bytes / KB).toFixed(2));
  const names = measured.map(({ page }) => (page.widgets.length > 1 ? 'all four' : page.name));
  const row = (p) => [p, ...measured.map((m) => kb(m.cost.get(p)))];
  const present = (p) => measured.some((m) => m.cost.has(p));
  const ground = measured.map((m) => PURPOSES.slice(0, GROUND).reduce((n, [p]) => n + (m.cost.get(p) ?? 0), 0));
  const rows = [
    ...order.slice(0, GROUND).filter(present).map(row),
    ['**the ground every widget stands on (the rows above)**', ...ground.map((b) => `**${kb(b)}**`)],
    ...order.slice(GROUND).filter(present).map(row),
  ];
  const context = measured.map((m) => m.total - [...m.cost.values()].reduce((a, b) => a + b, 0));
  rows.push(["gzip's shared context (no one purpose's)", ...context.map(kb)]);
  rows.push(['the page (min+gzip, translation not counted)', ...measured.map((m) => kb(m.total))]);
  const header = ['what it buys (KB)', ...names];
  if (markdown) {
    console.log(`| ${header.join(' | ')} |\n| --- |${names.map(() => ' ---: |').join('')}`);
    for (const r of rows) console.log(`| ${r.join(' | ')} |`);
  } else {
    for (const r of rows) r.forEach((c, i) => (r[i] = c.replaceAll('**', '')));
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
    console.log([line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n'));
  }
}
