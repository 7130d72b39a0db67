// Node tests: `civic-feed validate` on hostile feeds says what the widgets would skip or remove.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

async function validate(text, ...flags) {
  const file = join(await mkdtemp(join(tmpdir(), 'civic-hostile-')), 'feed.json');
  await writeFile(file, text);
  return new Promise((resolve) => {
    execFile(process.execPath, [join(root, 'bin/civic-feed.mjs'), 'validate', file, ...flags], { cwd: root }, (error, stdout, stderr) => {
      resolve({ code: error ? error.code : 0, stdout, stderr });
    });
  });
}

test('a __proto__ key in a text is a problem, not a valid feed', async () => {
  const text = '{"version":1,"defaultLocale":"en","locales":["en"],"services":[{"id":"a","name":{"en":"x","__proto__":[[["deep"]]]}},{"id":"b","name":"y"}]}';
  const { code, stdout } = await validate(text);
  assert.equal(code, 1);
  assert.match(stdout, /^services\[0\]\.name\.__proto__: item "a": not a language tag; removed \(1:\d+\)$/m);
});

test('a required text with nothing but {"__proto__":1} skips its item', async () => {
  const { code, stdout } = await validate('{"version":1,"defaultLocale":"en","locales":["en"],"events":[{"id":"e","title":{"__proto__":1},"start":"2027-04-17"}]}', '--json');
  assert.equal(code, 1);
  const report = JSON.parse(stdout);
  assert.equal(report.skipped, 1);
  assert.deepEqual(report.counts, { categories: 0, services: 0, events: 0, calls: 0 });
});

test('an e-mail address with mail headers is a problem', async () => {
  const { code, stdout } = await validate('{"version":1,"defaultLocale":"en","locales":["en"],"services":[{"id":"a","name":"x","contacts":{"email":"x@evil.example?bcc=victim%40corp.example&body=hi"}}]}');
  assert.equal(code, 1);
  assert.match(stdout, /services\[0\]\.contacts\.email: item "a": malformed e-mail address; removed/);
});
