#!/usr/bin/env node
/**
 * The built embed as a city page uses it: dist/civic-widgets.js in a page served with a strict
 * Content-Security-Policy (no inline script, no eval, nothing from other origins), a feed from
 * <link rel="civic-feed">, all four widgets, a visitor who chose Arabic earlier. Fails (exit 1)
 * when a widget stays empty or busy, the Arabic UI words (dist/locales/ar.js) do not arrive, the
 * page logs an error, the policy is violated or anything is requested from elsewhere.
 * Part of `npm run build`: the tests run on the sources, this checks what is shipped.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { launchChromium } from './browser.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const csp = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";
const page = `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>Embed check</title>
<link rel="civic-feed" href="/feed.json">
<script type="module" src="/civic-widgets.js"></script>
</head><body>
<civic-language-picker></civic-language-picker>
<civic-service-finder></civic-service-finder>
<civic-event-list show-past></civic-event-list>
<civic-partner-call show-closed></civic-partner-call>
</body></html>`;
const types = { '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };

const server = createServer(async (req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  try {
    if (path === '/') return send(res, 200, 'text/html', page);
    if (path === '/feed.json') return send(res, 200, types['.json'], await readFile(join(root, 'test/fixtures/small-feed.json')));
    const file = normalize(join(dist, path));
    if (!file.startsWith(dist)) return send(res, 403, 'text/plain', 'no');
    send(res, 200, types[extname(file)] ?? 'application/octet-stream', await readFile(file));
  } catch {
    send(res, 404, 'text/plain', 'not found');
  }
});
function send(res, status, type, body) {
  res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'content-security-policy': csp });
  res.end(body);
}
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const problems = [];
const browser = await launchChromium();
try {
  const tab = await browser.newPage();
  tab.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && problems.push(`console error: ${m.text()}`));
  tab.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  tab.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  tab.on('request', (r) => !r.url().startsWith(origin) && !r.url().startsWith('data:') && problems.push(`request elsewhere: ${r.url()}`));
  await tab.evaluateOnNewDocument(() => {
    localStorage.setItem('civic-widgets.locale', 'ar');
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  await tab.goto(origin, { waitUntil: 'networkidle0' });
  const tags = ['civic-language-picker', 'civic-service-finder', 'civic-event-list', 'civic-partner-call'];
  await tab
    .waitForFunction(
      (t) => t.every((tag) => { const el = document.querySelector(tag); return el?.shadowRoot?.childElementCount && el.getAttribute('aria-busy') !== 'true'; }),
      { timeout: 15_000 },
      tags,
    )
    .catch(() => problems.push('a widget is still empty or busy after 15 s'));
  const seen = await tab.evaluate((t) => t.map((tag) => {
    const el = document.querySelector(tag);
    return { tag, lang: el.getAttribute('lang'), dir: el.getAttribute('dir'), text: (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim() };
  }), tags);
  for (const w of seen) {
    if (w.lang !== 'ar' || w.dir !== 'rtl') problems.push(`${w.tag}: lang=${w.lang} dir=${w.dir}, expected ar/rtl`);
    if (w.text.length < 10) problems.push(`${w.tag}: shows almost nothing (“${w.text}”)`);
    else console.log(`  ${w.tag}: ${w.text.slice(0, 90)}…`);
  }
  const finder = seen.find((w) => w.tag === 'civic-service-finder');
  if (!finder.text.includes('البحث عن خدمة')) problems.push('service finder: the Arabic UI words (locales/ar.js) did not arrive');
} finally {
  await browser.close();
  server.close();
}
if (problems.length) {
  console.error(`check-embed: ${problems.length} problem(s) with dist/civic-widgets.js\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('check-embed: dist/civic-widgets.js works under a strict CSP, in Arabic, with no outside requests');
