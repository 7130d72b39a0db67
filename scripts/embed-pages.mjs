// The files a page downloads from the built embed until its widgets work, from the table the build
// writes at the top of dist/civic-widgets.js (scripts/vite-plugin-chunk-deps.mjs): the entry, and for
// each widget on the page its chunk and the chunks that one imports. Translations are not counted
// (each has its own budget). The browser test test/embed/page-weight.test.ts measures the same in a
// real page; this is for the size table and scripts.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, posix } from 'node:path';

export const WIDGETS = ['service-finder', 'language-picker', 'event-list', 'partner-call'];

/** The table: module key (path under src/ without extension) → files relative to dist/. */
export function chunkTable(dist = 'dist') {
  const first = readFileSync(join(dist, 'civic-widgets.js'), 'utf8').split('\n', 1)[0];
  const match = /^var __CIVIC_CHUNK_DEPS__=(.*);$/.exec(first);
  if (!match) throw new Error(`${dist}/civic-widgets.js has no chunk table on its first line: not the split embed build`);
  const table = JSON.parse(match[1]);
  return Object.fromEntries(Object.entries(table).map(([key, files]) => [key, files.map((f) => posix.normalize(f))]));
}

/** The files (relative to dist/) a page with `widgets` downloads until they work, the entry first. */
export function pageFiles(widgets, dist = 'dist') {
  const table = chunkTable(dist);
  const files = new Set(['civic-widgets.js']);
  for (const widget of widgets) {
    const key = `components/${widget}/${widget}`;
    if (!table[key]) throw new Error(`no chunk for ${widget} in the embed's table`);
    table[key].forEach((f) => files.add(f));
  }
  return [...files];
}

/** min+gzip bytes of a file of dist/, as the budgets count (gzip level 9). */
export const gzipSize = (file, dist = 'dist') => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

/** Each page the budgets name: one per widget, and all four. */
export function pages(dist = 'dist') {
  return [...WIDGETS.map((w) => ({ name: w, widgets: [w] })), { name: 'all four widgets', widgets: WIDGETS }].map((page) => {
    const files = pageFiles(page.widgets, dist);
    return { ...page, files, bytes: files.reduce((n, f) => n + gzipSize(f, dist), 0) };
  });
}
