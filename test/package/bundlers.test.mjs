// City apps built by their own bundler from the packed package (Vite, esbuild, webpack 5, Rollup),
// each with the bundler's plain defaults, then opened in Chromium: the widgets they import are
// defined and render, the others are not, and they switch to Arabic with Arabic words, from
// translation files the app's bundler emitted. One app has its own @lit/localize, left undisturbed.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';
import webpack from 'webpack';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { freshApp, packed, repo, root } from './packed.mjs';
import { allTags, closeBrowser, definedTags, newTab, serve, switchedWords, uiWords, widgetTexts, widgetsReady } from './in-browser.mjs';

packed();
after(closeBrowser);

const arabic = uiWords('ar');
const targetLocales = JSON.parse(readFileSync(join(repo, 'lit-localize.json'), 'utf8')).targetLocales;

const builders = {
  async vite(app) {
    await viteBuild({ configFile: false, root: app, logLevel: 'warn', build: { outDir: join(app, 'out'), emptyOutDir: true } });
  },
  async esbuild(app) {
    // Code splitting, so that each translation is a file of its own (without it esbuild puts them all in main.js).
    await esbuild({
      entryPoints: { main: join(app, 'src.js') },
      bundle: true,
      splitting: true,
      format: 'esm',
      outdir: join(app, 'out'),
      minify: true,
      logLevel: 'warning',
    });
    copyFileSync(join(app, 'index.html'), join(app, 'out/index.html'));
  },
  async webpack(app) {
    const stats = await new Promise((resolve, reject) =>
      webpack(
        { mode: 'production', context: app, entry: './src.js', output: { path: join(app, 'out'), filename: 'main.js' } },
        (error, result) => (error ? reject(error) : resolve(result)),
      ),
    );
    if (stats.hasErrors()) throw new Error(stats.toString('errors-only'));
    copyFileSync(join(app, 'index.html'), join(app, 'out/index.html'));
  },
  async rollup(app) {
    const bundle = await rollup({
      input: join(app, 'src.js'),
      plugins: [nodeResolve()],
      onwarn: (w, warn) => w.code !== 'CIRCULAR_DEPENDENCY' && warn(w),
    });
    await bundle.write({ dir: join(app, 'out'), format: 'es', entryFileNames: 'main.js' });
    await bundle.close();
    copyFileSync(join(app, 'index.html'), join(app, 'out/index.html'));
  },
};

/** The JavaScript the app's build wrote, with escaped characters read back (esbuild writes \xXX and \uXXXX). */
function builtCode(out) {
  const files = readdirSync(out, { recursive: true }).filter((f) => String(f).endsWith('.js'));
  return files
    .map((f) =>
      readFileSync(join(out, String(f)), 'utf8').replace(/\\u\{([0-9a-fA-F]+)\}|\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})/g, (...hex) =>
        String.fromCodePoint(parseInt(hex[1] ?? hex[2] ?? hex[3], 16)),
      ),
    )
    .join('\n');
}

/** The same message ("Try again") in every UI language: each must be in the app's build output. */
function missingTranslations(out) {
  const code = builtCode(out);
  return targetLocales.filter((locale) => {
    const word = uiWords(locale).get('Try again');
    return !word || !code.includes(word);
  });
}

async function buildAndOpen(name, tags) {
  const app = freshApp(name);
  await builders[name](app);
  const out = join(app, 'out');
  const server = await serve(out);
  const { tab, problems } = await newTab();
  await tab.goto(server.origin, { waitUntil: 'load' });
  await widgetsReady(tab, tags);
  return { app, out, server, tab, problems };
}

const switchToArabicByEvent = (tab) =>
  tab.evaluate(() => document.dispatchEvent(new CustomEvent('civic-locale-change', { detail: { locale: 'ar', reason: 'choice' } })));

async function switchToArabicByPicker(tab) {
  // The default picker is a <select>; variant="list" has a button per language.
  await tab.evaluate(() => {
    const picker = document.querySelector('civic-language-picker').shadowRoot;
    const select = picker.querySelector('select');
    if (select) {
      select.value = 'ar';
      select.dispatchEvent(new Event('change'));
    } else {
      [...picker.querySelectorAll('button[lang]')].find((b) => b.lang === 'ar').click();
    }
  });
}

async function expectArabic(tab, tags, before) {
  await tab.waitForFunction((t) => t.every((tag) => document.querySelector(tag).getAttribute('lang') === 'ar'), { timeout: 10_000 }, tags);
  // The widgets' own words follow the translation file; give it the time the widgets give it.
  let problems;
  for (let tries = 0; tries < 50; tries++) {
    problems = switchedWords(before, await widgetTexts(tab, tags), arabic);
    if (problems.length === 0) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.deepEqual(problems, []);
  for (const { dir } of Object.values(await widgetTexts(tab, tags))) assert.equal(dir, 'rtl');
}

describe('Vite 8: import "civic-widgets" (all four)', () => {
  let page;
  before(async () => (page = await buildAndOpen('vite', allTags)));
  after(() => page?.server.close());

  test('every UI language is in the build output', () => assert.deepEqual(missingTranslations(page.out), []));
  test('all four render in English, then in Arabic after a visitor picks it', async () => {
    const { tab, problems } = page;
    assert.deepEqual((await definedTags(tab)).sort(), [...allTags].sort());
    const english = await widgetTexts(tab, allTags);
    for (const tag of allTags) assert.equal(english[tag].lang, 'en', tag);
    await switchToArabicByPicker(tab);
    await expectArabic(tab, allTags, english);
    assert.deepEqual(problems, []);
  });
});

describe('esbuild: two widget entries in an app with its own @lit/localize', () => {
  const tags = ['civic-language-picker', 'civic-service-finder'];
  let page;
  before(async () => (page = await buildAndOpen('esbuild', tags)));
  after(() => page?.server.close());

  test('every UI language is in the build output', () => assert.deepEqual(missingTranslations(page.out), []));
  test("the app's words and the widgets' each keep their own language", async () => {
    const { tab, problems } = page;
    assert.deepEqual(await definedTags(tab), tags);
    await tab.waitForFunction(() => window.hostLocale);
    // The app speaks German in its own words; the widgets follow the page (English), not the app's localization.
    assert.deepEqual(await tab.evaluate(() => window.hostLocale()), { locale: 'de', words: 'Willkommen im Rathaus' });
    const english = await widgetTexts(tab, tags);
    for (const tag of tags) assert.equal(english[tag].lang, 'en', tag);
    await switchToArabicByPicker(tab);
    await expectArabic(tab, tags, english);
    assert.deepEqual(await tab.evaluate(() => window.hostLocale()), { locale: 'de', words: 'Willkommen im Rathaus' });
    assert.equal(await tab.evaluate(() => document.querySelector('#host-words').textContent), 'Willkommen im Rathaus');
    assert.deepEqual(problems, []);
  });
});

for (const [bundler, entry, widget] of [
  ['webpack 5', 'event-list', 'the event list'],
  ['Rollup 4', 'partner-call', 'the partner call'],
]) {
  describe(`${bundler}: one widget entry (civic-widgets/${entry}.js)`, () => {
    const tags = [`civic-${entry}`];
    let page;
    before(async () => (page = await buildAndOpen(bundler.split(' ')[0].toLowerCase(), tags)));
    after(() => page?.server.close());

    test('every UI language is in the build output', () => assert.deepEqual(missingTranslations(page.out), []));
    test(`only ${widget} is defined; it switches to Arabic with the page`, async () => {
      const { tab, problems } = page;
      assert.deepEqual(await definedTags(tab), tags);
      const english = await widgetTexts(tab, tags);
      await switchToArabicByEvent(tab);
      await expectArabic(tab, tags, english);
      assert.deepEqual(problems, []);
    });
  });
}

describe('three apps on one page, each with its own copy of the package (esbuild, webpack, Rollup)', () => {
  const tags = allTags;
  let server;
  after(() => server?.close());

  test('every widget follows one language; the app with its own @lit/localize keeps its words', async () => {
    const site = join(root, 'apps/three-copies');
    rmSync(site, { recursive: true, force: true });
    mkdirSync(site, { recursive: true });
    // Each app's build output as the suites above left it, in a folder of its own.
    for (const name of ['esbuild', 'webpack', 'rollup']) cpSync(join(root, 'apps', name, 'out'), join(site, name), { recursive: true });
    writeFileSync(
      join(site, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Three apps</title>
<link rel="civic-feed" href="/feed.json">
<script type="module" src="/esbuild/main.js"></script>
<script src="/webpack/main.js" defer></script>
<script type="module" src="/rollup/main.js"></script>
</head><body>
<p id="host-words"></p>
<civic-language-picker variant="list"></civic-language-picker>
<civic-service-finder></civic-service-finder>
<civic-event-list show-past></civic-event-list>
<civic-partner-call show-closed></civic-partner-call>
</body></html>`,
    );
    server = await serve(site);
    const { tab, problems } = await newTab();
    await tab.goto(server.origin, { waitUntil: 'load' });
    await widgetsReady(tab, tags);
    await tab.waitForFunction(() => window.hostLocale);
    const english = await widgetTexts(tab, tags);
    for (const tag of tags) assert.equal(english[tag].lang, 'en', tag);
    await switchToArabicByPicker(tab);
    await expectArabic(tab, tags, english);
    assert.deepEqual(await tab.evaluate(() => window.hostLocale()), { locale: 'de', words: 'Willkommen im Rathaus' });
    assert.deepEqual(problems, []);
  });
});
