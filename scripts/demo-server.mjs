#!/usr/bin/env node
/**
 * The demo page served as a city's web server would serve it: the built embed (dist/) under
 * /civic-widgets/, compressed (brotli or gzip, as the browser accepts), with caching headers (the
 * chunks, whose names change with their content, for a year; the entry, the translations and the feed
 * for five minutes; the page itself revalidated). For Lighthouse (scripts/lighthouse.mjs) and the
 * layout-shift script; `npm run build:embed` first.
 *   node scripts/demo-server.mjs [port]      serves until stopped
 * The page is demo/index.html with its development script tag (the sources) replaced by the built one;
 * /services-1000.html is the same page reading a feed of 1,000 services. The feed: dist/demo/feed.json
 * when there is one (scripts/lighthouse.mjs writes it with dates around today), else demo/feed.json.
 */
import { createServer, get } from 'node:http';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, normalize, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};
const DEV_SCRIPT = '<script type="module" src="/src/embed.ts"></script>';

/** The file a path names, or undefined: the page, the demo's own files, or the built embed. */
function fileFor(path) {
  if (path === '/' || path === '/index.html') return { file: join(root, 'demo/index.html'), page: true };
  if (path === '/services-1000.html') return { file: join(root, 'demo/index.html'), page: true, feed: 'feed-1000.json' };
  if (path === '/feed.json' && existsSync(join(root, 'dist/demo/feed.json'))) return { file: join(root, 'dist/demo/feed.json') };
  if (path === '/feed-1000.json') return { file: join(root, 'dist/demo/feed.json'), thousand: true };
  if (path.startsWith('/civic-widgets/'))
    return { file: normalize(join(root, 'dist', path.slice('/civic-widgets/'.length))), within: join(root, 'dist') };
  return { file: normalize(join(root, 'demo', path)), within: join(root, 'demo') };
}

/** `feed` with `count` services, copies of its own with fresh ids (as bench/all-widgets.ts makes them). */
function withServices(feed, count) {
  const services = Array.from({ length: count }, (_, i) => ({
    ...structuredClone(feed.services[i % feed.services.length]),
    id: `${feed.services[i % feed.services.length].id}-${i}`,
  }));
  return { ...feed, services };
}

/** The 1,000-service feed, made once per feed text: not again on every request, in the process that measures the page. */
const thousandFeeds = new Map();
function thousandServicesFeed(text) {
  if (!thousandFeeds.has(text)) thousandFeeds.set(text, Buffer.from(JSON.stringify(withServices(JSON.parse(text), 1000))));
  return thousandFeeds.get(text);
}

const cacheControl = (path) =>
  /\/chunks\//.test(path) ? 'public, max-age=31536000, immutable' : /\.(js|json|css|svg)$/.test(path) ? 'public, max-age=300' : 'no-cache';

const compressed = new Map();
function encode(body, encoding, key) {
  const cacheKey = `${encoding}:${key}`;
  if (!compressed.has(cacheKey)) {
    compressed.set(
      cacheKey,
      encoding === 'br' ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : gzipSync(body, { level: 9 }),
    );
  }
  return compressed.get(cacheKey);
}

/** Every file the server can send from dist/, as the paths a browser asks for. */
function builtPaths(dir = join(root, 'dist')) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(js|json|css|svg)$/.test(entry.name))
    .map((entry) => `/civic-widgets/${relative(join(root, 'dist'), join(entry.parentPath, entry.name))}`);
}

/**
 * Asks the server once for every page and built file in each encoding, so that compressing them (brotli at its
 * best quality takes seconds for all) is done before anything is measured: a city's server sends files it
 * compressed beforehand, and a Lighthouse run in this process must not share the CPU with the compression.
 */
async function warm(url) {
  const paths = ['/', '/services-1000.html', '/feed.json', '/feed-1000.json', ...builtPaths()];
  for (const encoding of ['br', 'gzip'])
    for (const path of paths)
      await new Promise((done) => get(url + path, { headers: { 'accept-encoding': encoding } }, (res) => res.resume().on('end', done)));
}

/**
 * Starts the server; resolves to { url, close }. `page` rewrites the page's HTML (a test page, another feed);
 * `warm`: every response compressed before it resolves.
 */
export async function startDemoServer({ port = 0, page = (html) => html, warm: warmFirst = false } = {}) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const { file, within, page: isPage, feed, thousand } = fileFor(path);
    if ((within && !file.startsWith(within)) || !existsSync(file) || !extname(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return res.end('not found');
    }
    let body = readFileSync(file);
    if (isPage) {
      let html = String(body);
      if (!html.includes(DEV_SCRIPT)) throw new Error(`demo/index.html no longer has ${DEV_SCRIPT}`);
      html = html.replace(DEV_SCRIPT, '<script type="module" src="/civic-widgets/civic-widgets.js"></script>');
      if (feed) html = html.replace('<link rel="civic-feed" href="feed.json" />', `<link rel="civic-feed" href="${feed}" />`);
      body = Buffer.from(page(html));
    }
    if (thousand) body = thousandServicesFeed(String(body));
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const encoding = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : undefined;
    const headers = {
      'content-type': `${TYPES[extname(file)] ?? 'application/octet-stream'}; charset=utf-8`,
      'cache-control': cacheControl(path),
      vary: 'Accept-Encoding',
    };
    if (encoding) {
      body = encode(body, encoding, isPage || thousand ? `${path}:${body.length}` : file);
      headers['content-encoding'] = encoding;
    }
    res.writeHead(200, { ...headers, 'content-length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise((listening) => server.listen(port, '127.0.0.1', listening));
  const url = `http://127.0.0.1:${server.address().port}`;
  if (warmFirst) await warm(url);
  return { url, close: () => new Promise((r) => server.close(r)) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync(join(root, 'dist/civic-widgets.js'))) throw new Error('dist/civic-widgets.js is missing: npm run build:embed first');
  const { url } = await startDemoServer({ port: Number(process.argv[2] ?? 4173) });
  console.log(`demo from dist/, compressed: ${url}/`);
}
