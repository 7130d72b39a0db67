// The civic-feed command itself and `civic-feed validate`: node --test test/cli/ (after npm run build:cli).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fixture, root, run, spawn, tempDir } from './_cli.mjs';

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

test('input that is not JSON exits 2 and says what is wrong, and where', async () => {
  const { code, stderr } = await run('validate', fixture('feed-not-json.json'));
  assert.equal(code, 2);
  assert.match(stderr, /cannot read: not JSON: a comma with nothing before it \(3:16\)/);
  const dir = await tempDir();
  const cases = {
    '{\n  "version": 1,\n  "locales": ["de", "en",],\n}': /trailing comma: remove the comma after the last item \(3:25\)/,
    '{ "version": 1, }': /trailing comma: remove the comma after the last field \(1:15\)/,
    '{ "version": 1 "locales": [] }': /missing comma before this field \(1:16\)/,
    "{ 'version': 1 }": /field name must be in double quotes/,
    '{ "version": 1, // one\n}': /comments are not allowed in JSON \(1:17\)/,
    '{ "version": True }': /"True" must be written in lower case: true/,
    '{ "locales": ["de"': /the file ends too early: the \[ at line 1, column 14 is never closed/,
  };
  for (const [text, message] of Object.entries(cases)) {
    const file = join(dir, 'bad.json');
    await writeFile(file, text);
    const result = await run('validate', file);
    assert.equal(result.code, 2, text);
    assert.match(result.stderr, message, text);
  }
});

test('a missing file, a folder, an empty or binary file exit 2 with one line', async () => {
  const dir = await tempDir();
  await writeFile(join(dir, 'empty.json'), '');
  await writeFile(join(dir, 'image.json'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  await writeFile(
    join(dir, 'latin1.json'),
    Buffer.from('{"version":1,"defaultLocale":"de","locales":["de"],"services":[{"id":"a","name":"Gr\xfc\xdfe"}]}', 'latin1'),
  );
  const expectations = [
    [fixture('feed-does-not-exist.json'), /no such file/],
    [dir, /is a folder, not a file/],
    [join(dir, 'empty.json'), /is empty/],
    [join(dir, 'image.json'), /not a text file: it is a PNG picture/],
    [join(dir, 'latin1.json'), /latin1\.json:1: not UTF-8 text \(byte 0xFC\): save it as UTF-8/],
  ];
  for (const [file, message] of expectations) {
    const { code, stdout, stderr } = await run('validate', file);
    assert.equal(code, 2, file);
    assert.equal(stdout, '');
    assert.equal(stderr.trim().split('\n').length, 1, stderr);
    assert.match(stderr, message);
  }
});

test('a wrong version or a missing defaultLocale is a problem (exit 1) at its line', async () => {
  const dir = await tempDir();
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

async function withServer(handler, body) {
  const server = createServer(handler);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    return await body(`http://127.0.0.1:${server.address().port}`);
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

test('reads a feed from a URL; an HTTP error exits 2', async () => {
  await withServer(
    (req, res) => {
      if (req.url === '/feed.json') {
        res.setHeader('content-type', 'application/json');
        res.end('{"version":1,"defaultLocale":"en","locales":["en"],"services":[{"id":"a","name":"Help desk"}]}');
      } else {
        res.statusCode = 404;
        res.end('not found');
      }
    },
    async (base) => {
      assert.equal((await run('validate', `${base}/feed.json`)).code, 0);
      const missing = await run('validate', `${base}/missing.json`);
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /HTTP 404/);
    },
  );
});

test('an endless response stops at the size limit (exit 2, JSON with --json); --max-size raises it', async () => {
  await withServer(
    (req, res) => {
      res.setHeader('content-type', 'application/json');
      if (req.url === '/big.json') {
        // 3 MB of a valid feed, sent in pieces without a length.
        res.write('{"version":1,"defaultLocale":"en","locales":["en"],"services":[');
        for (let i = 0; i < 30_000; i++) res.write(`${i ? ',' : ''}{"id":"s${i}","name":"Service number ${i} with a name long enough"}`);
        res.end(']}');
        return;
      }
      const chunk = Buffer.alloc(1 << 16, 0x20);
      const pump = () => {
        while (res.write(chunk));
      };
      res.on('drain', pump);
      pump();
    },
    async (base) => {
      const endless = await run('validate', `${base}/endless.json`, '--max-size', '1MB');
      assert.equal(endless.code, 2);
      assert.match(endless.stderr, /larger than 1 MB, the limit: if it really is that big, raise it with --max-size 4MB/);
      const json = await run('validate', `${base}/endless.json`, '--max-size', '1MB', '--json');
      assert.equal(json.code, 2);
      assert.match(JSON.parse(json.stdout).unreadable, /larger than 1 MB/);
      assert.equal((await run('validate', `${base}/big.json`, '--max-size', '1MB')).code, 2);
      assert.equal((await run('validate', `${base}/big.json`, '--max-size', '10MB')).code, 0);
    },
  );
});

test('fields the format does not define are notes; --strict makes them problems', async () => {
  const dir = await tempDir();
  const file = join(dir, 'typo.json');
  await writeFile(
    file,
    '{\n  "$schema": "x",\n  "version": 1, "defaultLocale": "de", "locales": ["de"],\n  "services": [{ "id": "a", "name": "Beratung", "descripton": "Tippfehler" }]\n}\n',
  );
  const lenient = await run('validate', file);
  assert.equal(lenient.code, 0);
  assert.match(
    lenient.stdout,
    /^note: services\[0\]\.descripton: unknown field "descripton" \(ignored by the widgets; a typo\?\) \(4:49\)$/m,
  );
  const strict = await run('validate', file, '--strict');
  assert.equal(strict.code, 1);
  assert.match(strict.stdout, /^services\[0\]\.descripton: unknown field/m);
  const json = JSON.parse((await run('validate', file, '--json')).stdout);
  assert.deepEqual(
    json.notes.map((n) => n.path),
    ['services[0].descripton'],
  );
});

test('--strict reports unknown keys named like built-in properties (toString, constructor, __proto__ …)', async () => {
  const dir = await tempDir();
  const file = join(dir, 'proto.json');
  const keys = ['toString', 'constructor', '__proto__', 'valueOf', 'hasOwnProperty'];
  await writeFile(
    file,
    JSON.stringify({
      version: 1,
      defaultLocale: 'de',
      locales: ['de'],
      services: [Object.fromEntries([['id', 'a'], ['name', 'Beratung'], ...keys.map((k) => [k, 1])])],
    }),
  );
  const strict = await run('validate', file, '--strict', '--json');
  assert.equal(strict.code, 1);
  assert.deepEqual(
    JSON.parse(strict.stdout)
      .problems.map((p) => p.path)
      .sort(),
    keys.map((k) => `services[0].${k}`).sort(),
  );
});

test('deeply nested input never prints a stack trace; with --json the answer is JSON', async () => {
  const dir = await tempDir();
  const file = join(dir, 'deep.json');
  const depth = 200_000;
  await writeFile(
    file,
    `{"version":1,"defaultLocale":"en","locales":["en"],"services":[{"id":"a","name":"ok","x":${'['.repeat(depth)}${']'.repeat(depth)}}]}`,
  );
  const plain = await spawn('validate', file);
  assert.ok(plain.code === 0 || plain.code === 1, `exit ${plain.code}: ${plain.stderr}`);
  assert.doesNotMatch(plain.stdout + plain.stderr, /RangeError|\n\s+at /);
  assert.match(plain.stdout, /services\[0\]\.x: unknown field "x"/);
  const json = await spawn('validate', file, '--json', '--strict');
  assert.equal(json.code, 1);
  assert.equal(JSON.parse(json.stdout).problems[0].path, 'services[0].x');
  // Not JSON and deep: still one line.
  await writeFile(file, `{"a":${'['.repeat(depth)}`);
  const broken = await spawn('validate', file, '--json');
  assert.equal(broken.code, 2);
  assert.match(JSON.parse(broken.stdout).unreadable, /the file ends too early/);
});

test('ids and keys with terminal escape sequences are printed escaped: no fake "valid." line', async () => {
  const dir = await tempDir();
  const file = join(dir, 'escape.json');
  const evil = '\u001b[2K\r\u001b[32mfeed.json: valid.\u001b[0m\n\u009b31m\u202e';
  await writeFile(
    file,
    JSON.stringify({ version: 1, defaultLocale: 'en', locales: ['en'], services: [{ id: evil, name: 'x', [evil]: 1 }, { id: 'b' }] }),
  );
  const { code, stdout } = await run('validate', file, '--strict');
  assert.equal(code, 1);
  // eslint-disable-next-line no-control-regex -- no control character may reach the terminal
  assert.doesNotMatch(stdout, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/, 'no control character reaches the terminal');
  assert.ok(
    stdout.split('\n').every((line) => !line.startsWith('feed.json')),
    'no line of its own',
  );
  assert.match(stdout, /\\e\[32mfeed\.json: valid\.\\e\[0m\\n\\u009b31m\\u202e/);
  const json = await run('validate', file, '--strict', '--json');
  // eslint-disable-next-line no-control-regex -- no control character may reach the terminal
  assert.doesNotMatch(json.stdout, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
  assert.equal(JSON.parse(json.stdout).problems.find((p) => p.message.startsWith('unknown field')).path, `services[0].${evil}`);
});

test('--help for every command, --version, and usage mistakes refused with a fix (exit 2)', async () => {
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  assert.equal((await run('--version')).stdout.trim(), pkg.version);
  const overall = await run('--help');
  assert.equal(overall.code, 0);
  for (const name of ['validate', 'import ics', 'import csv', 'import hsds', 'merge']) {
    assert.match(overall.stdout, new RegExp(`\\n  ${name} `));
    const help = await run(...name.split(' '), '--help');
    assert.equal(help.code, 0, name);
    assert.match(help.stdout, new RegExp(`^Usage: civic-feed ${name} `));
    assert.match(help.stdout, /Examples:/);
    assert.match(help.stdout, /-o, --output FILE|--json/);
    assert.equal((await run('help', ...name.split(' '))).stdout, help.stdout);
  }
  const mistakes = [
    [['valdate', 'x.json'], /unknown command "valdate": did you mean "validate"\?/],
    [['validate', 'x.json', '--jsn'], /unknown option "--jsn": did you mean "--json"\? \(see civic-feed validate --help\)/],
    [['validate', 'a.json', 'b.json'], /one <file\|url> only: "b\.json" is one too many/],
    [['validate'], /missing <file\|url>: civic-feed validate <file\|url>/],
    [['validate', 'x.json', '--json=yes'], /--json takes no value/],
    [['import', 'ics', 'x.ics', '--time-zon', 'Europe/Berlin'], /unknown option "--time-zon": did you mean "--time-zone"\?/],
    [['import', 'ics', 'x.ics', '--from'], /--from needs a value, for example --from 2027-01-01/],
    [['import', 'ical', 'x.ics'], /cannot import "ical": did you mean "ics"\?/],
    [['import', 'csv', 'x.csv'], /add --type services, --type events or --type calls/],
    [['import', 'csv', 'x.csv', '--type', 'service'], /x\.csv/],
    [['import', 'csv', 'x.csv', '--type', 'servces'], /--type "servces" is not services, events or calls: did you mean "services"\?/],
    [[], /which command\?/],
  ];
  for (const [args, message] of mistakes) {
    const { code, stdout, stderr } = await run(...args);
    assert.equal(code, 2, args.join(' '));
    assert.equal(stdout, '');
    assert.equal(stderr.trim().split('\n').length, 1, stderr);
    assert.match(stderr, message, args.join(' '));
  }
});

test('validate --json answers in JSON even when the command line is wrong', async () => {
  const { code, stdout, stderr } = await run('validate', 'feed.json', '--json', '--strickt');
  assert.equal(code, 2);
  assert.equal(stderr, '');
  assert.match(JSON.parse(stdout).unreadable, /unknown option "--strickt": did you mean "--strict"\?/);
});

test('bin/civic-feed.mjs is a thin launcher of the built CLI', async () => {
  const { code, stdout } = await spawn('validate', fixture('feed-valid.json'));
  assert.equal(code, 0);
  assert.match(stdout, /valid\./);
  const launcher = await readFile(join(root, 'bin/civic-feed.mjs'), 'utf8');
  assert.ok(launcher.split('\n').length < 25, 'the launcher only starts dist/cli/civic-feed.js');
});
