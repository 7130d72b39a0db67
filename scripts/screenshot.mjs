#!/usr/bin/env node
// Screenshot of a demo page as a visitor sees it:
//   node scripts/screenshot.mjs [path=/] [out.png] [--locale ar] [--width 390] [--full]
import { launchChromium, startDevServer } from './browser.mjs';

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args.splice(i, 2)[1] : fallback;
};
const locale = flag('locale');
const width = Number(flag('width', '1280'));
const full = args.includes('--full') ? (args.splice(args.indexOf('--full'), 1), true) : false;
const [path = '/', out = 'screenshot.png'] = args;

const server = await startDevServer();
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
  if (locale) await page.evaluateOnNewDocument((l) => localStorage.setItem('civic-widgets.locale', l), locale);
  page.on('console', (m) => m.type() === 'error' && console.error('page:', m.text()));
  page.on('pageerror', (e) => console.error('page error:', e.message));
  page.on('response', (r) => r.status() >= 400 && console.error('page: HTTP', r.status(), r.url()));
  await page.goto(server.url + path, { waitUntil: 'networkidle0' });
  await new Promise((r) => setTimeout(r, 500));
  await page.screenshot({ path: out, fullPage: full });
  console.log(`saved ${out}`);
} finally {
  await browser.close();
  await server.close();
}
