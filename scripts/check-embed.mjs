#!/usr/bin/env node
/**
 * The built embed as a city page uses it: dist/civic-widgets.js in a page served with a strict
 * Content-Security-Policy (no inline script, no eval, nothing from other origins), a feed from
 * <link rel="civic-feed">, all four widgets, a visitor who chose Arabic earlier. Fails (exit 1)
 * when a widget stays empty or busy, the Arabic UI words (dist/locales/ar.js) do not arrive, the
 * page logs an error, the policy is violated or anything is requested from elsewhere.
 * Then the same page with two copies of the embed (two plugins that each bundle it) under Trusted
 * Types: with the policy the README gives for two copies (`trusted-types lit-html 'allow-duplicates'`)
 * nothing may be logged; without 'allow-duplicates' the browser refuses the second copy's Lit policy
 * (logged), but nothing may throw and the widgets must work.
 * Part of `npm run build`: the tests run on the sources, this checks what is shipped.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { launchChromium } from './browser.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const STRICT =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";
const TRUSTED_TYPES = "require-trusted-types-for 'script'; trusted-types lit-html";
const page = (copies) => `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>Embed check</title>
<link rel="civic-feed" href="/feed.json">
${copies.map((src) => `<script type="module" src="${src}"></script>`).join('\n')}
</head><body>
<civic-language-picker></civic-language-picker>
<civic-service-finder></civic-service-finder>
<civic-event-list show-past></civic-event-list>
<civic-partner-call show-closed></civic-partner-call>
</body></html>`;
const types = { '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };

const checks = [
  { name: 'one copy, strict policy', csp: STRICT, html: page(['/civic-widgets.js']) },
  {
    name: 'two copies, Trusted Types with duplicates allowed',
    csp: `${STRICT}; ${TRUSTED_TYPES} 'allow-duplicates'`,
    html: page(['/civic-widgets.js', '/second-copy/civic-widgets.js']),
  },
  {
    name: 'two copies, Trusted Types without duplicates',
    csp: `${STRICT}; ${TRUSTED_TYPES}`,
    html: page(['/civic-widgets.js', '/second-copy/civic-widgets.js']),
    refusedPolicy: true,
  },
];
let current = checks[0];

const server = createServer(async (req, res) => {
  const path = new URL(req.url, 'http://x').pathname.replace(/^\/second-copy\//, '/');
  try {
    if (path === '/') return send(res, 200, 'text/html', current.html);
    if (path === '/feed.json') return send(res, 200, types['.json'], await readFile(join(root, 'test/fixtures/small-feed.json')));
    const file = normalize(join(dist, path));
    if (!file.startsWith(dist)) return send(res, 403, 'text/plain', 'no');
    send(res, 200, types[extname(file)] ?? 'application/octet-stream', await readFile(file));
  } catch {
    send(res, 404, 'text/plain', 'not found');
  }
});
function send(res, status, type, body) {
  res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'content-security-policy': current.csp });
  res.end(body);
}
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const problems = [];
const browser = await launchChromium();
try {
  for (const check of checks) {
    current = check;
    console.log(`${check.name}:`);
    const problem = (text) => problems.push(`${check.name}: ${text}`);
    const tab = await browser.newPage();
    // The one message allowed without 'allow-duplicates': the browser refusing the second copy's policy.
    const refusal = (text) => check.refusedPolicy && /lit-html/.test(text) && /trusted-types|TrustedTypePolicy|policy/i.test(text);
    tab.on(
      'console',
      (m) =>
        m.type() === 'error' &&
        !m.text().startsWith('Failed to load resource') &&
        !refusal(m.text()) &&
        problem(`console error: ${m.text()}`),
    );
    tab.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && problem(`HTTP ${r.status()}: ${r.url()}`));
    tab.on('pageerror', (e) => problem(`page error: ${e.message}`));
    tab.on('request', (r) => !r.url().startsWith(origin) && !r.url().startsWith('data:') && problem(`request elsewhere: ${r.url()}`));
    await tab.evaluateOnNewDocument(() => {
      localStorage.setItem('civic-widgets.locale', 'ar');
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
      );
    });
    await tab.goto(origin, { waitUntil: 'networkidle0' });
    const tags = ['civic-language-picker', 'civic-service-finder', 'civic-event-list', 'civic-partner-call'];
    await tab
      .waitForFunction(
        (t) =>
          t.every((tag) => {
            const el = document.querySelector(tag);
            return el?.shadowRoot?.childElementCount && el.getAttribute('aria-busy') !== 'true';
          }),
        { timeout: 15_000 },
        tags,
      )
      .catch(() => problem('a widget is still empty or busy after 15 s'));
    const seen = await tab.evaluate(
      (t) =>
        t.map((tag) => {
          const el = document.querySelector(tag);
          return {
            tag,
            lang: el.getAttribute('lang'),
            dir: el.getAttribute('dir'),
            text: (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim(),
          };
        }),
      tags,
    );
    for (const w of seen) {
      if (w.lang !== 'ar' || w.dir !== 'rtl') problem(`${w.tag}: lang=${w.lang} dir=${w.dir}, expected ar/rtl`);
      if (w.text.length < 10) problem(`${w.tag}: shows almost nothing (“${w.text}”)`);
      else console.log(`  ${w.tag}: ${w.text.slice(0, 90)}…`);
    }
    const finder = seen.find((w) => w.tag === 'civic-service-finder');
    if (!finder.text.includes('البحث عن خدمة')) problem('service finder: the Arabic UI words (locales/ar.js) did not arrive');
    await tab.close();
  }
} finally {
  await browser.close();
  server.close();
}
if (problems.length) {
  console.error(`check-embed: ${problems.length} problem(s) with dist/civic-widgets.js\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  'check-embed: dist/civic-widgets.js works under a strict CSP, in Arabic, with no outside requests, also as two copies under Trusted Types',
);
