// What a city without npm downloads (the release zip) and what npm publishes.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { installed, packed, repo, root, shippedFiles } from './packed.mjs';
import { closeBrowser, newTab, serve, switchedWords, uiWords, widgetTexts, widgetsReady } from './in-browser.mjs';

packed();
after(closeBrowser);
const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
const run = (command, args, cwd = repo) =>
  new Promise((resolve) =>
    execFile(command, args, { cwd, timeout: 120_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? (error.code ?? 1) : 0, stdout, stderr }),
    ),
  );

/** The release zip, made from this build and unpacked into a fresh folder. */
async function unpackedRelease() {
  const made = await run(process.execPath, ['scripts/release-zip.mjs']);
  assert.equal(made.code, 0, made.stderr);
  const dir = join(root, 'release');
  rmSync(dir, { recursive: true, force: true });
  const entries = unzipSync(readFileSync(join(repo, 'release', `civic-widgets-${pkg.version}.zip`)));
  for (const [name, data] of Object.entries(entries)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), data, { mode: name.includes('/bin/') ? 0o755 : 0o644 });
  }
  return { dir: join(dir, `civic-widgets-${pkg.version}`), names: Object.keys(entries) };
}

test('the release zip: the embed with every translation, the feed tools, the schema, templates, guides, README', async () => {
  const { dir, names } = await unpackedRelease();
  const inside = names.map((n) => n.slice(`civic-widgets-${pkg.version}/`.length));
  for (const file of [
    'dist/civic-widgets.js',
    'dist/locales/ar.js',
    'dist/cli/civic-feed.js',
    'bin/civic-feed.mjs',
    'schema/feed.schema.json',
    'templates/services.csv',
    'docs/cms.md',
    'README.md',
    'CHANGELOG.md',
    'LICENSE',
  ]) {
    assert.ok(inside.includes(file), file);
  }
  // The widgets' code the embed loads, every chunk of the build.
  const chunks = readdirSync(join(repo, 'dist/chunks'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `dist/chunks/${f}`);
  assert.ok(chunks.length > 0);
  assert.deepEqual(
    chunks.filter((c) => !inside.includes(c)),
    [],
  );
  const locales = readdirSync(join(repo, 'src/generated/locales')).map((f) => `dist/locales/${f.replace(/\.ts$/, '.js')}`);
  assert.deepEqual(
    locales.filter((l) => !inside.includes(l)),
    [],
  );
  assert.deepEqual(
    inside.filter((f) => f.endsWith('.map') || /^dist\/(modules|types)\/|^docs\/(decisions|recipes)\/|^docs\/architecture\.md$/.test(f)),
    [],
  );
  const validate = await run(process.execPath, [join(dir, 'bin/civic-feed.mjs'), 'validate', join(repo, 'test/fixtures/small-feed.json')]);
  assert.equal(validate.code, 0, validate.stderr);
});

test("docs/cms.md's block, on a page served with the release's dist/, renders and switches to Arabic", async () => {
  const { dir } = await unpackedRelease();
  const block = readFileSync(join(repo, 'docs/cms.md'), 'utf8').match(/^```html file=block\.html\n([\s\S]*?)^```$/m)[1];
  const site = join(root, 'cms-site');
  rmSync(site, { recursive: true, force: true });
  mkdirSync(join(site, 'civic-widgets'), { recursive: true });
  for (const file of [
    'civic-widgets.js',
    ...['chunks', 'locales'].flatMap((folder) => readdirSync(join(dir, 'dist', folder)).map((f) => `${folder}/${f}`)),
  ]) {
    mkdirSync(dirname(join(site, 'civic-widgets', file)), { recursive: true });
    writeFileSync(join(site, 'civic-widgets', file), readFileSync(join(dir, 'dist', file)));
  }
  // The page as a CMS writes it: the script once (in the head), the editor's block in the content.
  writeFileSync(
    join(site, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>City page</title>
<script type="module" src="/civic-widgets/civic-widgets.js"></script></head><body><main>${block.replace('/open-data/civic-feed.json', '/feed.json')}</main></body></html>`,
  );
  const server = await serve(site);
  const { tab, problems } = await newTab();
  try {
    await tab.goto(server.origin, { waitUntil: 'load' });
    const tags = ['civic-language-picker', 'civic-service-finder', 'civic-event-list'];
    await widgetsReady(tab, tags);
    const english = await widgetTexts(tab, tags);
    await tab.evaluate(() => {
      const select = document.querySelector('civic-language-picker').shadowRoot.querySelector('select');
      select.value = 'ar';
      select.dispatchEvent(new Event('change'));
    });
    await tab.waitForFunction(
      (t) => t.every((tag) => document.querySelector(tag).getAttribute('lang') === 'ar'),
      { timeout: 10_000 },
      tags,
    );
    let wrong;
    for (let tries = 0; tries < 50 && wrong?.length !== 0; tries++) {
      if (tries) await new Promise((r) => setTimeout(r, 100));
      wrong = switchedWords(english, await widgetTexts(tab, tags), uiWords('ar'));
    }
    assert.deepEqual(wrong, []);
    assert.ok(server.requests.includes('/civic-widgets/locales/ar.js'), 'the Arabic words came from locales/ beside the script');
    assert.deepEqual(problems, []);
  } finally {
    await server.close();
  }
});

test('npm publish --dry-run: no warning about the package (only that nobody is logged in)', async () => {
  const result = await run('npm', ['publish', '--dry-run', '--ignore-scripts']);
  assert.equal(result.code, 0, result.stderr);
  const warnings = result.stderr.split('\n').filter((l) => /\bwarn/i.test(l) && !/requires you to be logged in/.test(l));
  assert.deepEqual(warnings, []);
});

test("the JSON Schema's $id is where it will be once published (a file in the package, on a CDN that serves npm packages)", () => {
  const schema = JSON.parse(readFileSync(join(installed, 'schema/feed.schema.json'), 'utf8'));
  const match = /^https:\/\/unpkg\.com\/([^/@]+)\/(.+)$/.exec(schema.$id);
  assert.ok(match, schema.$id);
  assert.equal(match[1], pkg.name);
  assert.ok(shippedFiles().includes(match[2]), `${match[2]} is in the package`);
  assert.equal(pkg.exports[`./${match[2]}`], `./${match[2]}`);
});

test('LICENSE is the EUPL-1.2 text; the metadata a registry page shows is there', () => {
  const license = readFileSync(join(installed, 'LICENSE'), 'utf8');
  assert.match(license, /^EUROPEAN UNION PUBLIC LICENCE v\. 1\.2/);
  assert.equal(pkg.license, 'EUPL-1.2');
  for (const field of ['description', 'repository', 'homepage', 'bugs', 'keywords']) assert.ok(pkg[field], field);
  assert.ok(shippedFiles().includes('CHANGELOG.md'));
});

test("the package is lean: no sources, tests, source maps or maintainers' pages; one copy of each translation", () => {
  const files = shippedFiles();
  assert.deepEqual(
    files.filter((f) => /\.map$|^src\/|^test\/|^stories\/|^docs\/(decisions|recipes)\/|^docs\/architecture\.md$/.test(f)),
    [],
  );
  const translations = files.filter((f) => /(^|\/)locales\/[\w-]+\.js$/.test(f));
  assert.deepEqual(
    translations.filter((f) => !f.startsWith('dist/locales/')),
    [],
  );
  assert.ok(translations.length >= 37, `${translations.length} translations`);
});
