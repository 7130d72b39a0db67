// Debian's Chromium driven by puppeteer-core (no downloaded browser), for screenshots and benchmarks.
import puppeteer from 'puppeteer-core';

export function launchChromium() {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    // The last two: benchmarks read the heap after a forced GC, with exact (not bucketed) figures.
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
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
