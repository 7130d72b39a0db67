// The three browser engines, all from Debian's packages (no downloaded browser), for the browser tests,
// screenshots and benchmarks: Chromium and Firefox driven by puppeteer-core (Firefox over WebDriver BiDi),
// WebKit (WebKitGTK's MiniBrowser) through WebKitWebDriver.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import puppeteer from 'puppeteer-core';

export const chromiumPath = () => process.env.CHROME_PATH || '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export function launchChromium() {
  return puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    // The last two: benchmarks read the heap after a forced GC, with exact (not bucketed) figures.
    args: [...chromiumArgs, '--disable-sync', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
}

/** Debian's firefox-esr (or FIREFOX_PATH). */
export function firefoxPath() {
  if (process.env.FIREFOX_PATH) return process.env.FIREFOX_PATH;
  for (const name of ['firefox-esr', 'firefox']) {
    try {
      return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
    } catch {
      // not on the PATH: try the next name
    }
  }
  throw new Error('Firefox not found: apt-get install -y firefox-esr (or set FIREFOX_PATH)');
}

/** Options for puppeteer.launch() that start headless Firefox over WebDriver BiDi. */
export const firefoxLaunchOptions = () => ({ browser: 'firefox', executablePath: firefoxPath(), headless: true });

export function launchFirefox() {
  return puppeteer.launch(firefoxLaunchOptions());
}

/** WebKitGTK's MiniBrowser (from libwebkit2gtk-4.1, which webkit2gtk-driver pulls in), or WEBKIT_MINIBROWSER. */
export function miniBrowserPath() {
  if (process.env.WEBKIT_MINIBROWSER) return process.env.WEBKIT_MINIBROWSER;
  const candidates = ['/usr/libexec/webkit2gtk-4.1/MiniBrowser'];
  for (const dir of existsSync('/usr/lib') ? readdirSync('/usr/lib') : []) {
    candidates.push(`/usr/lib/${dir}/webkit2gtk-4.1/MiniBrowser`);
  }
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error('MiniBrowser not found: apt-get install -y webkit2gtk-driver (or set WEBKIT_MINIBROWSER)');
  return found;
}

/**
 * WebDriver capabilities for MiniBrowser. WebKitWebDriver speaks classic WebDriver only: without
 * 'wdio:enforceWebDriverClassic' webdriverio asks for BiDi (webSocketUrl) and the session is refused.
 */
export const webkitCapabilities = () => ({
  browserName: 'MiniBrowser',
  'wdio:enforceWebDriverClassic': true,
  'webkitgtk:browserOptions': { binary: miniBrowserPath(), args: ['--automation'] },
});

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts WebKitWebDriver on a free port; resolves to { port, close } once it answers /status.
 * MiniBrowser has no headless mode: run under `xvfb-run -a` (or any X display).
 */
export async function startWebKitDriver() {
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    throw new Error('WebKit needs a display: run under xvfb-run -a (apt-get install -y xvfb xauth)');
  }
  const port = await freePort();
  const driver = spawn('WebKitWebDriver', [`--port=${port}`, '--host=127.0.0.1'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const exited = new Promise((_, reject) => {
    driver.on('error', (e) => reject(new Error(`WebKitWebDriver did not start (apt-get install -y webkit2gtk-driver): ${e.message}`)));
    driver.on('exit', (code) => reject(new Error(`WebKitWebDriver exited with ${code}`)));
  });
  const ready = (async () => {
    for (;;) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/status`);
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  try {
    await Promise.race([ready, exited]);
  } catch (error) {
    driver.kill();
    throw error;
  }
  exited.catch(() => {}); // after start, an exit is reported by the session that loses its driver
  const close = () => {
    if (driver.exitCode === null) driver.kill();
  };
  // Also when the run ends without stopping its browser (a crashed web process): no driver left behind.
  process.once('exit', close);
  return { port, close };
}

/**
 * Starts a Vite dev server on a free port; resolves to { url, close }.
 * Default: the demo page (vite.config.ts). With { root }, a plain server over that folder (benchmarks).
 */
export async function startDevServer({ root } = {}) {
  const { createServer } = await import('vite');
  const options = root
    ? { configFile: false, root, logLevel: 'error', server: { port: 0, host: '127.0.0.1' } }
    : { configFile: 'vite.config.ts', logLevel: 'error', server: { port: 0, host: '127.0.0.1' } };
  const server = await createServer(options);
  await server.listen();
  const address = server.httpServer.address();
  return { url: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}
