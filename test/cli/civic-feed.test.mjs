// Node tests for the feed validator CLI: node --test test/cli/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleFeedCli } from '../../scripts/build-feed-cli.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (name) => join(root, 'test/fixtures', name);

function run(...args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(root, 'bin/civic-feed.mjs'), ...args], { cwd: root }, (error, stdout, stderr) => {
      resolve({ code: error ? error.code : 0, stdout, stderr });
    });
  });
}

test('a valid feed exits 0 and says so', async () => {
  const { code, stdout } = await run('validate', fixture('feed-valid.json'));
  assert.equal(code, 0);
  assert.match(stdout, /valid\. Kept: services 1, events 1, calls 1, categories 1\./);
});

test('problems exit 1, one line each as path: item "id": message (line:col), then a count', async () => {
  const { code, stdout } = await run('validate', fixture('feed-problems.json'));
  assert.equal(code, 1);
  const lines = stdout.trim().split('\n');
  assert.deepEqual(lines.slice(0, -1), [
    'services[1].categories[1]: item "bad-link": unknown category "housing"; removed (12:32)',
    'services[1].contacts.url: item "bad-link": link must start with https:, http:, mailto: or tel:; removed (13:21)',
    'services[2].name: item "no-name": missing; item skipped (15:5)',
    'events[0].end: item "backwards": end is before start; item skipped (18:87)',
  ]);
  assert.match(lines.at(-1), /4 problems \(2 items skipped\)\. Kept: services 2, events 0, calls 1, categories 1\./);
});

test('--json gives the problems with positions for pipelines', async () => {
  const { code, stdout } = await run('validate', fixture('feed-problems.json'), '--json');
  assert.equal(code, 1);
  const report = JSON.parse(stdout);
  assert.equal(report.valid, false);
  assert.equal(report.skipped, 2);
  assert.deepEqual(report.counts, { categories: 1, services: 2, events: 0, calls: 1 });
  assert.deepEqual(report.problems[2], { path: 'services[2].name', id: 'no-name', message: 'missing; item skipped', line: 15, column: 5 });
});

test('input that is not JSON exits 2 and points at the syntax error', async () => {
  const { code, stderr } = await run('validate', fixture('feed-not-json.json'));
  assert.equal(code, 2);
  assert.match(stderr, /cannot read: not JSON: ValueExpected \(3:16\)/);
});

test('a missing file exits 2', async () => {
  const { code, stderr } = await run('validate', fixture('feed-does-not-exist.json'));
  assert.equal(code, 2);
  assert.match(stderr, /cannot read/);
});

test('a wrong version or a missing defaultLocale is a problem (exit 1) at its line', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'civic-feed-'));
  const v2 = join(dir, 'v2.json');
  await writeFile(v2, '{\n  "version": 2,\n  "defaultLocale": "de",\n  "locales": ["de"]\n}\n');
  const a = await run('validate', v2);
  assert.equal(a.code, 1);
  assert.match(a.stdout, /^version: unsupported version: version 2 is not supported \(expected 1\) \(2:3\)$/m);
  const noLocale = join(dir, 'nolocale.json');
  await writeFile(noLocale, '{ "version": 1, "locales": ["de"] }');
  const b = await run('validate', noLocale);
  assert.equal(b.code, 1);
  assert.match(b.stdout, /^defaultLocale: not a valid feed: defaultLocale: missing/m);
});

test('reads a feed from a URL; an HTTP error exits 2', async () => {
  const server = createServer((req, res) => {
    if (req.url === '/feed.json') {
      res.setHeader('content-type', 'application/json');
      res.end('{"version":1,"defaultLocale":"en","locales":["en"],"services":[{"id":"a","name":"Help desk"}]}');
    } else {
      res.statusCode = 404;
      res.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    const ok = await run('validate', `${base}/feed.json`);
    assert.equal(ok.code, 0);
    const missing = await run('validate', `${base}/missing.json`);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /HTTP 404/);
  } finally {
    server.close();
  }
});

test('fields the format does not define are notes; --strict makes them problems', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'civic-feed-'));
  const file = join(dir, 'typo.json');
  await writeFile(file, '{\n  "$schema": "x",\n  "version": 1, "defaultLocale": "de", "locales": ["de"],\n  "services": [{ "id": "a", "name": "Beratung", "descripton": "Tippfehler" }]\n}\n');
  const lenient = await run('validate', file);
  assert.equal(lenient.code, 0);
  assert.match(lenient.stdout, /^note: services\[0\]\.descripton: unknown field "descripton" \(ignored by the widgets; a typo\?\) \(4:49\)$/m);
  const strict = await run('validate', file, '--strict');
  assert.equal(strict.code, 1);
  assert.match(strict.stdout, /^services\[0\]\.descripton: unknown field/m);
  const json = JSON.parse((await run('validate', file, '--json')).stdout);
  assert.deepEqual(json.notes.map((n) => n.path), ['services[0].descripton']);
});

test('usage errors exit 2', async () => {
  const { code, stderr } = await run('check');
  assert.equal(code, 2);
  assert.match(stderr, /Usage: civic-feed validate/);
});

test('the committed bin/feed-validate.js matches src/feed (run node scripts/build-feed-cli.mjs)', async () => {
  const { readFile } = await import('node:fs/promises');
  assert.equal(await readFile(join(root, 'bin/feed-validate.js'), 'utf8'), await bundleFeedCli(), 'bin/feed-validate.js is stale');
});
