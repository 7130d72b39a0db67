#!/usr/bin/env node
// Screenshots of a demo page as visitors see it, in Chromium, Firefox and WebKit (Safari's engine),
// left to right (English) and right to left (Arabic) unless one language is asked for:
//   node scripts/screenshot.mjs [path=/] [out=screenshots/demo.png] [--locale ar] [--engine webkit] [--width 390] [--full]
// Several shots: out-<engine>-<locale>.png beside `out`; one engine and one language: `out` itself.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { launchChromium, launchFirefox, startDevServer, startWebKitDriver, webkitCapabilities } from './browser.mjs';

const ENGINES = ['chromium', 'firefox', 'webkit'];
const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args.splice(i, 2)[1] : fallback;
};
const locales = flag('locale', 'en,ar').split(',');
const engines = flag('engine', ENGINES.join(',')).split(',');
const width = Number(flag('width', '1280'));
const full = args.includes('--full') ? (args.splice(args.indexOf('--full'), 1), true) : false;
const [path = '/', out = 'screenshots/demo.png'] = args;
const unknown = engines.filter((e) => !ENGINES.includes(e));
if (unknown.length > 0) throw new Error(`--engine ${unknown.join(',')}: expected ${ENGINES.join(', ')}`);

// MiniBrowser has no headless mode: WebKit's shots need an X display, a virtual one when there is none.
if (engines.includes('webkit') && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  const run = spawnSync('xvfb-run', ['-a', process.execPath, ...process.argv.slice(1)], { stdio: 'inherit' });
  if (run.error) throw new Error(`WebKit needs xvfb-run (apt-get install -y xvfb xauth): ${run.error.message}`);
  process.exit(run.status ?? 1);
}

const fileFor = (engine, locale) =>
  engines.length === 1 && locales.length === 1 ? out : out.replace(/(\.png)?$/, `-${engine}-${locale}.png`);

/** Runs in the page: every widget has its feed (not aria-busy, content shown) and the fonts are in. */
function widgetsReady() {
  const widgets = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('civic-'));
  return (
    document.readyState === 'complete' && widgets.every((w) => w.getAttribute('aria-busy') !== 'true' && w.shadowRoot?.childElementCount)
  );
}

/** Chromium and Firefox through puppeteer-core. */
async function shootWithPuppeteer(launch, url, locale, file) {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
    await page.evaluateOnNewDocument((l) => localStorage.setItem('civic-widgets.locale', l), locale);
    page.on('console', (m) => m.type() === 'error' && console.error('page:', m.text()));
    page.on('pageerror', (e) => console.error('page error:', e.message));
    page.on('response', (r) => r.status() >= 400 && console.error('page: HTTP', r.status(), r.url()));
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(widgetsReady, { timeout: 15_000, polling: 50 });
    const painted = () =>
      page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))));
    await painted();
    // --full: the whole page in the viewport. A full-page screenshot alone leaves what is off screen
    // unpainted (the event list's content-visibility: auto); its real height shows once painted.
    for (let height = 0, i = 0; full && i < 5; i++) {
      const next = await page.evaluate(() => document.documentElement.scrollHeight);
      if (next === height) break;
      await page.setViewport({ width, height: (height = next), deviceScaleFactor: 1 });
      await painted();
    }
    await page.screenshot({ path: file });
  } finally {
    await browser.close();
  }
}

/**
 * WebKit (MiniBrowser) through WebKitWebDriver, in plain W3C WebDriver. MiniBrowser's window is at
 * least 447 px wide (its toolbar) and WebDriver screenshots stop at the window's edge, so the page is
 * shown in a frame of the asked width (as tall as the page with --full) in a window tall enough for it.
 */
async function shootWithWebDriver(url, locale, file) {
  const driver = await startWebKitDriver();
  const base = `http://127.0.0.1:${driver.port}`;
  const call = async (method, route, body) => {
    const response = await fetch(base + route, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body && JSON.stringify(body),
    });
    const { value } = await response.json();
    if (!response.ok) throw new Error(`WebDriver ${method} ${route}: ${value?.error ?? response.status} ${value?.message ?? ''}`);
    return value;
  };
  let session;
  try {
    ({ sessionId: session } = await call('POST', '/session', { capabilities: { alwaysMatch: webkitCapabilities() } }));
    const at = (route) => `/session/${session}${route}`;
    const run = (script, ...args) => call('POST', at('/execute/sync'), { script, args });
    const inFrame = async (script) => {
      await call('POST', at('/frame'), { id: 0 });
      try {
        return await run(script);
      } finally {
        await call('POST', at('/frame/parent'), {});
      }
    };
    const windowFor = async (height) => {
      const chrome = await run('return outerHeight - innerHeight');
      await call('POST', at('/window/rect'), { width: Math.max(width, 1280), height: height + chrome });
    };
    // Same origin as the page: the frame reads the language saved here, and its height can be read.
    await call('POST', at('/url'), { url });
    await run(
      `localStorage.setItem('civic-widgets.locale', arguments[0]);
       document.documentElement.innerHTML = '<body style="margin:0"><iframe style="border:0;display:block"></iframe></body>';
       const frame = document.querySelector('iframe');
       Object.assign(frame.style, { width: arguments[1] + 'px', height: '900px' });
       frame.src = arguments[2];`,
      locale,
      width,
      url,
    );
    await windowFor(900);
    const until = Date.now() + 15_000;
    while (!(await inFrame(`return (${widgetsReady})()`).catch(() => false))) {
      if (Date.now() > until) throw new Error('WebKit: the widgets did not finish loading in 15 s');
      await new Promise((r) => setTimeout(r, 50));
    }
    // WebKitWebDriver now and then answers this wait with an error that has no message: waiting again has done.
    const painted = async () => {
      for (let tries = 3; ; tries--) {
        await call('POST', at('/frame'), { id: 0 });
        try {
          return await call('POST', at('/execute/async'), {
            script: 'document.fonts.ready.then(() => requestAnimationFrame(() => requestAnimationFrame(arguments[0])))',
            args: [],
          });
        } catch (error) {
          if (tries <= 1) throw error;
          console.warn(`WebKit: waiting for a paint failed (${error.message}); waiting again`);
        } finally {
          await call('POST', at('/frame/parent'), {});
        }
      }
    };
    await painted();
    // --full: the frame as tall as its page, which shows its real height once all of it is painted.
    for (let height = 0, i = 0; full && i < 5; i++) {
      const next = await inFrame('return document.documentElement.scrollHeight');
      if (next === height) break;
      await run(`document.querySelector('iframe').style.height = arguments[0] + 'px'`, (height = next));
      await windowFor(height);
      await painted();
    }
    const frame = await call('POST', at('/element'), { using: 'css selector', value: 'iframe' });
    const png = await call('GET', at(`/element/${Object.values(frame)[0]}/screenshot`));
    writeFileSync(file, Buffer.from(png, 'base64'));
  } finally {
    if (session) await call('DELETE', `/session/${session}`).catch(() => {});
    driver.close();
  }
}

const server = await startDevServer();
try {
  mkdirSync(dirname(out), { recursive: true });
  for (const engine of engines) {
    for (const locale of locales) {
      const file = fileFor(engine, locale);
      if (engine === 'webkit') await shootWithWebDriver(server.url + path, locale, file);
      else await shootWithPuppeteer(engine === 'firefox' ? launchFirefox : launchChromium, server.url + path, locale, file);
      console.log(`saved ${file} (${engine}, ${locale})`);
    }
  }
} finally {
  await server.close();
}
