// Browser tests in one engine per run, all three from Debian's packages (no downloaded browser: see
// DEVELOPERS.md). TEST_ENGINE picks it: chromium (default), firefox or webkit (under xvfb-run -a).
// `npm test` runs the three one after the other (scripts/test-browsers.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath, firefoxLaunchOptions, startWebKitDriver, webkitCapabilities } from './scripts/browser.mjs';
import { makeDemoFeed } from './scripts/make-demo-feed.mjs';

const coverageFloor = 80;

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
 * A slow connection on cue: `executeServerCommand('hold-requests', { path })` holds back the responses
 * for that path until `executeServerCommand('release-requests')`. A test that needs a file to arrive
 * late says so, instead of hoping the network is slower than a timer (WebKit's local requests are not).
 * The test runner lets the browser cache every file for a year, so a later test file in the same
 * window would not ask for it again: the files that can be held (`holdable`) are never cached.
 */
function heldRequests(holdable) {
  const held = new Map();
  return {
    middleware: async (ctx, next) => {
      if (holdable.test(ctx.path)) {
        const set = ctx.response.set.bind(ctx.response);
        ctx.response.set = (field, value) => set(field, String(field).toLowerCase() === 'cache-control' ? 'no-store' : value);
        ctx.response.set('Cache-Control', 'no-store');
      }
      await held.get(ctx.path)?.promise;
      return next();
    },
    plugin: {
      name: 'held-requests',
      executeCommand({ command, payload }) {
        if (command === 'hold-requests') {
          if (!holdable.test(payload.path)) throw new Error(`${payload.path} may come from the browser's cache: add it to heldRequests() in web-test-runner.config.mjs`);
          let release;
          const promise = new Promise((resolve) => (release = resolve));
          held.set(payload.path, { promise, release });
          return true;
        }
        if (command === 'release-requests') {
          held.forEach(({ release }) => release());
          held.clear();
          return true;
        }
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

const engine = process.env.TEST_ENGINE || 'chromium';
if (!launchers[engine]) throw new Error(`TEST_ENGINE=${engine}: expected one of ${Object.keys(launchers).join(', ')}`);

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  middleware: [held.middleware, demoFeed],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), held.plugin],
  browsers: [launchers[engine]()],
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/generated/**', 'node_modules/**'],
    threshold: { statements: coverageFloor, branches: coverageFloor - 10, functions: coverageFloor - 5, lines: coverageFloor },
  },
};
