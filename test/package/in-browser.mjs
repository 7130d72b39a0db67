/**
 * Opens a built test app in headless Chromium, as a visitor would: served from its build output
 * folder only (with the feed at /feed.json), so what the app's bundler left out is missing.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { launchChromium } from '../../scripts/browser.mjs';
import { repo } from './packed.mjs';
import { unescapeXml as decode } from '../../scripts/xml-text.mjs';

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
};

/** Serves `dir` (index.html at /) and the test feed at /feed.json; resolves to { origin, requests, close }. */
export async function serve(dir) {
  const requests = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    const file =
      path === '/feed.json' ? join(repo, 'test/fixtures/small-feed.json') : normalize(join(dir, path === '/' ? 'index.html' : path));
    if (!file.startsWith(dir) && !file.endsWith('small-feed.json')) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': `${types[extname(file)] ?? 'application/octet-stream'}; charset=utf-8` }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const close = () => new Promise((r) => (server.close(r), server.closeAllConnections()));
  return { origin: `http://127.0.0.1:${server.address().port}`, requests, close };
}

let browser;
/** One Chromium for a test file; `closeBrowser()` in its `after`. */
export async function newTab() {
  browser ??= await launchChromium();
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  const problems = [];
  tab.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  // A failed request is reported by the response handler, with its URL.
  tab.on(
    'console',
    (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && problems.push(`console error: ${m.text()}`),
  );
  tab.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  return { tab, problems };
}
export async function closeBrowser() {
  await browser?.close();
  browser = undefined;
}

export const allTags = ['civic-language-picker', 'civic-service-finder', 'civic-event-list', 'civic-partner-call'];

/** Waits until each tag is defined, rendered and not busy; fails after 15 s. */
export async function widgetsReady(tab, tags) {
  await tab.waitForFunction(
    (t) =>
      t.every((tag) => {
        const el = document.querySelector(tag);
        return customElements.get(tag) && el?.shadowRoot?.childElementCount && el.getAttribute('aria-busy') !== 'true';
      }),
    { timeout: 15_000, polling: 100 },
    tags,
  );
}

/** What each widget shows: its lang, dir and visible text (shadow DOM). */
export function widgetTexts(tab, tags) {
  return tab.evaluate(
    (t) =>
      Object.fromEntries(
        t.map((tag) => {
          const el = document.querySelector(tag);
          return [
            tag,
            {
              lang: el.getAttribute('lang'),
              dir: el.getAttribute('dir'),
              text: (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim(),
            },
          ];
        }),
      ),
    tags,
  );
}

/** Which of the four tags the page defined. */
export function definedTags(tab) {
  return tab.evaluate((t) => t.filter((tag) => customElements.get(tag)), allTags);
}

/** The UI strings of a language without placeholders: English source → translation (from locales/<l>.xlf). */
export function uiWords(locale) {
  const xliff = readFileSync(join(repo, `locales/${locale}.xlf`), 'utf8');
  const words = new Map();
  for (const [, source, target] of xliff.matchAll(/<source>([^<]+)<\/source>\s*<target[^>]*>([^<]+)<\/target>/g)) {
    if (source.trim().length >= 5) words.set(decode(source).trim(), decode(target).trim());
  }
  return words;
}

/**
 * The widgets' own words a page shows in English (checked before a switch), and after the switch:
 * each in `locale`'s words, none left in English. Returns the problems found (empty: all switched).
 */
export function switchedWords(before, after, words) {
  const problems = [];
  for (const [tag, { text }] of Object.entries(before)) {
    const shown = [...words.keys()].filter((english) => text.includes(english));
    if (shown.length === 0) problems.push(`${tag}: none of its own English words seen before the switch`);
    for (const english of shown) {
      const now = after[tag].text;
      if (!now.includes(words.get(english))) problems.push(`${tag}: “${english}” not shown as “${words.get(english)}”`);
      else if (now.includes(english) && !words.get(english).includes(english)) problems.push(`${tag}: “${english}” still in English`);
    }
  }
  return problems;
}
