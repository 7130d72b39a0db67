// Node tests: `civic-feed validate` on hostile feeds says what the widgets would skip or remove.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { hostileFeed } from '../feed/hostile-feed.mjs';
import { readFeed, spawn, tempDir } from './_cli.mjs';

async function validate(text, ...flags) {
  const file = join(await tempDir(), 'feed.json');
  await writeFile(file, text);
  return spawn('validate', file, ...flags);
}

test('a __proto__ key in a text is a problem, not a valid feed', async () => {
  const text =
    '{"version":1,"defaultLocale":"en","locales":["en"],"services":[{"id":"a","name":{"en":"x","__proto__":[[["deep"]]]}},{"id":"b","name":"y"}]}';
  const { code, stdout } = await validate(text);
  assert.equal(code, 1);
  assert.match(stdout, /^services\[0\]\.name\.__proto__: item "a": not a language tag; removed \(1:\d+\)$/m);
});

test('a required text with nothing but {"__proto__":1} skips its item', async () => {
  const { code, stdout } = await validate(
    '{"version":1,"defaultLocale":"en","locales":["en"],"events":[{"id":"e","title":{"__proto__":1},"start":"2027-04-17"}]}',
    '--json',
  );
  assert.equal(code, 1);
  const report = JSON.parse(stdout);
  assert.equal(report.skipped, 1);
  assert.deepEqual(report.counts, { categories: 0, services: 0, events: 0, calls: 0 });
});

test('an e-mail address with mail headers is a problem', async () => {
  const { code, stdout } = await validate(
    '{"version":1,"defaultLocale":"en","locales":["en"],"services":[{"id":"a","name":"x","contacts":{"email":"x@evil.example?bcc=victim%40corp.example&body=hi"}}]}',
  );
  assert.equal(code, 1);
  assert.match(stdout, /services\[0\]\.contacts\.email: item "a": malformed e-mail address; removed/);
});

/** Whole hostile feeds (test/feed/hostile-feed.mjs), nesting up to 10,000 levels deep included. */
test("on whole hostile feeds, the exit code matches the findings, and they are the widgets' reading", async () => {
  const samples = fc.sample(hostileFeed({ maxItems: 40 }), { numRuns: 10, seed: Number(process.env.FUZZ_SEED ?? 18) });
  for (const { text, valid } of samples) {
    const { code, stdout, stderr } = await validate(text, '--json');
    assert.ok(code === 0 || code === 1, `exit ${code}: ${stderr.slice(0, 500)}`);
    const report = JSON.parse(stdout);
    assert.equal(code, report.problems.length ? 1 : 0);
    assert.equal(report.valid, report.problems.length === 0);
    const { feed, warnings } = readFeed(JSON.parse(text));
    for (const list of ['services', 'events', 'calls'])
      assert.deepEqual(
        feed[list].map((item) => item.id).filter((id) => valid[list].includes(id)),
        valid[list],
      );
    assert.deepEqual(report.counts, {
      categories: feed.categories.length,
      services: feed.services.length,
      events: feed.events.length,
      calls: feed.calls.length,
    });
    assert.equal(report.skipped, warnings.filter((w) => w.message.endsWith('item skipped')).length);
  }
});

test('a feed nested 10,000 levels deep gets findings, not a stack trace', async () => {
  const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
  const { code, stdout } = await validate(
    `{"version":1,"defaultLocale":"en","locales":["en"],"services":[{"id":"a","name":"x","extra":${deep}}]}`,
    '--json',
  );
  assert.equal(code, 0);
  assert.equal(JSON.parse(stdout).valid, true);
});
