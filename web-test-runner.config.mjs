// Browser tests in one engine per run, all three from Debian's packages (no downloaded browser: see
// DEVELOPERS.md). TEST_ENGINE picks it: chromium (default), firefox or webkit (under xvfb-run -a).
// `npm test` runs the three one after the other (scripts/test-browsers.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromiumArgs, chromiumPath, firefoxLaunchOptions, startWebKitDriver, webkitCapabilities } from './scripts/browser.mjs';
import { makeDemoFeed } from './scripts/make-demo-feed.mjs';

const coverageFloor = 80;
const root = import.meta.dirname;

// Each test page in its own browser context and its own window: test files running side by side share
// no localStorage (no storage events flipping each other's language) and neither page is a background
// tab, where animation frames never come (Chromium) or come once a second (Firefox, whose new pages are
// tabs unless asked for a window).
const pageInOwnContext = async ({ browser }) => (await browser.createBrowserContext()).newPage({ type: 'window' });

/**
 * MiniBrowser through WebKitWebDriver, started on a free port for this run. One test file at a time:
 * with more, the launcher runs the files in iframes of one page, where focus and the viewport differ.
 */
class WebKitLauncher extends WebdriverLauncher {
  concurrency = 1;
  constructor() {
    super({ capabilities: webkitCapabilities(), hostname: '127.0.0.1', logLevel: 'error' });
  }
  async initialize(config, testFiles) {
    this.driverProcess = await startWebKitDriver();
    this.options.port = this.driverProcess.port;
    await super.initialize({ ...config, concurrency: 1 }, testFiles);
    this.name = 'WebKit';
  }
  async stop() {
    await super.stop();
    this.driverProcess?.close();
  }
}

const launchers = {
  chromium: () =>
    chromeLauncher({
      puppeteer,
      createPage: pageInOwnContext,
      launchOptions: { executablePath: chromiumPath(), headless: true, args: chromiumArgs },
    }),
  // One test file at a time: keys sent to a window that is not the focused one (two files side by
  // side) reached no element, or matched no :focus-visible, even with focusmanager.testmode.
  firefox: () => chromeLauncher({ puppeteer, createPage: pageInOwnContext, launchOptions: firefoxLaunchOptions(), concurrency: 1 }),
  webkit: () => new WebKitLauncher(),
};

/**
 * A slow connection on cue: `executeServerCommand('hold-requests', { path })` (one file) or
 * `{ prefix }` (every file under it) holds back the responses until
 * `executeServerCommand('release-requests')`. A test that needs a file to arrive late says so, instead
 * of hoping the network is slower than a timer (WebKit's local requests are not).
 * The test runner lets the browser cache every file for a year, so a later test file in the same
 * window would not ask for it again: the files that can be held (`holdable`) are never cached. Any
 * file can also be asked for as `/held/<its path>` (a feed, the built embed and the chunks it loads
 * by relative URLs): served as `/<its path>`, never cached, and holdable.
 * `fail-requests` with `{ prefix }` answers those files with a 503 until `release-requests` (the network gone).
 * The server also counts requests by path (`request-count`): "one request per feed URL" is a count.
 */
function heldRequests(holdable) {
  const held = [];
  const failing = [];
  const counts = new Map();
  const isHoldable = (path) => path.startsWith('/held/') || holdable.test(path);
  return {
    middleware: async (ctx, next) => {
      const path = ctx.path;
      counts.set(path, (counts.get(path) ?? 0) + 1);
      if (isHoldable(path)) {
        const set = ctx.response.set.bind(ctx.response);
        ctx.response.set = (field, value) => set(field, String(field).toLowerCase() === 'cache-control' ? 'no-store' : value);
        ctx.response.set('Cache-Control', 'no-store');
      }
      await Promise.all(held.filter((h) => (h.path ? h.path === path : path.startsWith(h.prefix))).map((h) => h.promise));
      // The network gone for these files (`fail-requests`): a 503, as a city's server or a train's tunnel gives.
      if (failing.some((prefix) => path.startsWith(prefix))) {
        ctx.status = 503;
        return;
      }
      if (path.startsWith('/held/')) ctx.url = ctx.url.slice('/held'.length);
      return next();
    },
    plugin: {
      name: 'held-requests',
      executeCommand({ command, payload }) {
        if (command === 'hold-requests') {
          const { path, prefix } = payload;
          if (!isHoldable(path ?? prefix))
            throw new Error(
              `${path ?? prefix} may come from the browser's cache: add it to heldRequests() in web-test-runner.config.mjs, or ask for it as /held${path ?? prefix}`,
            );
          let release;
          const promise = new Promise((resolve) => (release = resolve));
          held.push({ path, prefix, promise, release });
          return true;
        }
        if (command === 'release-requests') {
          held.splice(0).forEach(({ release }) => release());
          failing.splice(0);
          return true;
        }
        if (command === 'fail-requests') {
          if (!isHoldable(payload.prefix))
            throw new Error(`${payload.prefix} may come from the browser's cache: ask for it as /held${payload.prefix}`);
          failing.push(payload.prefix);
          return true;
        }
        if (command === 'request-count') return counts.get(payload.path) ?? 0;
        return undefined;
      },
    },
  };
}
// The UI translations (a test of a language switch on a slow connection).
const held = heldRequests(/^\/src\/generated\/locales\//);

/**
 * The demo feed for a fixed day, made when a test asks for it: tests read the same realistic feed
 * whatever today is, and the generated feed is not a committed file.
 */
const DEMO_FEED_PATH = '/generated/demo-feed-2027-04-12.json';
async function demoFeed(ctx, next) {
  if (ctx.path !== DEMO_FEED_PATH) return next();
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(makeDemoFeed('2027-04-12'));
}

/**
 * The built embed's files, for the tests of what a page downloads (test/embed/): `embed-gzip-sizes`
 * gives the min+gzip size (level 9, as the budgets count) of each path of dist/ a page fetched.
 */
const embedFiles = {
  name: 'embed-files',
  executeCommand({ command, payload }) {
    if (command !== 'embed-gzip-sizes') return undefined;
    return Object.fromEntries(
      payload.paths.map((path) => {
        const file = resolve(root, `.${path.replace(/^\/held\//, '/')}`);
        if (!file.startsWith(resolve(root, 'dist'))) throw new Error(`${path} is not a file of dist/`);
        return [path, gzipSync(readFileSync(file), { level: 9 }).length];
      }),
    );
  },
};

const engine = process.env.TEST_ENGINE || 'chromium';
if (!launchers[engine]) throw new Error(`TEST_ENGINE=${engine}: expected one of ${Object.keys(launchers).join(', ')}`);

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  middleware: [held.middleware, demoFeed],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), held.plugin, embedFiles],
  browsers: [launchers[engine]()],
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/generated/**', 'node_modules/**'],
    threshold: { statements: coverageFloor, branches: coverageFloor - 10, functions: coverageFloor - 5, lines: coverageFloor },
  },
};
